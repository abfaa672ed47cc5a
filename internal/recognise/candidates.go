package recognise

import (
	"sort"
	"strings"

	"newsgraph/internal/doc"
	"newsgraph/internal/gazetteer"
)

// Scores: which source wins when candidates overlap (after length).
const (
	scoreTagger    = 2
	scoreGazetteer = 3
	scoreRule      = 4
)

// placeContext are words after which a capitalised gazetteer place name is
// very likely the place (and not, say, a surname or a common word).
var placeContext = map[string]bool{
	"in": true, "at": true, "from": true, "to": true, "near": true, "of": true, "outside": true,
	"across": true, "around": true, "into": true, "towards": true, "toward": true, "'s": true, "’s": true,
	"visit": true, "visited": true, "assault": true, "attack": true, "entered": true, "and": true, "via": true,
}

// sentenceCandidates proposes every mention the sources see in one
// sentence.
// tags are the tagger's for the sentence, nil without a tagger; names
// the tagger's for the whole document.
func (r *Recogniser) sentenceCandidates(words, tags []string, names docNames, out []candidate) []candidate {
	if tags != nil {
		from := len(out)
		out = appendChunks(words, tags, names, out)
		r.trimDescriptors(words, out[from:])
	}
	taggerType := func(start, end int) string {
		if tags == nil {
			return ""
		}
		t := tags[start]
		if len(t) > 2 {
			return t[2:]
		}
		return ""
	}
	g := r.gaz
	var spans []gazetteer.Span
	spans = g.Spans(words, spans)
	for _, sp := range spans {
		text := joinWords(words[sp.Start:sp.End])
		switch sp.Class {
		case gazetteer.ClassCountry:
			if c, ok := g.Country(text); ok {
				out = append(out, candidate{start: sp.Start, end: sp.End, typ: "GPE", origin: "gazetteer", score: scoreGazetteer,
					key: "c:" + c.ISO3, canon: c.Name, code: c.ISO3})
			}
		case gazetteer.ClassDemonym:
			if c, ok := g.Demonym(text); ok {
				out = append(out, candidate{start: sp.Start, end: sp.End, typ: "NORP", kind: doc.Adjective, origin: "gazetteer", score: scoreGazetteer,
					key: "c:" + c.ISO3, canon: c.Name, code: c.ISO3})
			}
		case gazetteer.ClassOrg:
			if o, ok := g.Org(text); ok {
				out = append(out, candidate{start: sp.Start, end: sp.End, typ: "ORG", origin: "gazetteer", score: scoreGazetteer,
					key: "o:" + o.Name, canon: o.Name, code: o.Code})
			}
		case gazetteer.ClassPlace, gazetteer.ClassAdmin1:
			p, ok := g.Place(text)
			if !ok {
				continue
			}
			tt := taggerType(sp.Start, sp.End)
			// ... unless a capitalised word follows: then the place name is
			// only part of a longer name ("North American", "Paris Hilton").
			context := sp.Start > 0 && placeContext[strings.ToLower(words[sp.Start-1])] &&
				!(sp.End < len(words) && isCapitalised(words[sp.End]))
			// An organisation of the same name is meant unless the words
			// before say place: "White House officials" is the office,
			// not the town in Tennessee; "in Duma" is the Syrian town, "the
			// Duma voted" Russia's parliament.
			if _, org := g.Org(text); org && !context {
				continue
			}
			// Many place names are also surnames or words; take one when
			// the tagger agrees, the context says place, or it is a capital.
			if tt == "GPE" || tt == "LOC" || tt == "FAC" || context || p.Kind == gazetteer.KindCapital {
				// Cities keep the name the article uses ("New York", not
				// GeoNames' "New York City"); the key still groups variants.
				out = append(out, candidate{start: sp.Start, end: sp.End, typ: "GPE", origin: "gazetteer", score: scoreGazetteer,
					key: "p:" + strings.ToLower(p.Name), canon: text, code: p.ISO3})
			}
		case gazetteer.ClassPerson:
			if ls := g.Leaders(text); len(ls) > 0 {
				out = append(out, candidate{start: sp.Start, end: sp.End, typ: "PERSON", origin: "gazetteer", score: scoreGazetteer})
			}
		case gazetteer.ClassTitle:
			// A title word the tagger reads as the start of another kind
			// of name is that name's ("Major League Baseball").
			if t := taggerType(sp.Start, sp.End); t == "" || t == "PERSON" || t == "PER" {
				out = r.titledName(words, sp, out)
			}
		}
	}
	out = hyphenDemonyms(g, words, out)
	out = dateline(g, words, out)
	return r.dropInnerMatches(words, out)
}

