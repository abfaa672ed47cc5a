package ner

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"newsgraph/internal/conll"
	"newsgraph/internal/gazetteer"
)

// TrainOptions control training. The zero value of each field means its
// default.
type TrainOptions struct {
	Epochs int    // passes over the data (default 12)
	Seed   uint64 // shuffling seed; the same data and seed give the same model
	Bits   uint   // log2 of the number of feature buckets (default 20)
	// Lexicon maps lower-cased words to their clusters and casing habits
	// (see wordclusters.ReadFile); nil trains a model without those features.
	Lexicon map[string]WordInfo
	// History adds document-history features: the types already given to
	// the same word earlier in the document (see history.go). Training then
	// shuffles documents rather than sentences.
	History bool
	// Gazetteer adds features for matches of the embedded gazetteer
	// (countries, places, demonyms, leaders, organisations, titles).
	Gazetteer bool
	// Scheme is the tag scheme the model learns and decodes in (IOB2 by
	// default); the data's tags and Tag's are IOB2 whatever it is.
	Scheme Scheme
	// Dropout, when positive, hides each feature of a token but the bias
	// with this probability every time a sentence is learnt from (0.2 for
	// the shipped model). Word-identity features otherwise fix most
	// training errors on their own, and the features unseen words depend
	// on (shapes, affixes, clusters, context) stay undertrained; hiding
	// features at random spreads the weight over them (feature bagging,
	// Sutton et al. 2006; dropout as a regulariser, Wager et al. 2013).
	// Tagging is unchanged: every feature is present then.
	Dropout float64
	// Objective is "perceptron" (the default here: an averaged structured
	// perceptron) or "crf" (a linear-chain CRF trained by averaged SGD;
	// see crf.go), which the shipped model uses and 'newsgraph train ner'
	// defaults to: about 0.3 points of dev F1 better on OntoNotes, three times the
	// training time. Both learn the same weights for the same decoder.
	Objective string
	// Rate and L2 are the CRF's initial step size (default 0.05) and L2
	// weight decay per sentence (0: none).
	Rate, L2 float64
	// Dev, when set, is tagged after every epoch and scored, and the model
	// of the epoch with the best dev F1 is returned rather than the last.
	Dev []conll.Sentence
	// Progress, when set, is called after every epoch.
	Progress func(Epoch)
}

// Epoch is what training reports after each pass over the data.
type Epoch struct {
	N int // from 1
	// SentenceErrors is the share of training sentences tagged wrongly.
	SentenceErrors float64
	// Unlearnt counts the sentences of this epoch the CRF could not learn
	// from because their scores overflowed (forward-backward failed); they
	// are left out of the step rather than turn every weight into NaN. A
	// count that grows from epoch to epoch means the step size is too
	// large for the data.
	Unlearnt int
	Dev      *conll.Score // nil without TrainOptions.Dev
}

// perceptron is an averaged structured perceptron over dense, hashed
// weights. Averaging uses the usual trick: besides w it keeps u, the sum
// of step×update, so the average is w − u/step.
type perceptron struct {
	n           int
	dropout     uint32 // hide a feature when a 16-bit random draw is below this
	rng         *rand.Rand
	keep        []bool    // which features of the current sentence are seen
	w, tw       []float32 // emission weights [bucket*n+tag]; transitions
	u, tu       []float64
	step        float64
	trans       *transitions // decodes with tw
	emit        []float32
	back        []int32
	pred        []int
	score, next []float32
}

func (p *perceptron) update(k int, d float32, w []float32, u []float64) {
	w[k] += d
	u[k] += p.step * float64(d)
}

