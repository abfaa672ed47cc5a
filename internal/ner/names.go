package ner

import (
	"sort"
	"strings"
	"unicode"

	"newsgraph/internal/conll"
)

// Names are entity-name lists learnt from other annotated corpora (for
// the shipped model: the training splits of CoNLL-2003, WikiANN, Wikigold
// and WNUT-17). A tagger trained on one corpus has seen only the names in
// it; lists of names others have marked give it evidence for names it has
// never seen, the biggest single gain Ratinov & Roth (2009) found. Only
// name strings and their types are kept, never sentences.
//
// The lists give two kinds of features: the longest list match a token is
// part of (its types and B/I position, see match), and a word's habits:
// with which types and at which position of a name (alone, first, middle,
// last) it appears in the lists. The second depends on the word alone,
// so tagging caches it with the word.
type Names struct {
	phrases map[string]uint8 // normalised tokens joined by nameSep → type mask
	first   map[string]uint8 // first token of a phrase → longest phrase length
	habits  map[string]uint32
}

// nameTypes are the coarse types the lists keep; corpora's labels map to
// them by nameTypeOf.
var nameTypes = [...]string{"PER", "LOC", "ORG", "MISC", "PROD", "WORK"}

const (
	nameSep    = "\x00"
	maxNameLen = 8
	// A type is kept for a phrase when at least this share of the
	// phrase's annotations has it; rarer labels are mostly noise.
	minTypeShare = 0.25
)

// nameTypeOf maps a corpus label (without B-/I-) to an index of nameTypes,
// or -1 for labels the lists do not keep.
func nameTypeOf(label string) int {
	switch strings.ToLower(label) {
	case "per", "person":
		return 0
	case "loc", "location":
		return 1
	case "org", "corporation", "group":
		return 2
	case "misc":
		return 3
	case "product":
		return 4
	case "creative-work":
		return 5
	}
	return -1
}

// NameCounter collects entity strings from annotated sentences.
type NameCounter struct {
	counts map[string]*[len(nameTypes)]int
}

// NewNameCounter returns an empty counter.
func NewNameCounter() *NameCounter {
	return &NameCounter{counts: map[string]*[len(nameTypes)]int{}}
}

// Add counts the entities of sentences with IOB tags. Names of unknown
// types, longer than eight tokens, or with neither a capital letter nor a
// digit ("the album") are skipped.
func (c *NameCounter) Add(sents []conll.Sentence) {
	for _, s := range sents {
		for _, ch := range conll.Chunks(s.Tags) {
			t := nameTypeOf(ch.Type)
			if t < 0 || ch.End-ch.Start > maxNameLen || !hasCapitalOrDigit(s.Words[ch.Start:ch.End]) {
				continue
			}
			parts := make([]string, 0, ch.End-ch.Start)
			for _, w := range s.Words[ch.Start:ch.End] {
				parts = append(parts, normalize(w))
			}
			k := strings.Join(parts, nameSep)
			n := c.counts[k]
			if n == nil {
				n = new([len(nameTypes)]int)
				c.counts[k] = n
			}
			n[t]++
		}
	}
}

func hasCapitalOrDigit(words []string) bool {
	for _, w := range words {
		for _, r := range w {
			if unicode.IsUpper(r) || unicode.IsDigit(r) {
				return true
			}
		}
	}
	return false
}

// Names returns the lists: each phrase with the types that make up at
// least a quarter of its annotations.
func (c *NameCounter) Names() *Names {
	phrases := make(map[string]uint8, len(c.counts))
	for k, n := range c.counts {
		total := 0
		for _, x := range n {
			total += x
		}
		var mask uint8
		for t, x := range n {
			if float64(x) >= minTypeShare*float64(total) && x > 0 {
				mask |= 1 << t
			}
		}
		phrases[k] = mask
	}
	return newNames(phrases)
}

func newNames(phrases map[string]uint8) *Names {
	n := &Names{phrases: phrases, first: map[string]uint8{}, habits: map[string]uint32{}}
	for k, mask := range phrases {
		toks := strings.Split(k, nameSep)
		if l := uint8(len(toks)); l > n.first[toks[0]] {
			n.first[toks[0]] = l
		}
		for i, w := range toks {
			pos := 0 // alone
			switch {
			case len(toks) == 1:
			case i == 0:
				pos = 1 // first
			case i == len(toks)-1:
				pos = 3 // last
			default:
				pos = 2 // middle
			}
			for t := range nameTypes {
				if mask&(1<<t) != 0 {
					n.habits[w] |= 1 << (4*t + pos)
				}
			}
		}
	}
	return n
}

// Len is the number of phrases.
func (n *Names) Len() int { return len(n.phrases) }

// sorted returns the phrases in order, for a deterministic model file.
func (n *Names) sorted() []string {
	out := make([]string, 0, len(n.phrases))
	for k := range n.phrases {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// match writes, for each token, the B/I bits of the longest list match
// covering it: bit 2t for the first token of a type-t match, bit 2t+1 for
// a later one; 0 outside any match. Matches are found left to right,
// longest first, and do not overlap. longest[i] is the longest phrase that
// starts with token i (0: none), buf scratch memory.
func (n *Names) match(toks []token, dst []uint32, buf []byte) ([]uint32, []byte) {
	dst = grow(dst, len(toks))
	clear(dst)
	for i := 0; i < len(toks); {
		l := min(int(toks[i].nameMax), len(toks)-i)
		found, mask := 0, uint8(0)
		for ; l > 0; l-- {
			buf = append(buf[:0], toks[i].norm...)
			for _, t := range toks[i+1 : i+l] {
				buf = append(buf, nameSep...)
				buf = append(buf, t.norm...)
			}
			if m, ok := n.phrases[string(buf)]; ok {
				found, mask = l, m
				break
			}
		}
		if found == 0 {
			i++
			continue
		}
		for t := range nameTypes {
			if mask&(1<<t) == 0 {
				continue
			}
			dst[i] |= 1 << (2 * t)
			for k := i + 1; k < i+found; k++ {
				dst[k] |= 1 << (2*t + 1)
			}
		}
		i += found
	}
	return dst, buf
}
