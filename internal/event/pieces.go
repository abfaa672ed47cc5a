package event

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"newsgraph/internal/doc"
	"newsgraph/internal/gazetteer"
)

// pieceKind says what a piece of an actor phrase is.
type pieceKind uint8

const (
	pkName    pieceKind = iota // a capitalised name nothing else knows
	pkCountry                  // "Iran", "the United States"
	pkCapital                  // "Tehran", "Washington": the government by metonymy
	pkPlace                    // a city or region: a location, or civilians there
	pkDemonym                  // "Iranian", "Syrians"
	pkPerson                   // a known leader or a PERSON entity
	pkOrg                      // a known organisation or an ORG entity
	pkTitle                    // "President", "foreign minister"
	pkAgent                    // a head noun naming a kind of actor: "rebels", "army"
	pkPronoun                  // "he", "they", "who"
	pkGroup                    // an ethnic, religious or political group: "Kurdish", "Shiites"
)

// piece is one recognised word or name inside a sentence; start and end
// are indexes into the sentence's words.
type piece struct {
	start, end   int
	kind         pieceKind
	code, sector string
	entity       int
	generic      bool // "officials", "leaders": says nothing of an organisation's sector
}

// genericHeads are agent nouns that, after an organisation's name, name
// its people without changing what it is ("Red Cross officials").
var genericHeads = map[string]bool{
	"official": true, "officials": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"leader": true, "leaders": true, "leadership": true, "members": true, "member": true,
}

var pronouns = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "who": true, "which": true,
}

// compass words name regions in the gazetteer ("Western Province") but
// are adjectives in running text.
var compass = map[string]bool{"western": true, "eastern": true, "northern": true, "southern": true, "central": true, "west": true, "east": true, "north": true, "south": true}

// findPieces recognises the actor words of one sentence.
func (s *sentence) findPieces(g *gazetteer.Gazetteer) {
	n := len(s.words)
	covered := make([]bool, n)
	add := func(p piece) {
		for k := p.start; k < p.end; k++ {
			if covered[k] {
				return
			}
		}
		for k := p.start; k < p.end; k++ {
			covered[k] = true
		}
		p.entity = s.entityAt(p.start, p.end)
		if p.entity >= 0 {
			s.codeFromEntity(&p)
		}
		s.pieces = append(s.pieces, p)
	}
	// Gazetteer names, longest first.
	spans := g.Spans(s.words, nil)
	for len(spans) > 0 {
		best := 0
		for i, sp := range spans {
			if sp.End-sp.Start > spans[best].End-spans[best].Start ||
				(sp.End-sp.Start == spans[best].End-spans[best].Start && classRank(sp.Class) < classRank(spans[best].Class)) {
				best = i
			}
		}
		sp := spans[best]
		spans = append(spans[:best], spans[best+1:]...)
		p := piece{start: sp.Start, end: sp.End, kind: kindOfClass(sp.Class), entity: -1}
		if p.kind == pkTitle && !s.titleCouldBeActor(sp.Start) {
			continue
		}
		if (sp.Class == gazetteer.ClassPlace || sp.Class == gazetteer.ClassAdmin1) && compass[s.lower[sp.Start]] && sp.End-sp.Start == 1 {
			continue
		}
		if (sp.Class == gazetteer.ClassSurname || sp.End-sp.Start == 1 && (sp.Class == gazetteer.ClassPlace || sp.Class == gazetteer.ClassAdmin1 || sp.Class == gazetteer.ClassOrg)) &&
			sp.Start > 0 && capitalised(s.words[sp.Start-1]) && !covered[sp.Start-1] && !commonStarters[s.lower[sp.Start-1]] &&
			!determiners[s.lower[sp.Start-1]] && !prepositions[s.lower[sp.Start-1]] {
			// "Alejandro Rivera" is not president Rivera, nor "Barbara
			// Roche" the drug maker: an unknown first name before a
			// one-word name makes it someone else's surname.
			continue
		}
		if sp.Class == gazetteer.ClassSurname && s.entityElsewhere(sp.Start, sp.End) {
			// "Howard accused ministers", where the article's Howard is
			// Michael Howard: the entity layer's longer name is not that
			// leader.
			continue
		}
		if s.codeFromGazetteer(g, &p) {
			add(p)
		}
	}
	// Mentions from the entity layer fill in what the gazetteer does not
	// know; a mention that spans several names ("Putin and Erdogan")
	// only adds its uncovered capitalised stretches.
	for _, mi := range s.mentions {
		m := s.d.Mentions[mi]
		a, b := s.tokenRange(m.Span)
		if a < 0 || !actorType[m.Type] {
			continue
		}
		k := pkName
		switch {
		case m.Kind == doc.Pronoun:
			k = pkPronoun
		case m.Kind == doc.Adjective || m.Type == "NORP":
			k = pkDemonym
		case m.Type == "PERSON":
			k = pkPerson
		case m.Type == "ORG":
			k = pkOrg
		case m.Type == "GPE":
			k = pkCountry
		case m.Type == "LOC" || m.Type == "FAC":
			k = pkPlace
		}
		for i := a; i < b; {
			if covered[i] || k != pkPronoun && !capitalised(s.words[i]) {
				i++
				continue
			}
			j := i + 1
			for j < b && !covered[j] && (k == pkPronoun || capitalised(s.words[j]) || s.lower[j] == "of" || s.lower[j] == "-") {
				j++
			}
			if j == i+1 && (commonStarters[s.lower[i]] || determiners[s.lower[i]] || prepositions[s.lower[i]]) {
				i = j // a capitalised function word the tagger took for a name
				continue
			}
			p := piece{start: i, end: j, kind: k, entity: -1}
			s.codeFromGazetteer(g, &p)
			add(p)
			i = j
		}
	}
	for i := 0; i < n; i++ {
		if covered[i] {
			continue
		}
		if l := groupNoun(g, s.lower, i); l > 0 {
			// The gazetteer's group nouns ("militants", "troops",
			// "protesters") first; agents.tsv holds the rest.
			t, _ := g.Title(strings.Join(s.lower[i:i+l], " "))
			add(piece{start: i, end: i + l, kind: pkAgent, sector: t.Sector, entity: -1, generic: genericHeads[s.lower[i]]})
			i += l - 1
			continue
		}
		if a, l := agents.match(s.lower, i); l > 0 {
			p := piece{start: i, end: i + l, kind: pkAgent, sector: a.sector, entity: -1, generic: genericHeads[s.lower[i]]}
			if a.sector == "NGO" || a.sector == "IGO" {
				// "a human rights group": the kind of body is its code.
				p.code, p.sector = a.sector, ""
			}
			add(p)
			i += l - 1
			continue
		}
		if pronouns[s.lower[i]] {
			add(piece{start: i, end: i + 1, kind: pkPronoun, entity: -1})
			continue
		}
		if capitalised(s.words[i]) && !modifiers[s.lower[i]] && (i == 0 || !s.quoteMark(i-1)) && (i > 0 || s.couldStartWithName()) {
			j := i + 1
			for j < n && !covered[j] && capitalised(s.words[j]) {
				j++
			}
			add(piece{start: i, end: j, kind: pkName, entity: -1})
			i = j - 1
		}
	}
	sortPieces(s.pieces)
}

