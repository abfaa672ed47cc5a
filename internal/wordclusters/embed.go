package wordclusters

import (
	"math"
	"math/rand/v2"
)

// EmbedOptions control Embed. Zero fields take their defaults.
type EmbedOptions struct {
	MinCount int     // words seen fewer times get no vector (default 5)
	Dims     int     // vector size (default 100)
	Window   int     // largest context distance (default 5)
	Negative int     // negative samples per pair (default 5)
	Epochs   int     // passes over the text (default 3)
	Sample   float64 // frequent-word subsampling threshold (default 1e-4)
	Depth    int     // maximum path length in bits (default 16)
	Seed     uint64
}

func (o *EmbedOptions) defaults() {
	def := func(x *int, v int) {
		if *x == 0 {
			*x = v
		}
	}
	def(&o.MinCount, 5)
	def(&o.Dims, 100)
	def(&o.Window, 5)
	def(&o.Negative, 5)
	def(&o.Epochs, 3)
	def(&o.Depth, 16)
	if o.Sample == 0 {
		o.Sample = 1e-4
	}
}

// EmbedPaths trains skip-gram word vectors with negative sampling
// (Mikolov et al. 2013) on the counted text and splits them into a
// hierarchy of clusters as Build does, returning each word's bit path.
// Skip-gram vectors see a ten-word window rather than Build's immediate
// neighbours, so their clusters group words by topic and role as well as
// by syntax; clusters of such embeddings help a linear tagger at least as
// much as the raw vectors (Guo et al. 2014). It runs on one core so the
// same text and seed give the same paths.
func (c *Counter) EmbedPaths(opt EmbedOptions) map[string]string {
	opt.defaults()
	vocab, index := c.vocab(opt.MinCount)
	V, D := len(vocab), opt.Dims
	if V < 2 {
		return map[string]string{}
	}
	total := 0
	for _, w := range vocab {
		total += c.counts[w]
	}
	keep := make([]float64, V)
	for i, w := range vocab {
		f := float64(c.counts[w]) / float64(total)
		keep[i] = math.Min(1, math.Sqrt(opt.Sample/f)+opt.Sample/f)
	}
	// Negative samples come from the unigram distribution raised to 3/4.
	const tableSize = 1 << 22
	table := make([]int32, tableSize)
	var norm float64
	for _, w := range vocab {
		norm += math.Pow(float64(c.counts[w]), 0.75)
	}
	acc, wi := 0.0, 0
	for k := range table {
		if float64(k)/tableSize > acc/norm && wi < V {
			acc += math.Pow(float64(c.counts[vocab[wi]]), 0.75)
			wi++
		}
		table[k] = int32(max(0, wi-1))
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0xe3bed))
	in, out := make([]float32, V*D), make([]float32, V*D)
	for k := range in {
		in[k] = (rng.Float32() - 0.5) / float32(D)
	}
	var sigmoid [1024]float32 // over [-6, 6]
	for k := range sigmoid {
		x := (float64(k)/float64(len(sigmoid))*2 - 1) * 6
		sigmoid[k] = float32(1 / (1 + math.Exp(-x)))
	}
	sig := func(x float32) float32 {
		if x >= 6 {
			return 1
		}
		if x <= -6 {
			return 0
		}
		return sigmoid[int((x/6+1)/2*float32(len(sigmoid)-1))]
	}
	steps := float64(opt.Epochs * total)
	done := 0.0
	const alpha0 = 0.025
	grad := make([]float32, D)
	ids := make([]int32, 0, 256)
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		for _, s := range c.sents {
			ids = ids[:0]
			for _, w := range s {
				if i, ok := index[w]; ok {
					done++
					if rng.Float64() < keep[i] {
						ids = append(ids, int32(i))
					}
				}
			}
			alpha := float32(max(alpha0*(1-done/steps), alpha0*1e-4))
			for pos, w := range ids {
				b := rng.IntN(opt.Window)
				for cp := max(0, pos-opt.Window+b); cp <= min(len(ids)-1, pos+opt.Window-b); cp++ {
					if cp == pos {
						continue
					}
					vin := in[int(ids[cp])*D : int(ids[cp])*D+D]
					clear(grad)
					for k := 0; k <= opt.Negative; k++ {
						target, label := w, float32(1)
						if k > 0 {
							target = table[rng.IntN(tableSize)]
							if target == w {
								continue
							}
							label = 0
						}
						vout := out[int(target)*D : int(target)*D+D]
						var dotp float32
						for d := range vin {
							dotp += vin[d] * vout[d]
						}
						g := (label - sig(dotp)) * alpha
						for d := range vin {
							grad[d] += g * vout[d]
							vout[d] += g * vin[d]
						}
					}
					for d := range vin {
						vin[d] += grad[d]
					}
				}
			}
		}
	}
	vecs := make([][]float32, V)
	for i := range vecs {
		vecs[i] = in[i*D : i*D+D]
		normalize(vecs[i])
	}
	paths := make([][]byte, V)
	members := make([]int, V)
	for i := range members {
		members[i] = i
	}
	bisect(vecs, members, paths, opt.Depth, rng)
	res := make(map[string]string, V)
	for i, w := range vocab {
		p := string(paths[i])
		if p == "" {
			p = "0"
		}
		res[w] = p
	}
	return res
}
