package event

import (
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

//go:embed lexicon.tsv
var lexiconTSV string

// entry is one trigger of the lexicon.
type entry struct {
	Type    string // PLOVER type, or "NONE" for a blocking phrase
	Cameo   string
	Mode    string
	Context string
	Weight  int
	Pattern string          // as written, for messages
	modal   bool            // the "X said Y must" request entry
	verb    bool            // a V entry, whose participle may be passive
	nounish map[string]bool // a one-word V entry's forms that are also nouns: the base and -s forms
	// nounFirst marks a Vn entry, whose base and -s forms are far more
	// often nouns ("a phone", "a target", "free care"): they count only
	// where a verb must stand.
	nounFirst bool
	slots     [][]string // word forms per position; nil = a gap
	line      int
}

// lexicon indexes entries by the forms of their first word.
type lexicon struct {
	entries []*entry
	byFirst map[string][]*entry
}

// gapMax is how many words a "*" in a pattern may skip.
const gapMax = 3

func parseLexicon(text string) (*lexicon, error) {
	lx := &lexicon{byFirst: map[string][]*entry{}}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			return nil, fmt.Errorf("lexicon line %d: %d columns, want 7", n+1, len(f))
		}
		typ := f[0]
		if typ != "NONE" && cameoRoots[typ] == "" {
			return nil, fmt.Errorf("lexicon line %d: unknown PLOVER type %q", n+1, typ)
		}
		w, err := strconv.Atoi(f[6])
		if err != nil || w < 1 || w > 3 {
			return nil, fmt.Errorf("lexicon line %d: weight %q is not 1, 2 or 3", n+1, f[6])
		}
		for _, pattern := range strings.Split(f[3], " / ") {
			e := &entry{Type: typ, Cameo: dash(f[1]), Mode: dash(f[4]), Context: dash(f[5]), Weight: w, Pattern: pattern, line: n + 1,
				modal: typ == "REQUEST" && strings.Contains(f[3], "must"), verb: f[2] == "V" || f[2] == "Vn", nounFirst: f[2] == "Vn"}
			if e.Cameo == "" {
				e.Cameo = cameoRoots[typ]
			}
			if e.slots, err = compilePattern(strings.TrimSuffix(f[2], "n"), pattern); err != nil {
				return nil, fmt.Errorf("lexicon line %d: %v", n+1, err)
			}
			if e.verb && len(e.slots) == 1 {
				e.nounish = nounishForms(pattern)
			}
			lx.entries = append(lx.entries, e)
			for _, form := range e.slots[0] {
				lx.byFirst[form] = append(lx.byFirst[form], e)
			}
		}
	}
	return lx, nil
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// compilePattern turns "call|called for" into word-form slots. For a verb
// the first word is inflected, for a noun the last word may be plural.
func compilePattern(pos, pattern string) ([][]string, error) {
	words := strings.Fields(pattern)
	if len(words) == 0 {
		return nil, fmt.Errorf("empty pattern")
	}
	if words[0] == "*" || words[len(words)-1] == "*" {
		return nil, fmt.Errorf("pattern %q starts or ends with a gap", pattern)
	}
	var slots [][]string
	last := len(words) - 1
	for i, w := range words {
		if w == "*" {
			slots = append(slots, nil)
			continue
		}
		alts := strings.Split(w, "|")
		var forms []string
		for _, a := range alts {
			switch {
			case pos == "V" && i == 0:
				forms = append(forms, verbForms(a)...)
			case pos == "N" && i == last:
				forms = append(forms, a, plural(a))
			case pos == "V" || pos == "N" || pos == "X":
				forms = append(forms, a)
			default:
				return nil, fmt.Errorf("part of speech %q is not V, N or X", pos)
			}
		}
		slots = append(slots, dedupe(forms))
	}
	return slots, nil
}

func dedupe(ss []string) []string {
	seen := map[string]bool{}
	out := ss[:0]
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// verbForms returns a base form with its regular inflections. Doubling the
// final consonant is generated alongside the plain form ("ban" → banned,
// "visit" → visited), since an unused spelling costs nothing.
func verbForms(v string) []string {
	n := len(v)
	forms := []string{v}
	switch {
	case strings.HasSuffix(v, "e"):
		forms = append(forms, v+"s", v+"d", v[:n-1]+"ing")
	case n > 1 && strings.HasSuffix(v, "y") && !isVowel(v[n-2]):
		forms = append(forms, v[:n-1]+"ies", v[:n-1]+"ied", v+"ing")
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z"):
		forms = append(forms, v+"es", v+"ed", v+"ing")
	default:
		forms = append(forms, v+"s", v+"ed", v+"ing")
		if n > 2 && !isVowel(v[n-1]) && isVowel(v[n-2]) && !isVowel(v[n-3]) && strings.IndexByte("wxy", v[n-1]) < 0 {
			c := v[n-1:]
			forms = append(forms, v+c+"ed", v+c+"ing")
		}
	}
	return forms
}

// nounishForms returns the forms of a one-word verb pattern that can be
// read as a noun: the base ("a phone", "the back") and the -s form ("the
// funds"). Past and -ing forms are verbs or adjectives, and so is an
// alternative that only spells out one ("free|freed").
func nounishForms(pattern string) map[string]bool {
	forms := map[string]bool{}
	var inflected []string
	for _, a := range strings.Split(pattern, "|") {
		if slices.Contains(inflected, a) {
			continue
		}
		vf := verbForms(a)
		forms[vf[0]], forms[vf[1]] = true, true
		inflected = append(inflected, vf[2:]...)
	}
	return forms
}

func plural(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "x"):
		return w + "es"
	case n > 1 && strings.HasSuffix(w, "y") && !isVowel(w[n-2]):
		return w[:n-1] + "ies"
	}
	return w + "s"
}

