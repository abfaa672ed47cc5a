package gazetteer

import (
	"strings"

	"newsgraph/internal/gazetteer/norm"
)

// Class is a gazetteer class the matcher marks tokens with.
type Class uint8

const (
	ClassCountry Class = iota // country names and abbreviations: "Iran", "U.S."
	ClassPlace                // cities and capitals: "Tehran", "New York"
	ClassAdmin1               // first-level regions: "Idlib", "California"
	ClassDemonym              // nationality adjectives and plurals: "Iranian", "Turks"
	ClassPerson               // full names of leaders: "Hassan Rouhani"
	ClassOrg                  // organisations: "White House", "Islamic State"
	ClassTitle                // role titles and honorifics: "President", "Sen."
	ClassSurname              // surnames of recent leaders: "Rouhani", "Putin"
	ClassRegion               // other regions, seas, continents: "Middle East", "Golan Heights"
	ClassGroup                // ethnic, religious, political groups: "Kurdish", "Shiite", "Republicans"
	NumClasses
)

var classNames = [NumClasses]string{"COUNTRY", "PLACE", "ADMIN1", "DEMONYM", "PERSON", "ORG", "TITLE", "SURNAME", "REGION", "GROUP"}

func (c Class) String() string {
	if c < NumClasses {
		return classNames[c]
	}
	return "UNKNOWN"
}

// Tags holds one token's BIO membership in every class: bit c is set when
// the token begins a match of class c, bit 16+c when it continues one.
type Tags uint32

const insideShift = 16

// B reports whether the token begins a match of class c.
func (t Tags) B(c Class) bool { return t&(1<<c) != 0 }

// I reports whether the token continues (is inside) a match of class c.
func (t Tags) I(c Class) bool { return t&(1<<(insideShift+c)) != 0 }

// In reports whether the token is part of a match of class c.
func (t Tags) In(c Class) bool { return t.B(c) || t.I(c) }

// BIO returns "B", "I" or "O" for class c.
func (t Tags) BIO(c Class) string {
	switch {
	case t.B(c):
		return "B"
	case t.I(c):
		return "I"
	}
	return "O"
}

// String lists the token's tags, e.g. "B-COUNTRY I-ORG"; "O" when none.
func (t Tags) String() string {
	if t == 0 {
		return "O"
	}
	var parts []string
	for c := Class(0); c < NumClasses; c++ {
		if t.B(c) {
			parts = append(parts, "B-"+c.String())
		} else if t.I(c) {
			parts = append(parts, "I-"+c.String())
		}
	}
	return strings.Join(parts, " ")
}

// Span is a match over tokens [Start, End) of one class.
type Span struct {
	Start, End int
	Class      Class
}

// trie is a token-level trie. Tokens are interned into ids; an edge is a
// map entry keyed by (node, token id), which keeps the structure small and
// makes each step one integer-keyed map lookup.
type trie struct {
	vocab map[string]uint32 // folded token → id (ids start at 1)
	edges map[uint64]uint32 // node<<32 | token id → child node
	ends  []uint16          // per node: bit c set when a class-c name ends here
}

func newTrie(size int) *trie {
	return &trie{vocab: make(map[string]uint32, size), edges: make(map[uint64]uint32, size), ends: make([]uint16, 1, size)}
}

// insert adds a name of class c; the name is tokenised and folded as the
// matcher folds text tokens.
func (t *trie) insert(name string, c Class) {
	t.insertTokens(norm.Tokenize(norm.Fold(name)), c)
}

// insertTokens adds a name given as folded tokens.
func (t *trie) insertTokens(toks []string, c Class) {
	if len(toks) == 0 {
		return
	}
	node := uint32(0)
	for _, tok := range toks {
		id, ok := t.vocab[tok]
		if !ok {
			id = uint32(len(t.vocab) + 1)
			t.vocab[tok] = id
		}
		key := uint64(node)<<32 | uint64(id)
		child, ok := t.edges[key]
		if !ok {
			child = uint32(len(t.ends))
			t.ends = append(t.ends, 0)
			t.edges[key] = child
		}
		node = child
	}
	t.ends[node] |= 1 << c
}

