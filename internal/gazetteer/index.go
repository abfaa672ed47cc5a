package gazetteer

// Name indexes and the order of ambiguous places.

import (
	"sort"
	"strings"

	"newsgraph/internal/gazetteer/norm"
)

// index maps name keys to entry numbers. Names are keyed by
// norm.LooseKey (case- and accent-insensitive), except short all-capital
// abbreviations, which are keyed by their folded form as written.
type index struct {
	exact, loose map[string][]int32
}

func newIndex(size int) index {
	return index{exact: make(map[string][]int32), loose: make(map[string][]int32, size)}
}

func addUnique(m map[string][]int32, k string, id int32) {
	ids := m[k]
	for _, x := range ids {
		if x == id {
			return
		}
	}
	m[k] = append(ids, id)
}

// add indexes a name given as its folded tokens.
func (ix index) add(name string, folded []string, id int32) {
	k := strings.Join(folded, " ")
	if isAbbreviation(name) {
		addUnique(ix.exact, k, id)
		return
	}
	addUnique(ix.loose, strings.ToLower(k), id)
}

func (ix index) get(name string) []int32 {
	// "the United States", "The Hague": try the name as given first, then
	// without the article.
	if ids := ix.get1(name); len(ids) > 0 {
		return ids
	}
	for _, the := range []string{"the ", "The "} {
		if rest, ok := strings.CutPrefix(name, the); ok {
			return ix.get1(rest)
		}
	}
	return nil
}

func (ix index) get1(name string) []int32 {
	if isAbbreviation(name) {
		return ix.exact[norm.Fold(norm.Key(name))]
	}
	return ix.loose[norm.LooseKey(name)]
}

// addName indexes a name in ix and inserts it into the matcher's trie as
// class c, tokenising it once for both.
func (g *Gazetteer) addName(ix index, c Class, name string, id int32) {
	toks := foldedTokens(name)
	if len(toks) == 0 {
		return
	}
	ix.add(name, toks, id)
	if len(toks) == 1 && g.noMatch[toks[0]]&noMatchScope(c) != 0 {
		return
	}
	g.trie.insertTokens(toks, c)
}

// foldedTokens is norm.Tokenize with each token folded to ASCII.
func foldedTokens(name string) []string {
	toks := norm.Tokenize(name)
	for i, t := range toks {
		toks[i] = norm.Fold(t)
	}
	return toks
}

// isAbbreviation reports whether s is a short all-capital form such as
// "US", "U.S.", "IS" or "WHO", which must match case-sensitively: their
// lower-case forms are common words. Longer ones ("NATO", "IRAN") may
// match in any case.
func isAbbreviation(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.' || r == '-' || r == '&':
		default:
			return false
		}
	}
	return letters > 0 && letters <= 3
}

// placeTier ranks kinds for sortByPreference: countries, capitals, the
// hand-listed regions, then cities and admin-1 regions together.
func placeTier(k PlaceKind) int {
	switch k {
	case KindCountry:
		return 0
	case KindCapital:
		return 1
	case KindRegion:
		return 2
	}
	return 3
}

// sortByPreference orders place ids: countries, capitals, hand-listed
// regions, then by
// population; a city comes before the region it lies in and shares its
// name with ("New York", "Idlib"), since a region's population is only the
// (overlapping) sum of its cities'.
func (g *Gazetteer) sortByPreference(ids []int32) {
	sort.SliceStable(ids, func(i, j int) bool {
		a, b := &g.places[ids[i]], &g.places[ids[j]]
		ka, kb := placeTier(a.Kind), placeTier(b.Kind)
		if ka != kb {
			return ka < kb
		}
		if a.ISO3 == b.ISO3 && a.Admin1 == b.Admin1 && (a.Kind == KindAdmin1) != (b.Kind == KindAdmin1) {
			return b.Kind == KindAdmin1
		}
		return a.Population > b.Population
	})
}