// dropInnerMatches removes the gazetteer matches that are only the
// start or end of a longer name the tagger read as another type: "Sam
// Mendes" is no town Sam, "British Airways" no nationality, "Tom Vale"
// not the mining firm Vale. choose lets a match beat a chunk one word
// longer, for the identity it carries; that is right when the extra word
// is a determiner or a title ("the United States", "Iranian President"),
// wrong when it is a word of the name. A country or nationality added to
// a name stays apart ("Labour Britain"). The candidates of one sentence
// are few, so comparing pairs is cheap.
func (r *Recogniser) dropInnerMatches(words []string, cands []candidate) []candidate {
	inner := func(o candidate) bool {
		for _, c := range cands {
			if c.origin == "tagger" && c.typ != o.typ && c.start <= o.start && o.end <= c.end && c.end-c.start > o.end-o.start &&
				r.nameWordsOnly(words[c.start:o.start]) && r.nameWordsOnly(words[o.end:c.end]) {
				return true
			}
		}
		return false
	}
	kept := cands[:0]
	for _, o := range cands {
		// o moves down only over dropped matches, which are no chunks: every
		// chunk is still in cands when inner reads it.
		if o.origin != "gazetteer" || o.partial > 0 || !inner(o) {
			kept = append(kept, o)
		}
	}
	return kept
}

// nameWordsOnly reports whether every word of ws is a word of a name
// and none a title, a country or a nationality.
func (r *Recogniser) nameWordsOnly(ws []string) bool {
	for _, w := range ws {
		if !isNameWord(w) {
			return false
		}
		if _, ok := r.gaz.Title(w); ok {
			return false
		}
		if _, ok := r.gaz.Country(w); ok {
			return false
		}
		if _, ok := r.gaz.Demonym(w); ok {
			return false
		}
	}
	return true
}

// dateline reads the capitalised place that opens a wire story:
// "ROTTERDAM — ...", "NEW YORK (Reuters) - ...".
func dateline(g *gazetteer.Gazetteer, words []string, out []candidate) []candidate {
	n := 0
	for n < len(words) && n < 4 && len(words[n]) > 1 && strings.ToUpper(words[n]) == words[n] && strings.ToLower(words[n]) != words[n] {
		n++
	}
	if n == 0 || n >= len(words) {
		return out
	}
	switch words[n] {
	case "—", "–", "-", "--", "(", ",":
	default:
		return out
	}
	parts := make([]string, n)
	for i, w := range words[:n] {
		parts[i] = titleCase(w)
	}
	name := strings.Join(parts, " ")
	if p, ok := g.Place(name); ok {
		out = append(out, candidate{start: 0, end: n, typ: "GPE", origin: "rule", score: scoreRule,
			key: "p:" + strings.ToLower(p.Name), canon: name, code: p.ISO3})
	}
	return out
}

// titleCase turns "ROTTERDAM" into "Rotterdam".
func titleCase(w string) string {
	lower := []rune(strings.ToLower(w))
	lower[0] = []rune(strings.ToUpper(string(lower[0])))[0]
	return string(lower)
}