// Train learns a model from sentences with IOB tags (IOB1 input is read as
// IOB2 by package conll).
func Train(data []conll.Sentence, opt TrainOptions) (*Model, error) {
	if opt.Epochs == 0 {
		opt.Epochs = 12
	}
	if opt.Bits == 0 {
		opt.Bits = 20
	}
	if opt.Dropout < 0 || opt.Dropout >= 1 {
		return nil, fmt.Errorf("ner: dropout %g is out of range [0, 1)", opt.Dropout)
	}
	if opt.Rate == 0 {
		opt.Rate = 0.05
	}
	if opt.Rate < 0 || opt.L2 < 0 {
		return nil, fmt.Errorf("ner: rate %g and L2 %g must not be negative", opt.Rate, opt.L2)
	}
	if opt.Bits < 8 || opt.Bits > 26 {
		return nil, fmt.Errorf("ner: %d bucket bits is out of range (8-26)", opt.Bits)
	}
	if opt.Scheme != IOB2 && opt.Scheme != BILOU {
		return nil, fmt.Errorf("ner: unknown tag scheme %v", opt.Scheme)
	}
	types := map[string]bool{}
	for _, s := range data {
		if len(s.Tags) != len(s.Words) {
			return nil, errors.New("ner: training sentence without tags")
		}
		for _, t := range s.Tags {
			if _, typ := conll.Split(t); typ != "" {
				types[typ] = true
			}
		}
	}
	if len(types) == 0 {
		return nil, errors.New("ner: training data has no entities")
	}
	tags := tagSet(types, opt.Scheme)
	if len(tags) > 255 {
		return nil, fmt.Errorf("ner: %d tags; at most 255 are supported", len(tags))
	}
	lay, err := newLayout(tags, opt.Scheme)
	if err != nil {
		return nil, err
	}
	index := map[string]int{}
	for i, t := range tags {
		index[t] = i
	}
	n := len(tags)
	ext := extractor{bits: opt.Bits, lex: opt.Lexicon, history: opt.History}
	if opt.Gazetteer {
		g, err := gazetteer.Load()
		if err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
		ext.gaz = g
	}
	per := ext.perToken()

	// Features do not depend on tags, so they are extracted once.
	feats := make([][]uint32, 0, len(data))
	gold := make([][]int, 0, len(data))
	keys := make([][]histKey, 0, len(data))
	var sc scratch
	docs := Documents(data)
	docSents := make([][]int, len(docs))
	for di, d := range docs {
		words := make([][]string, len(d))
		for k, s := range d {
			words[k] = s.Words
		}
		ctx := newDocContext(words)
		for _, s := range d {
			i := len(feats)
			docSents[di] = append(docSents[di], i)
			feats = append(feats, ext.extract(s.Words, nil, &sc, ctx))
			if ext.history {
				keys = append(keys, append([]histKey(nil), sc.keys...))
			}
			gold = append(gold, encode(s.Tags, opt.Scheme, index))
		}
	}

	var (
		l       learner
		dropout uint32
		dropRNG *rand.Rand
	)
	allowed, end := transitionRules(tags, opt.Scheme)
	if opt.Dropout > 0 {
		dropout = uint32(opt.Dropout * 65536)
		dropRNG = rand.New(rand.NewPCG(opt.Seed, 0x64726f70)) // "drop"
	}
	switch opt.Objective {
	case "", "perceptron":
		p := &perceptron{
			n: n, step: 1, dropout: dropout, rng: dropRNG,
			w: make([]float32, (1<<opt.Bits)*n), u: make([]float64, (1<<opt.Bits)*n),
			tw: make([]float32, (n+1)*n), tu: make([]float64, (n+1)*n),
		}
		p.trans = newTransitions(p.tw, allowed, end, n)
		p.score, p.next = make([]float32, n), make([]float32, n)
		l = p
	case "crf":
		c := newCRF(n, int(opt.Bits), allowed, end, opt.Rate, opt.L2)
		c.dropout, c.rng = dropout, dropRNG
		l = c
	default:
		return nil, fmt.Errorf("ner: unknown objective %q (perceptron or crf)", opt.Objective)
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x6e6572)) // "ner"
	// With history, documents are shuffled and their sentences seen in
	// order; otherwise every sentence is its own unit.
	units := docSents
	if !ext.history {
		units = make([][]int, len(data))
		for i := range units {
			units[i] = []int{i}
		}
	}
	var (
		best   *Model
		bestF1 float64
	)
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(units), func(i, j int) { units[i], units[j] = units[j], units[i] })
		wrong, unlearntBefore := 0, l.unlearnt()
		for _, unit := range units {
			var hist *history
			if ext.history {
				hist = newHistory(&lay)
			}
			for _, si := range unit {
				if hist != nil {
					ext.fillHistory(feats[si], keys[si], hist)
				}
				if l.learn(feats[si], gold[si], per) {
					wrong++
				}
				if hist != nil {
					hist.record(keys[si], l.predicted()[:len(gold[si])])
				}
			}
		}
		var dev *conll.Score
		if opt.Dev != nil {
			m := l.model(tags, lay, ext)
			var err error
			if dev, err = Evaluate(m, opt.Dev); err != nil {
				return nil, err
			}
			if best == nil || dev.Overall.F1() > bestF1 {
				best, bestF1 = m, dev.Overall.F1()
			}
		}
		if opt.Progress != nil {
			opt.Progress(Epoch{N: epoch, SentenceErrors: float64(wrong) / float64(max(1, len(data))), Unlearnt: l.unlearnt() - unlearntBefore, Dev: dev})
		}
	}
	if best != nil {
		return best, nil
	}
	return l.model(tags, lay, ext), nil
}

