package ner

// history remembers which entity types the tagger has already given each
// word in the current document, for a non-local feature: a word tagged
// PERSON earlier in a story is likely a PERSON again, even where its own
// sentence is ambiguous ("Rouhani said ..." at the start of a sentence,
// or in an all-capitals headline). It holds predictions, never gold tags,
// in training as in use, so the feature means the same in both.
//
// The counts of all words sit in one slice, so that a document costs a
// few allocations rather than one per distinct word.
type history struct {
	index  map[string]int32 // lower-cased word → where its counts start
	counts []int32          // per word, a count per type (0: outside)
	typeOf []int32          // tag index → type (see layout)
	types  int
}

func newHistory(l *layout) *history {
	return &history{index: map[string]int32{}, typeOf: l.typeOf, types: l.types}
}

// value is 0 for a word not seen before in the document (or with no
// history at all: a nil h), else 1 + the type it was most often given
// (1: outside any entity).
func (h *history) value(lower string) uint64 {
	if h == nil {
		return 0
	}
	k, ok := h.index[lower]
	if !ok {
		return 0
	}
	c := h.counts[k : int(k)+h.types]
	best := 0
	for t, n := range c {
		if n > c[best] {
			best = t
		}
	}
	return uint64(1 + best)
}

// record adds a tagged sentence. Every tag of a type counts for it, so
// the feature means the same in IOB2 and BILOU models.
func (h *history) record(toks []histKey, tags []int) {
	for i, t := range tags {
		k, ok := h.index[toks[i].lower]
		if !ok {
			k = int32(len(h.counts))
			h.index[toks[i].lower] = k
			for range h.types {
				h.counts = append(h.counts, 0)
			}
		}
		h.counts[int(k)+int(h.typeOf[t])]++
	}
}

// histKey is what the history features of one token need.
type histKey struct{ lower, short string }

// fillHistory writes the history features of every token into the last
// numHistoryTemplates slots of its feature block; h may be nil (a lone
// sentence: no word seen before). Blocks may hold every
// template (extract) or only the context ones (extractContext): history
// templates come last in both.
func (e *extractor) fillHistory(feats []uint32, keys []histKey, h *history) {
	if len(keys) == 0 {
		return
	}
	per := len(feats) / len(keys)
	for i, k := range keys {
		v := h.value(k.lower)
		block := feats[i*per : (i+1)*per]
		block[per-2] = e.bucket(hashUint(hashStart(tHistory), v))
		block[per-1] = e.bucket(hashString(hashUint(hashStart(tHistoryShort), v), k.short))
	}
}
