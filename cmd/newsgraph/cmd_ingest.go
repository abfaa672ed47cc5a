package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"newsgraph/internal/ingest"
	"newsgraph/internal/pipeline"
	"newsgraph/internal/reader"
	"newsgraph/internal/store"
	"newsgraph/internal/writelock"
)

func init() {
	register(&command{name: "ingest", summary: "analyse articles and store them in a searchable corpus (SQLite or PostgreSQL)", run: runIngest})
}

const ingestHelp = `
Reads articles from files, directories (recursively), feed or page URLs and
stdin ("-") — plain text, HTML, JSONL(.gz), RSS/Atom, WARC(.gz) — analyses
them on all cores and stores each record in the corpus database. An article
is stored whole or not at all; on SQLite the articles waiting to be stored
are committed together, up to 32 at a time.

An article is identified by its URL, else by a hash of its text: ingesting
the same sources again stores nothing new, and an interrupted ingest (even
kill -9) is completed by running it again. Near-duplicate copies of one
story are grouped (see 'newsgraph query stories').

--db takes a SQLite file (default newsgraph.db, or $NEWSGRAPH_DB) or a
postgres:// URL; several ingest processes may write to one PostgreSQL
database at once. SQLite takes one writer at a time, so a second ingest
into the same file waits for the first to finish, saying so on stderr
(with --no-wait it exits with code 75 instead); query and serve read
the file meanwhile as usual.

A bad record is reported on stderr as SOURCE:LINE: reason and skipped; the
exit code is then 1. A summary ends the run: read, stored, duplicates,
skipped. On a terminal a progress bar shows articles/s and the time left;
otherwise a progress line goes to stderr every --every.

Examples:
  newsgraph ingest corpus.jsonl.gz pages/
  newsgraph ingest --db postgres://localhost/news --workers 8 feeds.warc.gz
  newsgraph ingest --published 2018-09-07 --tz Asia/Tehran article.txt
`

func runIngest(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("ingest", "[flags] SOURCE...", ingestHelp, stdout)
	dsn := fs.String("db", store.DefaultDSN(), "corpus database: SQLite file or postgres:// URL (env NEWSGRAPH_DB)")
	workers := fs.Int("workers", 0, "articles analysed in parallel (default: one per core)")
	published := fs.String("published", "", "publication time for every input article: a date (2018-09-07) or RFC 3339 time")
	tz := fs.String("tz", "", "IANA time zone relative dates are resolved in (default: the publication time's own offset, else UTC)")
	inFormat := fs.String("input-format", "", "input format when it cannot be told from the name: text, html, jsonl, rss, warc")
	model := fs.String("model", "", "NER model file (default: the model built into the binary)")
	noTagger := fs.Bool("no-tagger", false, "use gazetteers and rules only, without the statistical tagger")
	progress := fs.String("progress", "auto", "progress display: auto (a bar on a terminal, else lines), bar, lines, none")
	every := fs.Duration("every", 10*time.Second, "interval between progress lines when not on a terminal")
	noWait := fs.Bool("no-wait", false, "if another ingest is writing to the same SQLite file, exit (code 75) instead of waiting for it")
	count := fs.Bool("count", true, "on a terminal, count the input first (in parallel) so the bar can show the time left")
	maxMB := maxMBFlag(fs)
	if done, code := parseFlags(fs, args, stderr); done {
		return code
	}
	maxBytes, err := maxMB()
	if err != nil {
		return badUsage(stderr, "ingest", err.Error())
	}
	sources := fs.Args()
	if len(sources) == 0 {
		fmt.Fprintln(stderr, "newsgraph ingest: no sources (give files, directories, URLs or -; see --help)")
		return 2
	}
	mode := *progress
	if mode == "auto" {
		mode = "lines"
		if isTerminal(stderr) {
			mode = "bar"
		}
	}
	if mode != "bar" && mode != "lines" && mode != "none" {
		fmt.Fprintf(stderr, "newsgraph ingest: unknown --progress %q (auto, bar, lines, none)\n", *progress)
		return 2
	}

	p, err := pipeline.New(pipeline.Options{Published: *published, TZ: *tz, Model: *model, NoTagger: *noTagger})
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph ingest: %v\n", err)
		return 2
	}
	// Ctrl-C or SIGTERM: stop reading, let the articles in flight finish
	// their transactions, print the summary.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	lock, code := lockSQLite(ctx, *dsn, !*noWait, stderr)
	if code != 0 {
		return code
	}
	defer lock.Release()
	st, err := store.Open(ctx, *dsn)
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph ingest: %v\n", err)
		return 2
	}
	defer st.Close()

	ropt := reader.Options{Format: *inFormat, MaxBytes: maxBytes}
	opt := ingest.Options{
		Workers: *workers,
		Walk: func(src string, fn func(reader.Article) error, bad func(reader.Problem)) error {
			return reader.Walk(src, ropt, fn, bad)
		},
	}
	if store.IsPostgres(*dsn) {
		// PostgreSQL takes concurrent writers; SQLite one at a time.
		opt.Writers = max(opt.Workers, 4)
	}
	var out sync.Mutex // progress and problem lines share stderr
	var bar *progressbar.ProgressBar
	switch mode {
	case "bar":
		bar = newProgressBar(stderr, "ingest")
		if *count && allLocal(sources) {
			go countInput(ctx, sources, ropt, bar)
		}
		opt.ProgressEvery = 200 * time.Millisecond
		opt.Progress = func(c ingest.Counts) {
			out.Lock()
			bar.Set64(c.Done())
			out.Unlock()
		}
	case "lines":
		opt.ProgressEvery = *every
		opt.Progress = func(c ingest.Counts) {
			out.Lock()
			fmt.Fprintf(stderr, "newsgraph ingest: %s\n", progressLine(c))
			out.Unlock()
		}
	}
	opt.Problem = func(pr reader.Problem) {
		out.Lock()
		defer out.Unlock()
		if bar != nil {
			bar.Clear()
		}
		fmt.Fprintln(stderr, pr.String())
	}

	sum, err := ingest.Run(ctx, st, p, sources, opt)
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(stderr)
	}
	printSummary(stderr, sum)
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph ingest: stopped: %v (run the same command again to finish)\n", err)
		return 1
	}
	if sum.Skipped > 0 {
		return 1
	}
	return 0
}