// commonStarters are capitalised at the start of a sentence without being
// names.
var commonStarters = map[string]bool{
	"in": true, "on": true, "at": true, "with": true, "under": true, "after": true, "before": true, "for": true,
	"from": true, "during": true, "despite": true, "since": true, "as": true, "by": true, "while": true, "when": true,
	"it": true, "this": true, "that": true, "these": true, "those": true, "there": true, "here": true, "one": true,
	"members": true, "recent": true, "most": true, "more": true, "many": true, "all": true, "some": true, "no": true,
	"if": true, "but": true, "and": true, "so": true, "yet": true, "however": true, "meanwhile": true, "earlier": true,
	"later": true, "last": true, "next": true, "according": true, "among": true, "amid": true, "following": true,
	"officials": true, "police": true, "witnesses": true, "sources": true,
}

// couldStartWithName tells whether the sentence's first word may be a
// name nothing else knows ("Hezbollah guerrillas killed ...").
func (s *sentence) couldStartWithName() bool {
	w := s.lower[0]
	if commonStarters[w] || strings.HasSuffix(w, "ly") || len(w) < 3 {
		return false
	}
	if _, ok := defaultLexicon.byFirst[w]; ok {
		return false
	}
	return true
}

// entityElsewhere reports whether words [a, b) belong to an entity whose
// full name is longer than them and names no known leader.
func (s *sentence) entityElsewhere(a, b int) bool {
	name := s.fullName(a, b)
	return name != "" && len(leadersNamed(s.g, name)) == 0
}

// fullName returns the name of the entity words [a, b) belong to when it
// is longer than them ("Michael Howard" for "Howard"), else "".
func (s *sentence) fullName(a, b int) string {
	e := s.entityAt(a, b)
	if e < 0 || len(strings.Fields(s.d.Entities[e].Name)) <= b-a {
		return ""
	}
	return s.d.Entities[e].Name
}

