package quote

import (
	"math/rand/v2"
	"slices"
	"testing"

	"newsgraph/internal/doc"
)

// The sweep finds exactly the pairs of quotes whose bounds overlap, in
// the order a loop over all pairs meets them.
func TestOverlappingPairsMatchEveryPair(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 300 {
		a := &attributor{}
		for range r.IntN(30) {
			var spans []doc.Span
			for range 1 + r.IntN(3) {
				s := r.IntN(300)
				spans = append(spans, doc.Span{Start: s, End: s + 1 + r.IntN(40)})
			}
			a.quotes = append(a.quotes, found{q: doc.Quote{Spans: spans}})
		}
		var want [][2]int
		for i := range a.quotes {
			for j := i + 1; j < len(a.quotes); j++ {
				if bi, bj := spanBounds(a.quotes[i].q.Spans), spanBounds(a.quotes[j].q.Spans); bi.Overlaps(bj) {
					want = append(want, [2]int{i, j})
				}
			}
		}
		if got := a.overlappingPairs(); !slices.Equal(got, want) {
			t.Fatalf("pairs %v, want %v", got, want)
		}
	}
}

func spanBounds(spans []doc.Span) doc.Span {
	b := spans[0]
	for _, s := range spans {
		b = doc.Span{Start: min(b.Start, s.Start), End: max(b.End, s.End)}
	}
	return b
}

// Reading back from b finds the mention a scan of the whole layer finds.
func TestLatestMentionMatchesFullScan(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 300 {
		d := &doc.Doc{}
		// Enough mentions that the answer often lies past nearScan.
		for range r.IntN(400) {
			s := r.IntN(1000)
			d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: s, End: s + 1 + r.IntN(15)}, Entity: r.IntN(8) - 1})
		}
		d.Entities = make([]doc.Entity, 7)
		slices.SortStableFunc(d.Mentions, func(x, y doc.Mention) int { return x.Start - y.Start })
		sorted, unsorted := &attributor{d: d}, &attributor{d: d}
		sorted.mentionLen, sorted.mentionsSorted = doc.MaxLen(d.Mentions)
		b, not := r.IntN(1100), r.IntN(7)-1
		keep := func(m doc.Mention) bool { return m.Len()%3 != 0 }
		// Most entities (found near b), or one (found far back or not
		// at all), with and without a test on the mention.
		for _, ok := range []func(int) bool{
			func(e int) bool { return e >= 0 && e != not },
			func(e int) bool { return e == not },
		} {
			for _, keep := range []func(doc.Mention) bool{nil, keep} {
				if got, full := sorted.latestMentionWhere(b, ok, keep), unsorted.latestMentionWhere(b, ok, keep); got != full {
					t.Fatalf("mentions %v, b %d: %d, full scan %d", d.Mentions, b, got, full)
				}
			}
		}
	}
}
