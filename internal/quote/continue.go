package quote

import "newsgraph/internal/doc"

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
		if a.covered(span) {
			continue
		}
		para := a.d.Sentences[a.d.Tokens[first.open].Sent].Para
		if !joinOnly && a.signedBelow(c, para) {
			continue
		}
		prev := -1
		for k := range a.quotes {
			ext := a.quotes[k].q.Extent()
			if ext.Start >= span.Start {
				continue
			}
			p := a.d.Sentences[a.d.Tokens[a.d.TokenAt(ext.End-1)].Sent].Para
			if p == para || p == para-1 {
				if prev < 0 || ext.Start > a.quotes[prev].q.Extent().Start {
					prev = k
				}
			}
		}
		if prev < 0 {
			continue
		}
		src := a.quotes[prev]
		srcPara := a.d.Sentences[a.d.Tokens[a.d.TokenAt(src.q.Extent().End-1)].Sent].Para
		if srcPara == para {
			// More of the same statement: '"A," she said. "B."' is one quote.
			a.quotes[prev].q.Spans = append(a.quotes[prev].q.Spans, a.chainSpans(c)...)
			if a.quotes[prev].q.Kind == doc.Indirect {
				a.quotes[prev].q.Kind = doc.Mixed
			}
			continue
		}
		if joinOnly {
			continue
		}
		fq := found{spk: src.spk, cue: src.cue, sent: a.d.Tokens[first.open].Sent}
		fq.q = doc.Quote{Spans: a.chainSpans(c), Kind: doc.Direct, Speaker: src.q.Speaker,
			SpeakerEnt: src.q.SpeakerEnt, SpeakerName: src.q.SpeakerName, AccordingTo: src.q.AccordingTo, Date: -1}
		a.quotes = append(a.quotes, fq)
	}
}

// covered reports whether span overlaps the content of a quote found.
func (a *attributor) covered(span doc.Span) bool {
	for _, f := range a.quotes {
		for _, s := range f.q.Spans {
			if s.Overlaps(span) {
				return true
			}
		}
	}
	return false
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
