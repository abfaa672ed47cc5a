package wordclusters

import (
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode"
)

// Options control clustering. Zero fields take their defaults.
type Options struct {
	MinCount int    // words seen fewer times get no cluster (default 5)
	Contexts int    // how many frequent words count as contexts (default 1000)
	Dims     int    // dimensions after random projection (default 256)
	Depth    int    // maximum path length in bits (default 16)
	Seed     uint64 // for the projection and the 2-means starts
}

func (o *Options) defaults() {
	if o.MinCount == 0 {
		o.MinCount = 5
	}
	if o.Contexts == 0 {
		o.Contexts = 1000
	}
	if o.Dims == 0 {
		o.Dims = 256
	}
	if o.Depth == 0 {
		o.Depth = 16
	}
}

// Counter accumulates word and context counts from tokenised sentences.
type Counter struct {
	counts map[string]int
	// Inside sentences that are not all capitals, after the first token:
	// how often each word was seen, and how often capitalised.
	inner, capital map[string]int
	sents          [][]string // kept for the second pass, which counts contexts
}

// NewCounter returns an empty counter.
func NewCounter() *Counter {
	return &Counter{counts: map[string]int{}, inner: map[string]int{}, capital: map[string]int{}}
}

// Add records one sentence (or any run of tokens). Words are lower-cased.
func (c *Counter) Add(tokens []string) {
	s := make([]string, len(tokens))
	shouted := !hasLower(tokens)
	for i, t := range tokens {
		s[i] = strings.ToLower(t)
		c.counts[s[i]]++
		// Raw paragraphs hold several sentences: a word after a sentence
		// end or an opening quote is not inside a sentence.
		if i == 0 || shouted || strings.ContainsAny(tokens[i-1], ".?!:;\"'\u201c\u201d\u2018`-(") {
			continue
		}
		c.inner[s[i]]++
		if s[i] != t {
			c.capital[s[i]]++
		}
	}
	c.sents = append(c.sents, s)
}

// Tokens is the number of tokens added so far.
func (c *Counter) Tokens() int {
	n := 0
	for _, s := range c.sents {
		n += len(s)
	}
	return n
}

func hasLower(tokens []string) bool {
	for _, t := range tokens {
		for _, r := range t {
			if unicode.IsLower(r) {
				return true
			}
		}
	}
	return false
}

// Word is what Build learns about one word.
type Word struct {
	Path   string // bit string from the root of the cluster tree
	Casing byte   // see Casing
}

// Casing classes how often a word is capitalised inside sentences: 'n'
// (under 5%), 'r' (under 30%), 'm' (under 70%), 'u' (under 95%), 'a'
// (the rest); 0 when it was never seen inside a sentence.
func (c *Counter) Casing(lower string) byte {
	n := c.inner[lower]
	if n == 0 {
		return 0
	}
	r := float64(c.capital[lower]) / float64(n)
	switch {
	case r < 0.05:
		return 'n'
	case r < 0.3:
		return 'r'
	case r < 0.7:
		return 'm'
	case r < 0.95:
		return 'u'
	}
	return 'a'
}