// tokenID returns the id of a text token, folding non-ASCII tokens into
// buf. A token in capitals that is not itself in the vocabulary matches
// the capitalised word it spells ("LONDON" → "London", "NEW" → "New").
func (t *trie) tokenID(tok string, buf []byte) (uint32, []byte) {
	if norm.IsASCII(tok) {
		if id := t.vocab[tok]; id != 0 || !allCaps(tok) {
			return id, buf
		}
		buf = append(buf[:0], tok...)
	} else {
		buf = norm.AppendFold(buf[:0], tok)
		// A []byte converted in a map index does not allocate.
		if id := t.vocab[string(buf)]; id != 0 || !allCaps(string(buf)) {
			return id, buf
		}
	}
	capitalise(buf)
	return t.vocab[string(buf)], buf
}

// allCaps reports whether s has at least two letters and no lower-case
// ASCII letter.
func allCaps(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			letters++
		}
	}
	return letters >= 2
}

// capitalise lower-cases the ASCII letters of b in place, except the first
// and those after a hyphen ("SAN-FRANCISCO" → "San-Francisco").
func capitalise(b []byte) {
	for i, c := range b {
		if c >= 'A' && c <= 'Z' && i > 0 && b[i-1] != '-' {
			b[i] = c + 'a' - 'A'
		}
	}
}

// longest finds, for the match starting at token i, the end of the longest
// name of each class; ends[c] stays 0 when none.
func (t *trie) longest(tokens []string, i int, ends *[NumClasses]int, buf []byte) (bool, []byte) {
	node := uint32(0)
	found := false
	for j := i; j < len(tokens); j++ {
		var id uint32
		id, buf = t.tokenID(tokens[j], buf)
		if id == 0 {
			break
		}
		child, ok := t.edges[uint64(node)<<32|uint64(id)]
		if !ok {
			break
		}
		node = child
		if m := t.ends[node]; m != 0 {
			for c := Class(0); c < NumClasses; c++ {
				if m&(1<<c) != 0 {
					ends[c] = j + 1
					found = true
				}
			}
		}
	}
	return found, buf
}

// scan runs the matcher over tokens and calls emit for each match. Per
// class, it takes the longest match starting at the leftmost position not
// already covered by a match of that class; classes are matched
// independently, but a match lying inside a longer match of another class
// that starts at or before it is dropped: "Jersey" in "New Jersey",
// "America" in "Bank of America", "New York" in "New York Times",
// "Rouhani" (a surname) in "Hassan Rouhani". Matches of the same extent
// are all kept ("White House" is an ORG and a town in Tennessee).
func (t *trie) scan(tokens []string, emit func(Span)) {
	var covered [NumClasses]int
	var scratch [64]byte
	buf := scratch[:0]
	reach := 0 // the furthest end of the accepted matches started so far
	for i := range tokens {
		var ends [NumClasses]int
		var found bool
		found, buf = t.longest(tokens, i, &ends, buf)
		if !found {
			continue
		}
		longestHere := 0
		for c := Class(0); c < NumClasses; c++ {
			if i >= covered[c] {
				longestHere = max(longestHere, ends[c])
			}
		}
		if longestHere <= reach {
			continue
		}
		for c := Class(0); c < NumClasses; c++ {
			if e := ends[c]; e == longestHere && i >= covered[c] {
				covered[c] = e
				emit(Span{Start: i, End: e, Class: c})
			}
		}
		reach = longestHere
	}
}

// Match returns, for each token, its BIO membership in every class. Tokens
// are matched as written (case-sensitive), with Latin diacritics and
// typographic quotes folded to ASCII on both sides ("Erdoğan" = "Erdogan").
func (g *Gazetteer) Match(tokens []string) []Tags {
	return g.MatchInto(tokens, nil)
}

// MatchInto is Match writing into dst (grown if too short, cleared first),
// so that a caller reusing dst matches without allocating.
func (g *Gazetteer) MatchInto(tokens []string, dst []Tags) []Tags {
	if cap(dst) < len(tokens) {
		dst = make([]Tags, len(tokens))
	}
	dst = dst[:len(tokens)]
	clear(dst)
	g.trie.scan(tokens, func(s Span) {
		dst[s.Start] |= 1 << s.Class
		for k := s.Start + 1; k < s.End; k++ {
			dst[k] |= 1 << (insideShift + s.Class)
		}
	})
	return dst
}

// Spans returns the matches as token spans, appended to dst, ordered by
// start then class. Join a span's tokens with norm.Key's convention (or use
// the text they cover) to look the name up with Country, Places, Org, etc.
func (g *Gazetteer) Spans(tokens []string, dst []Span) []Span {
	g.trie.scan(tokens, func(s Span) { dst = append(dst, s) })
	return dst
}
