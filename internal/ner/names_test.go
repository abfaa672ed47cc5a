package ner

import (
	"reflect"
	"strings"
	"testing"

	"newsgraph/internal/conll"
)

// Made-up annotated sentences for the name counter.
func nameCorpus() []conll.Sentence {
	sent := func(words, tags string) conll.Sentence {
		return conll.Sentence{Words: strings.Fields(words), Tags: strings.Fields(tags)}
	}
	return []conll.Sentence{
		sent("Tove Arnesen visited Port Halloran today", "B-PER I-PER O B-LOC I-LOC O"),
		sent("Port Halloran Mining hired Arnesen", "B-ORG I-ORG I-ORG O B-PER"),
		sent("the album sold well", "B-creative-work I-creative-work O O"), // no capital: skipped
		sent("Kestrel Bank opened in Port Halloran", "B-corporation I-corporation O O B-location I-location"),
	}
}

func TestNamesMatch(t *testing.T) {
	c := NewNameCounter()
	c.Add(nameCorpus())
	n := c.Names()
	if n.Len() != 5 {
		t.Errorf("got %d names, want 5: %v", n.Len(), n.sorted())
	}
	const (
		bPER, iPER = 1 << 0, 1 << 1
		bLOC, iLOC = 1 << 2, 1 << 3
		bORG, iORG = 1 << 4, 1 << 5
	)
	for _, tc := range []struct {
		words string
		want  []uint32
	}{
		{"Tove Arnesen met us", []uint32{bPER, iPER, 0, 0}},
		// The longest match wins over the shorter one inside it.
		{"at Port Halloran Mining", []uint32{0, bORG, iORG, iORG}},
		{"at Port Halloran .", []uint32{0, bLOC, iLOC, 0}},
		{"Arnesen and Kestrel Bank", []uint32{bPER, 0, bORG, iORG}},
		{"port halloran", []uint32{0, 0}}, // lists keep capitals
		{"Port", []uint32{0}},             // a prefix alone is no match
	} {
		var sc scratch
		e := extractor{bits: 10, names: n}
		e.extract(strings.Fields(tc.words), nil, &sc, nil)
		if !reflect.DeepEqual(sc.names, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.words, sc.names, tc.want)
		}
	}
	// Habits: "Halloran" ends LOC and sits in the middle of an ORG.
	if h, want := n.habits["Halloran"], uint32(1<<(4*1+3)|1<<(4*2+2)); h != want {
		t.Errorf("habits of Halloran = %b, want %b", h, want)
	}
}
