package segment

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"newsgraph/internal/doc"
)

func tokens(text string) []string {
	var out []string
	for _, s := range Tokenize(text, 0, len(text), nil) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by "|"
	}{
		{"Syria's civil war", "Syria|'s|civil|war"},
		{"the country’s war", "the|country|’s|war"},
		{"They don't know.", "They|do|n't|know|."},
		{"I can't go", "I|ca|n't|go"},
		{"the U.S. and Mr. Smith", "the|U.S.|and|Mr.|Smith"},
		{`“America and Israel."`, `“|America|and|Israel|.|"`},
		{"(Arutz Sheva)", "(|Arutz|Sheva|)"},
		{"Iranian-backed forces, he said:", "Iranian-backed|forces|,|he|said|:"},
		{"Donald J. Trump", "Donald|J.|Trump"},
		{"wait... what", "wait|...|what"},
		{"the end.", "the|end|."},
		{"in 2018-09-07, at 3.5%", "in|2018-09-07|,|at|3.5%"},
		{"war--and peace", "war|--|and|peace"},
		{"the '90s", "the|'90s"},
		{"'Hello,' he said", "'|Hello|,|'|he|said"},
		{"over here,“ said Jones", "over|here|,|“|said|Jones"},
		{"ignorant.”― Pamela", "ignorant|.|”|―|Pamela"},
	}
	for _, tc := range tests {
		got := strings.Join(tokens(tc.in), "|")
		if got != tc.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func sentences(text string) []string {
	d := doc.New(text)
	Segment(d)
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Str(s.Span))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"President Donald J. Trump spoke. He left.", []string{"President Donald J. Trump spoke.", "He left."}},
		{"The U.S. Senate met in Sept. 2018 with Mr. Smith. It ended.", []string{"The U.S. Senate met in Sept. 2018 with Mr. Smith.", "It ended."}},
		{"He lives in the U.S. The war goes on.", []string{"He lives in the U.S.", "The war goes on."}},
		{`"It is over." She left.`, []string{`"It is over."`, "She left."}},
		{`"Is it over?" she asked.`, []string{`"Is it over?" she asked.`}},
		{"First paragraph.\n\nSecond one", []string{"First paragraph.", "Second one"}},
		{"Gen. Smith and Sen. Jones met Dr. Who. Fine!", []string{"Gen. Smith and Sen. Jones met Dr. Who.", "Fine!"}},
		// A decimal number is no dotted acronym: its period ends the sentence.
		{"Sales rose 4.5%. Shares fell.", []string{"Sales rose 4.5%.", "Shares fell."}},
		{"The club paid 2.5m. Chelsea paid more.", []string{"The club paid 2.5m.", "Chelsea paid more."}},
		{"The shop opens at 9 a.m. on Monday.", []string{"The shop opens at 9 a.m. on Monday."}},
	}
	for _, tc := range tests {
		got := sentences(tc.in)
		if strings.Join(got, "\x00") != strings.Join(tc.want, "\x00") {
			t.Errorf("sentences(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	text := "One line.\nStill one.\n\n  \nTwo.\n"
	ps := Paragraphs(text)
	if len(ps) != 2 || text[ps[0].Start:ps[0].End] != "One line.\nStill one." || text[ps[1].Start:ps[1].End] != "Two." {
		t.Fatalf("Paragraphs = %v", ps)
	}
}

func TestTokensCoverNonSpace(t *testing.T) {
	text := "He said: “It's (really) over—for now...” ‘Yes’ — 12.5% of U.S. voters?!"
	d := doc.New(text)
	Segment(d)
	covered := make([]bool, len(text))
	prev := 0
	for _, tok := range d.Tokens {
		if tok.Start < prev || tok.End <= tok.Start {
			t.Fatalf("tokens out of order or empty at %v", tok)
		}
		prev = tok.End
		for i := tok.Start; i < tok.End; i++ {
			covered[i] = true
		}
	}
	for i, r := range text {
		if r != ' ' && !covered[i] {
			t.Errorf("byte %d (%q) not in any token", i, r)
		}
	}
}

// Text without sentence ends is cut every MaxSentenceTokens tokens, so no
// sentence grows without bound; sentences that end stay whole.
func TestLongSentencesAreCut(t *testing.T) {
	words := func(n int) string { return strings.TrimSpace(strings.Repeat("word ", n)) }
	tests := []struct {
		name string
		in   string
		want []int // tokens per sentence
	}{
		{"short", words(10) + ".", []int{11}},
		{"at the bound", words(MaxSentenceTokens-1) + ".", []int{MaxSentenceTokens}},
		{"one over", words(MaxSentenceTokens + 1), []int{MaxSentenceTokens, 1}},
		{"no punctuation", words(2*MaxSentenceTokens + 7), []int{MaxSentenceTokens, MaxSentenceTokens, 7}},
		{"long then short", words(MaxSentenceTokens+5) + ". Then a short one.", []int{MaxSentenceTokens, 6, 5}},
		{"per paragraph", words(MaxSentenceTokens+1) + "\n\n" + words(3), []int{MaxSentenceTokens, 1, 3}},
	}
	for _, tc := range tests {
		d := doc.New(tc.in)
		Segment(d)
		var got []int
		next := 0
		for si, s := range d.Sentences {
			got = append(got, s.EndToken-s.FirstToken)
			if s.FirstToken != next || s.Span.Start != d.Tokens[s.FirstToken].Start || s.Span.End != d.Tokens[s.EndToken-1].End {
				t.Errorf("%s: sentence %d %+v does not follow on or match its tokens", tc.name, si, s)
			}
			for k := s.FirstToken; k < s.EndToken; k++ {
				if d.Tokens[k].Sent != si {
					t.Errorf("%s: token %d in sentence %d says %d", tc.name, k, si, d.Tokens[k].Sent)
				}
			}
			next = s.EndToken
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: tokens per sentence %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestParagraphsByIndent(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"wire copy", "Acme Corp said it sold its unit to Beta Inc and its unit Gamma Corp.\n    S and P said the\nsale was small.\n    Acme said more.",
			[]string{"Acme Corp said it sold its unit to Beta Inc and its unit Gamma Corp.", "S and P said the\nsale was small.", "Acme said more."}},
		{"indented throughout", "  One line\n  two line\n  three line.",
			[]string{"One line\n  two line\n  three line."}},
		{"blank lines decide", "One.\n  Still one.\n\nTwo.",
			[]string{"One.\n  Still one.", "Two."}},
		{"no indent", "One line.\nStill one.", []string{"One line.\nStill one."}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range Paragraphs(tt.text) {
			got = append(got, tt.text[p.Start:p.End])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: Paragraphs = %q, want %q", tt.name, got, tt.want)
		}
	}
}