// leadersNamed finds the leaders a full name means: by the name itself,
// else by its surname when the leader's name also has its first word
// ("Donald J. Trump", "Abdelaziz Bouteflika").
func leadersNamed(g *gazetteer.Gazetteer, name string) []gazetteer.Leader {
	if ls := g.Leaders(name); len(ls) > 0 {
		return ls
	}
	f := strings.Fields(name)
	// "Syrian President Bashar al-Assad": the name after the titles.
	for len(f) > 1 {
		if _, ok := g.Title(f[0]); ok {
			f = f[1:]
			continue
		}
		if _, ok := g.Demonym(f[0]); ok {
			f = f[1:]
			continue
		}
		break
	}
	if ls := g.Leaders(strings.Join(f, " ")); len(ls) > 0 {
		return ls
	}
	if len(f) < 2 {
		return nil
	}
	var out []gazetteer.Leader
	for _, l := range g.LeadersBySurname(f[len(f)-1]) {
		if strings.Contains(strings.ToLower(l.Name), strings.ToLower(f[0])) {
			out = append(out, l)
		}
	}
	return out
}

// actorType are the mention types that can name an actor; dates,
// numbers and works of art cannot.
var actorType = map[string]bool{
	"PERSON": true, "ORG": true, "GPE": true, "NORP": true, "LOC": true, "FAC": true, "": true,
}

// groupNoun returns the length (2 or 1 words) of a gazetteer group noun
// starting at word i ("government officials", "troops"), or 0.
func groupNoun(g *gazetteer.Gazetteer, lower []string, i int) int {
	if i+1 < len(lower) && groupHeads[lower[i]] && isGroupNoun(g, lower[i]+" "+lower[i+1]) {
		return 2
	}
	if len(lower[i]) > 3 && isGroupNoun(g, lower[i]) {
		return 1
	}
	return 0
}

// groupHeads start the two-word group nouns ("government officials",
// "police officers"); only after them is a word pair looked up.
var groupHeads = map[string]bool{
	"government": true, "police": true, "security": true, "army": true, "military": true,
	"rebel": true, "opposition": true, "state": true, "party": true, "union": true,
}

// groupNouns caches the gazetteer's answer per lower-case word or word
// pair: a Title lookup normalises its key each time, and running text
// repeats its words. The cache stops growing at groupNounsMax entries.
var (
	groupNounsMu sync.RWMutex
	groupNouns   = map[string]bool{}
)

const groupNounsMax = 200000

func isGroupNoun(g *gazetteer.Gazetteer, phrase string) bool {
	groupNounsMu.RLock()
	hit, ok := groupNouns[phrase]
	groupNounsMu.RUnlock()
	if ok {
		return hit
	}
	t, found := g.Title(phrase)
	hit = found && t.Group && t.Sector != ""
	groupNounsMu.Lock()
	if len(groupNouns) < groupNounsMax {
		groupNouns[phrase] = hit
	}
	groupNounsMu.Unlock()
	return hit
}

// titleCouldBeActor rejects lower-case titles used as common words ("the
// general situation").
func (s *sentence) titleCouldBeActor(i int) bool {
	return s.lower[i] != "general" || capitalised(s.words[i])
}

func (s *sentence) quoteMark(i int) bool {
	switch s.words[i] {
	case "\"", "“", "‘", "'", "(":
		return true
	}
	return false
}

func sortPieces(ps []piece) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].start < ps[j-1].start; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func classRank(c gazetteer.Class) int {
	switch c {
	case gazetteer.ClassOrg:
		return 0
	case gazetteer.ClassPerson:
		return 1
	case gazetteer.ClassCountry:
		return 2
	case gazetteer.ClassDemonym:
		return 3
	case gazetteer.ClassTitle:
		return 4
	case gazetteer.ClassPlace, gazetteer.ClassAdmin1:
		return 5
	case gazetteer.ClassSurname:
		// A bare surname is the weakest clue: "Lagos" is a city before
		// it is a Chilean president.
		return 6
	}
	return 7
}

func kindOfClass(c gazetteer.Class) pieceKind {
	switch c {
	case gazetteer.ClassCountry:
		return pkCountry
	case gazetteer.ClassPlace, gazetteer.ClassAdmin1:
		return pkPlace
	case gazetteer.ClassDemonym:
		return pkDemonym
	case gazetteer.ClassPerson, gazetteer.ClassSurname:
		return pkPerson
	case gazetteer.ClassOrg:
		return pkOrg
	case gazetteer.ClassTitle:
		return pkTitle
	case gazetteer.ClassGroup:
		return pkGroup
	}
	return pkName
}

