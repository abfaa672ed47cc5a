// Package gazetteer looks up names news articles use — countries,
// nationality adjectives, places, world leaders, organisations and role
// titles — and matches them in token sequences. Its data is embedded
// (see data/README.md for sources and licences: GeoNames CC BY 4.0,
// mledoze/countries ODbL 1.0, Wikipedia demonyms CC BY-SA, Wikidata CC0,
// and lists of our own) and loaded once, in about 0.2 s.
//
// # Lookups (entity recognition, actor coding)
//
//	g := gazetteer.Default()                  // loaded once; safe for concurrent use
//	c, ok := g.Country("U.S.")                // USA "United States"; "America", "Britain", "Türkiye" too
//	c, ok = g.CountryByCode("TR")             // ISO2 or ISO3 → Turkey
//	c, ok = g.Demonym("Iranians")             // IRN; "American" → USA (the most populous owner)
//	ps := g.Places("Idlib")                   // best first: country, capital, then by population
//	ls := g.Leaders("Recep Tayyip Erdogan")   // full names and aliases, newest in office first
//	ls = g.LeadersBySurname("Putin")          // surname index, newest first
//	ls = g.Incumbents("IRN", gazetteer.HeadOfGovernment, "2018-09-07")
//	p, ok := g.Person("Sergei Lavrov")        // other people news quotes: RUS, GOV, "Foreign Minister"
//	ps := g.PeopleBySurname("Lavrov")
//	o, ok := g.Org("ISIS")                    // Islamic State, code IMG, sector REB
//	t, ok := g.Title("Foreign Minister")      // sector GOV; Head, Honorific, Group flags
//	gr, ok := g.Group("Kurds")                // ethnic, religious, political groups: KUR
//	a, ok := g.Actor("Turkish")               // any of the above as (code, sector)
//
// Lookups ignore case, accents, spacing and a leading "the" ("the united
// states", "Erdogan" = "Erdoğan"), except for short all-capital
// abbreviations ("US", "IS", "AP", "WHO"), which match only as written so
// that "us", "is" and "who" never do. Keys are built with package norm.
//
// Actor codes are ISO 3166 alpha-3, or IGO, NGO, IMG (transnational armed
// groups); sectors are PLOVER/CAMEO ones: GOV, MIL, LEG, JUD, COP, SPY,
// REB, PTY, MED (media), BUS, EDU, REL, HLH, LAB, CVL, IGO, NGO.
//
// # Matching (the NER tagger)
//
//	tags := g.MatchInto(tokens, tags[:0])     // one Tags per token; no allocation when tags is big enough
//	tags[i].B(gazetteer.ClassPerson), tags[i].I(...), tags[i].BIO(c), tags[i].String()
//	spans := g.Spans(tokens, spans[:0])       // the same matches as token spans
//
// Tokens are Penn-Treebank style ("U.S." whole, "'s" split; see
// norm.Tokenize for how names are split). Each Class (COUNTRY, PLACE,
// ADMIN1, DEMONYM, PERSON (leaders and listed people), ORG, TITLE, SURNAME, REGION, GROUP) is matched
// on its own, longest match first, case-sensitively (a token in capitals also matches
// the capitalised word: "LONDON"), with Latin diacritics and curly quotes
// folded on both sides. Titles also match in lower case ("the
// foreign minister"). A match nested in a longer match of another class
// that starts at or before it is dropped ("Jersey" in "New Jersey", "New
// York" in "New York Times"); matches of equal extent are all kept. One-word
// places and surnames that are common words or given names ("March",
// "Most", "David"), demonyms, groups or titles are not matched
// (data/stopwords.tsv); lookups still find them.
package gazetteer

import (
	"sync"
)

// Gazetteer holds the loaded data. The zero value is not usable; get one
// from Default or Load.
type Gazetteer struct {
	countries []Country
	byCode    map[string]int32
	countryIx index
	// countryPlace[i] is the Place entry of country i.
	countryPlace []int32

	demonyms index // → country index

	places  []Place
	placeIx index

	leaders     []Leader
	leaderByQID map[string]int32
	// leadersByCountry lists, per ISO3 code, the leaders with a term there.
	leadersByCountry map[string][]int32
	leaderIx         index
	surnameIx        index

	orgs  []Org
	orgIx index

	titles  []Title
	titleIx index

	groups  []Group
	groupIx index

	people        []Person
	personIx      index
	personSurname index

	trie *trie
	// noMatch holds one-word names the matcher skips, by scope: common
	// words, given names, demonyms and titles.
	noMatch map[string]uint8
}

// Scopes of noMatch.
const (
	noPlace   = 1 << iota // not a one-word COUNTRY, PLACE or ADMIN1
	noSurname             // not a SURNAME
)

func noMatchScope(c Class) uint8 {
	switch c {
	case ClassCountry, ClassPlace, ClassAdmin1, ClassRegion:
		return noPlace
	case ClassSurname:
		return noSurname
	}
	return 0
}

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
	defaultErr  error
)

// Default returns the gazetteer built from the embedded data, loading it on
// first use. It panics if the embedded data is corrupt, which a test
// catches before any release.
func Default() *Gazetteer {
	defaultOnce.Do(func() { defaultG, defaultErr = Load() })
	if defaultErr != nil {
		panic("gazetteer: " + defaultErr.Error())
	}
	return defaultG
}
