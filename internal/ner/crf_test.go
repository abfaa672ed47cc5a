package ner

import (
	"bytes"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// tinyTags and tinyBILOU are tag sets small enough to enumerate every
// sequence.
var (
	tinyTags  = []string{"O", "B-A", "I-A", "B-B", "I-B"}
	tinyBILOU = []string{"O", "B-A", "I-A", "L-A", "U-A", "B-B", "I-B", "L-B", "U-B"}
)

// enumerate calls f with every valid tag sequence of length T (allowed
// transitions, a last tag that may end; end nil: any) and its score under
// emit and trans.
func enumerate(emit, trans []float64, allowed, end []bool, n, T int, f func(seq []int, score float64)) {
	seq := make([]int, T)
	var rec func(i, prev int, score float64)
	rec = func(i, prev int, score float64) {
		if i == T {
			if end == nil || end[prev] {
				f(seq, score)
			}
			return
		}
		for t := 0; t < n; t++ {
			if allowed[prev*n+t] {
				seq[i] = t
				rec(i+1, t, score+trans[prev*n+t]+emit[i*n+t])
			}
		}
	}
	rec(0, n, 0)
}

func randomScores(rng *rand.Rand, k int, spread float64) []float64 {
	s := make([]float64, k)
	for i := range s {
		s[i] = spread * (2*rng.Float64() - 1)
	}
	return s
}

// TestForwardBackward checks logZ, tag marginals and transition
// marginals against summing over every tag sequence.
func TestForwardBackward(t *testing.T) {
	for _, sc := range []struct {
		tags   []string
		scheme Scheme
	}{{tinyTags, IOB2}, {tinyBILOU, BILOU}} {
		testForwardBackward(t, sc.tags, sc.scheme)
	}
}

func testForwardBackward(t *testing.T, tags []string, scheme Scheme) {
	n := len(tags)
	allowed, end := transitionRules(tags, scheme)
	if scheme == IOB2 {
		end = nil // every tag may end: the nil path
	}
	for _, tc := range []struct {
		T      int
		spread float64 // large scores test the scaling
	}{{1, 1}, {2, 1}, {4, 3}, {6, 40}} {
		rng := rand.New(rand.NewPCG(uint64(tc.T), 9))
		emit := randomScores(rng, tc.T*n, tc.spread)
		trans := randomScores(rng, (n+1)*n, tc.spread)
		var fb forwardBackward
		exp := make([]float64, len(trans))
		fb.run(emit, trans, allowed, end, n, tc.T, exp)
		gotTrans := make([]float64, len(trans))
		fb.transitionMarginals(gotTrans, exp, n, tc.T)

		// Brute force, relative to the best score to stay finite.
		top := math.Inf(-1)
		enumerate(emit, trans, allowed, end, n, tc.T, func(_ []int, s float64) { top = max(top, s) })
		z := 0.0
		marg := make([]float64, tc.T*n)
		tm := make([]float64, len(trans))
		enumerate(emit, trans, allowed, end, n, tc.T, func(seq []int, s float64) {
			p := math.Exp(s - top)
			z += p
			prev := n
			for i, y := range seq {
				marg[i*n+y] += p
				tm[prev*n+y] += p
				prev = y
			}
		})
		if want := top + math.Log(z); math.Abs(fb.logZ-want) > 1e-9*max(1, math.Abs(want)) {
			t.Errorf("T=%d: logZ %g, want %g", tc.T, fb.logZ, want)
		}
		for k := range marg {
			if want := marg[k] / z; math.Abs(fb.marg[k]-want) > 1e-9 {
				t.Errorf("T=%d: marginal %d is %g, want %g", tc.T, k, fb.marg[k], want)
			}
		}
		for k := range tm {
			if want := tm[k] / z; math.Abs(gotTrans[k]-want) > 1e-9 {
				t.Errorf("T=%d: transition marginal %d is %g, want %g", tc.T, k, gotTrans[k], want)
			}
		}
	}
}

// TestCRFStepIsGradient checks that one step of crf.learn moves every
// weight of a tiny model by rate times the gradient of the sentence's
// negative log-likelihood, found by finite differences.
func TestCRFStepIsGradient(t *testing.T) {
	n, per, bits := len(tinyTags), 3, 8
	allowed, _ := transitionRules(tinyTags, IOB2)
	feats := []uint32{0, 5, 9, 0, 7, 9, 0, 5, 5, 0, 200, 9} // four tokens; bucket 5 twice in one
	gold := []int{1, 2, 0, 3}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, l2 := range []float64{0, 0.01} {
		const rate = 0.01
		c := newCRF(n, bits, allowed, nil, rate, l2)
		for k := range c.v {
			c.v[k] = float32(rng.Float64() - 0.5)
		}
		for k := range c.tv {
			c.tv[k] = rng.Float64() - 0.5
		}
		// The loss at the weights after the step's decay, where the
		// gradient is taken.
		step := rate / (1 + rate*l2) // the first step's size
		decay := 1 - step*l2
		v := make([]float64, len(c.v))
		for k := range v {
			v[k] = decay * float64(c.v[k])
		}
		tv := make([]float64, len(c.tv))
		for k := range tv {
			tv[k] = decay * c.tv[k]
		}
		loss := func() float64 {
			emit := make([]float64, len(gold)*n)
			for i := range gold {
				for _, b := range feats[i*per : (i+1)*per] {
					for y := 0; y < n; y++ {
						emit[i*n+y] += v[int(b)*n+y]
					}
				}
			}
			var fb forwardBackward
			fb.run(emit, tv, allowed, nil, n, len(gold), make([]float64, len(tv)))
			gs, prev := 0.0, n
			for i, y := range gold {
				gs += emit[i*n+y] + tv[prev*n+y]
				prev = y
			}
			return fb.logZ - gs
		}
		numeric := func(w []float64, k int) float64 {
			const h = 1e-5
			old := w[k]
			w[k] = old + h
			up := loss()
			w[k] = old - h
			down := loss()
			w[k] = old
			return (up - down) / (2 * h)
		}
		before := append([]float32(nil), c.v...)
		beforeT := append([]float64(nil), c.tv...)
		c.learn(feats, gold, per)
		for _, b := range []int{0, 5, 7, 9, 200, 1} {
			for y := 0; y < n; y++ {
				k := b*n + y
				got := (c.s*float64(c.v[k]) - decay*float64(before[k])) / -step
				if want := numeric(v, k); math.Abs(got-want) > 1e-3 {
					t.Errorf("l2 %g: bucket %d tag %s: step/rate %g, gradient %g", l2, b, tinyTags[y], got, want)
				}
			}
		}
		for k := range c.tv {
			got := (c.s*c.tv[k] - decay*beforeT[k]) / -step
			if want := numeric(tv, k); math.Abs(got-want) > 1e-6 {
				t.Errorf("l2 %g: transition %d: step/rate %g, gradient %g", l2, k, got, want)
			}
		}
	}
}

// TestCRFTraining trains CRFs on the synthetic corpus: they must tag
// names they never saw, write the same bytes for the same seed, and
// differ from the perceptron's model; bad settings are refused.
func TestCRFTraining(t *testing.T) {
	save := func(m *Model) []byte {
		var b bytes.Buffer
		if err := m.Save(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	perceptron, err := Train(syntheticCorpus(200), TrainOptions{Epochs: 5, Seed: 7, Bits: 16})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		opt  TrainOptions
		ok   bool
	}{
		{"plain", TrainOptions{}, true},
		{"dropout", TrainOptions{Dropout: 0.2}, true},
		{"l2", TrainOptions{L2: 1e-3, Rate: 0.1}, true},
		{"history", TrainOptions{History: true}, true},
		{"negative rate", TrainOptions{Rate: -1}, false},
		{"negative l2", TrainOptions{L2: -1}, false},
		{"unknown objective", TrainOptions{Objective: "svm"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opt := tc.opt
			opt.Epochs, opt.Seed, opt.Bits = 5, 7, 16
			if opt.Objective == "" {
				opt.Objective = "crf"
			}
			a, err := Train(syntheticCorpus(200), opt)
			if (err == nil) != tc.ok {
				t.Fatalf("error %v, want ok=%v", err, tc.ok)
			}
			if !tc.ok {
				return
			}
			const words, want = "She met Tove Arnesen in Kigali .", "O O B-PER I-PER O B-LOC O"
			if got := strings.Join(a.Tag(strings.Fields(words)), " "); got != want {
				t.Errorf("Tag(%s) = %s, want %s", words, got, want)
			}
			checkModel(t, a) // the fast decoder is exact for CRF weights too
			b, err := Train(syntheticCorpus(200), opt)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(save(a), save(b)) {
				t.Error("two trainings with the same seed wrote different models")
			}
			if bytes.Equal(save(a), save(perceptron)) {
				t.Error("the CRF wrote the perceptron's model")
			}
		})
	}
}

// TestForwardBackwardReportsUnderflow checks that scores too far apart
// for float64 make run report failure instead of NaN marginals, and that
// a CRF step on such a sentence leaves every weight a number.
func TestForwardBackwardReportsUnderflow(t *testing.T) {
	n := len(tinyBILOU)
	allowed, end := transitionRules(tinyBILOU, BILOU)
	emit := make([]float64, 2*n)
	emit[2] = 800 // I-A at the first token: no sentence may start there
	var fb forwardBackward
	fb.run(emit, make([]float64, (n+1)*n), allowed, end, n, 2, make([]float64, (n+1)*n))
	if !fb.failed {
		t.Errorf("run did not report failure; logZ %v, marginals %v", fb.logZ, fb.marg[:n])
	}
	emit[2] = 0
	fb.run(emit, make([]float64, (n+1)*n), allowed, end, n, 2, make([]float64, (n+1)*n))
	if fb.failed || math.IsNaN(fb.logZ) {
		t.Errorf("run failed on ordinary scores: logZ %v", fb.logZ)
	}

	c := newCRF(n, 8, allowed, end, 0.05, 0)
	c.v[3*n+2] = 800 // bucket 3 makes I-A overwhelming
	feats := []uint32{3, 5}
	c.learn(feats, []int{0, 0}, 1)
	if c.unlearnt() != 1 {
		t.Errorf("unlearnt() = %d after one failed step, want 1 (Epoch.Unlearnt reports it)", c.unlearnt())
	}
	for k, v := range c.v {
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			t.Fatalf("weight %d is %v after a step on an underflowing sentence", k, v)
		}
	}
}
