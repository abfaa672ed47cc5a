package ner

import (
	"errors"
	"fmt"
	"math/rand/v2"

	"newsgraph/internal/conll"
)

// TrainOptions control training. The zero value of each field means its
// default.
type TrainOptions struct {
	Epochs int    // passes over the data (default 12)
	Seed   uint64 // shuffling seed; the same data and seed give the same model
	Bits   uint   // log2 of the number of feature buckets (default 20)
	// Clusters maps lower-cased words to bit-string cluster paths; nil
	// trains a model without cluster features.
	Clusters map[string]string
	// Dev, when set, is tagged after every epoch and scored.
	Dev []conll.Sentence
	// Progress, when set, is called after every epoch with the epoch number
	// (from 1), the share of training sentences tagged wrongly, and the dev
	// score (nil without Dev).
	Progress func(epoch int, sentenceErrors float64, dev *conll.Score)
}

// perceptron is an averaged structured perceptron over dense, hashed
// weights. Averaging uses the usual trick: besides w it keeps u, the sum
// of step×update, so the average is w − u/step.
type perceptron struct {
	n       int
	w, tw   []float32 // emission weights [bucket*n+tag]; transitions
	u, tu   []float64
	step    float64
	allowed []bool
	emit    []float32
	back    []int32
	pred    []int
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
	if opt.Bits < 8 || opt.Bits > 26 {
		return nil, fmt.Errorf("ner: %d bucket bits is out of range (8-26)", opt.Bits)
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
	tags := tagSet(types)
	if len(tags) > 255 {
		return nil, fmt.Errorf("ner: %d tags; at most 255 are supported", len(tags))
	}
	index := map[string]int{}
	for i, t := range tags {
		index[t] = i
	}
	n := len(tags)
	ext := extractor{bits: opt.Bits, clusters: opt.Clusters}
	per := ext.perToken()

	// Features do not depend on tags, so they are extracted once.
	feats := make([][]uint32, len(data))
	gold := make([][]int, len(data))
	var toks []token
	for i, s := range data {
		feats[i], toks = ext.extract(s.Words, nil, toks)
		gold[i] = make([]int, len(s.Tags))
		for j, t := range s.Tags {
			gold[i][j] = index[t]
		}
	}

	p := &perceptron{
		n: n, step: 1,
		w: make([]float32, (1<<opt.Bits)*n), u: make([]float64, (1<<opt.Bits)*n),
		tw: make([]float32, (n+1)*n), tu: make([]float64, (n+1)*n),
		allowed: allowedTransitions(tags),
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x6e6572)) // "ner"
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong := 0
		for _, si := range order {
			if p.learn(feats[si], gold[si], per) {
				wrong++
			}
			p.step++
		}
		if opt.Progress != nil {
			var dev *conll.Score
			if opt.Dev != nil {
				var err error
				if dev, err = Evaluate(p.model(tags, ext), opt.Dev); err != nil {
					return nil, err
				}
			}
			opt.Progress(epoch, float64(wrong)/float64(max(1, len(data))), dev)
		}
	}
	return p.model(tags, ext), nil
}

// learn tags one sentence and, when it is wrong, moves weights towards the
// gold tags. It reports whether the sentence was wrong.
func (p *perceptron) learn(feats []uint32, gold []int, per int) bool {
	n, T := p.n, len(gold)
	if T == 0 {
		return false
	}
	p.emit = grow(p.emit, T*n)
	clear(p.emit)
	for i := 0; i < T; i++ {
		row := p.emit[i*n : (i+1)*n]
		for _, b := range feats[i*per : (i+1)*per] {
			for t, w := range p.w[int(b)*n : int(b)*n+n] {
				row[t] += w
			}
		}
	}
	p.back = grow(p.back, T*n)
	p.pred = grow(p.pred, T)
	viterbi(p.emit, p.tw, p.allowed, n, p.pred, p.back)
	wrong := false
	for i := 0; i < T; i++ {
		g, q := gold[i], p.pred[i]
		gPrev, qPrev := n, n
		if i > 0 {
			gPrev, qPrev = gold[i-1], p.pred[i-1]
		}
		if g != q {
			wrong = true
			for _, b := range feats[i*per : (i+1)*per] {
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

// model returns the averaged weights as a Model, keeping only non-zero
// weights.
func (p *perceptron) model(tags []string, ext extractor) *Model {
	n := p.n
	buckets := len(p.w) / n
	m := &Model{tags: tags, ext: ext, allowed: allowedTransitions(tags), offsets: make([]uint32, buckets+1)}
	for b := 0; b < buckets; b++ {
		for t := 0; t < n; t++ {
			k := b*n + t
			if avg := float32(float64(p.w[k]) - p.u[k]/p.step); avg != 0 {
				m.entries = append(m.entries, entry{w: avg, tag: uint8(t)})
			}
		}
		m.offsets[b+1] = uint32(len(m.entries))
	}
	m.trans = make([]float32, len(p.tw))
	for k := range p.tw {
		m.trans[k] = float32(float64(p.tw[k]) - p.tu[k]/p.step)
	}
	return m
}

// Evaluate tags every sentence of gold with m and scores the result.
func Evaluate(m *Model, gold []conll.Sentence) (*conll.Score, error) {
	s := conll.NewScore()
	for i, sent := range gold {
		if len(sent.Tags) != len(sent.Words) {
			return nil, fmt.Errorf("ner: sentence %d has no gold tags", i+1)
		}
		if err := s.Add(sent.Tags, m.Tag(sent.Words)); err != nil {
			return nil, err
		}
	}
	return s, nil
}
