package ner

import (
	"strings"
	"testing"
)

func TestIsMurmur(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"Mm", true}, {"mm", true}, {"Mmm", true}, {"Hmm", true}, {"hm", true}, {"Mhm", true},
		{"M", false},       // an initial
		{"HM", false},      // HM Treasury
		{"MM", false},      // a name in capitals
		{"hh", false},      // no m
		{"Mmmmmmm", false}, // too long to be sure
		{"Mum", false}, {"Ham", false}, {"MmH", false},
	} {
		if got := isMurmur(c.word); got != c.want {
			t.Errorf("isMurmur(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}

// The shipped model reads a transcript's "Mm" as a person unless decoding
// forbids it; a number type stays open to "mm" (millimetres).
func TestMurmurIsNoName(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ sentence, want string }{
		{"Mm /.", "O O"},
		{"Yeah Mm that is right /.", "O O O O O O"},
		{"Hmm , I see what you mean .", "O O O O O O O O"},
		{"The bolt is 12 mm long .", "O O O B-QUANTITY I-QUANTITY O O"},
	} {
		got := strings.Join(m.TagDocument([][]string{strings.Fields(c.sentence)})[0], " ")
		if got != c.want {
			t.Errorf("%q: got %s, want %s", c.sentence, got, c.want)
		}
	}
}
