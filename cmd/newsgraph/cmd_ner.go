package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"newsgraph/internal/conll"
	"newsgraph/internal/gzfile"
	"newsgraph/internal/ner"
	"newsgraph/internal/wordclusters"
)

func init() {
	trainCommands.add(&command{name: "ner", summary: "train the named-entity tagger on CoNLL data", run: runTrainNER})
	evalCommands.add(&command{name: "ner", summary: "score the named-entity tagger against CoNLL gold tags", run: runEvalNER})
	register(&command{name: "tag", summary: "add predicted named-entity tags to a CoNLL token-per-line file", run: runTag})
}

func runTrainNER(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("train ner", "--data FILE [--dev FILE] --out MODEL",
		"Trains the tagger on a CoNLL file (word ... tag per line, IOB1 or IOB2,\n"+
			".gz accepted) as a CRF or an averaged perceptron, and writes the model.\n"+
			"With --dev, prints the dev score after every epoch and keeps the epoch\n"+
			"that scored best. The same data, flags and --seed give the same model.", stdout)
	data := fs.String("data", "", "training data (CoNLL)")
	dev := fs.String("dev", "", "development data scored after each epoch (CoNLL)")
	out := fs.String("out", "", "where to write the model")
	epochs := fs.Int("epochs", 12, "passes over the training data")
	seed := fs.Uint64("seed", 1, "shuffling seed")
	bits := fs.Uint("bits", 20, "log2 of the number of hashed feature buckets")
	clusters := fs.String("clusters", "", "word clusters file from 'newsgraph train clusters' to use as features")
	gaz := fs.Bool("gazetteer", true, "use gazetteer-match features")
	hist := fs.Bool("history", true, "use document-history features: the entity type the model gave the same word earlier in the document (as the shipped model; --history=false leaves them out)")
	dropout := fs.Float64("dropout", 0, "while learning, hide each feature of a token with this probability (0.2 for the shipped model; 0: never)")
	scheme := fs.String("scheme", "bilou", "tag scheme the model learns and decodes in: bilou (B-, I-, L- last, U- unit; the shipped model) or iob2; input and output tags are IOB2 either way")
	objective := fs.String("objective", "crf", "training objective: crf (linear-chain CRF by averaged SGD, as the shipped model) or perceptron (averaged structured perceptron, faster, about 0.3 F1 points lower)")
	rate := fs.Float64("rate", 0.05, "crf: initial SGD step size")
	l2 := fs.Float64("l2", 0, "crf: L2 weight decay per sentence (0: none)")
	limit := fs.Int("limit", 0, "train on only the first N sentences (0: all), for quick experiments")
	if done, code := parseFlags(fs, args, stderr); done {
		return code
	}
	if *data == "" || *out == "" {
		return badUsage(stderr, "train ner", "--data and --out are required")
	}
	sch, err := ner.ParseScheme(*scheme)
	if err != nil {
		return badUsage(stderr, "train ner", err.Error())
	}
	start := time.Now()
	train, err := conll.ReadFile(*data)
	if err != nil {
		return failed(stderr, "train ner", err)
	}
	if *limit > 0 && *limit < len(train) {
		train = train[:*limit]
	}
	opt := ner.TrainOptions{Epochs: *epochs, Seed: *seed, Bits: *bits, Gazetteer: *gaz, History: *hist, Dropout: *dropout, Scheme: sch,
		Objective: *objective, Rate: *rate, L2: *l2}
	if *dev != "" {
		if opt.Dev, err = conll.ReadFile(*dev); err != nil {
			return failed(stderr, "train ner", err)
		}
	}
	if *clusters != "" {
		if opt.Lexicon, err = wordclusters.ReadFile(*clusters); err != nil {
			return failed(stderr, "train ner", err)
		}
	}
	fmt.Fprintf(stdout, "training on %d sentences from %s\n", len(train), *data)
	opt.Progress = func(e ner.Epoch) {
		fmt.Fprintf(stdout, "epoch %2d  %5.1fs  wrong training sentences %5.2f%%", e.N, time.Since(start).Seconds(), 100*e.SentenceErrors)
		if d := e.Dev; d != nil {
			fmt.Fprintf(stdout, "  dev P %.4f R %.4f F1 %.4f", d.Overall.Precision(), d.Overall.Recall(), d.Overall.F1())
		}
		if e.Unlearnt > 0 {
			fmt.Fprintf(stdout, "  (%d sentences not learnt: scores overflowed; try a smaller --rate)", e.Unlearnt)
		}
		fmt.Fprintln(stdout)
	}
	m, err := ner.Train(train, opt)
	if err != nil {
		return failed(stderr, "train ner", err)
	}
	if err := m.SaveFile(*out); err != nil {
		return failed(stderr, "train ner", err)
	}
	if st, err := os.Stat(*out); err == nil {
		fmt.Fprintf(stdout, "wrote %s (%.1f MB) in %.0fs\n", *out, float64(st.Size())/1e6, time.Since(start).Seconds())
	}
	return 0
}

