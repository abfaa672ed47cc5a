package quote

import (
	"strings"

	"newsgraph/internal/doc"
)

// Colon frames: a name and a colon that open a paragraph stand for "Name
// said": headlines ("Jane Roe: Budget Cuts Will Hurt Schools"),
// interview transcripts ("ROE: We never agreed to that.") and round-ups
// ("… - Jane Roe: “The polls were early.”").

// colonHeads are capitalised words before a colon that label a section,
// not a speaker: "UPDATE: …", "Editor's note: …".
var colonHeads = set("update updated updates watch video photo photos image images exclusive breaking " +
	"note editor editors related read see listen live correction clarification source sources " +
	"transcript question answer q a here this what why how when where who bottom line summary " +
	"background context tl dr fact reality claim verdict more also plus bonus p.s ps latest contributing " +
	"revealed look boom paid notice stat week " +
	monthWords + weekdayWords + "today tonight")

// colonFrame returns the frame of a sentence that opens with "Name:"
// (after an optional heading and dash), if it has one. The sentence must
// open its paragraph, and at least three words or a quotation must follow
// the colon.
func (a *attributor) colonFrame(si, lo, hi int) (frame, bool) {
	if si > 0 && a.d.Sentences[si-1].Para == a.d.Sentences[si].Para {
		return frame{}, false
	}
	colon := -1
	for k := lo; k < min(hi, lo+25); k++ {
		if a.low[k] == ":" {
			colon = k
			break
		}
		if isFinalPunct(a.low[k]) {
			break
		}
	}
	if colon > lo && a.tokPiece[colon] >= 0 {
		// '"ROE: …': a transcript turn inside a quoted paragraph.
		p := a.pieces[a.tokPiece[colon]]
		if a.turnLabel(p.open) != colon || a.used[p.chain] || a.words(colon+1, p.end) == 0 {
			return frame{}, false
		}
		return frame{cue: [2]int{colon, colon + 1}, spk: [2]int{p.first, colon}, lo: lo, hi: hi, sent: si, colon: true}, true
	}
	if colon <= lo {
		return frame{}, false
	}
	// The name runs back from the colon over capitalised words and the
	// joiners inside names, to the paragraph start or a dash.
	s := colon
	for s > lo && s > colon-7 && a.nameToken(s-1) {
		s--
	}
	if s == colon || s > lo && !isDash(a.low[s-1]) {
		return frame{}, false
	}
	for s < colon && !a.isCap(s) {
		s++ // "and", "of" do not start a name
	}
	if s == colon || !a.isCap(colon-1) || colonHeads[a.low[s]] || colonHeads[a.low[colon-1]] {
		return frame{}, false
	}
	if a.words(colon+1, hi) < 3 && a.chainOpenedAt(colon+1) < 0 {
		return frame{}, false
	}
	return frame{cue: [2]int{colon, colon + 1}, spk: [2]int{s, colon}, lo: lo, hi: hi, sent: si, colon: true}, true
}

// nameToken reports whether token i can stand in a speaker's name before
// a colon: a capitalised word, or "and", "of", "’s", "." or a hyphen
// between such words.
func (a *attributor) nameToken(i int) bool {
	if a.tokPiece[i] >= 0 {
		return false
	}
	switch a.low[i] {
	case "and", "of", "'s", "’s", ".", "-", "&":
		return true
	}
	return a.isWord(i) && a.isCap(i)
}

func isDash(w string) bool {
	switch w {
	case "-", "—", "–", "--", "―":
		return true
	}
	return false
}

// turnLabel returns the colon of a transcript label ("ROE:", "JANE
// ROE:") right after the quotation mark at token open, or -1.
func (a *attributor) turnLabel(open int) int {
	i := open + 1
	if i < len(a.low) && a.mark[i] {
		i++ // a two-token mark
	}
	k := i
	for k < len(a.low) && k-i < 4 && a.isWord(k) && a.d.TokenText(k) == strings.ToUpper(a.d.TokenText(k)) && a.isCap(k) {
		k++
	}
	if k == i || k >= len(a.low) || a.low[k] != ":" || a.d.Tokens[k].Sent != a.d.Tokens[i].Sent {
		return -1
	}
	return k
}

// turnSpans returns the content of the transcript turn whose label ends
// with the colon at token colon: the rest of its quotation.
func (a *attributor) turnSpans(colon int) []doc.Span {
	p := a.tokPiece[colon]
	c := a.pieces[p].chain
	spans := a.chainSpans(c)
	if len(spans) > 0 {
		spans[0].Start = a.d.Tokens[colon+1].Start
	}
	return spans
}
