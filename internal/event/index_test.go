package event

import (
	"math/rand/v2"
	"slices"
	"testing"

	"newsgraph/internal/doc"
)

// quotesHolding finds, in quote order, every quote a scan of all quotes
// finds, whatever the order and overlap of their spans.
func TestQuotesHoldingMatchesFullScan(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 300 {
		d := &doc.Doc{}
		for range r.IntN(12) {
			var q doc.Quote
			for range 1 + r.IntN(3) {
				s := r.IntN(200)
				q.Spans = append(q.Spans, doc.Span{Start: s, End: s + 1 + r.IntN(60)})
			}
			d.Quotes = append(d.Quotes, q)
		}
		x := &extractor{d: d}
		x.indexQuotesAndDates()
		s := r.IntN(250)
		sp := doc.Span{Start: s, End: s + r.IntN(8)}
		var want []int
		for qi, q := range d.Quotes {
			if slices.ContainsFunc(q.Spans, func(qs doc.Span) bool { return qs.Contains(sp) }) {
				want = append(want, qi)
			}
		}
		if got := x.quotesHolding(sp); !slices.Equal(got, want) {
			t.Fatalf("quotes %v, span %v: %v, full scan %v", d.Quotes, sp, got, want)
		}
	}
}
