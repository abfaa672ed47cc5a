package quote

import (
	"strings"

	"newsgraph/internal/doc"
)

// chainSpans returns the content spans of chain c and marks it used.
func (a *attributor) chainSpans(c int) []doc.Span {
	a.used[c] = true
	var out []doc.Span
	for _, pi := range a.chains[c] {
		p := a.pieces[pi]
		end := p.end
		for end > p.first && a.mark[end-1] {
			end--
		}
		if end > p.first {
			out = append(out, a.tokSpan(p.first, end))
		}
	}
	return out
}

// chainOpenedAt returns the chain whose first piece opens at token i, or -1.
func (a *attributor) chainOpenedAt(i int) int {
	if i < 0 || i >= len(a.tokPiece) {
		return -1
	}
	if a.tokPiece[i] < 0 && a.mark[i] && i+1 < len(a.tokPiece) {
		i++ // the first half of a two-token mark
	}
	p := a.tokPiece[i]
	if p < 0 || a.pieces[p].open != i || a.chains[a.pieces[p].chain][0] != p {
		return -1
	}
	return a.pieces[p].chain
}

// contentSpansBefore returns the content of a frame that looks back: the
// quotation that just closed (joined with one that reopens right after
// the frame, as in '"A," he said, "B."'), or else the clause from the
// sentence start to the comma.
func (a *attributor) contentSpansBefore(f *frame) ([]doc.Span, bool) {
	e := a.trimComma(f.start())
	if e > f.lo && a.low[e-1] == "as" {
		e = a.trimComma(e - 1) // "…, as police have said"
	}
	if e > 0 && a.closesChain(e-1) && !a.wordsBeforeChain(a.pieces[a.tokPiece[e-1]].chain, f.lo) {
		c := a.pieces[a.tokPiece[e-1]].chain
		if a.used[c] {
			return nil, false
		}
		spans := a.chainSpans(c)
		// The quotation resumes after the frame: ', "B."'.
		k := f.end()
		for k < len(a.low) && (a.low[k] == "," || a.low[k] == ":" || a.low[k] == "—") {
			k++
		}
		if c2 := a.chainOpenedAt(k); c2 >= 0 && !a.used[c2] && a.d.Tokens[k].Sent == f.sent {
			spans = append(spans, a.chainSpans(c2)...)
		} else if a.resumes(f) && a.low[a.tailStart(f)+1] == "that" {
			// '"It's bad luck," he said, that both men …'
			spans = append(spans, a.tokSpan(a.tailStart(f)+1, f.hi))
			return spans, false
		}
		return spans, true
	}
	lo := f.lo
	for lo < e && !a.isWord(lo) {
		lo++
	}
	resumes := a.resumes(f)
	if resumes {
		// "A had stalled, but B had grown so bad, he noted, that C": the
		// statement is the clause the frame interrupts.
		for k := e - 1; k > lo+1; k-- {
			if (a.low[k] == "but" || a.low[k] == "and" || a.low[k] == "yet") && a.low[k-1] == "," && a.tokPiece[k] < 0 && a.words(k+1, e) >= 3 {
				lo = k + 1
				break
			}
		}
	}
	if a.words(lo, e) < 2 {
		return nil, false
	}
	spans := []doc.Span{a.tokSpan(lo, e)}
	// "Riding alone, they said, can be hazardous": the content resumes
	// after a parenthetical attribution.
	if resumes {
		spans = append(spans, a.tokSpan(a.tailStart(f)+1, f.hi))
	}
	// "About ten, according to the timeline, the guards left."
	if k := f.end(); f.according && k+1 < f.hi && a.low[k] == "," && a.words(k+1, f.hi) >= 3 {
		spans = append(spans, a.tokSpan(k+1, f.hi))
	}
	return spans, false
}

// wordsBeforeChain reports whether the sentence has words of its own
// before quotation c opens ('The party "allows us to meet," he said'), so
// the content is the whole clause, not the quotation alone.
func (a *attributor) wordsBeforeChain(c, lo int) bool {
	open := a.pieces[a.chains[c][0]].open
	for open > 0 && a.mark[open-1] {
		open--
	}
	return open > lo && a.words(lo, open) >= 2 && a.d.Tokens[open].Sent == a.d.Tokens[lo].Sent
}

