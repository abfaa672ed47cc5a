package quote

import (
	"math/rand/v2"

	"newsgraph/internal/doc"
	"newsgraph/internal/segment"
)

// TrainingArticle is an article with the byte spans of its gold cues (the
// first fragment of each).
type TrainingArticle struct {
	Text string
	Cues []doc.Span
}

// TrainCueModel trains the cue perceptron. progress, when not nil, gets
// each epoch's share of wrongly labelled candidates.
func TrainCueModel(arts []TrainingArticle, epochs int, seed uint64, progress func(epoch int, errRate float64)) *CueModel {
	type example struct {
		feats []uint32
		cue   bool
	}
	var exs []example
	var buf []uint32
	for _, ta := range arts {
		d := doc.New(ta.Text)
		segment.Segment(d)
		a := newAttributor(d)
		a.pairMarks()
		heads := map[int]bool{}
		for _, c := range ta.Cues {
			if h := a.cueHead(c); h >= 0 {
				heads[h] = true
			}
		}
		for i := range a.low {
			if !a.cueCandidate(i) {
				continue
			}
			buf = a.cueFeatures(i, buf[:0])
			exs = append(exs, example{feats: append([]uint32(nil), buf...), cue: heads[i]})
		}
	}
	n := 1 << cueBits
	w := make([]float32, n)
	total := make([]float64, n) // sum of weights over time, for averaging
	stamp := make([]int, n)     // when each weight last changed
	t := 0
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	m := &CueModel{W: w}
	for ep := 1; ep <= epochs; ep++ {
		rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		wrong := 0
		for _, ex := range exs {
			t++
			got := m.score(ex.feats) > 0
			if got == ex.cue {
				continue
			}
			wrong++
			delta := float32(1)
			if !ex.cue {
				delta = -1
			}
			for _, f := range ex.feats {
				total[f] += float64(t-stamp[f]) * float64(w[f])
				stamp[f] = t
				w[f] += delta
			}
		}
		if progress != nil {
			progress(ep, float64(wrong)/float64(max(1, len(exs))))
		}
	}
	avg := make([]float32, n)
	for f := range w {
		total[f] += float64(t-stamp[f]) * float64(w[f])
		avg[f] = float32(total[f] / float64(max(1, t)))
	}
	return &CueModel{W: avg}
}

// cueHead returns the token that heads the cue spanning span: its first
// word that is not an auxiliary or adverb; -1 when none.
func (a *attributor) cueHead(span doc.Span) int {
	first := a.d.TokenAt(span.Start)
	if first < 0 {
		return -1
	}
	for i := first; i < len(a.low) && a.d.Tokens[i].Start < span.End; i++ {
		if a.isWord(i) && !cueModifiers[a.low[i]] {
			return i
		}
	}
	return -1
}
