package ner

import (
	"sync"
)

// entry is one non-zero weight (feature bucket × tag), quantised: its
// value is q × Model.scale. Four bytes keep the weight table small enough
// to stay mostly in cache, which is what tagging speed depends on.
type entry struct {
	q   int16
	tag uint8
}

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	tags    []string
	ext     extractor
	offsets []uint32 // bucket b's weights are entries[offsets[b]:offsets[b+1]]
	entries []entry
	scale   float32
	// Feature slots of a token's block that depend on the word alone, and
	// the rest; see prepare.
	wordSlots, contextSlots []int
	trans                   *transitions
	scratch                 sync.Pool
}

// prepare fills in what a model derives from its feature set.
func (m *Model) prepare() *Model {
	m.wordSlots = m.ext.wordOnlySlots()
	isWord := map[int]bool{}
	for _, k := range m.wordSlots {
		isWord[k] = true
	}
	m.contextSlots = nil
	for k := 0; k < m.ext.perToken(); k++ {
		if !isWord[k] {
			m.contextSlots = append(m.contextSlots, k)
		}
	}
	return m
}

// Tags lists the tags the model can assign, "O" first.
func (m *Model) Tags() []string { return append([]string(nil), m.tags...) }

// HasGazetteer reports whether the model uses gazetteer features.
func (m *Model) HasGazetteer() bool { return m.ext.gaz != nil }

// HasLexicon reports whether the model uses word-cluster and casing
// features.
func (m *Model) HasLexicon() bool { return m.ext.lex != nil }

// span is a bucket's range of entries.
type span struct{ start, end uint32 }

// workspace is per-call scratch memory, pooled so Tag allocates little.
type workspace struct {
	feats   []uint32
	sc      scratch
	emit    []float32
	sums    []int32
	spans   []span
	fresh   []bool // token i's word-only sums are computed, not cached
	touched int32
	back    []int32
	best    []int
	score   []float32
	next    []float32
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
// When the sentence belongs to a document, TagDocument does better.
func (m *Model) Tag(words []string) []string {
	return m.tag(words, nil, nil)
}

// TagDocument tags every sentence of one document. Features then see how
// the whole document writes each word (a name capitalised only at the
// start of a sentence here is capitalised elsewhere; "Rouhani" here is
// "Hassan Rouhani" there), which Tag cannot.
func (m *Model) TagDocument(sentences [][]string) [][]string {
	doc := newDocContext(sentences)
	hist := newHistory(len(m.tags))
	out := make([][]string, len(sentences))
	for i, s := range sentences {
		out[i] = m.tag(s, doc, hist)
	}
	return out
}

func (m *Model) tag(words []string, doc *docContext, hist *history) []string {
	out := make([]string, len(words))
	if len(words) == 0 {
		return out
	}
	ws := m.workspace()
	defer m.scratch.Put(ws)
	best := m.decode(words, doc, hist, ws)
	for i, t := range best {
		out[i] = m.tags[t]
	}
	return out
}

// decode returns tag indices for words; the slice belongs to ws.
// hist may be nil (no earlier sentences); it records this sentence's tags.
func (m *Model) decode(words []string, doc *docContext, hist *history, ws *workspace) []int {
	n := len(m.tags)
	ws.feats = m.ext.extract(words, ws.feats[:0], &ws.sc, doc)
	if m.ext.history {
		if hist == nil {
			hist = newHistory(n)
		}
		m.ext.fillHistory(ws.feats, ws.sc.keys, hist)
	}
	ws.emit = grow(ws.emit, len(words)*n)
	ws.sums = grow(ws.sums, n)
	// Looking weights up is bound by memory latency, not arithmetic: each
	// feature is a cache miss in the bucket offsets and another in the
	// entries. Gathering all offsets first, then touching every first
	// entry, lets the processor have many misses in flight at once instead
	// of one per feature, which makes tagging several times faster.
	// A word's word-only features (see wordOnlySlots) sum to the same row
	// wherever it occurs, so the row is cached with the word; only the
	// context features are looked up for a word seen before.
	per := m.ext.perToken()
	ws.spans = ws.spans[:0]
	ws.fresh = grow(ws.fresh, len(words))
	for i := range words {
		block := ws.feats[i*per : (i+1)*per]
		ws.fresh[i] = ws.sc.cur[i].sums == nil
		if ws.fresh[i] {
			for _, k := range m.wordSlots {
				ws.spans = append(ws.spans, span{m.offsets[block[k]], m.offsets[block[k]+1]})
			}
		}
		for _, k := range m.contextSlots {
			ws.spans = append(ws.spans, span{m.offsets[block[k]], m.offsets[block[k]+1]})
		}
	}
	var touch int32
	for _, sp := range ws.spans {
		if sp.start < sp.end {
			touch += int32(m.entries[sp.start].q)
		}
	}
	ws.touched = touch // kept so the loop is not optimised away
	add := func(sums []int32, spans []span) {
		for _, sp := range spans {
			for _, e := range m.entries[sp.start:sp.end] {
				sums[e.tag] += int32(e.q)
			}
		}
	}
	pos := 0
	for i := range words {
		sums, we := ws.sums, ws.sc.cur[i]
		if ws.fresh[i] {
			clear(sums)
			add(sums, ws.spans[pos:pos+len(m.wordSlots)])
			pos += len(m.wordSlots)
			if we.sums == nil {
				we.sums = append([]int32(nil), sums...)
			}
		} else {
			copy(sums, we.sums)
		}
		add(sums, ws.spans[pos:pos+len(m.contextSlots)])
		pos += len(m.contextSlots)
		row := ws.emit[i*n : (i+1)*n]
		for t, x := range sums {
			row[t] = float32(x) * m.scale
		}
	}
	ws.back = grow(ws.back, len(words)*n)
	ws.best = grow(ws.best, len(words))
	ws.score, ws.next = grow(ws.score, n), grow(ws.next, n)
	m.trans.viterbi(ws.emit, ws.best, ws.back, ws.score, ws.next)
	if m.ext.history {
		hist.record(ws.sc.keys, ws.best)
	}
	return ws.best
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