// contentSpansAfter returns the content of a frame that looks forward:
// from "that" (or the first word after the frame) to hi, or the quotation
// that opens there.
func (a *attributor) contentSpansAfter(f *frame, hi int) ([]doc.Span, bool) {
	if f.subject[1] > f.subject[0] && a.words(f.subject[0], hi) >= 3 {
		return []doc.Span{a.tokSpan(f.subject[0], hi)}, false
	}
	start := f.end()
	// "told reporters on Monday that …": content starts at "that".
	// Only an addressee or an adjunct may stand before the "that": in
	// "said the deal could change that" or "said the rise demands that"
	// it belongs to the content.
	adj := start
	if tellVerbs[a.low[f.cue[0]]] || start < hi && (a.isCap(start) || objectPronouns[a.low[start]]) {
		adj = a.skipAddressee(start, hi) // "told reporters", "warned Assad on Wednesday that"
	}
	adjunct := adj < hi && (frameAdjuncts[a.low[adj]] || prepositions[a.low[adj]] || timeWords[a.low[adj]] || a.low[adj] == ",")
	for k := start; k < min(hi, start+7); k++ {
		// "making it clear that …" has a small clause before it.
		small := objectPronouns[a.low[start]] && k <= start+2
		if a.low[k] == "that" && a.tokPiece[k] < 0 && a.words(k+1, hi) >= 2 && (k <= adj || adjunct || small) {
			start = k
			break
		}
		if a.low[k] == ":" {
			start = k + 1
			break
		}
		if !a.isWord(k) && a.low[k] != "," {
			break
		}
	}
	for start < hi && (a.low[start] == "," || a.low[start] == ":" || a.low[start] == "—" || a.low[start] == "--") {
		start++
	}
	if start >= hi {
		// "… released the following statement:" with the quotation in the
		// next paragraph.
		if k := a.d.Sentences[f.sent].EndToken; hi > 0 && a.low[hi-1] == ":" || k-1 >= 0 && a.low[k-1] == ":" {
			if c := a.chainOpenedAt(k); c >= 0 && !a.used[c] && a.turnLabel(a.pieces[a.chains[c][0]].open) < 0 {
				return a.chainSpans(c), true
			}
			// "She added:" then a block quotation set as its own paragraph,
			// without quotation marks.
			if k < len(a.low) && !a.sameParagraph(k-1, k) && a.tokPiece[k] < 0 {
				p := a.d.Sentences[a.d.Tokens[k].Sent].Para
				lo, end := a.paraTok[p][0], a.paraTok[p][1]
				if lo == k && a.words(lo, end) >= 3 && a.chainInside(lo, end) < 0 {
					return []doc.Span{a.tokSpan(lo, end)}, false
				}
			}
		}
		return nil, false
	}
	open := start
	if a.low[open] == "that" {
		open++
	}
	if c := a.chainOpenedAt(open); c >= 0 && !a.used[c] {
		last := a.pieces[a.chains[c][len(a.chains[c])-1]]
		// The quotation is the rest of the sentence (or runs beyond it), or
		// is followed only by the reporter's framing ('that "…" as …').
		if last.close < 0 || last.close >= hi-1 || a.words(last.close+1, hi) == 0 || a.framingFollows(last.close, hi) {
			return a.chainSpans(c), true
		}
	}
	end := hi
	// A quotation that starts inside the content and runs past the
	// sentence takes the content with it.
	var extra []doc.Span
	for k := start; k < hi; k++ {
		if c := a.chainOpenedAt(k); c >= 0 && !a.used[c] {
			first := a.pieces[a.chains[c][0]]
			if first.end > hi {
				end = first.end
				spans := a.chainSpans(c)
				extra = spans[1:]
			}
			break
		}
	}
	if a.words(start, end) < 2 {
		return nil, false
	}
	return append([]doc.Span{a.tokSpan(start, end)}, extra...), false
}

// kindOf says whether content is direct (all its words quoted), mixed
// (some) or indirect (none).
func (a *attributor) kindOf(spans []doc.Span, direct bool) doc.QuoteKind {
	if direct {
		return doc.Direct
	}
	in, out := 0, 0
	for _, s := range spans {
		for i := a.d.TokenAt(s.Start); i >= 0 && i < len(a.low) && a.d.Tokens[i].Start < s.End; i++ {
			if !a.isWord(i) {
				continue
			}
			if a.tokPiece[i] >= 0 {
				in++
			} else {
				out++
			}
		}
	}
	switch {
	case in > 0 && out == 0:
		return doc.Direct
	case in > 0:
		return doc.Mixed
	}
	return doc.Indirect
}

// subordinators open a clause of the reporter's after a quotation.
var subordinators = set("as while when after before because since during amid following")

// framingFollows reports whether the quotation that closes at token close
// is followed by a subordinate clause of the reporter's, not by more
// reported content.
func (a *attributor) framingFollows(close, hi int) bool {
	k := close + 1
	for k < hi && a.mark[k] {
		k++
	}
	if k < hi && a.low[k] == "," {
		k++
	}
	return k < hi && subordinators[a.low[k]]
}

// whWords open an indirect question.
var whWords = set("how why what whether when where who which")

// resumableWords may open the rest of a statement after a parenthetical
// attribution ("…, he said, by creating …").
var resumableWords = set("by that because with and but so")

// resumes reports whether the content goes on after a short frame set
// off by commas: "Riding alone, they said, can be hazardous".
func (a *attributor) resumes(f *frame) bool {
	k := a.tailStart(f)
	inverted := f.spk[1] > f.spk[0] && f.spk[0] >= f.cue[1]
	if inverted || k+1 >= f.hi || a.low[k] != "," || k-f.start() > 6 || a.words(k+1, f.hi) < 2 || a.mark[k+1] {
		return false
	}
	w := a.low[k+1]
	if strings.HasSuffix(w, "ing") && cueScores[w] < cueThreshold && a.clauseBetween(k+2, f.hi) {
		return true // "…, he said, replacing her would be harder": a gerund subject
	}
	if k+2 < f.hi && (w == "for" || w == "about" || w == "on" || w == "of") && whWords[a.low[k+2]] {
		return true // "a model, he said, for how the industry can …"
	}
	return resumableWords[w] || !a.clauseFollows(f) && !frameAdjuncts[w] && !determiners[w]
}