// titledName proposes the capitalised name after a title as a person:
// "President Donald J. Trump", "Sen. Elizabeth Warren". A title of
// office may run into more titles ("Executive Chairman Eric Schmidt"),
// which are no part of the name: a lone "Chairman" is no person. After
// an honorific, a title word is a surname ("Mr Major").
func (r *Recogniser) titledName(words []string, title gazetteer.Span, out []candidate) []candidate {
	i := title.End
	if r.isOfficeTitle(joinWords(words[title.Start:title.End])) {
		for i < len(words) && r.isOfficeTitle(words[i]) {
			i++
		}
	}
	j := i
	for j < len(words) && j-i < 5 {
		w := words[j]
		if isNameWord(w) || (j > i && nameParticles[w] && j+1 < len(words) && isNameWord(words[j+1])) {
			j++
			continue
		}
		break
	}
	// A title before a bare organisation or place ("President of") is no
	// name; one capitalised word is enough for a surname ("Gen. Smith").
	if j == i {
		return out
	}
	return append(out, candidate{start: i, end: j, typ: "PERSON", origin: "rule", score: scoreRule})
}

// isOfficeTitle reports whether w is a title of office, not an honorific.
func (r *Recogniser) isOfficeTitle(w string) bool {
	t, ok := r.gaz.Title(w)
	return ok && !t.Honorific
}

// trimDescriptors takes a nationality or a title that the tagger ran into
// a person's name off its start: "Spaniard Conchita Martinez", "Secretary
// Brendan Barber". The gazetteer then finds the nationality, and roles
// the title, on their own. An honorific stays ("Mr Kemp" is how the
// article names him), and so does a last word.
func (r *Recogniser) trimDescriptors(words []string, cands []candidate) {
	for k := range cands {
		c := &cands[k]
		if c.typ != "PERSON" {
			continue
		}
		for c.end-c.start > 1 {
			w := words[c.start]
			if _, ok := r.gaz.Demonym(w); !ok && !r.isOfficeTitle(w) {
				break
			}
			c.start++
		}
	}
}

// hyphenDemonyms finds nationality adjectives inside hyphenated words
// ("Iranian-backed"), which the gazetteer matcher cannot see.
func hyphenDemonyms(g *gazetteer.Gazetteer, words []string, out []candidate) []candidate {
	for i, w := range words {
		k := strings.IndexByte(w, '-')
		if k <= 0 || !isCapitalised(w) {
			continue
		}
		if c, ok := g.Demonym(w[:k]); ok {
			out = append(out, candidate{start: i, end: i + 1, typ: "NORP", kind: doc.Adjective, origin: "gazetteer", score: scoreGazetteer,
				key: "c:" + c.ISO3, canon: c.Name, code: c.ISO3, partial: k})
		}
	}
	return out
}

// appendChunks turns IOB2 tags into candidates of entity types. names
// are the document's (nil for none).
func appendChunks(words, tags []string, names docNames, out []candidate) []candidate {
	for _, whole := range chunks(words, tags, nil) {
		for _, c := range splitJoined(words, whole, names) {
			text := strings.ToLower(strings.Join(words[c.start:c.end], " "))
			if awards[text] {
				c.typ = "EVENT" // the tagger made "Oscar" a person, "Bafta" a nationality
			}
			// A name does not follow a possessive pronoun: "its Allies" is
			// no organisation.
			if entityTypes[c.typ] && !(c.start > 0 && possessives[strings.ToLower(words[c.start-1])]) && !notNames[text] {
				c.typ = normaliseType(c.typ)
				out = append(out, c)
			}
		}
	}
	return out
}

