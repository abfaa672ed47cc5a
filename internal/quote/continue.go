package quote

import (
	"slices"

	"newsgraph/internal/doc"
)

// minContinuedWords is how long an unattributed quotation must be to count
// as a statement rather than a scare quote or a title.
const minContinuedWords = 6

// minJoinedWords is how long a quotation that makes a sentence of its own
// must be to join a quote of its paragraph ('"A," she said. "Now we
// wait."'): there it is more of the statement, not a scare quote.
const minJoinedWords = 3

// continueQuotations attributes long quotations that no frame claimed. In
// the paragraph of a quote, the quotation is more of that statement and
// joins it as another fragment ('"A," she said. "B."'); in the next
// paragraph it is a new quote by the same speaker.
func (a *attributor) continueQuotations() {
	ix := a.newQuoteIndex()
	for c := range a.chains {
		words := a.chainWords(c)
		if a.used[c] || words < minJoinedWords {
			continue
		}
		first := a.pieces[a.chains[c][0]]
		// A short quotation only joins, and only as a sentence of its own.
		joinOnly := words < minContinuedWords
		if joinOnly && a.d.Sentences[a.d.Tokens[first.open].Sent].FirstToken != first.open {
			continue
		}
		span := a.tokSpan(first.first, first.end)
		if ix.covered(span) {
			continue
		}
		para := a.d.Sentences[a.d.Tokens[first.open].Sent].Para
		if !joinOnly && a.signedBelow(c, para) {
			ix.add(a, len(a.quotes)-1)
			continue
		}
		prev := ix.latestBefore(a, span.Start, para)
		if prev < 0 {
			continue
		}
		src := a.quotes[prev]
		if ix.endPara[prev] == para {
			// More of the same statement: '"A," she said. "B."' is one quote.
			added := a.chainSpans(c)
			a.quotes[prev].q.Spans = append(a.quotes[prev].q.Spans, added...)
			if a.quotes[prev].q.Kind == doc.Indirect {
				a.quotes[prev].q.Kind = doc.Mixed
			}
			ix.grew(a, prev, added)
			continue
		}
		if joinOnly {
			continue
		}
		fq := found{spk: src.spk, cue: src.cue, sent: a.d.Tokens[first.open].Sent}
		fq.q = doc.Quote{Spans: a.chainSpans(c), Kind: doc.Direct, Speaker: src.q.Speaker,
			SpeakerEnt: src.q.SpeakerEnt, SpeakerName: src.q.SpeakerName, AccordingTo: src.q.AccordingTo, Date: -1}
		a.quotes = append(a.quotes, fq)
		ix.add(a, len(a.quotes)-1)
	}
}

// quoteIndex finds, for continueQuotations, the quotes near a quotation
// without reading all of them for each: their content spans in text
// order (covered) and their numbers by the paragraph their content ends
// in (latestBefore). A long text has thousands of both, and reading all
// quotes for each quotation took most of its analysis time.
type quoteIndex struct {
	spans   []doc.Span // every quote's content spans, by Start
	longest int        // the longest of them, for doc.Near
	endPara []int      // by quote: the paragraph its content ends in
	byPara  map[int][]int
}

func (a *attributor) newQuoteIndex() *quoteIndex {
	ix := &quoteIndex{byPara: map[int][]int{}}
	for k := range a.quotes {
		ix.add(a, k)
	}
	return ix
}

// add indexes quote k, the latest.
func (ix *quoteIndex) add(a *attributor, k int) {
	for len(ix.endPara) <= k {
		ix.endPara = append(ix.endPara, -1)
	}
	ix.addSpans(a.quotes[k].q.Spans)
	p := a.endParaOf(k)
	ix.endPara[k] = p
	ix.byPara[p] = insertSorted(ix.byPara[p], k)
}

// grew re-indexes quote k after spans were added to its content.
func (ix *quoteIndex) grew(a *attributor, k int, added []doc.Span) {
	old := ix.endPara[k]
	ix.byPara[old] = slices.DeleteFunc(ix.byPara[old], func(j int) bool { return j == k })
	ix.endPara[k] = a.endParaOf(k)
	ix.byPara[ix.endPara[k]] = insertSorted(ix.byPara[ix.endPara[k]], k)
	ix.addSpans(added)
}

