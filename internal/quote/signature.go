package quote

import (
	"strings"

	"newsgraph/internal/doc"
)

// Inline signatures: round-ups of readers' comments or posts put one
// quotation per line, each signed on its own line after a dash:
//
//	“The debate showed me nothing new.” ― Ana Ruiz
//	“He is not fit to lead.” ― Tom Reyes
//
// with only line breaks between them, so the lines make one paragraph and
// a signature is not the paragraph's last word.

// maxSignatureTokens bounds a signature: a name, perhaps with a short
// description ("― Ana Ruiz, Denver").
const maxSignatureTokens = 10

// signInline attributes every unclaimed quotation that a dash and a name
// follow up to the end of their line.
func (a *attributor) signInline() {
	for c := range a.chains {
		if a.used[c] {
			continue
		}
		last := a.pieces[a.chains[c][len(a.chains[c])-1]]
		if last.close < 0 {
			continue
		}
		k := last.close + 1
		for k < len(a.low) && a.mark[k] {
			k++ // the second half of a two-token mark
		}
		if k < len(a.low) && (a.low[k] == "." || a.low[k] == ",") {
			k++
		}
		if k >= len(a.low) || !isDash(a.low[k]) || !a.sameParagraph(last.close, k) {
			continue
		}
		dash := k
		s, e := dash+1, dash+1
		for e < len(a.low) && e-s < maxSignatureTokens && a.sameParagraph(dash, e) && !a.lineBreakBefore(e) &&
			a.tokPiece[e] < 0 && (a.npToken(e) || a.low[e] == "," || a.low[e] == "of" && e > s) {
			e++
		}
		for e > s && (a.low[e-1] == "." || a.low[e-1] == ",") {
			e--
		}
		// The name must end its line: what follows is a new line, a new
		// paragraph or the end of the text.
		endsLine := func(k int) bool { return k >= len(a.low) || !a.sameParagraph(dash, k) || a.lineBreakBefore(k) }
		if e == s || !a.isCap(s) || !endsLine(e) && !((a.low[e] == "." || a.low[e] == ",") && endsLine(e+1)) {
			continue
		}
		if comma := strings.Index(a.d.Text[a.d.Tokens[s].Start:a.d.Tokens[e-1].End], ","); comma >= 0 {
			e = a.d.TokenAt(a.d.Tokens[s].Start + comma) // "Ana Ruiz, Denver": the name
		}
		fq := found{spk: [2]int{s, e}, cue: [2]int{dash, dash + 1}, sent: a.d.Tokens[s].Sent}
		fq.q = doc.Quote{Spans: a.chainSpans(c), Kind: doc.Direct, Speaker: a.tokSpan(s, e),
			Cue: a.tokSpan(dash, dash+1), SpeakerEnt: -1, AccordingTo: -1, Date: -1}
		a.resolve(&fq)
		a.quotes = append(a.quotes, fq)
	}
}

// lineBreakBefore reports whether a line break separates token i from the
// token before it.
func (a *attributor) lineBreakBefore(i int) bool {
	if i <= 0 || i >= len(a.low) {
		return false
	}
	return strings.ContainsAny(a.d.Text[a.d.Tokens[i-1].End:a.d.Tokens[i].Start], "\n\r")
}