// chunks turns IOB2 tags into tagger candidates of every type, the type
// the tagger's own ("DATE" too).
func chunks(words, tags []string, out []candidate) []candidate {
	for i := 0; i < len(tags); {
		t := tags[i]
		if len(t) < 3 || t[0] != 'B' && t[0] != 'I' {
			i++
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		// A possessive ending is not part of the name ("BBC Radio 4 's"),
		// unless nothing it could own follows: then the "'s" is the
		// organisation's own ("Moody's said", "rated by Moody's.").
		end := j
		if end-i > 1 && isClitic(words[end-1]) && !(typ == "ORG" && ownsNothing(words, j)) {
			end--
		}
		if start, end := trimChunk(words, i, end); start < end {
			out = append(out, candidate{start: start, end: end, typ: typ, origin: "tagger", score: scoreTagger})
		}
		i = j
	}
	return out
}

func isClitic(w string) bool { return w == "'s" || w == "’s" }

// ownsNothing reports whether the words from j on cannot be what a
// possessive before them owns: the sentence ends or breaks there, or a
// verb of saying follows. Opening marks are left out (the Bank's "open
// market" policy, the Board of Trade's (CBT) board), and so are
// prepositions: in "Chrysler's in talks" the "'s" is "is".
func ownsNothing(words []string, j int) bool {
	return j == len(words) || afterOwnName[words[j]]
}

var afterOwnName = map[string]bool{
	".": true, ",": true, ";": true, ":": true, "!": true, "?": true, ")": true, "]": true,
	"said": true, "says": true, "say": true, "told": true, "added": true, "reported": true,
}

// notNames are what the tagger, trained on news from before them, takes
// for organisations or people: diseases and the capitalised abbreviations
// of common nouns ("COVID-19 cases", "the ICU", "PPE").
var notNames = wordSet("covid covid-19 coronavirus sars sars-cov-2 mers ebola hiv aids h1n1 zika " +
	"icu icus ppe rt-pcr pcr gdp cpi ceo cfo")

// awards are prizes named alone, which the tagger types every way (the
// BBC set has "Oscar" as a person in 41 articles, "Bafta" as an
// organisation, a nationality and a person): one type, EVENT, keeps them
// together and out of the lists of people.
var awards = map[string]bool{
	"oscar": true, "oscars": true, "bafta": true, "baftas": true, "grammy": true, "grammys": true,
	"emmy": true, "emmys": true, "golden globe": true, "golden globes": true,
}

var possessives = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true, "my": true, "your": true}

func normaliseType(t string) string {
	switch t {
	case "PER":
		return "PERSON"
	}
	return t
}

// choose picks non-overlapping candidates: longer first, then higher
// score, then earlier. Gazetteer and rule matches count one and a half
// tokens longer than they are, so a tagger chunk beats one only when it is
// at least two tokens longer: identity (a country code, an organisation's
// canonical name) matters more than a determiner or a stray word. (A
// match inside a longer name of another type is gone by then:
// dropInnerMatches.)
func choose(cands []candidate) []candidate {
	weight := func(c candidate) int {
		w := 2 * (c.end - c.start)
		if c.score >= scoreGazetteer {
			w += 3
		}
		return w
	}
	sort.SliceStable(cands, func(a, b int) bool {
		ca, cb := cands[a], cands[b]
		if wa, wb := weight(ca), weight(cb); wa != wb {
			return wa > wb
		}
		if ca.score != cb.score {
			return ca.score > cb.score
		}
		return ca.start < cb.start
	})
	var chosen []candidate
	for _, c := range cands {
		ok := true
		for _, o := range chosen {
			if c.start < o.end && o.start < c.end {
				ok = false
				break
			}
		}
		if ok {
			chosen = append(chosen, c)
		}
	}
	sort.Slice(chosen, func(a, b int) bool { return chosen[a].start < chosen[b].start })
	return chosen
}

// joinWords rebuilds a name from its tokens: "Syria 's" → "Syria's",
// "U.S." stays.
func joinWords(ws []string) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 && !(strings.HasPrefix(w, "'") || strings.HasPrefix(w, "’") || w == "." || w == ",") {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}