func (ix *quoteIndex) addSpans(spans []doc.Span) {
	for _, s := range spans {
		i, _ := slices.BinarySearchFunc(ix.spans, s.Start, func(x doc.Span, start int) int { return x.Start - start })
		ix.spans = slices.Insert(ix.spans, i, s)
		ix.longest = max(ix.longest, s.Len())
	}
}

func insertSorted(ks []int, k int) []int {
	i, _ := slices.BinarySearch(ks, k)
	return slices.Insert(ks, i, k)
}

// covered reports whether span overlaps the content of a quote found.
func (ix *quoteIndex) covered(span doc.Span) bool {
	lo, hi := doc.Near(ix.spans, span, ix.longest)
	for _, s := range ix.spans[lo:hi] {
		if s.Overlaps(span) {
			return true
		}
	}
	return false
}

// latestBefore returns the quote a quotation starting at byte start in
// paragraph para continues: of those whose content ends in that
// paragraph or the one before and begins before start, the one beginning
// last (the first found on a tie); -1 when none.
func (ix *quoteIndex) latestBefore(a *attributor, start, para int) int {
	prev := -1
	for _, p := range [2]int{para - 1, para} {
		for _, k := range ix.byPara[p] {
			ext := a.quotes[k].q.Extent()
			if ext.Start >= start {
				continue
			}
			if prev < 0 || ext.Start > a.quotes[prev].q.Extent().Start || ext.Start == a.quotes[prev].q.Extent().Start && k < prev {
				prev = k
			}
		}
	}
	return prev
}

// endParaOf is the paragraph quote k's content ends in.
func (a *attributor) endParaOf(k int) int {
	return a.d.Sentences[a.d.Tokens[a.d.TokenAt(a.quotes[k].q.Extent().End-1)].Sent].Para
}

// signedBelow attributes a quotation whose paragraph is followed by a
// signature line: '"…"' then "— Jane Roe, on Twitter." It reports whether
// it did.
func (a *attributor) signedBelow(c, para int) bool {
	last := a.pieces[a.chains[c][len(a.chains[c])-1]]
	lastPara := a.d.Sentences[a.d.Tokens[last.first].Sent].Para
	if lastPara < para {
		return false
	}
	// The signature closes the quotation's own paragraph ('"…" — Jane
	// Roe') or makes the next one.
	lo, hi := last.close+1, a.paraTok[lastPara][1]
	if last.close < 0 || lo >= hi {
		if lastPara+1 >= len(a.paraTok) {
			return false
		}
		lo, hi = a.paraTok[lastPara+1][0], a.paraTok[lastPara+1][1]
	} else if a.low[lo] == "." || a.low[lo] == "," {
		lo++
	}
	if hi-lo < 2 || hi-lo > 25 || !isDash(a.low[lo]) {
		return false
	}
	dash := lo
	s, e := lo+1, lo+1
	for e < hi && e-s < 8 && (a.npToken(e) || a.low[e] == "of" && e > s) {
		e++
	}
	for e > s && a.low[e-1] == "." {
		e--
	}
	if e == s || !a.isCap(s) {
		return false
	}
	if k := e; k < hi && a.low[k] == "(" { // "— Jane Roe (@janeroe)"
		for k < hi && k-e < 8 && a.low[k] != ")" {
			k++
		}
		if k < hi {
			e = k + 1
		}
	}
	if e < hi && a.isWord(e) {
		return false // "— Jane Roe said later": a sentence, not a signature
	}
	fq := found{spk: [2]int{s, e}, cue: [2]int{dash, dash + 1}, sent: a.d.Tokens[s].Sent}
	fq.q = doc.Quote{Spans: a.chainSpans(c), Kind: doc.Direct, Speaker: a.tokSpan(s, e),
		Cue: a.tokSpan(dash, dash+1), SpeakerEnt: -1, AccordingTo: -1, Date: -1}
	a.resolve(&fq)
	a.quotes = append(a.quotes, fq)
	return true
}
