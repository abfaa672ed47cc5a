package quote

import (
	"math"
	"strings"
)

// The cue model scores every candidate word of every article, so its
// features are cheap: each word's form, class and complement are hashed
// once per document into cueTables, and a feature is a template number
// mixed with one to three hashes.

// cueTables holds per-token values that cue features read for a word and
// its neighbours; the word's own stem and suffix are hashed when it is
// scored.
type cueTables struct {
	word, class, comp []uint32
	lex               []uint32 // lexicon score ×10, or 99 when the word is not listed
	// lastSure and nextSure are the nearest sure lexicon cues (outside
	// quotation marks) at or before and at or after each token, -1 and
	// len(tokens) when none.
	lastSure, nextSure []int32
	score              []float32 // the cue model's score, NaN until computed
	title              []int8    // per sentence: 1 title case, -1 not, 0 not yet known
}

// Hashes of the values a neighbour takes outside the sentence, and of the
// classes.
var (
	hSent  = hashString("<s>")
	hMark  = hashString("<q>")
	hNone  = hashString("-")
	hPron  = hashString("P")
	hCap   = hashString("C")
	hDet   = hashString("D")
	hLower = hashString("l")
	hSentC = hashString("S")
	hQuote = hashString("Q")
	hPoss  = hashString("poss")
	hTo    = hashString("to")
)

