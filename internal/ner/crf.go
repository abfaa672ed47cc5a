package ner

import "math/rand/v2"

// crf trains the same weights as perceptron (emissions per bucket and
// tag, tag-bigram transitions) as a linear-chain CRF: each sentence's
// conditional log-likelihood is climbed by stochastic gradient, the
// gradient being the expected feature counts (forward–backward over the
// allowed transitions) minus the gold ones. The result decodes with the
// same Viterbi, so tagging costs the same.
//
// The optimiser is averaged SGD (Polyak averaging; Xu 2011) with L2
// weight decay, Bottou's step size rate/(1 + rate·l2·t), and the weight
// decay done by a global scale (w = s·v) so that a step touches only the
// weights of the sentence's features. Averaging uses the perceptron's
// trick generalised to the scale: with A the running sum of s, the sum
// over steps of w is v·A − u, where u collects every change of v times
// the A before it.
type crf struct {
	n          int
	dropout    uint32
	rng        *rand.Rand
	keep       []bool
	allowed    []bool
	end        []bool    // tags that may end a sentence; nil: all
	v          []float32 // emission weights [bucket*n+tag], times s
	u          []float64
	tv, tu     []float64 // transitions [prev*n+cur], prev == n the start
	s, sumS    float64   // weight scale; A, the sum of s over steps
	failures   int       // sentences whose forward-backward failed
	steps      float64
	rate, l2   float64
	fb         forwardBackward
	emit32     []float32
	pred       []int
	grad       []tagGrad // one token's non-negligible emission gradient
	transGrad  []float64
	expTrans   []float64
	transScore []float64
}

// tagGrad is one tag's change to v for the features of a token.
type tagGrad struct {
	tag int
	dv  float32
}

// minGrad is the smallest |expected − observed| of an emission that is
// applied: most tags of most tokens get a marginal within this of 0 or
// 1, and skipping their updates makes an epoch several times faster
// while moving no weight by more than rate × minGrad per feature.
const minGrad = 1e-4

func newCRF(n, bits int, allowed, end []bool, rate, l2 float64) *crf {
	return &crf{
		n: n, allowed: allowed, end: end, rate: rate, l2: l2, s: 1,
		v: make([]float32, (1<<bits)*n), u: make([]float64, (1<<bits)*n),
		tv: make([]float64, (n+1)*n), tu: make([]float64, (n+1)*n),
		transGrad: make([]float64, (n+1)*n), expTrans: make([]float64, (n+1)*n),
		transScore: make([]float64, (n+1)*n),
	}
}

func (c *crf) predicted() []int { return c.pred }

func (c *crf) unlearnt() int { return c.failures }

// learn takes one gradient step on a sentence. It reports whether the
// tags of highest marginal probability differ from the gold ones.
func (c *crf) learn(feats []uint32, gold []int, per int) bool {
	n, T := c.n, len(gold)
	c.pred = grow(c.pred, T)
	c.steps++
	if T == 0 {
		c.sumS += c.s
		return false
	}
	c.keep = dropMask(c.keep, T*per, per, c.dropout, c.rng)
	rate := c.rate / (1 + c.rate*c.l2*c.steps)
	// Decay first: the step's gradient is taken at the decayed weights.
	if c.l2 > 0 {
		c.s *= 1 - rate*c.l2
		if c.s < 1e-6 {
			c.rescale()
		}
	}
	c.emit32 = emissions(c.emit32, feats, c.keep, c.v, n, per, T)
	emit := c.fb.emitBuf(T * n)
	for k, e := range c.emit32 {
		emit[k] = c.s * float64(e)
	}
	for k := range c.tv {
		c.transScore[k] = c.s * c.tv[k]
	}
	c.fb.run(emit, c.transScore, c.allowed, c.end, n, T, c.expTrans)
	if c.fb.failed {
		// No usable gradient: leave the weights as they are, as for an
		// empty sentence, rather than spread NaN into every weight.
		c.failures++
		c.sumS += c.s
		return true
	}

	wrong := false
	prevSum := c.sumS // A before this step
	step := rate / c.s
	for i := 0; i < T; i++ {
		p := c.fb.marg[i*n : (i+1)*n]
		best := 0
		c.grad = c.grad[:0]
		for t, q := range p {
			if q > p[best] {
				best = t
			}
			if t == gold[i] {
				q--
			}
			if q > minGrad || q < -minGrad {
				c.grad = append(c.grad, tagGrad{t, float32(-step * q)})
			}
		}
		c.pred[i] = best
		wrong = wrong || best != gold[i]
		for k, b := range feats[i*per : (i+1)*per] {
			if !c.keep[i*per+k] {
				continue
			}
			base := int(b) * n
			for _, g := range c.grad {
				c.v[base+g.tag] += g.dv
				c.u[base+g.tag] += float64(g.dv) * prevSum
			}
		}
	}
	c.fb.transitionMarginals(c.transGrad, c.expTrans, n, T)
	prev := n
	for i := 0; i < T; i++ {
		c.transGrad[prev*n+gold[i]]--
		prev = gold[i]
	}
	for k, g := range c.transGrad {
		if g != 0 {
			d := -step * g
			c.tv[k] += d
			c.tu[k] += d * prevSum
		}
	}
	c.sumS += c.s
	return wrong
}

// rescale folds the scale into the weights, keeping v·A − u and s·v.
func (c *crf) rescale() {
	for k := range c.v {
		c.v[k] = float32(float64(c.v[k]) * c.s)
	}
	for k := range c.tv {
		c.tv[k] *= c.s
	}
	c.sumS /= c.s
	c.s = 1
}

// model returns the averaged weights as a Model.
func (c *crf) model(tags []string, lay layout, ext extractor) *Model {
	steps := max(c.steps, 1)
	emit := func(k int) float64 { return (float64(c.v[k])*c.sumS - c.u[k]) / steps }
	trans := make([]float32, len(c.tv))
	for k := range c.tv {
		trans[k] = float32((c.tv[k]*c.sumS - c.tu[k]) / steps)
	}
	return quantise(tags, lay, ext, len(c.v)/c.n, emit, trans, 1-float64(c.dropout)/65536, crfFloor)
}

// crfFloor drops emission weights smaller than this share of the largest
// from a CRF's model. Unlike the perceptron, which moves only the weights
// of tags it confused, the CRF nudges every tag of every feature it sees,
// leaving millions of tiny weights: on OntoNotes, 8.8 million non-zero
// 16-bit weights against the perceptron's 1.9 million, a 16 MB file that
// loaded four times slower and tagged slower. Dropping those under 1/256
// of the largest (1.7 million remain) left dev F1 as it was (±0.0003 for
// floors from 1/8192 to 1/128).
const crfFloor = 1.0 / 256