// match is one trigger found in a sentence: tokens [first, last] of the
// sentence's word list.
type match struct {
	e           *entry
	first, last int
}

// find returns every match of the lexicon over words (lower-cased tokens),
// longest and strongest first at each position, without overlaps: a
// longer or heavier trigger hides a weaker one inside it, and a NONE
// entry hides everything it covers.
//
// slot is the part of speech a word's context calls for.
type slot int

const (
	eitherSlot slot = iota
	nounSlot        // "public funds", "the arms", "by phone"
	verbSlot        // "to fund", "would back"
)

// at, when not nil, tells which slot word i stands in. In a noun slot a
// one-word verb trigger in its base or -s form is the noun, which
// triggers only where the lexicon lists it as one; a Vn entry's such
// forms need a verb slot.
func (lx *lexicon) find(words []string, at func(i int) slot) []match {
	var all []match
	for i, w := range words {
		for _, e := range lx.byFirst[w] {
			if e.nounish[w] && at != nil && !verbReading(e, at(i)) {
				continue
			}
			if last, ok := matchFrom(e.slots, words, i); ok {
				all = append(all, match{e: e, first: i, last: last})
			}
		}
	}
	// Prefer blocks, then strong, then long, then early matches.
	better := func(a, b match) bool {
		if (a.e.Type == "NONE") != (b.e.Type == "NONE") {
			return a.e.Type == "NONE"
		}
		if a.e.Weight != b.e.Weight {
			return a.e.Weight > b.e.Weight
		}
		if la, lb := a.last-a.first, b.last-b.first; la != lb {
			return la > lb
		}
		return a.first < b.first
	}
	sortMatches(all, better)
	taken := make([]bool, len(words))
	var out []match
	for _, m := range all {
		// A match is kept unless one of its own words (not gap words) is
		// already taken.
		if overlapsTaken(m, words, taken) {
			continue
		}
		for k := m.first; k <= m.last; k++ {
			taken[k] = true
		}
		if m.e.Type != "NONE" {
			out = append(out, m)
		}
	}
	sortMatches(out, func(a, b match) bool { return a.first < b.first })
	return out
}

// head returns the first word of the entry's pattern as written, its
// first alternative: "fight" for "fight|fought".
func (e *entry) head() string {
	first, _, _ := strings.Cut(strings.Fields(e.Pattern)[0], "|")
	return first
}

// verbReading reports whether a verb entry's noun-like form in slot sl
// reads as the verb.
func verbReading(e *entry, sl slot) bool {
	return sl == verbSlot || sl == eitherSlot && !e.nounFirst
}

func overlapsTaken(m match, words []string, taken []bool) bool {
	for k := m.first; k <= m.last; k++ {
		if taken[k] {
			return true
		}
	}
	return false
}

func sortMatches(ms []match, less func(a, b match) bool) {
	// Insertion sort: a sentence has a handful of matches.
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && less(ms[j], ms[j-1]); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// matchFrom tries slots against words starting at i and returns the index
// of the last word matched. Gaps skip up to gapMax words but never a
// clause boundary.
func matchFrom(slots [][]string, words []string, i int) (int, bool) {
	if len(slots) == 0 {
		return i - 1, true
	}
	if i >= len(words) {
		return 0, false
	}
	if slots[0] == nil {
		for skip := 0; skip <= gapMax && i+skip < len(words); skip++ {
			if skip > 0 && isBoundaryWord(words[i+skip-1]) {
				break
			}
			if last, ok := matchFrom(slots[1:], words, i+skip); ok {
				return last, true
			}
		}
		return 0, false
	}
	for _, f := range slots[0] {
		if words[i] == f {
			return matchFrom(slots[1:], words, i+1)
		}
	}
	return 0, false
}

func isBoundaryWord(w string) bool {
	switch w {
	case ",", ";", ":", ".", "!", "?", "(", ")", "\"", "“", "”", "--", "—", "that", "which", "who", "but":
		return true
	}
	return false
}

var defaultLexicon = mustLexicon()

func mustLexicon() *lexicon {
	lx, err := parseLexicon(lexiconTSV)
	if err != nil {
		panic("event: embedded lexicon: " + err.Error())
	}
	return lx
}
