package ner

import (
	"slices"
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
	tags    []string // the model's own tags, in its scheme
	lay     layout
	ext     extractor
	offsets []uint32 // bucket b's weights are entries[offsets[b]:offsets[b+1]]
	entries []entry
	scale   float32
	trans   *transitions
	scratch sync.Pool
}

// prepare fills in what a model derives from its feature set: nothing
// now (the template tables are built once per feature set; see
// extractor.templates), kept as the one place to put it.
func (m *Model) prepare() *Model { return m }

// Tags lists the IOB2 tags the model can assign, "O" first.
func (m *Model) Tags() []string {
	var out []string
	for _, t := range m.lay.out {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// Scheme is the tag scheme the model uses internally.
func (m *Model) Scheme() Scheme { return m.lay.scheme }

// HasGazetteer reports whether the model uses gazetteer features.
func (m *Model) HasGazetteer() bool { return m.ext.gaz != nil }

// HasLexicon reports whether the model uses word-cluster and casing
// features.
func (m *Model) HasLexicon() bool { return m.ext.lex != nil }

// memoNew is a memo row to be summed: row r of memo group g.
type memoNew struct{ g, r int }

// span is a bucket's range of entries.
type span struct{ start, end uint32 }

// workspace is per-call scratch memory, pooled so Tag allocates little.
type workspace struct {
	feats   []uint32
	sc      scratch
	emit    []float32
	sums    [256]int32 // indexed by a tag byte, so without bounds checks
	spans   []span
	fresh   []*wordEntry // words whose rows this call computes
	memo    [numMemoGroups]memoTable
	memoRow []int32   // memoRow[i*numMemoGroups+g]: token i's row in memo[g]
	newMemo []memoNew // memo rows this call computes
	rowBuf  [][]int32 // the rows a token sums
	touched int32
	back    []int32
	best    []int
	score   []float32
	next    []float32
	hist    history // TagDocument's, reused
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
	ws := m.workspace()
	defer m.scratch.Put(ws)
	// The document's context is built from the workspace's cached tokens
	// (the same strings newDocContext computes), into its reused memory.
	doc := &ws.sc.doc
	doc.reset()
	for _, s := range sentences {
		toks := m.ext.lookupWords(s, &ws.sc)
		ws.sc.runs = capitalRuns(toks, ws.sc.runs)
		doc.add(toks, ws.sc.runs, isAllCaps(s))
	}
	hist := &ws.hist
	hist.reset(&m.lay)
	out := make([][]string, len(sentences))
	for i, s := range sentences {
		out[i] = m.tagWith(s, doc, hist, ws)
	}
	return out
}

func (m *Model) tag(words []string, doc *docContext, hist *history) []string {
	if len(words) == 0 {
		return []string{}
	}
	ws := m.workspace()
	defer m.scratch.Put(ws)
	return m.tagWith(words, doc, hist, ws)
}

func (m *Model) tagWith(words []string, doc *docContext, hist *history, ws *workspace) []string {
	out := make([]string, len(words))
	if len(words) == 0 {
		return out
	}
	for i, t := range m.decode(words, doc, hist, ws) {
		out[i] = m.lay.out[t]
	}
	return out
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
