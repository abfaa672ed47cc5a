package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/schollz/progressbar/v3"

	"newsgraph/internal/output"
	"newsgraph/internal/pipeline"
	"newsgraph/internal/reader"
)

func init() {
	register(&command{name: "analyze", summary: "analyse articles: entities, quotes, dates, events (JSON or a readable summary)", run: runAnalyze})
}

const analyzeHelp = `
Reads articles from files, directories (recursively) or stdin ("-"): plain
text, HTML pages, JSONL (.jsonl, .jsonl.gz: fields id, text or html, title,
source, url, published), RSS/Atom feeds and WARC files. Each article is
cleaned (photo captions and credits at the top, publisher notes at the end
move to metadata; --raw keeps the text exactly), segmented, and annotated
with its people, organisations and places, quotations with their speakers,
dates pinned to the calendar, and political events.

Relative dates ("on Friday", "yesterday") are resolved from the publication
time: the article's own (JSONL "published", HTML meta tags), or --published.
Without one they stay unresolved.

A bad record (invalid JSON, invalid UTF-8, empty or binary text, an
article larger than --max-mb) or an unreadable source is reported on stderr as FILE:LINE: reason and skipped;
the exit code is then 1, or 2 when nothing at all could be read (as for a
wrong flag).
When stderr is a terminal and the records go to a file or a pipe, a
progress bar shows articles/s and the time left.
Offsets in JSON output are Unicode code point offsets into "text" (see
docs/schema.md).

Examples:
  newsgraph analyze examples/
  newsgraph analyze --published 2018-09-07T15:00:00+03:00 --tz Asia/Jerusalem --format json article.txt
  newsgraph analyze --raw --format jsonl corpus.jsonl.gz > records.jsonl
`

func runAnalyze(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("analyze", "[flags] FILE|DIR|- ...", analyzeHelp, stdout)
	format := fs.String("format", "text", "output format: text (readable summary), json (one indented record; an array for several articles), jsonl (one record per line), plover (events as PLOVER JSON lines)")
	raw := fs.Bool("raw", false, "keep the input text exactly: no caption or note removal (for evaluation against gold offsets)")
	published := fs.String("published", "", "publication time for every input article: a date (2018-09-07) or RFC 3339 time (2018-09-07T15:00:00+03:00)")
	tz := fs.String("tz", "", "IANA time zone relative dates are resolved in (default: the publication time's own offset, else UTC)")
	inFormat := fs.String("input-format", "", "input format when it cannot be told from the name: text, html, jsonl, rss, warc")
	tokens := fs.Bool("tokens", false, "include every token's span in JSON output")
	model := fs.String("model", "", "NER model file (default: the model built into the binary)")
	noTagger := fs.Bool("no-tagger", false, "use gazetteers and rules only, without the statistical tagger")
	workers := fs.Int("workers", 0, "articles analysed in parallel (default: one per core)")
	maxMB := maxMBFlag(fs)
	if done, code := parseFlags(fs, args, stderr); done {
		return code
	}
	maxBytes, err := maxMB()
	if err != nil {
		return badUsage(stderr, "analyze", err.Error())
	}
	switch *format {
	case "text", "json", "jsonl", "plover":
	default:
		fmt.Fprintf(stderr, "newsgraph analyze: unknown --format %q (text, json, jsonl, plover)\n", *format)
		return 2
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		fmt.Fprintln(stderr, "newsgraph analyze: no input (give files, directories, or - for stdin; see --help)")
		return 2
	}
	p, err := pipeline.New(pipeline.Options{Raw: *raw, Published: *published, TZ: *tz, Tokens: *tokens, Model: *model, NoTagger: *noTagger})
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph analyze: %v\n", err)
		return 2
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()

	var (
		analysed, skipped int
		fatal             error
	)
	// On a terminal, with the records going elsewhere (a file, a pipe), a
	// bar shows how far a long run has got; on the same terminal it would
	// garble them, and in a log it would be noise.
	var bar *progressbar.ProgressBar
	if isTerminal(stderr) && !isTerminal(stdout) {
		bar = newProgressBar(stderr, "analyze")
	}
	// bad runs on the reading goroutine and in emit: the mutex keeps the
	// count, the bar and the lines on stderr whole.
	var mu sync.Mutex
	bad := func(pr reader.Problem) {
		mu.Lock()
		defer mu.Unlock()
		skipped++
		if bar != nil {
			bar.Clear()
		}
		fmt.Fprintln(stderr, pr.String())
	}
	opt := reader.Options{Format: *inFormat, Raw: *raw, MaxBytes: maxBytes}
	walk := func(yield func(reader.Article) error) error {
		for _, in := range inputs {
			if err := reader.Walk(in, opt, yield, bad); err != nil {
				if errors.Is(err, pipeline.ErrStopped) {
					return err
				}
				fmt.Fprintf(stderr, "newsgraph analyze: %v\n", err)
				fatal = err
			}
		}
		return nil
	}
	if bar != nil && allLocal(inputs) {
		// Counting the input beside the run gives the bar a total, so it
		// can show the time left; reading is cheap next to analysing.
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		go countInput(ctx, inputs, opt, bar)
	}
	jsonOut := output.NewJSONRecords(out) // streams: one record held back at most
	emit := func(r pipeline.Result) error {
		if r.Err != nil {
			bad(reader.Problem{Origin: r.Article.Origin, Reason: r.Err.Error()})
			return nil
		}
		analysed++
		if bar != nil {
			mu.Lock()
			bar.Add(1)
			mu.Unlock()
		}
		var err error
		switch *format {
		case "text":
			err = output.Text(out, r.Record)
		case "jsonl":
			err = output.JSONLine(out, r.Record)
		case "plover":
			err = output.Plover(out, r.Record)
		case "json":
			err = jsonOut.Add(r.Record)
		}
		return err
	}
	if err := p.Each(*workers, walk, emit); err != nil {
		return failed(stderr, "analyze", err)
	}
	if *format == "json" {
		if err := jsonOut.Close(); err != nil {
			return failed(stderr, "analyze", err)
		}
	}
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(stderr)
	}
	if skipped > 0 || analysed != 1 {
		fmt.Fprintf(stderr, "newsgraph analyze: %d article(s) analysed, %d skipped\n", analysed, skipped)
	}
	switch {
	case fatal != nil && analysed == 0:
		return 2
	case skipped > 0 || fatal != nil:
		return 1
	}
	return 0
}
