package ner

// history remembers which entity types the tagger has already given each
// word in the current document, for a non-local feature: a word tagged
// PERSON earlier in a story is likely a PERSON again, even where its own
// sentence is ambiguous ("Rouhani said ..." at the start of a sentence,
// or in an all-capitals headline). It holds predictions, never gold tags,
// in training as in use, so the feature means the same in both.
type history struct {
	counts map[string][]int32 // lower-cased word → count per type (0: outside)
	typeOf []int32            // tag index → type (see layout)
	types  int
}

func newHistory(l *layout) *history {
	return &history{counts: map[string][]int32{}, typeOf: l.typeOf, types: l.types}
}

// value is 0 for a word not seen before in the document, else 1 + the
// type it was most often given (1: outside any entity).
func (h *history) value(lower string) uint64 {
	c := h.counts[lower]
	if c == nil {
		return 0
	}
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
		c := h.counts[toks[i].lower]
		if c == nil {
			c = make([]int32, h.types)
			h.counts[toks[i].lower] = c
		}
		c[h.typeOf[t]]++
	}
}

// histKey is what the history features of one token need.
type histKey struct{ lower, short string }

// fillHistory writes the history features of every token into the last
// numHistoryTemplates slots of its feature block. Blocks may hold every
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
