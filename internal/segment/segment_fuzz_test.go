package segment

import (
	"testing"
	"unicode/utf8"

	"newsgraph/internal/doc"
)

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"", "Mr. Smith went to Washington. He left.", "“Quoted,” he said — n't 's ...\n\n\nNext", "U.S.A.. ?! ((", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := doc.New(text)
		Segment(d)
		prev := 0
		for i, tok := range d.Tokens {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) {
				t.Fatalf("token %d %v out of order or bounds", i, tok.Span)
			}
			if !utf8.ValidString(text[tok.Start:tok.End]) {
				t.Fatalf("token %d splits a character", i)
			}
			prev = tok.End
		}
		for _, s := range d.Sentences {
			if s.FirstToken >= s.EndToken || s.Start != d.Tokens[s.FirstToken].Start || s.End != d.Tokens[s.EndToken-1].End {
				t.Fatalf("sentence %v does not match its tokens", s)
			}
		}
	})
}

func BenchmarkSegment(b *testing.B) {
	text := ""
	for range 200 {
		text += "President Donald J. Trump said on Tuesday that the U.S. would \"respond swiftly,\" and Mr. Smith's aides didn't object.\n\n"
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		d := doc.New(text)
		Segment(d)
	}
}
