package ner

// history remembers which entity types the tagger has already given each
// word in the current document, for a non-local feature: a word tagged
// PERSON earlier in a story is likely a PERSON again, even where its own
// sentence is ambiguous ("Rouhani said ..." at the start of a sentence,
// or in an all-capitals headline). It holds predictions, never gold tags,
// in training as in use, so the feature means the same in both.
//
// Each word of the document gets a number; the counts of all words sit in
// one slice, and each word's most frequent type is kept up to date as
// tags are recorded, so that reading a word's history is one map lookup,
// which record then reuses (fillHistory notes the numbers it found).
type history struct {
	index  map[string]int32 // lower-cased word → its number
	counts []int32          // word w's count per type at w*types (type 0: outside)
	best   []int32          // word w's most frequent type, the lowest on a tie
	typeOf []int32          // tag index → type (see layout)
	types  int
	words  []int32 // the numbers fillHistory last found (-1: not seen), for record
}

func newHistory(l *layout) *history {
	h := &history{}
	h.reset(l)
	return h
}

// maxKeptHistory is the most words a reused history's map may have held
// (clear costs in proportion to the room a map once needed).
const maxKeptHistory = 1 << 14

// reset empties h for a new document, keeping its memory (the map's
// room most of all: filling a fresh one cost TagDocument about 5%).
func (h *history) reset(l *layout) {
	if h.index == nil || len(h.index) > maxKeptHistory {
		h.index = map[string]int32{} // clearing a huge map would cost more
	}
	clear(h.index)
	h.counts, h.best, h.words = h.counts[:0], h.best[:0], h.words[:0]
	h.typeOf, h.types = l.typeOf, l.types
}

// find returns the word's number, or -1 if the document has not had it.
func (h *history) find(lower string) int32 {
	if w, ok := h.index[lower]; ok {
		return w
	}
	return -1
}

// valueOf is the history feature's value for word number w (see find):
// 0 for a word not seen before in the document, else 1 + the type it was
// most often given (1: outside any entity).
func (h *history) valueOf(w int32) uint64 {
	if w < 0 {
		return 0
	}
	return uint64(1 + h.best[w])
}

// record adds a tagged sentence. Every tag of a type counts for it, so
// the feature means the same in IOB2 and BILOU models. When fillHistory
// last read this sentence, the words it found need no second lookup.
func (h *history) record(toks []histKey, tags []int) {
	found := len(h.words) == len(tags)
	for i, t := range tags {
		w := int32(-1)
		if found {
			w = h.words[i]
		}
		if w < 0 { // new, or new earlier in this sentence
			var ok bool
			if w, ok = h.index[toks[i].lower]; !ok {
				w = int32(len(h.best))
				h.index[toks[i].lower] = w
				h.best = append(h.best, 0)
				for range h.types {
					h.counts = append(h.counts, 0)
				}
			}
		}
		c := h.counts[int(w)*h.types : int(w+1)*h.types]
		typ := h.typeOf[t]
		c[typ]++
		if b := h.best[w]; c[typ] > c[b] || (c[typ] == c[b] && typ < b) {
			h.best[w] = typ
		}
	}
	h.words = h.words[:0]
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
	if h != nil {
		h.words = h.words[:0]
	}
	for i, k := range keys {
		var v uint64
		if h != nil {
			w := h.find(k.lower)
			h.words = append(h.words, w)
			v = h.valueOf(w)
		}
		block := feats[i*per : (i+1)*per]
		block[per-2] = e.bucket(hashUint(hashStart(tHistory), v))
		block[per-1] = e.bucket(hashString(hashUint(hashStart(tHistoryShort), v), k.short))
	}
}