// codeFromGazetteer fills a piece's code and sector from the gazetteer by
// its kind; it reports false when the gazetteer does not know the name.
func (s *sentence) codeFromGazetteer(g *gazetteer.Gazetteer, p *piece) bool {
	text := strings.Join(s.words[p.start:p.end], " ")
	switch p.kind {
	case pkCountry:
		if c, ok := g.Country(text); ok {
			p.code = c.ISO3
			return true
		}
		if pl, ok := g.Place(text); ok {
			p.code = pl.ISO3
			if pl.Kind == gazetteer.KindCapital {
				p.kind = pkCapital
			} else if pl.Kind != gazetteer.KindCountry {
				p.kind = pkPlace
			}
			return true
		}
	case pkPlace:
		if pl, ok := g.Place(text); ok {
			p.code = pl.ISO3
			switch pl.Kind {
			case gazetteer.KindCountry:
				p.kind = pkCountry
			case gazetteer.KindCapital:
				p.kind = pkCapital
			}
			return true
		}
	case pkDemonym:
		if c, ok := g.Demonym(text); ok {
			p.code = c.ISO3
			return true
		}
	case pkPerson:
		surname := p.end-p.start == 1
		if full := s.fullName(p.start, p.end); surname && full != "" {
			// The entity layer's "Mr Howard" is Michael Howard: look
			// up the full name, not any leader of that surname.
			text, surname = full, false
		}
		ls := leadersNamed(g, text)
		if len(ls) == 0 && surname {
			ls = g.LeadersBySurname(text)
		}
		if len(ls) > 0 {
			p.code, p.sector = s.leaderCode(ls), "GOV"
			return true
		}
		// Ministers, envoys and other people news quotes.
		if ps, ok := g.Person(text); ok {
			p.code, p.sector = ps.Code, ps.Sector
			return true
		}
		if surname {
			if ps := g.PeopleBySurname(text); len(ps) == 1 {
				p.code, p.sector = ps[0].Code, ps[0].Sector
				return true
			}
		}
	case pkGroup:
		if gr, ok := g.Group(text); ok {
			p.code = gr.ISO3 // "" for groups of no one country
			return true
		}
	case pkOrg:
		if o, ok := g.Org(text); ok {
			p.code, p.sector = o.Code, orgSector(o)
			return true
		}
	case pkTitle:
		if t, ok := g.Title(text); ok && !t.Honorific {
			p.sector = t.Sector
			return true
		}
	}
	return p.entity >= 0
}

// orgSector maps an organisation's sector to an actor sector: an IGO or
// NGO's code already says what it is.
func orgSector(o gazetteer.Org) string {
	if o.Sector == o.Code {
		return ""
	}
	return o.Sector
}

// leaderCode picks the country of the leader in office at the article's
// date, else of the most recent one.
func (s *sentence) leaderCode(ls []gazetteer.Leader) string {
	if s.day != "" {
		for _, l := range ls {
			if ts := l.InOffice(s.day); len(ts) > 0 {
				return ts[0].ISO3
			}
		}
	}
	// Without a date, the leader of the most populous country is the
	// one news most likely means ("Bush", "Putin").
	best, bestPop := ls[0].Latest().ISO3, -1
	for _, l := range ls {
		code := l.Latest().ISO3
		if c, ok := s.g.CountryByCode(code); ok && c.Population > bestPop {
			best, bestPop = code, c.Population
		}
	}
	return best
}

// codeFromEntity takes code and sector from the entity layer: the
// entity's own code, or for a person, the country and sector of a role.
func (s *sentence) codeFromEntity(p *piece) {
	e := &s.d.Entities[p.entity]
	if e.Code != "" && p.code == "" {
		p.code = e.Code
	}
	for _, r := range e.Roles {
		if t, ok := s.g.Title(r.Title); ok && t.Sector != "" && p.sector == "" {
			p.sector = t.Sector
		}
		if p.code == "" && r.Of >= 0 && r.Of < len(s.d.Entities) {
			p.code = s.d.Entities[r.Of].Code
		}
		if p.code == "" && r.OfName != "" {
			if c, ok := s.g.Country(r.OfName); ok {
				p.code = c.ISO3
			}
		}
	}
	if p.code == "" && e.Type == "PERSON" {
		// A pronoun or a bare name whose entity is a known leader: "he"
		// for "President Abdelaziz Bouteflika".
		if ls := leadersNamed(s.g, e.Name); len(ls) > 0 {
			p.code = s.leaderCode(ls)
			if p.sector == "" {
				p.sector = "GOV"
			}
		}
	}
	if p.kind == pkPronoun || p.kind == pkName {
		switch e.Type {
		case "PERSON":
			p.kind = pkPerson
		case "ORG":
			p.kind = pkOrg
		case "GPE":
			p.kind = pkCountry
		}
	}
	if p.sector == "" && e.Type == "PERSON" && p.code != "" {
		// A person named with a country but no title (a leader found by
		// the entity layer) is most often a government figure in news.
		if ls := s.g.Leaders(e.Name); len(ls) > 0 {
			p.sector = "GOV"
		}
	}
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
