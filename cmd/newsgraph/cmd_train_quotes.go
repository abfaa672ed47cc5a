package main

import (
	"fmt"
	"io"
	"time"

	"newsgraph/internal/doc"
	"newsgraph/internal/quote"
	"newsgraph/internal/quoteeval"
)

func init() {
	trainCommands.add(&command{name: "quotes", summary: "train the attribution cue model on PolNeAR-style JSONL", run: runTrainQuotes})
}

func runTrainQuotes(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("train quotes", "--data FILE.jsonl[.gz] --out MODEL",
		"Trains the averaged perceptron that decides which words head attribution cues\n"+
			"(\"said\", \"endorsed\", \"according to\") on annotated articles (PolNeAR JSONL,\n"+
			"cue_spans in code points) and writes the model. The shipped model is\n"+
			"internal/quote/cuemodel.bin.gz, trained on PolNeAR's train split; rebuild after\n"+
			"replacing it. The same data and --seed give the same model.", stdout)
	data := fs.String("data", "", "annotated articles (PolNeAR JSONL, .gz accepted)")
	out := fs.String("out", "", "where to write the model")
	epochs := fs.Int("epochs", 6, "passes over the training data")
	seed := fs.Uint64("seed", 1, "shuffling seed")
	if done, code := parseFlags(fs, args, stderr); done {
		return code
	}
	if *data == "" || *out == "" {
		fmt.Fprintln(stderr, "newsgraph train quotes: --data and --out are required (see --help)")
		return 2
	}
	arts, err := quoteeval.ReadGold(*data)
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph train quotes: %v\n", err)
		return 1
	}
	var train []quote.TrainingArticle
	for _, a := range arts {
		byteAt := runeToByte(a.Text)
		ta := quote.TrainingArticle{Text: a.Text}
		for _, q := range a.Quotes {
			if len(q.CueSpans) == 0 {
				continue
			}
			s := q.CueSpans[0]
			if s[0] < 0 || s[1] >= len(byteAt) || s[0] >= s[1] {
				continue
			}
			ta.Cues = append(ta.Cues, doc.Span{Start: byteAt[s[0]], End: byteAt[s[1]]})
		}
		train = append(train, ta)
	}
	start := time.Now()
	fmt.Fprintf(stdout, "training on %d articles from %s\n", len(train), *data)
	m := quote.TrainCueModel(train, *epochs, *seed, func(ep int, errRate float64) {
		fmt.Fprintf(stdout, "epoch %d  %5.1fs  wrong candidates %.3f%%\n", ep, time.Since(start).Seconds(), 100*errRate)
	})
	if err := m.WriteFile(*out); err != nil {
		fmt.Fprintf(stderr, "newsgraph train quotes: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s\n", *out)
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
