package quote

import (
	"fmt"
	"os"
	"testing"

	"newsgraph/internal/doc"
	"newsgraph/internal/segment"
)

// TestDebugText prints the quotes found in the text of $QUOTE_TEXT (a
// file), for looking at attribution by hand.
func TestDebugText(t *testing.T) {
	path := os.Getenv("QUOTE_TEXT")
	if path == "" {
		t.Skip("set QUOTE_TEXT to a text file to print its quotes")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New(string(b))
	segment.Segment(d)
	Attribute(d)
	for _, q := range d.Quotes {
		fmt.Printf("%-8s speaker=%q cue=%q date=%d\n", q.Kind, d.Str(q.Speaker), d.Str(q.Cue), q.Date)
		for _, s := range q.Spans {
			fmt.Printf("    [%s]\n", d.Str(s))
		}
	}
}
