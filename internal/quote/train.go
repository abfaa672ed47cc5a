package quote

import (
	"newsgraph/internal/doc"
	"newsgraph/internal/segment"
)

// TrainingArticle is an article with its gold attributions in byte spans:
// the first fragment of each cue, and each content's fragments.
type TrainingArticle struct {
	Text     string
	Cues     []doc.Span
	Contents [][]doc.Span
	// Speakers holds each content's source mention, an empty span when it
	// has none; nil when the data gives no speakers. With speakers the
	// frame model learns to keep frames whose speaker is right as well.
	Speakers []doc.Span
}

// TrainOptions control training.
type TrainOptions struct {
	Epochs int
	Seed   uint64
	// Progress, when not nil, hears each epoch's error rate.
	Progress func(model string, epoch int, errRate float64)
}

// Train trains the cue model on every article, and the frame model on
// frames found with cue models cross-fitted on the other half of the
// articles, so the frame model sees cue scores as they are on unseen text.
func Train(arts []TrainingArticle, opt TrainOptions) (cue, frame *Model) {
	progress := func(name string) func(int, float64) {
		if opt.Progress == nil {
			return nil
		}
		return func(ep int, e float64) { opt.Progress(name, ep, e) }
	}
	var halves [2][]TrainingArticle
	for i, ta := range arts {
		halves[i%2] = append(halves[i%2], ta)
	}
	var frameExs []example
	for h := range 2 {
		other := trainCues(halves[1-h], opt.Epochs, opt.Seed, progress("cue (half)"))
		for _, ta := range halves[h] {
			frameExs = append(frameExs, frameExamples(ta, other)...)
		}
	}
	frame = trainBagged(frameExs, opt.Epochs, opt.Seed, progress("frame"))
	cue = trainCues(arts, opt.Epochs, opt.Seed, progress("cue"))
	return cue, frame
}

// frameBag is how many frame models, each trained on its own shuffle of
// the examples, are averaged into the one shipped.
const frameBag = 5

// trainBagged averages frameBag perceptrons trained one after another
// with seeds seed, seed+1, … (each shuffles the examples in place,
// starting from the order the one before left; progress hears each
// one's epochs in turn). The frame model learns from a few thousand
// noisy frames, and one shuffle's model swings the dev figures by
// several thousandths whenever a rule change alters a few of its
// examples; the average swings less.
func trainBagged(exs []example, epochs int, seed uint64, progress func(int, float64)) *Model {
	avg := &Model{W: make([]float32, 1<<modelBits)}
	for k := range uint64(frameBag) {
		m := trainPerceptron(exs, epochs, seed+k, progress)
		for i, v := range m.W {
			avg.W[i] += v / frameBag
		}
	}
	return avg
}

func trainCues(arts []TrainingArticle, epochs int, seed uint64, progress func(int, float64)) *Model {
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
			exs = append(exs, example{feats: append([]uint32(nil), buf...), yes: heads[i]})
		}
	}
	return trainPerceptron(exs, epochs, seed, progress)
}

// frameExamples runs attribution over an article with the given cue model
// and labels each frame's quote by whether it covers more than 30% of a
// gold content.
func frameExamples(ta TrainingArticle, cue *Model) []example {
	d := doc.New(ta.Text)
	segment.Segment(d)
	a := newAttributor(d)
	a.model, a.frameModel, a.collect = cue, nil, true
	a.pairMarks()
	a.attributeSentences()
	var out []example
	for _, f := range a.quotes {
		if f.feats == nil {
			continue
		}
		out = append(out, example{feats: f.feats, yes: rightFrame(ta, f)})
	}
	return out
}

// rightFrame reports whether a frame's quote matches a gold content and,
// when the data has speakers, whether its speaker overlaps that content's
// (or both have none).
func rightFrame(ta TrainingArticle, f found) bool {
	for k, g := range ta.Contents {
		if !coversGold(ta.Text, f.q.Spans, [][]doc.Span{g}) {
			continue
		}
		if len(ta.Speakers) != len(ta.Contents) {
			return true
		}
		gs, ps := ta.Speakers[k], f.q.Speaker
		if gs.Len() == 0 && ps.Len() == 0 || gs.Len() > 0 && ps.Len() > 0 && gs.Overlaps(ps) {
			return true
		}
	}
	return false
}

func coversGold(text string, pred []doc.Span, golds [][]doc.Span) bool {
	for _, g := range golds {
		total, covered := 0, 0
		for _, gs := range g {
			for i := gs.Start; i < gs.End && i < len(text); i++ {
				if text[i] == ' ' || text[i] == '\n' {
					continue
				}
				total++
				for _, p := range pred {
					if i >= p.Start && i < p.End {
						covered++
						break
					}
				}
			}
		}
		if total > 0 && float64(covered) > 0.3*float64(total) {
			return true
		}
	}
	return false
}

// cueHead returns the token that heads the cue spanning span: its first
// word that is not an auxiliary or adverb; -1 when none.
func (a *attributor) cueHead(span doc.Span) int {
	first := a.d.TokenAt(span.Start)
	if first < 0 {
		return -1
	}
	for i := first; i < len(a.low) && a.d.Tokens[i].Start < span.End; i++ {
		if a.isWord(i) && !cueModifiers[a.low[i]] && !isAdverb(a.d.TokenText(i)) {
			return i
		}
	}
	return -1
}