// Build clusters every word seen at least MinCount times and returns what
// it learnt about each, by lower-cased word.
func (c *Counter) Build(opt Options) map[string]Word {
	opt.defaults()
	var vocab []string
	for w, n := range c.counts {
		if n >= opt.MinCount {
			vocab = append(vocab, w)
		}
	}
	// Most frequent first, ties by spelling, so the result does not
	// depend on map order.
	sort.Slice(vocab, func(i, j int) bool {
		ci, cj := c.counts[vocab[i]], c.counts[vocab[j]]
		if ci != cj {
			return ci > cj
		}
		return vocab[i] < vocab[j]
	})
	index := make(map[string]int, len(vocab))
	for i, w := range vocab {
		index[w] = i
	}
	K := min(opt.Contexts, len(vocab))
	ctx := make([][]float32, len(vocab))
	for i := range ctx {
		ctx[i] = make([]float32, 2*K)
	}
	for _, s := range c.sents {
		for i, w := range s {
			wi, ok := index[w]
			if !ok {
				continue
			}
			if i > 0 {
				if ci, ok := index[s[i-1]]; ok && ci < K {
					ctx[wi][ci]++
				}
			}
			if i+1 < len(s) {
				if ci, ok := index[s[i+1]]; ok && ci < K {
					ctx[wi][K+ci]++
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0xc105))
	// Sparse random projection: each context dimension adds ±1 to three
	// output dimensions.
	const fanout = 3
	proj := make([][fanout]int32, 2*K)
	sign := make([][fanout]float32, 2*K)
	for k := range proj {
		for f := 0; f < fanout; f++ {
			proj[k][f] = int32(rng.IntN(opt.Dims))
			sign[k][f] = float32(1 - 2*rng.IntN(2))
		}
	}
	vecs := make([][]float32, len(vocab))
	for i, row := range ctx {
		v := make([]float32, opt.Dims)
		for k, x := range row {
			if x == 0 {
				continue
			}
			lx := float32(math.Log1p(float64(x)))
			for f := 0; f < fanout; f++ {
				v[proj[k][f]] += sign[k][f] * lx
			}
		}
		normalize(v)
		vecs[i] = v
		ctx[i] = nil
	}
	paths := make([][]byte, len(vocab))
	members := make([]int, len(vocab))
	for i := range members {
		members[i] = i
	}
	bisect(vecs, members, paths, opt.Depth, rng)
	out := make(map[string]Word, len(vocab))
	for i, w := range vocab {
		p := string(paths[i])
		if p == "" {
			p = "0"
		}
		out[w] = Word{Path: p, Casing: c.Casing(w)}
	}
	return out
}

func normalize(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// bisect splits members in two, appends 0 or 1 to their paths, and
// recurses until depth runs out or a group is a single word. The first
// split is by the sign of each word's projection on the group's principal
// direction (centred), which keeps splits from peeling off one outlier at
// a time; a few rounds of spherical 2-means then refine it.
func bisect(vecs [][]float32, members []int, paths [][]byte, depth int, rng *rand.Rand) {
	if depth == 0 || len(members) < 2 {
		return
	}
	dims := len(vecs[0])
	mean := make([]float32, dims)
	for _, m := range members {
		for d, x := range vecs[m] {
			mean[d] += x
		}
	}
	for d := range mean {
		mean[d] /= float32(len(members))
	}
	dir := make([]float32, dims)
	for d := range dir {
		dir[d] = float32(rng.NormFloat64())
	}
	proj := make([]float32, len(members))
	for iter := 0; iter < 12; iter++ { // power iteration on the covariance
		next := make([]float32, dims)
		for i, m := range members {
			var p float32
			for d, x := range vecs[m] {
				p += (x - mean[d]) * dir[d]
			}
			proj[i] = p
			for d, x := range vecs[m] {
				next[d] += p * (x - mean[d])
			}
		}
		normalize(next)
		dir = next
	}
	side := make([]bool, len(members))
	for i := range members {
		side[i] = proj[i] > 0
	}
	for iter := 0; iter < 4; iter++ {
		c0, c1 := make([]float32, dims), make([]float32, dims)
		for i, m := range members {
			dst := c0
			if side[i] {
				dst = c1
			}
			for d, x := range vecs[m] {
				dst[d] += x
			}
		}
		normalize(c0)
		normalize(c1)
		changed := false
		for i, m := range members {
			right := dot(vecs[m], c1) > dot(vecs[m], c0)
			changed = changed || right != side[i]
			side[i] = right
		}
		if !changed {
			break
		}
	}
	var left, right []int
	for i, m := range members {
		if side[i] {
			right = append(right, m)
			paths[m] = append(paths[m], '1')
		} else {
			left = append(left, m)
			paths[m] = append(paths[m], '0')
		}
	}
	if len(left) == 0 || len(right) == 0 {
		return // identical vectors: no point going deeper
	}
	bisect(vecs, left, paths, depth-1, rng)
	bisect(vecs, right, paths, depth-1, rng)
}
