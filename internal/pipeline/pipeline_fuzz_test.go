package pipeline

import (
	"fmt"
	"sync"
	"testing"

	"newsgraph/internal/doc"
	"newsgraph/internal/reader"
)

var (
	fuzzOnce     sync.Once
	fuzzPipeline *Pipeline
	fuzzErr      error
)

// FuzzAnalyze runs every stage, the tagger included, over arbitrary text
// and checks what all later layers rely on: no panic; every span inside
// the text and not reversed; mentions in text order (stages look them up
// by binary search); every index into another layer in range.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		`"We will not waver," Chancellor Anna Berg said on Tuesday, adding that talks would resume.`,
		"Hull beat Leeds 2-1. Hull v Leeds on Sunday. \"Great,\" he said. \"We won.\"\n\nThey added: \"More.\"",
		"The company said. It said. They said, said Ann Bell, Jo Lee and Ed Stone.",
		"Mm. Hmm. \u201cA,\u201d she said. \u201cB\u201d\n\n\u201cC\u201d",
		"According to the Reuters news agency, Iran's President Hassan Rouhani warned America on Friday.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		fuzzOnce.Do(func() { fuzzPipeline, fuzzErr = New(Options{Published: "2024-05-17T10:00:00Z"}) })
		if fuzzErr != nil {
			t.Fatal(fuzzErr)
		}
		d, err := fuzzPipeline.Analyze(reader.Article{ID: "fuzz", Text: text})
		if err != nil {
			return // invalid UTF-8, empty text: refused, not analysed
		}
		if msg := checkLayers(d); msg != "" {
			t.Fatalf("%q: %s", text, msg)
		}
	})
}

func checkLayers(d *doc.Doc) string {
	n := len(d.Text)
	bad := func(sp doc.Span) bool { return sp.Start < 0 || sp.End > n || sp.Start > sp.End }
	inRange := func(i, length int) bool { return i >= -1 && i < length }
	for i, m := range d.Mentions {
		if bad(m.Span) || !inRange(m.Entity, len(d.Entities)) {
			return fmt.Sprintf("mention %d %+v", i, m)
		}
		if i > 0 && m.Start < d.Mentions[i-1].Start {
			return fmt.Sprintf("mention %d starts before mention %d", i, i-1)
		}
	}
	for i, dt := range d.Dates {
		if bad(dt.Span) {
			return fmt.Sprintf("date %d %+v", i, dt)
		}
	}
	for i, q := range d.Quotes {
		for _, sp := range append([]doc.Span{q.Cue, q.Speaker}, q.Spans...) {
			if bad(sp) {
				return fmt.Sprintf("quote %d span %v", i, sp)
			}
		}
		if !inRange(q.SpeakerEnt, len(d.Entities)) || !inRange(q.AccordingTo, len(d.Entities)) || !inRange(q.Date, len(d.Dates)) {
			return fmt.Sprintf("quote %d indexes %+v", i, q)
		}
	}
	for i, e := range d.Events {
		if bad(e.Trigger) || bad(e.Evidence) || !inRange(e.Date, len(d.Dates)) || !inRange(e.Quote, len(d.Quotes)) ||
			!inRange(e.Location, len(d.Entities)) || !inRange(e.AccordingTo, len(d.Entities)) {
			return fmt.Sprintf("event %d %+v", i, e)
		}
		for _, a := range append(append([]doc.Actor{}, e.Sources...), e.Targets...) {
			if bad(a.Span) || !inRange(a.Entity, len(d.Entities)) {
				return fmt.Sprintf("event %d actor %+v", i, a)
			}
		}
	}
	return ""
}
