package quote

// Nominal frames: a sentence that opens with "In" and a poll, survey or
// report ("In a CBS News poll last month, Cruz led by ten points")
// reports what that document found, as "according to" does.

// findingNouns are documents whose findings a sentence can report.
var findingNouns = set("poll polls polling survey surveys study studies report reports analysis " +
	"census estimate estimates tally audit review findings data")

// nominalFrame returns the frame of a sentence that opens with "In" and
// a document ending at a comma, if it has one.
func (a *attributor) nominalFrame(si, lo, hi int) (frame, bool) {
	in := lo
	if in < hi && (a.low[in] == "but" || a.low[in] == "and") {
		in++
	}
	if in >= hi || a.low[in] != "in" || a.tokPiece[in] >= 0 {
		return frame{}, false
	}
	doc := false
	for k := in + 1; k < hi && k-in <= 12; k++ {
		if a.tokPiece[k] >= 0 || isFinalPunct(a.low[k]) {
			return frame{}, false
		}
		if a.low[k] != "," {
			doc = doc || findingNouns[a.low[k]]
			continue
		}
		if !doc || k == in+1 || a.words(k+1, hi) < 3 {
			return frame{}, false
		}
		return frame{cue: [2]int{in, in + 1}, spk: [2]int{in + 1, k}, lo: lo, hi: hi, sent: si, nominal: true}, true
	}
	return frame{}, false
}
