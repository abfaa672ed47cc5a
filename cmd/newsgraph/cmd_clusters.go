package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"newsgraph/internal/conll"
	"newsgraph/internal/gzfile"
	"newsgraph/internal/wordclusters"
)

func init() {
	trainCommands.add(&command{name: "clusters", summary: "compute word clusters from unlabeled text (features for ner)", run: runTrainClusters})
}

func runTrainClusters(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("train clusters", "--out FILE [--jsonl FILE]... [--conll FILE]...",
		"Computes hierarchical word clusters from raw news (JSON Lines with a \"text\"\n"+
			"field, .gz accepted) and the words of CoNLL files, and writes\n"+
			"word<TAB>path<TAB>casing lines for 'newsgraph train ner --clusters'.", stdout)
	var jsonl, conllFiles []string
	fs.Func("jsonl", "JSON Lines file of articles with a \"text\" field (repeatable)", func(s string) error { jsonl = append(jsonl, s); return nil })
	fs.Func("conll", "CoNLL file whose words are added as text (repeatable)", func(s string) error { conllFiles = append(conllFiles, s); return nil })
	out := fs.String("out", "", "where to write the clusters")
	var opt wordclusters.Options
	fs.IntVar(&opt.MinCount, "min-count", 5, "words seen fewer times get no cluster")
	fs.IntVar(&opt.Depth, "depth", 16, "maximum path length in bits")
	fs.Uint64Var(&opt.Seed, "seed", 1, "random seed")
	if done, code := parseFlags(fs, args, stderr); done {
		return code
	}
	if *out == "" || len(jsonl)+len(conllFiles) == 0 {
		return badUsage(stderr, "train clusters", "--out and at least one --jsonl or --conll are required")
	}
	start := time.Now()
	c := wordclusters.NewCounter()
	for _, path := range jsonl {
		if err := addJSONL(c, path); err != nil {
			return failed(stderr, "train clusters", err)
		}
	}
	for _, path := range conllFiles {
		sents, err := conll.ReadFile(path)
		if err != nil {
			return failed(stderr, "train clusters", err)
		}
		for _, s := range sents {
			c.Add(s.Words)
		}
	}
	fmt.Fprintf(stdout, "read %d tokens in %.0fs\n", c.Tokens(), time.Since(start).Seconds())
	clusters := c.Build(opt)
	if err := wordclusters.WriteFile(*out, clusters); err != nil {
		return failed(stderr, "train clusters", err)
	}
	fmt.Fprintf(stdout, "wrote %d words to %s in %.0fs\n", len(clusters), *out, time.Since(start).Seconds())
	return 0
}

// addJSONL tokenises the "text" of every line, paragraph by paragraph.
func addJSONL(c *wordclusters.Counter, path string) error {
	rc, err := gzfile.Open(path)
	if err != nil {
		return err
	}
	defer rc.Close()
	sc := bufio.NewScanner(rc)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var toks []string
	line := 0
	for sc.Scan() {
		line++
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		for _, para := range strings.Split(a.Text, "\n") {
			if toks = wordclusters.Tokenize(para, toks[:0]); len(toks) > 0 {
				c.Add(toks)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
