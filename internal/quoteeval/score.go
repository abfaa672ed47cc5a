package quoteeval

import (
	"sort"
	"strings"
	"unicode"
)

// Levels of the match rule: more than 30% of the gold quote's characters
// covered (the Gender Gap Tracker's rule), at least 80%, and exact.
const (
	Loose = iota
	Strict
	Exact
	numLevels
)

// LevelNames names the match levels in reports.
var LevelNames = [numLevels]string{"30%", "80%", "exact"}

// Kinds are the quote kinds reported separately.
var Kinds = []string{"direct", "mixed", "indirect"}

// Tally accumulates counts for one kind (or for all quotes).
type Tally struct {
	Gold, Pred int
	// GoldMatched and PredMatched count matched quotes per level; gold
	// quotes are counted under their gold kind, predictions under theirs.
	GoldMatched, PredMatched [numLevels]int
	// GoldE2E and PredE2E count loose matches whose speaker is right.
	GoldE2E, PredE2E int
	// CueRight of CueTotal loose matches (with a gold cue) have the right
	// head verb.
	CueRight, CueTotal int
}

// Add adds o to t.
func (t *Tally) Add(o Tally) {
	t.Gold += o.Gold
	t.Pred += o.Pred
	for i := range numLevels {
		t.GoldMatched[i] += o.GoldMatched[i]
		t.PredMatched[i] += o.PredMatched[i]
	}
	t.GoldE2E += o.GoldE2E
	t.PredE2E += o.PredE2E
	t.CueRight += o.CueRight
	t.CueTotal += o.CueTotal
}

// Scores are a tally's figures.
type Scores struct {
	Gold, Pred   int
	P, R, F1     [numLevels]float64
	SpeakerAcc   float64 // speaker right given a loose match
	E2EP, E2ER   float64
	E2EF1        float64
	CueAcc       float64
	CueEvaluated int
}

// Scores computes precision, recall and F1 from the tally.
func (t Tally) Scores() Scores {
	s := Scores{Gold: t.Gold, Pred: t.Pred, CueEvaluated: t.CueTotal}
	for i := range numLevels {
		s.P[i], s.R[i], s.F1[i] = prf(t.PredMatched[i], t.Pred, t.GoldMatched[i], t.Gold)
	}
	s.SpeakerAcc = ratio(t.GoldE2E, t.GoldMatched[Loose])
	s.E2EP, s.E2ER, s.E2EF1 = prf(t.PredE2E, t.Pred, t.GoldE2E, t.Gold)
	s.CueAcc = ratio(t.CueRight, t.CueTotal)
	return s
}

func prf(predOK, pred, goldOK, gold int) (p, r, f float64) {
	p, r = ratio(predOK, pred), ratio(goldOK, gold)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Result holds the tallies of an evaluation: "all" and one per kind.
type Result map[string]*Tally

// NewResult returns an empty result.
func NewResult() Result {
	r := Result{"all": &Tally{}}
	for _, k := range Kinds {
		r[k] = &Tally{}
	}
	return r
}

func (r Result) kind(k string) *Tally {
	t, ok := r[k]
	if !ok {
		t = &Tally{}
		r[k] = t
	}
	return t
}

// Score compares the predicted quotes of one article with the gold ones
// and adds the counts to r.
func (r Result) Score(text string, gold, pred []Quote) {
	runes := []rune(text)
	goldSets := make([]map[int]bool, len(gold))
	predSets := make([]map[int]bool, len(pred))
	for i, g := range gold {
		goldSets[i] = counted(runes, g.Spans)
		r["all"].Gold++
		r.kind(g.Kind).Gold++
	}
	for i, p := range pred {
		predSets[i] = counted(runes, p.Spans)
		r["all"].Pred++
		if p.Kind != "" {
			r.kind(p.Kind).Pred++
		}
	}
	for level := range numLevels {
		pairs := match(gold, pred, goldSets, predSets, level)
		for gi, pi := range pairs {
			g, p := gold[gi], pred[pi]
			r.credit(g.Kind, p.Kind, func(t *Tally, goldSide bool) {
				if goldSide {
					t.GoldMatched[level]++
				} else {
					t.PredMatched[level]++
				}
			})
			if level != Loose {
				continue
			}
			if SpeakerRight(text, g, p) {
				r.credit(g.Kind, p.Kind, func(t *Tally, goldSide bool) {
					if goldSide {
						t.GoldE2E++
					} else {
						t.PredE2E++
					}
				})
			}
			if g.Cue != "" {
				ok := CueHead(g.Cue) == CueHead(p.Cue)
				for _, t := range []*Tally{r["all"], r.kind(g.Kind)} {
					t.CueTotal++
					if ok {
						t.CueRight++
					}
				}
			}
		}
	}
}

// credit applies f to the "all" tally once per side, to the gold kind's
// tally on the gold side and to the predicted kind's on the predicted side.
func (r Result) credit(goldKind, predKind string, f func(t *Tally, goldSide bool)) {
	f(r["all"], true)
	f(r["all"], false)
	f(r.kind(goldKind), true)
	if predKind != "" {
		f(r.kind(predKind), false)
	}
}

// match pairs gold and predicted quotes one-to-one, best coverage first.
// It returns gold index -> predicted index.
func match(gold, pred []Quote, goldSets, predSets []map[int]bool, level int) map[int]int {
	type pair struct {
		g, p int
		cov  float64
	}
	var pairs []pair
	for gi := range gold {
		if len(goldSets[gi]) == 0 {
			continue
		}
		for pi := range pred {
			cov := coverage(goldSets[gi], pred[pi].Spans)
			ok := false
			switch level {
			case Loose:
				ok = cov > 0.3
			case Strict:
				ok = cov >= 0.8
			case Exact:
				ok = sameSet(goldSets[gi], predSets[pi])
			}
			if ok {
				pairs = append(pairs, pair{gi, pi, cov})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].cov > pairs[j].cov })
	out := map[int]int{}
	usedPred := map[int]bool{}
	for _, p := range pairs {
		if _, done := out[p.g]; done || usedPred[p.p] {
			continue
		}
		out[p.g] = p.p
		usedPred[p.p] = true
	}
	return out
}

func coverage(goldSet map[int]bool, spans [][2]int) float64 {
	n := 0
	for _, s := range spans {
		for i := s[0]; i < s[1]; i++ {
			if goldSet[i] {
				n++
			}
		}
	}
	return float64(n) / float64(len(goldSet))
}

func sameSet(a, b map[int]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// counted returns the positions of spans that count towards coverage:
// not quotation marks, not white space, and not the ,.;: (with any marks
// and spaces among them) that trail a fragment.
func counted(runes []rune, spans [][2]int) map[int]bool {
	set := map[int]bool{}
	for _, s := range spans {
		start, end := max(s[0], 0), min(s[1], len(runes))
		for end > start && (isMark(runes[end-1]) || unicode.IsSpace(runes[end-1]) || strings.ContainsRune(",.;:", runes[end-1])) {
			end--
		}
		for i := start; i < end; i++ {
			if !isMark(runes[i]) && !unicode.IsSpace(runes[i]) {
				set[i] = true
			}
		}
	}
	return set
}

func isMark(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '„', '‟', '«', '»', '‘', '’', '‚', '‛', '`':
		return true
	}
	return false
}
