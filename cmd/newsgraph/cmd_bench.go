package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"newsgraph/internal/cputime"
	"newsgraph/internal/doc"
	"newsgraph/internal/ner"
	"newsgraph/internal/pipeline"
	"newsgraph/internal/reader"
	"newsgraph/internal/record"
	"newsgraph/internal/segment"
	"newsgraph/internal/store"
)

func init() {
	register(&command{name: "bench", summary: "measure speed: model load, tagging and whole-pipeline tokens/s, per-stage times, storing, peak memory", run: runBench})
}

const benchHelp = `
Reads the articles of a corpus (default: examples/articles; for real
figures use a news collection such as
../shared/data/news-bbc/bbc-news-2225.jsonl.gz), then measures on this
machine:

  - NER model load time;
  - tagging alone, one core: tokens per second of wall-clock and of CPU
    time (articles segmented beforehand, each tagged as one document, as
    analyze does);
  - the whole analyze pipeline, one core: articles/s, tokens/s, and the
    share of each stage (segment, recognise, dates, quotes, events);
  - the pipeline on all cores (--workers): articles/s;
  - storing the records into a fresh SQLite corpus in a temporary
    directory: one article per transaction, and 32 per transaction as
    ingest's writer does when it falls behind the analysers;
  - peak resident memory of the process.

The Go benchmarks (go test -bench . ./internal/...) measure the same parts
in isolation.
`

// errStop ends bench's corpus walk once it has read enough articles.
var errStop = errors.New("stop")

func runBench(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("bench", "[flags] [CORPUS]", benchHelp, stdout)
	limit := fs.Int("limit", 500, "at most this many articles")
	workers := fs.Int("workers", runtime.NumCPU(), "goroutines for the parallel run")
	if done, code := parseFlags(fs, args, stderr); done {
		return code
	}
	corpus := "examples/articles"
	if fs.NArg() > 0 {
		corpus = fs.Arg(0)
	}
	var articles []reader.Article
	err := reader.Walk(corpus, reader.Options{}, func(a reader.Article) error {
		if len(articles) >= *limit {
			return errStop
		}
		articles = append(articles, a)
		return nil
	}, func(reader.Problem) {})
	if err != nil && err != errStop {
		fmt.Fprintf(stderr, "newsgraph bench: %v\n", err)
		return 2
	}
	if len(articles) == 0 {
		fmt.Fprintf(stderr, "newsgraph bench: no articles in %s\n", corpus)
		return 2
	}
	fmt.Fprintf(stdout, "corpus: %s (%d articles), %s, GOMAXPROCS %d\n", corpus, len(articles), runtime.Version(), runtime.GOMAXPROCS(0))

	t0 := time.Now()
	model, err := ner.Default()
	if err != nil {
		return failed(stderr, "bench", err)
	}
	fmt.Fprintf(stdout, "model load: %v\n", time.Since(t0).Round(time.Millisecond))

	// Tagging alone, a document at a time as analyze tags (the model's
	// history and document features need the whole article).
	var docs [][][]string
	tokens := 0
	for _, a := range articles {
		d := doc.New(a.Text)
		segment.Segment(d)
		var sentences [][]string
		for _, s := range d.Sentences {
			words := make([]string, 0, s.EndToken-s.FirstToken)
			for k := s.FirstToken; k < s.EndToken; k++ {
				words = append(words, d.TokenText(k))
			}
			sentences = append(sentences, words)
			tokens += len(words)
		}
		docs = append(docs, sentences)
	}
	t0, cpu0 := time.Now(), cputime.Process()
	rounds := 0
	for time.Since(t0) < 2*time.Second || rounds == 0 {
		for _, sentences := range docs {
			model.TagDocument(sentences)
		}
		rounds++
	}
	el, cpu := time.Since(t0), cputime.Process()-cpu0
	perCPU := ""
	if cpu > 0 { // CPU time stays put when other programs share the cores; wall time does not
		perCPU = fmt.Sprintf(", %.0f tokens per CPU-second", float64(tokens*rounds)/cpu.Seconds())
	}
	fmt.Fprintf(stdout, "tagging, 1 core: %.0f tokens/s%s (%d tokens × %d rounds)\n", float64(tokens*rounds)/el.Seconds(), perCPU, tokens, rounds)

	// The whole pipeline, one core, per stage.
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return failed(stderr, "bench", err)
	}
	var st pipeline.StageTimes
	analysed, ptokens := 0, 0
	t0 = time.Now()
	for _, a := range articles {
		d, err := p.AnalyzeTimed(a, &st)
		if err != nil {
			continue
		}
		analysed++
		ptokens += len(d.Tokens)
	}
	el = time.Since(t0)
	fmt.Fprintf(stdout, "analyze, 1 core: %.1f articles/s, %.0f tokens/s\n", float64(analysed)/el.Seconds(), float64(ptokens)/el.Seconds())
	var staged time.Duration
	for _, d := range st {
		staged += d
	}
	for i, name := range pipeline.StageNames {
		fmt.Fprintf(stdout, "  %-10s %6.1f%%\n", name, 100*st[i].Seconds()/el.Seconds())
	}
	fmt.Fprintf(stdout, "  %-10s %6.1f%%\n", "clean+read", 100*(el-staged).Seconds()/el.Seconds())
	base := st[0] + st[1] + st[2] + st[5] + (el - staged)
	fmt.Fprintf(stdout, "quotes add %.1f%% and events %.1f%% to the rest of the pipeline\n",
		100*st[3].Seconds()/base.Seconds(), 100*st[4].Seconds()/base.Seconds())

	// All cores.
	t0 = time.Now()
	n := 0
	var records []*record.Record
	err = p.Each(*workers, func(yield func(reader.Article) error) error {
		for _, a := range articles {
			if err := yield(a); err != nil {
				return err
			}
		}
		return nil
	}, func(r pipeline.Result) error {
		n++
		if r.Err == nil {
			records = append(records, r.Record)
		}
		return nil
	})
	if err != nil {
		return failed(stderr, "bench", err)
	}
	el = time.Since(t0)
	fmt.Fprintf(stdout, "analyze, %d workers: %.1f articles/s\n", *workers, float64(n)/el.Seconds())

	if err := benchStore(records, stdout); err != nil {
		return failed(stderr, "bench", err)
	}

	if rss := cputime.PeakRSS(); rss > 0 {
		fmt.Fprintf(stdout, "peak memory (max RSS): %.0f MB\n", float64(rss)/(1<<20))
	}
	return 0
}

// benchStore times storing records into two fresh SQLite corpora: one
// Put per article, and PutMany of ingest's largest batch.
func benchStore(records []*record.Record, stdout io.Writer) error {
	if len(records) == 0 {
		return nil
	}
	dir, err := os.MkdirTemp("", "newsgraph-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	for _, batch := range []int{1, 32} {
		st, err := store.OpenSQLite(ctx, filepath.Join(dir, fmt.Sprintf("batch%d.db", batch)))
		if err != nil {
			return err
		}
		t0 := time.Now()
		for i := 0; i < len(records); i += batch {
			var items []store.Item
			for _, r := range records[i:min(i+batch, len(records))] {
				items = append(items, store.Item{Record: r, Origin: "bench"})
			}
			if _, err := st.PutMany(ctx, items); err != nil {
				st.Close()
				return err
			}
		}
		el := time.Since(t0)
		if err := st.Close(); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "store into SQLite, %d per transaction: %.1f articles/s\n", batch, float64(len(records))/el.Seconds())
	}
	return nil
}
