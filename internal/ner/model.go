package ner

import (
	"sync"
)

// entry is one non-zero weight: feature bucket × tag.
type entry struct {
	w   float32
	tag uint8
}

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	tags    []string
	ext     extractor
	offsets []uint32 // bucket b's weights are entries[offsets[b]:offsets[b+1]]
	entries []entry
	trans   []float32 // trans[prev*n+cur]; prev == n is the sentence start
	allowed []bool
	scratch sync.Pool
}

// Tags lists the tags the model can assign, "O" first.
func (m *Model) Tags() []string { return append([]string(nil), m.tags...) }

// HasClusters reports whether the model uses word-cluster features.
func (m *Model) HasClusters() bool { return m.ext.clusters != nil }

// workspace is per-call scratch memory, pooled so Tag allocates little.
type workspace struct {
	feats []uint32
	toks  []token
	emit  []float32
	back  []int32
	best  []int
}

func (m *Model) workspace() *workspace {
	if w, ok := m.scratch.Get().(*workspace); ok {
		return w
	}
	return &workspace{}
}

// Tag returns an IOB2 tag ("O", "B-PERSON", "I-PERSON", ...) for each
// word of one sentence. Words may be Penn Treebank tokens or tokens cut
// from raw text (curly quotes, brackets); sentences may be of any length.
func (m *Model) Tag(words []string) []string {
	out := make([]string, len(words))
	if len(words) == 0 {
		return out
	}
	ws := m.workspace()
	defer m.scratch.Put(ws)
	best := m.decode(words, ws)
	for i, t := range best {
		out[i] = m.tags[t]
	}
	return out
}

// decode returns tag indices for words; the slice belongs to ws.
func (m *Model) decode(words []string, ws *workspace) []int {
	n := len(m.tags)
	ws.feats, ws.toks = m.ext.extract(words, ws.feats[:0], ws.toks)
	ws.emit = grow(ws.emit, len(words)*n)
	clear(ws.emit)
	per := m.ext.perToken()
	for i := range words {
		row := ws.emit[i*n : (i+1)*n]
		for _, b := range ws.feats[i*per : (i+1)*per] {
			for _, e := range m.entries[m.offsets[b]:m.offsets[b+1]] {
				row[e.tag] += e.w
			}
		}
	}
	ws.back = grow(ws.back, len(words)*n)
	ws.best = grow(ws.best, len(words))
	viterbi(ws.emit, m.trans, m.allowed, n, ws.best, ws.back)
	return ws.best
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
