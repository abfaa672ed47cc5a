package ner

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"newsgraph/internal/conll"
)

func TestDocContext(t *testing.T) {
	doc := newDocContext([][]string{
		strings.Fields("Talks with Mira Okonjo began ."),
		strings.Fields("Okonjo said the Harbour Board agreed ."),
		strings.Fields("Board members said little ."),
		strings.Fields("SHARES FALL IN TOKYO"),
	})
	tok := func(w string) *token {
		n := normalize(w)
		_, short := shapes(n, nil, nil)
		return &token{norm: n, lower: strings.ToLower(n), short: string(short)}
	}
	tests := []struct {
		word                    string
		casing, runLast, runLen string
	}{
		// Capitalised mid-sentence once, at a sentence start once.
		{"Okonjo", "capital", "okonjo", "2"},
		{"Board", "capital", "board", "2"},
		// Only ever sentence-initial here, and lower case elsewhere.
		{"Talks", "unseen", "talks", "1"},
		// Lower-case tokens get no document features.
		{"said", "", "", ""},
		// Words of an all-capitals line say nothing about casing.
		{"TOKYO", "unseen", "", "0"},
	}
	for _, tt := range tests {
		c, l, n := doc.features(tok(tt.word))
		if c != tt.casing || l != tt.runLast || n != tt.runLen {
			t.Errorf("%s: casing %q runLast %q runLen %q; want %q %q %q", tt.word, c, l, n, tt.casing, tt.runLast, tt.runLen)
		}
	}
}

func TestDocuments(t *testing.T) {
	s := func(w string, start bool) conll.Sentence { return conll.Sentence{Words: []string{w}, DocStart: start} }
	got := Documents([]conll.Sentence{s("a", true), s("b", false), s("c", true)})
	if len(got) != 2 || len(got[0]) != 2 || len(got[1]) != 1 || got[1][0].Words[0] != "c" {
		t.Errorf("Documents = %v", got)
	}
}

func TestTagDocumentMatchesSentences(t *testing.T) {
	m := trainSynthetic(t)
	sents := [][]string{strings.Fields("She met Tove Arnesen in Kigali ."), nil, strings.Fields("In Tromso , Wanjiru spoke .")}
	got := m.TagDocument(sents)
	if len(got) != 3 || len(got[1]) != 0 {
		t.Fatalf("TagDocument = %v", got)
	}
	for i, s := range sents {
		if len(got[i]) != len(s) {
			t.Errorf("sentence %d: %d tags for %d words", i, len(got[i]), len(s))
		}
	}
	if !reflect.DeepEqual(got[0], strings.Fields("O O B-PER I-PER O B-LOC O")) {
		t.Errorf("first sentence tagged %v", got[0])
	}
}

func TestHistory(t *testing.T) {
	for _, scheme := range []Scheme{IOB2, BILOU} {
		tags := tagSet(map[string]bool{"LOC": true, "PER": true}, scheme)
		lay, err := newLayout(tags, scheme)
		if err != nil {
			t.Fatal(err)
		}
		idx := func(tag string) int { return slices.Index(tags, tag) }
		h := newHistory(&lay)
		keys := []histKey{{lower: "ada"}, {lower: "met"}, {lower: "ada"}}
		if v := h.valueOf(h.find("ada")); v != 0 {
			t.Errorf("%v: unseen word: %d, want 0", scheme, v)
		}
		last := "I-PER" // a tag of PER other than B-
		if scheme == BILOU {
			last = "L-PER"
		}
		h.record(keys, []int{idx("B-PER"), idx("O"), idx("B-LOC")})
		h.record(keys[:1], []int{idx(last)})
		if v := h.valueOf(h.find("ada")); v != 1+2 {
			t.Errorf("%v: ada: %d, want 3 (PER, the type index 2, plus one)", scheme, v)
		}
		if v := h.valueOf(h.find("met")); v != 1 {
			t.Errorf("%v: met: %d, want 1 (outside)", scheme, v)
		}
	}
}

// fillHistory's lookups are reused by record, a word new twice in one
// sentence is counted twice, and reset forgets the document.
func TestHistoryFillRecordReset(t *testing.T) {
	tags := tagSet(map[string]bool{"PER": true}, BILOU)
	lay, err := newLayout(tags, BILOU)
	if err != nil {
		t.Fatal(err)
	}
	idx := func(tag string) int { return slices.Index(tags, tag) }
	e := extractor{bits: 12, history: true}
	h := newHistory(&lay)
	fillRecord := func(words []string, tags ...string) {
		keys := make([]histKey, len(words))
		ids := make([]int, len(words))
		for i, w := range words {
			keys[i], ids[i] = histKey{lower: w, short: "Xx"}, idx(tags[i])
		}
		e.fillHistory(make([]uint32, len(keys)*numHistoryTemplates), keys, h)
		h.record(keys, ids)
	}
	fillRecord([]string{"ada", "ada", "met"}, "U-PER", "U-PER", "O")
	fillRecord([]string{"ada", "met"}, "O", "O")
	// ada: PER twice, outside once; a lost count would tie and give O.
	if v := h.valueOf(h.find("ada")); v != 1+1 {
		t.Errorf("ada: %d, want 2 (PER, type 1, plus one)", v)
	}
	if v := h.valueOf(h.find("met")); v != 1 {
		t.Errorf("met: %d, want 1 (outside)", v)
	}
	h.reset(&lay)
	if v := h.valueOf(h.find("ada")); v != 0 || len(h.counts) != 0 {
		t.Errorf("after reset: ada %d, %d counts", v, len(h.counts))
	}
	fillRecord([]string{"met"}, "U-PER")
	if v := h.valueOf(h.find("met")); v != 2 {
		t.Errorf("met in a new document: %d, want 2", v)
	}
}