// exitBusy is ingest's exit code when --no-wait finds another ingest
// writing to the SQLite file: EX_TEMPFAIL, "try again later", which a
// cron wrapper can tell from a failed run.
const exitBusy = 75

// lockSQLite takes the write lock of the SQLite file dsn names (none for
// PostgreSQL or an in-memory database), so two ingests into one file
// take turns instead of starving each other of SQLite's write lock (see
// package writelock). Waiting is the default because an overlapping run
// (a cron job and a manual one) then simply finishes later, at no cost
// in throughput; --no-wait suits a job that would rather exit and come
// again. A code other than 0 ends the command.
func lockSQLite(ctx context.Context, dsn string, wait bool, stderr io.Writer) (*writelock.Lock, int) {
	path := store.SQLitePath(dsn)
	if store.IsPostgres(dsn) || path == "" {
		return nil, 0
	}
	var since time.Time
	lock, err := writelock.Acquire(ctx, path, wait, func(busy *writelock.BusyError) {
		since = time.Now()
		fmt.Fprintf(stderr, "newsgraph ingest: %v; waiting… (Ctrl-C to stop)\n", busy)
	})
	var busy *writelock.BusyError
	switch {
	case errors.As(err, &busy):
		fmt.Fprintf(stderr, "newsgraph ingest: %v; not waiting (--no-wait). SQLite takes one writer at a time: "+
			"run the ingests one after the other, or use PostgreSQL (--db postgres://…) for parallel writers\n", busy)
		return nil, exitBusy
	case err != nil && ctx.Err() != nil:
		fmt.Fprintln(stderr, "newsgraph ingest: stopped while waiting for the other ingest; nothing was stored")
		return nil, 1
	case err != nil:
		fmt.Fprintf(stderr, "newsgraph ingest: %v\n", err)
		return nil, 2
	}
	if !since.IsZero() {
		fmt.Fprintf(stderr, "newsgraph ingest: the other ingest has ended (waited %s); starting\n", time.Since(since).Round(time.Second))
	}
	return lock, 0
}

func progressLine(c ingest.Counts) string {
	return fmt.Sprintf("%d read, %d stored, %d duplicates, %d skipped in %s (%.1f articles/s)",
		c.Read, c.Stored, c.Duplicates, c.Skipped, c.Elapsed.Round(time.Second), c.Rate())
}

func printSummary(w io.Writer, sum *ingest.Summary) {
	fmt.Fprintf(w, "newsgraph ingest: %s\n", progressLine(sum.Counts))
	if len(sum.Reasons) > 0 {
		reasons := make([]string, 0, len(sum.Reasons))
		for r := range sum.Reasons {
			reasons = append(reasons, r)
		}
		sort.Slice(reasons, func(i, j int) bool { return sum.Reasons[reasons[i]] > sum.Reasons[reasons[j]] })
		fmt.Fprintln(w, "skipped:")
		for _, r := range reasons {
			fmt.Fprintf(w, "  %6d  %s\n", sum.Reasons[r], r)
		}
	}
}

// newProgressBar counts articles for a long run of command name, with
// the rate and, once a total is set, the time left.
func newProgressBar(w io.Writer, name string) *progressbar.ProgressBar {
	return progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(name),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetWidth(30),
	)
}

// countInput reads the sources once without analysing them, then gives
// the bar its total, so it can show the time left. It runs beside the
// ingest; reading is much cheaper than analysis.
func countInput(ctx context.Context, sources []string, opt reader.Options, bar *progressbar.ProgressBar) {
	var n int64
	for _, src := range sources {
		err := reader.Walk(src, opt, func(reader.Article) error {
			n++
			return ctx.Err()
		}, func(reader.Problem) { n++ })
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			n++ // counted as one skip by the ingest
		}
	}
	bar.ChangeMax64(n)
}

// allLocal reports whether every source is a local path (not stdin or a
// URL, which cannot be read twice).
func allLocal(sources []string) bool {
	for _, s := range sources {
		if s == "-" || strings.Contains(s, "://") {
			return false
		}
	}
	return true
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
