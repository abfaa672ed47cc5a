package quote

import (
	"strconv"

	"newsgraph/internal/doc"
)

// frameThreshold is the frame model's decision threshold: frames scoring
// below it are dropped. One scalar, chosen on PolNeAR dev; a var so that
// tuning code can sweep it.
var frameThreshold float32 = -8

// sureCueStrength is the cue strength above which a frame is kept whatever the
// frame model says: "said", "according to" and their like are
// attributions even when short.
const sureCueStrength = 5

// sureLexicon is the lexicon score (cues.txt) that makes a cue word sure
// on its own ("claimed", "warned"), whatever the models make of it.
const sureLexicon = 0.7

// sureCue reports whether the cue at token i is sure enough to keep its
// frame without asking the frame model.
func (a *attributor) sureCue(i int) bool {
	return a.cueStrength(i) >= sureCueStrength || cueScores[a.low[i]] >= sureLexicon
}

// frameFeatures describes a frame and the quote it yields, for the frame
// model, which learns which frames are real attributions.
func (a *attributor) frameFeatures(f *frame, spans []doc.Span, kind doc.QuoteKind, nFrames int) []uint32 {
	cw := a.low[f.cue[0]]
	strength := a.cueStrength(f.cue[0])
	bucket := strconv.Itoa(int(max(-10, min(10, strength/2))))
	spk := "none"
	if f.spk[1] > f.spk[0] {
		w := a.low[f.spk[0]]
		switch {
		case f.spk[1]-f.spk[0] == 1 && pronouns[w]:
			spk = "pron:" + w
		case a.isCap(f.spk[1] - 1):
			spk = "name"
		case determiners[w]:
			spk = "desc"
		default:
			spk = "other"
		}
	}
	side := "after"
	if f.before {
		side = "before"
	}
	words := 0
	first := ""
	for _, s := range spans {
		for i := a.d.TokenAt(s.Start); i >= 0 && i < len(a.low) && a.d.Tokens[i].Start < s.End; i++ {
			if a.isWord(i) {
				if words == 0 {
					first = a.low[i]
				}
				words++
			}
		}
	}
	length := "long"
	switch {
	case words <= 2:
		length = strconv.Itoa(words)
	case words <= 5:
		length = "3-5"
	case words <= 10:
		length = "6-10"
	case words <= 20:
		length = "11-20"
	}
	at := func(k int) string {
		if k < 0 || k >= len(a.low) {
			return "<s>"
		}
		return a.low[k]
	}
	remote := strconv.FormatBool(f.remote)
	feats := [...]string{
		"b",
		"cw=" + cw,
		"cs=" + bucket,
		"spk=" + spk,
		"rem=" + remote,
		"side=" + side,
		"kind=" + string(kind),
		"len=" + length,
		"first=" + first,
		"nfr=" + strconv.Itoa(min(nFrames, 3)),
		"acc=" + strconv.FormatBool(f.according),
		"cwside=" + cw + "|" + side,
		"cwspk=" + cw + "|" + spk,
		"kindspk=" + string(kind) + "|" + spk,
		"csspk=" + bucket + "|" + spk,
		"cslen=" + bucket + "|" + length,
		"p1=" + at(f.cue[0]-1),
		"n1=" + at(f.cue[1]),
		"cwn1=" + cw + "|" + at(f.cue[1]),
		"sidelen=" + side + "|" + length,
	}
	out := make([]uint32, 0, len(feats)+24)
	for _, s := range feats {
		out = append(out, hashFeature(s))
	}
	// The cue's own context (stem, complement, subject, sure cues nearby)
	// and how the content opens.
	n1 := at(f.cue[1])
	out = a.cueContextFeatures(f.cue[0], out)
	spkHead := "-"
	if f.spk[1] > f.spk[0] && !a.isCap(f.spk[1]-1) {
		spkHead = a.low[f.spk[1]-1]
	}
	spkLen := strconv.Itoa(min(f.spk[1]-f.spk[0], 5))
	title := strconv.FormatBool(f.sent == 0)
	more := [...]uint32{
		hashParts("F1first=", bucket, "|", first),
		hashParts("Fspkhead=", spkHead),
		hashParts("Fcwspkhead=", stem(cw), "|", spkHead),
		hashParts("Fspklen=", spkLen),
		hashParts("Ftitle=", title, "|", spk),
		hashParts("Fcomp=", bucket, "|", complementOf(n1)),
		hashParts("Fstfirst=", stem(cw), "|", first),
		hashParts("Fstlen=", stem(cw), "|", length),
		hashParts("Fstkind=", stem(cw), "|", string(kind)),
	}
	return append(out, more[:]...)
}

// filterFrames drops the reported-speech quotes whose frames the frame
// model rejects. Direct quotes with a frame are kept: quotation marks and
// a cue next to them are evidence enough.
func (a *attributor) filterFrames() {
	if a.frameModel == nil {
		return
	}
	kept := a.quotes[:0]
	for _, f := range a.quotes {
		if f.q.Kind != doc.Indirect && !a.sureCue(f.cue[0]) && a.quotesTitle(f.q.Spans) {
			continue // 'She bought "War and Peace"': a title, not words spoken
		}
		if a.passes(&f) {
			kept = append(kept, f)
		}
	}
	a.quotes = kept
}

// passes reports whether the frame model lets quote f stand.
func (a *attributor) passes(f *found) bool {
	return a.frameModel == nil || f.feats == nil || f.sure || f.q.Kind == doc.Direct || a.sureCue(f.cue[0]) ||
		a.frameModel.score(f.feats) >= frameThreshold
}

// smallWords may stay lower-case inside a title: "War and Peace".
var smallWords = set("a an the and or of in on at to for by with from")

// quotesTitle reports whether the quoted words of spans look like a
// title: at most six, each capitalised but for small words, and no
// punctuation that ends or splits a sentence.
func (a *attributor) quotesTitle(spans []doc.Span) bool {
	n := 0
	for _, s := range spans {
		for i := a.d.TokenAt(s.Start); i >= 0 && i < len(a.low) && a.d.Tokens[i].Start < s.End; i++ {
			if a.tokPiece[i] < 0 || a.mark[i] {
				continue
			}
			switch {
			case a.isWord(i):
				if !a.isCap(i) && !(n > 0 && smallWords[a.low[i]]) {
					return false
				}
				n++
			case isFinalPunct(a.low[i]) || a.low[i] == "," || a.low[i] == ":":
				return false
			}
		}
	}
	return n > 0 && n <= 6
}