func hashString(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// mix hashes a feature template number with up to three values into a
// weight index.
func mix(t, x, y, z uint32) uint32 {
	h := t*0x9e3779b1 ^ x
	h *= 0x85ebca6b
	h ^= h >> 15
	h ^= y
	h *= 0xc2b2ae35
	h ^= h >> 13
	h ^= z
	h *= 0x27d4eb2f
	h ^= h >> 16
	return h & (1<<modelBits - 1)
}

// tables builds a's cue tables on first use.
func (a *attributor) tables() *cueTables {
	if a.tab != nil {
		return a.tab
	}
	n := len(a.low)
	t := &cueTables{
		word: make([]uint32, n), class: make([]uint32, n),
		comp: make([]uint32, n), lex: make([]uint32, n), lastSure: make([]int32, n), nextSure: make([]int32, n),
		score: make([]float32, n),
	}
	last := int32(-1)
	for k, w := range a.low {
		t.score[k] = float32(math.NaN())
		switch {
		case a.mark[k]:
			t.word[k], t.class[k], t.comp[k] = hMark, hQuote, hashString(complementOf("<q>"))
		default:
			t.word[k] = hashString(w)
			t.comp[k] = hashString(complementOf(w))
			switch {
			case pronouns[w]:
				t.class[k] = hPron
			case !a.isWord(k):
				t.class[k] = t.word[k]
			case a.isCap(k):
				t.class[k] = hCap
			case determiners[w]:
				t.class[k] = hDet
			default:
				t.class[k] = hLower
			}
		}
		t.lex[k] = 99
		if v, ok := cueScores[w]; ok {
			t.lex[k] = uint32(int(v * 10))
			if v >= sureLexicon && a.tokPiece[k] < 0 {
				last = int32(k)
			}
		}
		t.lastSure[k] = last
	}
	next := int32(n)
	for k := n - 1; k >= 0; k-- {
		if t.lastSure[k] == int32(k) {
			next = int32(k)
		}
		t.nextSure[k] = next
	}
	a.tab = t
	return t
}

// cueScore is the cue model's score for token i, computed once.
func (a *attributor) cueScore(i int) float32 {
	t := a.tables()
	if s := t.score[i]; s == s {
		return s
	}
	a.feats = a.cueFeatures(i, a.feats[:0])
	t.score[i] = a.model.score(a.feats)
	return t.score[i]
}

// Feature templates of the cue model.
const (
	fBias = iota + 1
	fC1
	fD1
	fWC1
	fWD1
	fC2C1
	fD1D2
	fC1D1
	fSufC1
	fW
	fSuf
	fLex
	fP1
	fP2
	fN1
	fN2
	fP1W
	fWN1
	fP2P1
	fN1N2
	fThat
	fWThat
	fQuote
	fWQuote
	fPos
	fLeft
	fCapPrev
	fWCapPrev
	fSufN1
	fLexN1
	fStem
	fStemComp
	fComp
	fSubj
	fStemSubj
	fSubjComp
	fStemSubjComp
	fSkipC1
	fSure
	fStemSure
	fCompSure
	fSubjWord
	fStemSubjWord
	fStemP1
	fStemN1
)

// cueFeatures returns the hashed features of token i: the word, its
// neighbours and their classes, the lexicon's score, a "that" or a
// quotation mark nearby, the position in the sentence, then the context
// features.
func (a *attributor) cueFeatures(i int, out []uint32) []uint32 {
	t := a.tables()
	sent := a.d.Sentences[a.d.Tokens[i].Sent]
	in := func(k int) bool { return k >= sent.FirstToken && k < sent.EndToken }
	word := func(k int) uint32 {
		if !in(k) {
			return hSent
		}
		return t.word[k]
	}
	class := func(k int) uint32 {
		if !in(k) {
			return hSentC
		}
		return t.class[k]
	}
	suffix := a.low[i]
	if len(suffix) > 3 {
		suffix = suffix[len(suffix)-3:]
	}
	w, suf, lex := t.word[i], hashString(suffix), t.lex[i]
	p1, p2, n1, n2 := word(i-1), word(i-2), word(i+1), word(i+2)
	c1, c2, d1, d2 := class(i-1), class(i-2), class(i+1), class(i+2)
	that := uint32(99)
	for k := i + 1; k < min(len(a.low), i+6); k++ {
		if a.low[k] == "that" {
			that = uint32(k - i)
			break
		}
	}
	quoteNear := uint32(99)
	for k := max(sent.FirstToken, i-3); k < min(sent.EndToken, i+4); k++ {
		if a.mark[k] {
			quoteNear = uint32(k - i + 10)
			break
		}
	}
	pos, left := uint32(min(i-sent.FirstToken, 6)), uint32(min(sent.EndToken-i, 6))
	capPrev := uint32(0)
	if i > 0 && a.isCap(i-1) {
		capPrev = 1
	}
	feats := [...]uint32{
		mix(fBias, 0, 0, 0),
		mix(fC1, c1, 0, 0),
		mix(fD1, d1, 0, 0),
		mix(fWC1, w, c1, 0),
		mix(fWD1, w, d1, 0),
		mix(fC2C1, c2, c1, 0),
		mix(fD1D2, d1, d2, 0),
		mix(fC1D1, c1, d1, 0),
		mix(fSufC1, suf, c1, 0),
		mix(fW, w, 0, 0),
		mix(fSuf, suf, 0, 0),
		mix(fLex, lex, 0, 0),
		mix(fP1, p1, 0, 0),
		mix(fP2, p2, 0, 0),
		mix(fN1, n1, 0, 0),
		mix(fN2, n2, 0, 0),
		mix(fP1W, p1, w, 0),
		mix(fWN1, w, n1, 0),
		mix(fP2P1, p2, p1, 0),
		mix(fN1N2, n1, n2, 0),
		mix(fThat, that, 0, 0),
		mix(fWThat, w, that, 0),
		mix(fQuote, quoteNear, 0, 0),
		mix(fWQuote, w, quoteNear, 0),
		mix(fPos, pos, 0, 0),
		mix(fLeft, left, 0, 0),
		mix(fCapPrev, capPrev, 0, 0),
		mix(fWCapPrev, w, capPrev, 0),
		mix(fSufN1, suf, n1, 0),
		mix(fLexN1, lex, n1, 0),
	}
	out = append(out, feats[:]...)
	return a.cueContextFeatures(i, out)
}

// cueContextFeatures describe what PolNeAR's broad notion of attribution
// hangs on beyond the neighbouring words: the word's stem (so "plans",
// "planned" and "planning" share evidence), what kind of complement
// follows ("that", "to", a wh-word, a colon), what kind of subject
// precedes once auxiliaries and adverbs are skipped, and whether a sure
// cue ("said") stands elsewhere in the sentence, in which case the word
// may be inside its content or the sentence may hold two frames. The
// frame model uses them too.
func (a *attributor) cueContextFeatures(i int, out []uint32) []uint32 {
	t := a.tables()
	sent := a.d.Sentences[a.d.Tokens[i].Sent]
	lo := sent.FirstToken
	st := hashString(stem(a.low[i]))
	comp := hSent
	if i+1 < sent.EndToken {
		comp = t.comp[i+1]
	}
	j := i - 1
	for j >= lo && (cueModifiers[a.low[j]] && !a.isCap(j) || isAdverb(a.d.TokenText(j))) {
		j--
	}
	subj, subjWord := hSentC, hNone
	if j >= lo {
		w := a.low[j]
		switch {
		case pronouns[w]:
			subj = mix(fSubj, hPron, t.word[j], 0)
		case w == "'s" || w == "’s" || possessives[w]:
			subj = hPoss
		case a.mark[j]:
			subj = hQuote
		case !a.isWord(j):
			subj = t.word[j]
		case a.isCap(j):
			subj = hCap
		case determiners[w]:
			subj = hDet
		case w == "to":
			subj = hTo
		default:
			subj = hLower
		}
		if !a.isCap(j) {
			subjWord = t.word[j]
		}
	}
	skipped := uint32(0)
	if j < i-1 {
		skipped = 1
	}
	sure := uint32(0)
	if b := t.lastSure[max(i-1, 0)]; i > 0 && b >= int32(max(lo, i-25)) && b < int32(i) {
		sure |= 1
	}
	if i+1 < len(t.nextSure) {
		if f := t.nextSure[i+1]; f < int32(min(sent.EndToken, i+25)) {
			sure |= 2
		}
	}
	p1 := hSent
	if i > lo {
		p1 = t.word[i-1]
	}
	n1 := hSent
	if i+1 < sent.EndToken {
		n1 = t.word[i+1]
	}
	c1 := hSentC
	if i > lo {
		c1 = t.class[i-1]
	}
	feats := [...]uint32{
		mix(fStem, st, 0, 0),
		mix(fStemComp, st, comp, 0),
		mix(fComp, comp, 0, 0),
		mix(fSubj, subj, 0, 0),
		mix(fStemSubj, st, subj, 0),
		mix(fSubjComp, subj, comp, 0),
		mix(fStemSubjComp, st, subj, comp),
		mix(fSkipC1, skipped, c1, 0),
		mix(fSure, sure, 0, 0),
		mix(fStemSure, st, sure, 0),
		mix(fCompSure, comp, sure, 0),
		mix(fSubjWord, subjWord, 0, 0),
		mix(fStemSubjWord, st, subjWord, 0),
		mix(fStemP1, st, p1, 0),
		mix(fStemN1, st, n1, 0),
	}
	return append(out, feats[:]...)
}

// possessives open a noun phrase whose head may be a nominal cue ("his
// claim that …").
var possessives = set("his her their its our my your")

// stem strips a verb or plural ending: "planned", "plans" and "planning"
// all give "plan"; it need not be a word, only shared.
func stem(w string) string {
	for _, suf := range [...]string{"ing", "ied", "ies", "ed", "es", "s"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiousl", rune(w[n-1])) {
		w = w[:n-1] // "planned" -> "plann" -> "plan"
	}
	return strings.TrimSuffix(w, "e")
}

// complementOf classes the word after a cue by the complement it opens.
func complementOf(n1 string) string {
	switch n1 {
	case "that", "to", ":", "about", "for", "on", "of", "as", "<q>", "<s>", ",", "by", "with", "in":
		return n1
	case "how", "why", "what", "whether", "if", "when", "who", "where", "which":
		return "wh"
	case "he", "she", "they", "it", "we", "i", "you", "there":
		return "pron"
	case "the", "a", "an", "his", "her", "their", "its", "this":
		return "det"
	}
	return "other"
}
