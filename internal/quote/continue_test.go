package quote

import "testing"

// A short quoted sentence right after an attributed quote in the same
// paragraph is more of that statement; elsewhere a short quotation is a
// scare quote or a title and stays alone.
func TestShortQuotationJoins(t *testing.T) {
	tests := []struct {
		name, text string
		quotes     int
		spans      int // fragments of the first quote
	}{
		{"joins its paragraph's quote",
			`"We came to listen, and we listened," the envoy told reporters. "Now the work begins."`, 1, 2},
		{"too short to join",
			`"We came to listen, and we listened," the envoy told reporters. "Thanks."`, 1, 1},
		{"a scare quote inside a sentence does not join",
			`"We came to listen, and we listened," the envoy said. The room was "very cold" at times.`, 1, 1},
		{"a short quotation in the next paragraph starts nothing",
			"\"We came to listen, and we listened,\" the envoy said.\n\n\"Now the work begins.\"", 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := attribute(tt.text)
			if len(d.Quotes) != tt.quotes {
				t.Fatalf("%d quotes, want %d:\n%s", len(d.Quotes), tt.quotes, describe(d))
			}
			if got := len(d.Quotes[0].Spans); got != tt.spans {
				t.Errorf("first quote has %d fragments, want %d:\n%s", got, tt.spans, describe(d))
			}
		})
	}
}
