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

// salientEntity over the window of mentions near its sentences picks
// what a scan of the whole layer picks, ties between speakers named
// only long before included.
func TestSalientEntityMatchesFullScan(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 2000 {
		d := &doc.Doc{}
		for s := 0; s < 400; s += 20 {
			d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: s, End: s + 20}})
		}
		for range r.IntN(25) {
			s := r.IntN(390)
			d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: s, End: s + 1 + r.IntN(8)}, Entity: r.IntN(5)})
		}
		slices.SortStableFunc(d.Mentions, func(x, y doc.Mention) int { return x.Start - y.Start })
		sorted, unsorted := &attributor{d: d}, &attributor{d: d}
		sorted.mentionLen, sorted.mentionsSorted = doc.MaxLen(d.Mentions)
		for range r.IntN(5) {
			s := r.IntN(390)
			q := found{q: doc.Quote{Speaker: doc.Span{Start: s, End: s + 3}, SpeakerEnt: r.IntN(6) - 1}}
			sorted.quotes = append(sorted.quotes, q)
			unsorted.quotes = append(unsorted.quotes, q)
		}
		sent := r.IntN(len(d.Sentences))
		b := d.Sentences[sent].Start + r.IntN(20)
		ok := func(e int) bool { return e >= 0 && e != 4 }
		if got, full := sorted.salientEntity(b, sent, ok), unsorted.salientEntity(b, sent, ok); got != full {
			t.Fatalf("mentions %v, quotes %v, b %d, sentence %d: %d, full scan %d", d.Mentions, sorted.quotes, b, sent, got, full)
		}
	}
}

// The quote index answers what a loop over every quote answers, while
// quotes are added and grow as continueQuotations adds and grows them.
func TestQuoteIndexMatchesFullScan(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for range 300 {
		// 60 tokens of two bytes and a space, 4 to a sentence, 1 to 3
		// sentences to a paragraph.
		d := &doc.Doc{}
		para := 0
		for s := 0; s < 15; s++ {
			if s > 0 && r.IntN(2) == 0 {
				para++
			}
			first := len(d.Tokens)
			for range 4 {
				b := 3 * len(d.Tokens)
				d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: b, End: b + 2}, Sent: s})
			}
			d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: 3 * first, End: 3*len(d.Tokens) - 1},
				Para: para, FirstToken: first, EndToken: len(d.Tokens)})
		}
		randSpans := func() []doc.Span {
			var spans []doc.Span
			t := r.IntN(50)
			for range 1 + r.IntN(3) {
				n := 1 + r.IntN(5)
				if t+n > len(d.Tokens) {
					break
				}
				spans = append(spans, doc.Span{Start: d.Tokens[t].Start, End: d.Tokens[t+n-1].End})
				t += n + r.IntN(4)
			}
			if spans == nil {
				spans = []doc.Span{d.Tokens[len(d.Tokens)-1].Span}
			}
			return spans
		}
		a := &attributor{d: d}
		for range r.IntN(6) {
			a.quotes = append(a.quotes, found{q: doc.Quote{Spans: randSpans()}})
		}
		ix := a.newQuoteIndex()
		for range 20 {
			switch r.IntN(3) {
			case 0:
				a.quotes = append(a.quotes, found{q: doc.Quote{Spans: randSpans()}})
				ix.add(a, len(a.quotes)-1)
			case 1:
				if len(a.quotes) > 0 {
					k := r.IntN(len(a.quotes))
					last := a.quotes[k].q.Extent().End
					if t := d.TokenAt(last-1) + 1 + r.IntN(3); t < len(d.Tokens) {
						added := []doc.Span{d.Tokens[t].Span}
						a.quotes[k].q.Spans = append(a.quotes[k].q.Spans, added...)
						ix.grew(a, k, added)
					}
				}
			}
			tok := r.IntN(len(d.Tokens))
			span := doc.Span{Start: d.Tokens[tok].Start, End: d.Tokens[min(len(d.Tokens)-1, tok+r.IntN(4))].End}
			p := d.Sentences[d.Tokens[tok].Sent].Para
			covered, prev := false, -1
			for k := range a.quotes {
				for _, s := range a.quotes[k].q.Spans {
					covered = covered || s.Overlaps(span)
				}
				ext := a.quotes[k].q.Extent()
				if ext.Start >= span.Start {
					continue
				}
				if q := a.endParaOf(k); (q == p || q == p-1) && (prev < 0 || ext.Start > a.quotes[prev].q.Extent().Start) {
					prev = k
				}
			}
			if got := ix.covered(span); got != covered {
				t.Fatalf("covered(%v) = %v, a scan of %d quotes says %v", span, got, len(a.quotes), covered)
			}
			if got := ix.latestBefore(a, span.Start, p); got != prev {
				t.Fatalf("latestBefore(%d, paragraph %d) = %d, a scan says %d", span.Start, p, got, prev)
			}
		}
	}
}