func runEvalNER(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("eval ner", "--gold FILE [--model MODEL]",
		"Tags the words of a gold CoNLL file and prints entity-level exact-match\n"+
			"precision, recall and F1, overall and per type (conlleval rules). Reads\n"+
			"CoNLL-2003 and two/three-column files, IOB1 or IOB2, .gz accepted.", stdout)
	gold := fs.String("gold", "", "gold-standard CoNLL file")
	model := fs.String("model", "", "model file (default: the embedded OntoNotes model)")
	if done, code := parseFlags(fs, args, stderr); done {
		return code
	}
	if *gold == "" {
		return badUsage(stderr, "eval ner", "--gold is required")
	}
	m, err := ner.LoadOrDefault(*model)
	if err != nil {
		return failed(stderr, "eval ner", err)
	}
	sents, err := conll.ReadFile(*gold)
	if err != nil {
		return failed(stderr, "eval ner", err)
	}
	start := time.Now()
	score, err := ner.Evaluate(m, sents)
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph eval ner: %s: %v\n", *gold, err)
		return 1
	}
	score.Write(stdout)
	secs := time.Since(start).Seconds()
	fmt.Fprintf(stdout, "tagged %d tokens in %.2fs (%.0f tokens/s)\n", score.Tokens, secs, float64(score.Tokens)/secs)
	return 0
}

func runTag(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("tag", "--conll FILE [--model MODEL]",
		"Reads a token-per-line file whose first column is the word and writes every\n"+
			"line back with the predicted IOB2 tag appended as a last column. Blank lines\n"+
			"and -DOCSTART- lines are kept as they are. Other columns are kept, never read.", stdout)
	path := fs.String("conll", "", "input file (- for standard input; .gz accepted)")
	model := fs.String("model", "", "model file (default: the embedded OntoNotes model)")
	if done, code := parseFlags(fs, args, stderr); done {
		return code
	}
	if *path == "" {
		return badUsage(stderr, "tag", "--conll is required")
	}
	m, err := ner.LoadOrDefault(*model)
	if err != nil {
		return failed(stderr, "tag", err)
	}
	var in io.Reader = os.Stdin
	if *path != "-" {
		rc, err := gzfile.Open(*path)
		if err != nil {
			return failed(stderr, "tag", err)
		}
		defer rc.Close()
		in = rc
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if err := tagLines(m, in, w); err != nil {
		fmt.Fprintf(stderr, "newsgraph tag: %s: %v\n", *path, err)
		return 1
	}
	return 0
}

// tagLines copies in to out, appending each token line's predicted tag
// with the separator the line already uses. It tags a document (the lines
// between -DOCSTART- markers) at a time, as eval ner does, so document
// features see the whole document.
func tagLines(m *ner.Model, in io.Reader, out io.Writer) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var (
		lines []string   // every line of the document, blank ones included
		sents [][]string // its sentences' words
		words []string
	)
	flush := func() {
		if len(words) > 0 {
			sents = append(sents, words)
			words = nil
		}
		tags := m.TagDocument(sents)
		s, k := 0, 0
		for _, l := range lines {
			f := conll.Fields(l)
			if len(f) == 0 || conll.IsDocStart(f) {
				fmt.Fprintln(out, l)
				if k > 0 {
					s, k = s+1, 0
				}
				continue
			}
			sep := " "
			if strings.Contains(l, "\t") {
				sep = "\t"
			}
			fmt.Fprintf(out, "%s%s%s\n", strings.TrimRight(l, " \t\r"), sep, tags[s][k])
			k++
		}
		lines, sents = lines[:0], sents[:0]
	}
	for sc.Scan() {
		line := sc.Text()
		f := conll.Fields(line)
		switch {
		case conll.IsDocStart(f):
			flush()
		case len(f) == 0:
			if len(words) > 0 {
				sents = append(sents, words)
				words = nil
			}
		default:
			words = append(words, f[0])
		}
		lines = append(lines, line)
	}
	flush()
	return sc.Err()
}
