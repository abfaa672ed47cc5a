package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"newsgraph/internal/pipeline"
	"newsgraph/internal/quote"
	"newsgraph/internal/quoteeval"
	"newsgraph/internal/reader"
	"newsgraph/internal/segment"
)

func init() {
	evalCommands.add(&command{name: "quotes", summary: "score quotation extraction and attribution against PolNeAR-style JSONL", run: runEvalQuotes})
}

func runEvalQuotes(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("eval quotes", "--gold FILE.jsonl[.gz] [--json]",
		"Runs the pipeline on the text of each gold article (kept exactly, as --raw does)\n"+
			"and scores the quotes found: precision, recall and F1 of quotes matched one-to-one\n"+
			"when a prediction covers more than 30% of a gold quote's characters (also at 80%\n"+
			"and exact), speaker accuracy given a match, end-to-end F1 (quote matched and\n"+
			"speaker right) and cue accuracy, overall and per kind. Offsets are code points.", stdout)
	gold := fs.String("gold", "", "gold attributions, one article per line (PolNeAR JSONL, .gz accepted)")
	asJSON := fs.Bool("json", false, "print the figures as JSON")
	limit := fs.Int("limit", 0, "score only the first N articles (0: all)")
	dump := fs.String("dump", "", "also write each article's predicted quotes (code point offsets) as JSONL to this file")
	if done, code := parseFlags(fs, args, stderr); done {
		return code
	}
	if *gold == "" {
		return badUsage(stderr, "eval quotes", "--gold is required")
	}
	arts, err := quoteeval.ReadGold(*gold)
	if err != nil {
		return failed(stderr, "eval quotes", err)
	}
	if *limit > 0 && *limit < len(arts) {
		arts = arts[:*limit]
	}
	p, err := pipeline.New(pipeline.Options{Raw: true})
	if err != nil {
		return failed(stderr, "eval quotes", err)
	}
	var dumpEnc *json.Encoder
	if *dump != "" {
		f, err := os.Create(*dump)
		if err != nil {
			return failed(stderr, "eval quotes", err)
		}
		defer f.Close()
		dumpEnc = json.NewEncoder(f)
	}
	res := quoteeval.NewResult()
	start := time.Now()
	var attributeTime time.Duration
	// The running count rewrites one line, which only a terminal shows as
	// such; in a log it would be one line of every count.
	tty := isTerminal(stderr)
	for i, a := range arts {
		d, err := p.Analyze(reader.Article{ID: a.ID, Title: a.Title, Text: a.Text, Published: a.Date, Source: a.Publisher})
		if err != nil {
			fmt.Fprintf(stderr, "newsgraph eval quotes: %s: %v\n", a.ID, err)
			return 1
		}
		// The scorer also works while the pipeline does not yet segment or
		// attribute: it runs those stages itself then.
		if len(d.Tokens) == 0 {
			segment.Segment(d)
		}
		if d.Quotes == nil {
			t0 := time.Now()
			quote.Attribute(d)
			attributeTime += time.Since(t0)
		}
		pred := quoteeval.FromDoc(d)
		res.Score(a.Text, a.Quotes, pred)
		if dumpEnc != nil {
			_ = dumpEnc.Encode(map[string]any{"id": a.ID, "quotes": pred})
		}
		if tty {
			fmt.Fprintf(stderr, "\r%d/%d articles, %.1fs", i+1, len(arts), time.Since(start).Seconds())
		}
	}
	if tty {
		fmt.Fprintln(stderr)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(map[string]any{"gold": *gold, "articles": len(arts), "rows": res.Rows()}); err != nil {
			return failed(stderr, "eval quotes", err)
		}
		return 0
	}
	fmt.Fprintf(stdout, "%d articles from %s\n", len(arts), *gold)
	res.WriteText(stdout)
	if attributeTime > 0 {
		fmt.Fprintf(stderr, "attribution took %.2fs of %.2fs\n", attributeTime.Seconds(), time.Since(start).Seconds())
	}
	return 0
}