// learner is a training objective: perceptron or crf.
type learner interface {
	// learn learns from one sentence and reports whether it was tagged
	// wrongly before.
	learn(feats []uint32, gold []int, per int) bool
	// predicted returns the tags learn last predicted.
	predicted() []int
	// unlearnt counts the sentences learn could not take a step on.
	unlearnt() int
	// model returns the (averaged) weights as a Model.
	model(tags []string, lay layout, ext extractor) *Model
}

func (p *perceptron) predicted() []int { return p.pred }

func (p *perceptron) unlearnt() int { return 0 }

// emissions sums, into dst (grown to T*n and cleared), each token's
// emission scores: the weight rows w[b*n:(b+1)*n] of the buckets b of its
// per features that keep lets through.
func emissions(dst []float32, feats []uint32, keep []bool, w []float32, n, per, T int) []float32 {
	dst = grow(dst, T*n)
	clear(dst)
	for i := 0; i < T; i++ {
		row := dst[i*n : (i+1)*n]
		for k, b := range feats[i*per : (i+1)*per] {
			if !keep[i*per+k] {
				continue
			}
			for t, wt := range w[int(b)*n : int(b)*n+n] {
				row[t] += wt
			}
		}
	}
	return dst
}

// dropMask fills keep (size T*per) with which features of a sentence are
// seen: every one without dropout, else each but the bias (slot 0 of a
// token) with probability 1 − dropout/65536.
func dropMask(keep []bool, size, per int, dropout uint32, rng *rand.Rand) []bool {
	keep = grow(keep, size)
	if dropout == 0 {
		for k := range keep {
			keep[k] = true
		}
		return keep
	}
	var bits uint64
	for k := range keep {
		if k%4 == 0 {
			bits = rng.Uint64() // four 16-bit draws
		}
		keep[k] = k%per == 0 || uint32(bits&0xffff) >= dropout
		bits >>= 16
	}
	return keep
}

// learn tags one sentence and, when it is wrong, moves weights towards the
// gold tags; one step of the average. It reports whether the sentence was
// wrong.
func (p *perceptron) learn(feats []uint32, gold []int, per int) bool {
	wrong := p.update1(feats, gold, per)
	p.step++
	return wrong
}

