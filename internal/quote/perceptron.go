package quote

import (
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
)

// modelBits is log2 of the number of hashed feature weights.
const modelBits = 20

// Model is an averaged perceptron over hashed features: the cue model
// (does this word head a cue?) and the frame model (is this frame a real
// attribution?) are both one.
type Model struct {
	W []float32 // 1<<modelBits hashed weights
}

// hashFeature maps a feature string to a weight index.
func hashFeature(s string) uint32 { return hashParts(s) }

// hashParts is hashFeature of the parts' concatenation (FNV-1a, which
// hashes byte by byte), without building the string: feature extraction
// runs on every word of every article.
func hashParts(parts ...string) uint32 {
	h := uint32(2166136261)
	for _, p := range parts {
		for i := 0; i < len(p); i++ {
			h ^= uint32(p[i])
			h *= 16777619
		}
	}
	return h & (1<<modelBits - 1)
}

// example is one training instance: hashed features and the label.
type example struct {
	feats []uint32
	yes   bool
}

// trainPerceptron trains an averaged perceptron. progress, when not nil,
// gets each epoch's share of wrongly labelled examples.
func trainPerceptron(exs []example, epochs int, seed uint64, progress func(epoch int, errRate float64)) *Model {
	n := 1 << modelBits
	w := make([]float32, n)
	total := make([]float64, n) // sum of weights over time, for averaging
	stamp := make([]int, n)     // when each weight last changed
	t := 0
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	m := &Model{W: w}
	for ep := 1; ep <= epochs; ep++ {
		rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		wrong := 0
		for _, ex := range exs {
			t++
			if (m.score(ex.feats) > 0) == ex.yes {
				continue
			}
			wrong++
			delta := float32(1)
			if !ex.yes {
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
	return &Model{W: avg}
}

// score returns the model's score for the features.
func (m *Model) score(feats []uint32) float32 {
	var s float32
	for _, f := range feats {
		s += m.W[f]
	}
	return s
}

// Write stores the model: the non-zero weights as (index, weight) pairs,
// gzipped.
func (m *Model) Write(w io.Writer) error {
	gz := gzip.NewWriter(w)
	var buf [8]byte
	for i, v := range m.W {
		if v == 0 {
			continue
		}
		binary.LittleEndian.PutUint32(buf[:4], uint32(i))
		binary.LittleEndian.PutUint32(buf[4:], math.Float32bits(v))
		if _, err := gz.Write(buf[:]); err != nil {
			return err
		}
	}
	return gz.Close()
}

// WriteFile stores the model in a file.
func (m *Model) WriteFile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := m.Write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// ReadModel reads a model written by Write.
func ReadModel(r io.Reader) (*Model, error) {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	m := &Model{W: make([]float32, 1<<modelBits)}
	var buf [8]byte
	for {
		if _, err := io.ReadFull(gz, buf[:]); err != nil {
			if errors.Is(err, io.EOF) {
				return m, nil
			}
			return nil, fmt.Errorf("model: %w", err)
		}
		i := binary.LittleEndian.Uint32(buf[:4])
		if i >= 1<<modelBits {
			return nil, fmt.Errorf("model: weight index %d out of range", i)
		}
		m.W[i] = math.Float32frombits(binary.LittleEndian.Uint32(buf[4:]))
	}
}
