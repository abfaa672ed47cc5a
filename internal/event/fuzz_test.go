package event

import (
	"testing"
	"unicode/utf8"

	"newsgraph/internal/doc"
	"newsgraph/internal/segment"
)

// FuzzExtract checks that extraction never panics and that every index
// and span it writes points into the document. The seeds run with plain
// "go test"; "go test -fuzz FuzzExtract ./internal/event" explores more.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Rebels attacked the town. They killed five soldiers.",
		"He said it would respond, and they did (they said) \"attack\" — if, unless.",
		"The Brazilian government, a key ally of (the US), announced new measures against illegal logging across the Amazon. It arrested ten people, but was still refusing to",
		"Russia and Iran, backed by, who which that , , and and.",
		"According to",
		"“We will strike,” said the general. “They must leave,” he added.",
		"If. Unless. Will. Would. By by by.",
		"Police in Kenya's capital, Nairobi, fired tear gas at protesters who had marched on parliament on Tuesday.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := doc.New(text)
		segment.Segment(d)
		Extract(d)
		in := func(sp doc.Span) bool { return sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(text) }
		for _, e := range d.Events {
			if !in(e.Trigger) || !in(e.Evidence) || e.Trigger.Len() == 0 {
				t.Fatalf("bad trigger %v or evidence %v in %q", e.Trigger, e.Evidence, text)
			}
			for _, a := range append(append([]doc.Actor{}, e.Sources...), e.Targets...) {
				if !in(a.Span) || a.Entity >= len(d.Entities) {
					t.Fatalf("bad actor %+v in %q", a, text)
				}
			}
			if e.Date >= len(d.Dates) || e.Location >= len(d.Entities) || e.AccordingTo >= len(d.Entities) || e.Quote >= len(d.Quotes) {
				t.Fatalf("index out of range in %+v for %q", e, text)
			}
			if !RootFits(e.CameoRoot, e.Type) {
				t.Fatalf("CAMEO root %q for type %q", e.CameoRoot, e.Type)
			}
		}
	})
}
