package quote

import (
	"bytes"
	_ "embed"
	"strconv"
)

// The cue model is an averaged perceptron over hashed features of a word
// and its neighbours that says whether the word heads an attribution cue
// ("said", "endorsed", "called for"). It is trained on PolNeAR's train
// split by "newsgraph train quotes" and decides before the lexicon, which
// it also uses as a feature.

//go:embed cuemodel.bin.gz
var cueModelData []byte

//go:embed framemodel.bin.gz
var frameModelData []byte

var (
	defaultCueModel   = loadEmbedded("cue", cueModelData)
	defaultFrameModel = loadEmbedded("frame", frameModelData)
)

func loadEmbedded(name string, data []byte) *Model {
	if len(data) == 0 {
		return nil
	}
	m, err := ReadModel(bytes.NewReader(data))
	if err != nil {
		panic("quote: embedded " + name + " model: " + err.Error())
	}
	return m
}

// cueFeatures returns the hashed features of token i.
func (a *attributor) cueFeatures(i int, out []uint32) []uint32 {
	w := a.low[i]
	at := func(k int) string {
		if k < 0 || k >= len(a.low) || a.d.Tokens[k].Sent != a.d.Tokens[i].Sent {
			return "<s>"
		}
		if a.mark[k] {
			return "<q>"
		}
		return a.low[k]
	}
	p1, p2, n1, n2 := at(i-1), at(i-2), at(i+1), at(i+2)
	suffix := w
	if len(w) > 3 {
		suffix = w[len(w)-3:]
	}
	score := int(cueScores[w] * 10)
	if _, ok := cueScores[w]; !ok {
		score = -1
	}
	that := "no"
	for k := i + 1; k < min(len(a.low), i+6); k++ {
		if a.low[k] == "that" {
			that = strconv.Itoa(k - i)
			break
		}
	}
	quoteNear := "no"
	for k := max(0, i-3); k < min(len(a.low), i+4); k++ {
		if a.mark[k] && a.d.Tokens[k].Sent == a.d.Tokens[i].Sent {
			quoteNear = strconv.Itoa(k - i)
			break
		}
	}
	sent := a.d.Sentences[a.d.Tokens[i].Sent]
	pos := min(i-sent.FirstToken, 6)
	left := min(sent.EndToken-i, 6)
	capPrev := "-"
	if i > 0 && a.isCap(i-1) {
		capPrev = "C"
	}
	class := func(k int) string {
		switch {
		case k < 0 || k >= len(a.low) || a.d.Tokens[k].Sent != a.d.Tokens[i].Sent:
			return "S"
		case a.mark[k]:
			return "Q"
		case pronouns[a.low[k]]:
			return "P"
		case !a.isWord(k):
			return a.low[k]
		case a.isCap(k):
			return "C"
		case determiners[a.low[k]]:
			return "D"
		}
		return "l"
	}
	c1, c2, d1, d2 := class(i-1), class(i-2), class(i+1), class(i+2)
	feats := [...]uint32{
		hashParts("c1=", c1),
		hashParts("d1=", d1),
		hashParts("wc1=", w, "|", c1),
		hashParts("wd1=", w, "|", d1),
		hashParts("c2c1=", c2, "|", c1),
		hashParts("d1d2=", d1, "|", d2),
		hashParts("c1d1=", c1, "|", d1),
		hashParts("sufc1=", suffix, "|", c1),
		hashParts("b"),
		hashParts("w=", w),
		hashParts("suf=", suffix),
		hashParts("lex=", strconv.Itoa(score)),
		hashParts("p1=", p1),
		hashParts("p2=", p2),
		hashParts("n1=", n1),
		hashParts("n2=", n2),
		hashParts("p1w=", p1, "|", w),
		hashParts("wn1=", w, "|", n1),
		hashParts("p2p1=", p2, "|", p1),
		hashParts("n1n2=", n1, "|", n2),
		hashParts("that=", that),
		hashParts("wthat=", w, "|", that),
		hashParts("q=", quoteNear),
		hashParts("wq=", w, "|", quoteNear),
		hashParts("pos=", strconv.Itoa(pos)),
		hashParts("left=", strconv.Itoa(left)),
		hashParts("cap=", capPrev),
		hashParts("wcap=", w, "|", capPrev),
		hashParts("sufn1=", suffix, "|", n1),
		hashParts("lexn1=", strconv.Itoa(score), "|", n1),
	}
	return append(out, feats[:]...)
}

// headlineCues head cues even when capitalised, as in headlines: "Clinton
// Says Russians Hacked DNC".
var headlineCues = set("says said warns tells claims urges slams blasts vows admits")

// cueCandidate reports whether token i may head a cue at all: a word
// outside quotation marks, in lower case unless it starts the sentence.
func (a *attributor) cueCandidate(i int) bool {
	if !a.isWord(i) || a.tokPiece[i] >= 0 {
		return false
	}
	if i+1 < len(a.low) && (a.low[i+1] == "n't" || a.low[i+1] == "n’t") {
		return false // "ca" of "can't" is no verb of saying
	}
	return !a.isCap(i) || a.d.Sentences[a.d.Tokens[i].Sent].FirstToken == i || headlineCues[a.low[i]]
}
