package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"newsgraph/internal/doc"
	"newsgraph/internal/event"
	"newsgraph/internal/eventeval"
	"newsgraph/internal/pipeline"
	"newsgraph/internal/reader"
)

func init() {
	evalCommands.add(&command{name: "events", summary: "score PLOVER event typing and actor coding against gold JSONL (PLOVER GSR format)", run: runEvalEvents})
}

func runEvalEvents(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("eval events", "--gold FILE.jsonl [--json] [--errors]",
		"Runs the pipeline on the text of each gold record (kept exactly, as --raw does)\n"+
			"and scores the events found: event-type accuracy (some predicted event has the\n"+
			"gold type), top-1 type accuracy (the first predicted event has it), per-type\n"+
			"figures, and source and target country and sector accuracy, judged on the event\n"+
			"of the gold type (else the first). The format is that of\n"+
			"../shared/data/plover-gsr/dev.jsonl: text, gold_event_type, source_actors,\n"+
			"target_actors ({actorText, code, sector}).", stdout)
	gold := fs.String("gold", "", "gold events, one JSON record per line")
	asJSON := fs.Bool("json", false, "print the figures as JSON")
	errs := fs.Bool("errors", false, "also list the records whose top-1 type is wrong")
	if done, code := parseFlags(fs, args, stderr); done {
		return code
	}
	if *gold == "" {
		return badUsage(stderr, "eval events", "--gold is required")
	}
	golds, err := eventeval.ReadGoldFile(*gold)
	if err != nil {
		return failed(stderr, "eval events", err)
	}
	p, err := pipeline.New(pipeline.Options{Raw: true})
	if err != nil {
		return failed(stderr, "eval events", err)
	}
	var analyzeTime, eventTime time.Duration
	docs := make(map[string]*doc.Doc, len(golds))
	rep, items, err := eventeval.Run(golds, func(id, text string) (*doc.Doc, error) {
		t0 := time.Now()
		d, err := p.Analyze(reader.Article{ID: id, Text: text})
		if err != nil {
			return nil, fmt.Errorf("%s: %v", id, err)
		}
		t1 := time.Now()
		// Extract replaces d.Events, so running it here is harmless when
		// the pipeline already does, and times the event stage alone.
		event.Extract(d)
		analyzeTime += t1.Sub(t0)
		eventTime += time.Since(t1)
		docs[id] = d
		return d, nil
	})
	if err != nil {
		return failed(stderr, "eval events", err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return failed(stderr, "eval events", err)
		}
		return 0
	}
	rep.Write(stdout)
	fmt.Fprintf(stdout, "\ntime: pipeline %s, events %s (%.1f%% of the pipeline)\n",
		analyzeTime.Round(time.Millisecond), eventTime.Round(time.Millisecond), 100*eventTime.Seconds()/max(analyzeTime.Seconds(), 1e-9))
	if *errs {
		fmt.Fprintln(stdout, "\ntop-1 errors:")
		for _, it := range items {
			if len(it.Predicted) > 0 && it.Predicted[0].Type == it.Gold.Type {
				continue
			}
			var got []string
			d := docs[it.Gold.ID]
			for _, e := range d.Events {
				got = append(got, fmt.Sprintf("%s[%s]", e.Type, d.Str(e.Trigger)))
			}
			fmt.Fprintf(stdout, "%s gold %s, got %s\n", it.Gold.ID, it.Gold.Type, strings.Join(got, " "))
		}
	}
	return 0
}
