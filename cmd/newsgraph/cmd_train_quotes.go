package main

import (
	"fmt"
	"io"
	"path/filepath"
	"time"

	"newsgraph/internal/doc"
	"newsgraph/internal/quote"
	"newsgraph/internal/quoteeval"
)

func init() {
	trainCommands.add(&command{name: "quotes", summary: "train the attribution cue model on PolNeAR-style JSONL", run: runTrainQuotes})
}

func runTrainQuotes(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("train quotes", "--data FILE.jsonl[.gz] --out DIR",
		"Trains the two averaged perceptrons of quote attribution on annotated articles\n"+
			"(PolNeAR JSONL, offsets in code points): the cue model, which decides which words\n"+
			"head attribution cues (\"said\", \"endorsed\", \"according to\"), and the frame\n"+
			"model, which drops frames unlikely to be attributions. Writes DIR/cuemodel.bin.gz\n"+
			"and DIR/framemodel.bin.gz. The shipped models, in internal/quote, are trained on\n"+
			"PolNeAR's train split (--out internal/quote); rebuild after replacing them.\n"+
			"The same data and --seed give the same models.", stdout)
	data := fs.String("data", "", "annotated articles (PolNeAR JSONL, .gz accepted)")
	out := fs.String("out", "", "directory to write the models to")
	epochs := fs.Int("epochs", 8, "passes over the training data")
	seed := fs.Uint64("seed", 1, "shuffling seed")
	if done, code := parseFlags(fs, args, stderr); done {
		return code
	}
	if *data == "" || *out == "" {
		return badUsage(stderr, "train quotes", "--data and --out are required")
	}
	arts, err := quoteeval.ReadGold(*data)
	if err != nil {
		return failed(stderr, "train quotes", err)
	}
	var train []quote.TrainingArticle
	for _, a := range arts {
		byteAt := runeToByte(a.Text)
		ta := quote.TrainingArticle{Text: a.Text}
		span := func(s [2]int) (doc.Span, bool) {
			if s[0] < 0 || s[1] >= len(byteAt) || s[0] >= s[1] {
				return doc.Span{}, false
			}
			return doc.Span{Start: byteAt[s[0]], End: byteAt[s[1]]}, true
		}
		for _, q := range a.Quotes {
			if len(q.CueSpans) > 0 {
				if s, ok := span(q.CueSpans[0]); ok {
					ta.Cues = append(ta.Cues, s)
				}
			}
			var content []doc.Span
			for _, qs := range q.Spans {
				if s, ok := span(qs); ok {
					content = append(content, s)
				}
			}
			ta.Contents = append(ta.Contents, content)
			var speaker doc.Span // empty: no source
			if q.HasSpeaker {
				speaker, _ = span(q.Speaker)
			}
			ta.Speakers = append(ta.Speakers, speaker)
		}
		train = append(train, ta)
	}
	start := time.Now()
	fmt.Fprintf(stdout, "training on %d articles from %s\n", len(train), *data)
	cue, frame := quote.Train(train, quote.TrainOptions{Epochs: *epochs, Seed: *seed,
		Progress: func(model string, ep int, errRate float64) {
			fmt.Fprintf(stdout, "%-10s epoch %d  %5.1fs  wrong %.3f%%\n", model, ep, time.Since(start).Seconds(), 100*errRate)
		}})
	for name, m := range map[string]*quote.Model{"cuemodel.bin.gz": cue, "framemodel.bin.gz": frame} {
		path := filepath.Join(*out, name)
		if err := m.WriteFile(path); err != nil {
			return failed(stderr, "train quotes", err)
		}
		fmt.Fprintf(stdout, "wrote %s\n", path)
	}
	return 0
}

// runeToByte returns the byte offset of every code point of s, and of its end.
func runeToByte(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}
