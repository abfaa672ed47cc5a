package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"newsgraph/internal/reader"
	"newsgraph/internal/record"
	"newsgraph/internal/store"
)

// fakeAnalyzer makes a small record without the real pipeline: one PERSON
// entity named in the text, and a failure for texts containing "FAIL".
type fakeAnalyzer struct{ delay time.Duration }

func (f fakeAnalyzer) Record(a reader.Article) (*record.Record, error) {
	time.Sleep(f.delay)
	if strings.Contains(a.Text, "FAIL") {
		return nil, errors.New("analysis failed: test failure")
	}
	if strings.Contains(a.Text, "PANIC") {
		panic("odd article")
	}
	r := &record.Record{ID: a.ID, Title: a.Title, Source: a.Source, URL: a.URL, Published: a.Published, Text: a.Text}
	if i := strings.Index(a.Text, "Minister "); i >= 0 {
		name := strings.Fields(a.Text[i:])[1]
		start := len([]rune(a.Text[:i])) + len("Minister ")
		r.Entities = []record.Entity{{ID: "e1", Name: name, Type: "PERSON",
			Mentions: []record.Mention{{Start: start, End: start + len([]rune(name)), Text: name}}}}
	}
	return r, nil
}

// articles makes n distinct articles; every 10th has no URL.
func articles(n int) []reader.Article {
	var out []reader.Article
	for i := range n {
		a := reader.Article{ID: fmt.Sprintf("a%d", i), Title: fmt.Sprintf("Story %d", i), Source: "Test Wire",
			Published: fmt.Sprintf("2020-01-%02d", 1+i%28), Origin: fmt.Sprintf("test.jsonl:%d", i+1),
			Text: fmt.Sprintf("Minister P%d spoke about item %d today. Nothing else happened in article number %d.", i%5, i, i)}
		if i%10 != 0 {
			a.URL = fmt.Sprintf("https://news.example/%d", i)
		}
		out = append(out, a)
	}
	return out
}

// sliceWalk serves articles for source "good" and reports one bad record
// for source "bad".
func sliceWalk(arts []reader.Article) WalkFunc {
	return func(src string, fn func(reader.Article) error, bad func(reader.Problem)) error {
		switch src {
		case "good":
			for _, a := range arts {
				if err := fn(a); err != nil {
					return err
				}
			}
		case "bad":
			bad(reader.Problem{Origin: "bad.jsonl:3", Reason: "invalid JSON: unexpected end"})
		default:
			return fmt.Errorf("open %s: no such file", src)
		}
		return nil
	}
}

func openStore(t *testing.T) store.Store {
	s, err := store.OpenSQLite(context.Background(), t.TempDir()+"/ingest.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestRunCountsAndIsIdempotent(t *testing.T) {
	arts := articles(40)
	arts = append(arts, arts[3], arts[10]) // read twice in one run: by URL, and by text
	arts = append(arts, reader.Article{Text: "This one will FAIL analysis.", Origin: "test.jsonl:99"},
		reader.Article{Text: "This one will PANIC the analyser.", Origin: "test.jsonl:100"})
	s := openStore(t)
	var reported []string
	var ticks int
	opt := Options{Workers: 3, Walk: sliceWalk(arts),
		Problem:  func(p reader.Problem) { reported = append(reported, p.String()) },
		Progress: func(Counts) { ticks++ }, ProgressEvery: time.Millisecond}

	sum, err := Run(context.Background(), s, fakeAnalyzer{}, []string{"good", "bad"}, opt)
	if err != nil {
		t.Fatal(err)
	}
	want := Counts{Read: 45, Stored: 40, Duplicates: 2, Skipped: 3}
	sum.Elapsed, want.Elapsed = 0, 0
	if sum.Counts != want {
		t.Errorf("first run: %+v, want %+v", sum.Counts, want)
	}
	if len(reported) != 3 || !contains(reported, "bad.jsonl:3: invalid JSON: unexpected end") || !contains(reported, "test.jsonl:99: analysis failed: test failure") {
		t.Errorf("problems reported: %q", reported)
	}
	if !strings.Contains(strings.Join(reported, "\n"), "test.jsonl:100: analysis failed: odd article (at internal/ingest/ingest_test.go:") {
		t.Errorf("a panic's reason does not say where: %q", reported)
	}
	if sum.Reasons["invalid JSON"] != 1 || sum.Reasons["analysis failed"] != 2 {
		t.Errorf("reasons: %v", sum.Reasons)
	}
	if ticks == 0 {
		t.Errorf("progress never reported")
	}

	sum, err = Run(context.Background(), s, fakeAnalyzer{}, []string{"good"}, Options{Workers: 2, Walk: sliceWalk(arts[:42])})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 0 || sum.Duplicates != 42 {
		t.Errorf("second run stored %d, %d duplicates; want 0 and 42", sum.Stored, sum.Duplicates)
	}
	st, _ := s.Stats(context.Background(), store.StatsQuery{})
	if st.Articles != 40 || st.Entities != 5 {
		t.Errorf("store holds %d articles, %d entities; want 40, 5", st.Articles, st.Entities)
	}
}

func TestRunSkipsUnreadableSource(t *testing.T) {
	s := openStore(t)
	var reported []string
	sum, err := Run(context.Background(), s, fakeAnalyzer{}, []string{"missing", "good"},
		Options{Workers: 2, Walk: sliceWalk(articles(5)), Problem: func(p reader.Problem) { reported = append(reported, p.String()) }})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 5 || sum.Skipped != 1 || len(reported) != 1 || reported[0] != "missing: cannot read: open missing: no such file" {
		t.Errorf("stored %d, skipped %d, reported %q; want 5, 1 and the missing source", sum.Stored, sum.Skipped, reported)
	}
}

// cancellingAnalyzer stops the run once it has analysed n articles.
type cancellingAnalyzer struct {
	fakeAnalyzer
	n      *atomic.Int64
	cancel func()
}

func (c cancellingAnalyzer) Record(a reader.Article) (*record.Record, error) {
	if c.n.Add(1) == 10 {
		c.cancel()
	}
	return c.fakeAnalyzer.Record(a)
}

func TestRunCancelled(t *testing.T) {
	s := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	an := cancellingAnalyzer{n: new(atomic.Int64), cancel: cancel}
	sum, err := Run(ctx, s, an, []string{"good"}, Options{Workers: 2, Walk: sliceWalk(articles(500))})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v, want context.Canceled", err)
	}
	if sum.Stored >= 20 || an.n.Load() >= 20 {
		t.Errorf("after cancelling at the 10th article: %d analysed, %d stored", an.n.Load(), sum.Stored)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
