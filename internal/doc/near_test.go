package doc

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// Near keeps every item that overlaps or holds the span, for random
// layers and spans, empty spans included.
func TestNearKeepsEveryOverlap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		var ms []Mention
		for range r.IntN(40) {
			s := r.IntN(200)
			ms = append(ms, Mention{Span: Span{s, s + 1 + r.IntN(12)}})
		}
		slices.SortStableFunc(ms, func(a, b Mention) int { return a.Start - b.Start })
		longest, sorted := MaxLen(ms)
		if !sorted {
			t.Fatal("MaxLen says a sorted layer is not sorted")
		}
		s := r.IntN(210)
		sp := Span{s, s + r.IntN(20)}
		lo, hi := Near(ms, sp, longest)
		near := ms[lo:hi]
		for _, m := range ms {
			if (m.Overlaps(sp) || m.Contains(sp)) && !slices.Contains(near, m) {
				t.Fatalf("span %v: %v overlaps or holds it but is not in %v", sp, m.Span, near)
			}
		}
	}
}

func TestMaxLenSeesDisorder(t *testing.T) {
	ds := []Date{{Span: Span{5, 9}}, {Span: Span{2, 20}}}
	if longest, sorted := MaxLen(ds); longest != 18 || sorted {
		t.Errorf("MaxLen = %d, %v; want 18, false", longest, sorted)
	}
}