func (p *perceptron) update1(feats []uint32, gold []int, per int) bool {
	n, T := p.n, len(gold)
	if T == 0 {
		return false
	}
	p.keep = dropMask(p.keep, T*per, per, p.dropout, p.rng)
	p.emit = emissions(p.emit, feats, p.keep, p.w, n, per, T)
	p.back = grow(p.back, T*n)
	p.pred = grow(p.pred, T)
	p.trans.refresh()
	p.trans.viterbi(p.emit, p.pred, p.back, p.score, p.next)
	wrong := false
	for i := 0; i < T; i++ {
		g, q := gold[i], p.pred[i]
		gPrev, qPrev := n, n
		if i > 0 {
			gPrev, qPrev = gold[i-1], p.pred[i-1]
		}
		if g != q {
			wrong = true
			for k, b := range feats[i*per : (i+1)*per] {
				if !p.keep[i*per+k] {
					continue
				}
				p.update(int(b)*n+g, 1, p.w, p.u)
				p.update(int(b)*n+q, -1, p.w, p.u)
			}
		}
		if g != q || gPrev != qPrev {
			p.update(gPrev*n+g, 1, p.tw, p.tu)
			p.update(qPrev*n+q, -1, p.tw, p.tu)
		}
	}
	return wrong
}

// model returns the averaged weights as a Model.
func (p *perceptron) model(tags []string, lay layout, ext extractor) *Model {
	avg := func(k int) float64 { return float64(p.w[k]) - p.u[k]/p.step }
	trans := make([]float32, len(p.tw))
	for k := range p.tw {
		trans[k] = float32(float64(p.tw[k]) - p.tu[k]/p.step)
	}
	return quantise(tags, lay, ext, len(p.w)/p.n, avg, trans, 1-float64(p.dropout)/65536, 0)
}

// quantise makes a Model of emission weights weight(bucket*n+tag),
// quantised to 16 bits and keeping only non-zero ones and those at least
// floor times the largest, and transitions.
// Learnt with a share of its features hidden, a token's emission scores
// are larger when all are present; scaling them by kept, the share kept,
// keeps them in proportion to the transitions, as dropout does.
func quantise(tags []string, lay layout, ext extractor, buckets int, weight func(k int) float64, trans []float32, kept, floor float64) *Model {
	n := len(tags)
	maxAbs := 0.0
	for k := 0; k < buckets*n; k++ {
		maxAbs = max(maxAbs, math.Abs(weight(k)))
	}
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	m := &Model{tags: tags, lay: lay, ext: ext, offsets: make([]uint32, buckets+1), scale: float32(scale * kept)}
	minQ := int16(max(1, math.Ceil(floor*math.MaxInt16)))
	for b := 0; b < buckets; b++ {
		for t := 0; t < n; t++ {
			if q := int16(math.Round(weight(b*n+t) / scale)); q >= minQ || q <= -minQ {
				m.entries = append(m.entries, entry{q: q, tag: uint8(t)})
			}
		}
		m.offsets[b+1] = uint32(len(m.entries))
	}
	allowed, end := transitionRules(tags, lay.scheme)
	m.trans = newTransitions(trans, allowed, end, n)
	return m.prepare()
}

// Documents groups sentences into documents at DocStart marks.
func Documents(sents []conll.Sentence) [][]conll.Sentence {
	var out [][]conll.Sentence
	for i, s := range sents {
		if i == 0 || s.DocStart {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], s)
	}
	return out
}

// Evaluate tags every document of gold with m (see TagDocument) and scores
// the result.
func Evaluate(m *Model, gold []conll.Sentence) (*conll.Score, error) {
	s := conll.NewScore()
	for _, doc := range Documents(gold) {
		words := make([][]string, len(doc))
		for i, sent := range doc {
			if len(sent.Tags) != len(sent.Words) {
				return nil, errors.New("ner: sentence without gold tags")
			}
			words[i] = sent.Words
		}
		for i, pred := range m.TagDocument(words) {
			if err := s.Add(doc[i].Tags, pred); err != nil {
				return nil, err
			}
		}
	}
	return s, nil
}
