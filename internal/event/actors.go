package event

import (
	"strings"
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

// member is one actor of a phrase; a phrase with several ("Russia and
// Iran") is a compound actor.
type member struct {
	start, end   int
	code, sector string
	entity       int
	kinds        []pieceKind
	ofCode       string    // code found after "of", "in": "rebels in Darfur"
	from         *sentence // the sentence start and end index; a pronoun's antecedent may be in an earlier one
	former       bool      // "former", "ex-": no longer in office
}

// phrase is a noun phrase that names one or more actors.
type phrase struct {
	start, end int
	members    []member
}

func (m member) has(k pieceKind) bool {
	for _, x := range m.kinds {
		if x == k {
			return true
		}
	}
	return false
}

// placeOnly reports whether the member names only a place, which makes
// it a location rather than an actor unless nothing else is there.
func (m member) placeOnly() bool {
	for _, k := range m.kinds {
		if k != pkPlace {
			return false
		}
	}
	return len(m.kinds) > 0
}

// placeLike reports whether every member is a place, capital or country
// named alone: after "in" such a phrase is where, not whom.
func (p phrase) placeLike() bool {
	for _, m := range p.members {
		for _, k := range m.kinds {
			if k != pkPlace && k != pkCapital && k != pkCountry {
				return false
			}
		}
	}
	return len(p.members) > 0
}

// onlySector reports whether every member has sector sec.
func (p phrase) onlySector(sec string) bool {
	for _, m := range p.members {
		if m.sector != sec {
			return false
		}
	}
	return len(p.members) > 0
}

func (p phrase) placeOnly() bool {
	for _, m := range p.members {
		if !m.placeOnly() {
			return false
		}
	}
	return true
}

// coded reports whether some member has a country or sector.
func (p phrase) coded() bool {
	for _, m := range p.members {
		if m.code != "" || m.sector != "" || m.entity >= 0 && (m.has(pkPerson) || m.has(pkOrg)) {
			return true
		}
	}
	return false
}

// equipmentNouns name weapons and vehicles: the actor behind them when
// they act ("Israeli tanks fired"), things when they are acted on.
var equipmentNouns = map[string]bool{
	"tank": true, "tanks": true, "jet": true, "jets": true, "helicopter": true, "helicopters": true,
	"warplane": true, "warplanes": true, "gunboat": true, "gunboats": true, "artillery": true,
	"bulldozer": true, "bulldozers": true, "drone": true, "drones": true,
}

// equipment reports whether the phrase's head is a weapon or vehicle.
func (p phrase) equipment(s *sentence) bool {
	return len(p.members) == 1 && equipmentNouns[s.lower[p.members[0].end-1]]
}

func (p phrase) pronoun() bool {
	return len(p.members) == 1 && len(p.members[0].kinds) == 1 && p.members[0].kinds[0] == pkPronoun
}

var pronouns = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "who": true, "which": true,
}

// modifiers may stand inside an actor phrase without being actors
// themselves: "senior Hungarian officials", "the radical Islamic Jihad".
var modifiers = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"senior": true, "top": true, "former": true, "ousted": true, "radical": true, "ethnic": true,
	"local": true, "armed": true, "hardline": true, "moderate": true, "rival": true, "main": true,
	"new": true, "interim": true, "transitional": true, "federal": true, "national": true, "state": true,
	"central": true, "regional": true, "provincial": true, "military": true, "government": true,
	"opposition": true, "islamist": true, "islamic": true, "christian": true, "moslem": true, "muslim": true,
	"shiite": true, "sunni": true, "kurdish": true, "foreign": true, "defence": true, "defense": true,
	"interior": true, "deputy": true, "acting": true, "chief": true, "leading": true, "some": true,
	"several": true, "two": true, "three": true, "both": true, "banned": true, "outlawed": true,
	"pro-government": true, "anti-government": true, "right-wing": true, "left-wing": true,
	"nationalist": true, "separatist": true, "communist": true, "democratic": true, "different": true,
	"innocent": true, "unidentified": true, "suspected": true, "alleged": true, "elite": true,
	"besieged": true, "occupied": true, "southern": true, "northern": true, "eastern": true, "western": true,
	"human": true, "rights": true, "civil": true, "political": true, "peace": true, "trade": true, "leftist": true, "rightist": true,
	"many": true, "hundreds": true, "thousands": true, "dozens": true, "scores": true, "of": false,
}

// bridges join a head actor to the country or body it belongs to:
// "president of Armenia", "rebels in Darfur", "Security forces in Guinea".
var bridges = map[string]bool{"of": true, "in": true, "from": true}

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
		if a < 0 {
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
	e := s.entityAt(a, b)
	if e < 0 {
		return false
	}
	name := s.d.Entities[e].Name
	return len(strings.Fields(name)) > b-a && len(leadersNamed(s.g, name)) == 0
}

// leadersNamed finds the leaders a full name means: by the name itself,
// else by its surname when the leader's name also has its first word
// ("Donald J. Trump", "Abdelaziz Bouteflika").
func leadersNamed(g *gazetteer.Gazetteer, name string) []gazetteer.Leader {
	if ls := g.Leaders(name); len(ls) > 0 {
		return ls
	}
	f := strings.Fields(name)
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
		ls := leadersNamed(g, text)
		if len(ls) == 0 && p.end-p.start == 1 {
			ls = g.LeadersBySurname(text)
		}
		if len(ls) > 0 {
			p.code, p.sector = s.leaderCode(ls), "GOV"
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

// findPhrases groups pieces into actor phrases.
func (s *sentence) findPhrases() {
	n := len(s.words)
	pieceAt := make([]int, n)
	for i := range pieceAt {
		pieceAt[i] = -1
	}
	for i, p := range s.pieces {
		for k := p.start; k < p.end; k++ {
			pieceAt[k] = i
		}
	}
	i := 0
	for i < n {
		// A phrase starts at a piece, possibly after modifiers.
		j := i
		for j < n && pieceAt[j] < 0 && (modifiers[s.lower[j]] || isNumber(s.words[j])) {
			j++
		}
		if j >= n || pieceAt[j] < 0 {
			i = max(j, i+1)
			continue
		}
		ph := phrase{start: i}
		cur := member{start: i, entity: -1, from: s}
		for m := i; m < j; m++ {
			if s.lower[m] == "former" {
				cur.former = true
			}
		}
		k := j
		for k < n {
			if pi := pieceAt[k]; pi >= 0 {
				p := s.pieces[pi]
				if p.kind == pkPronoun && len(cur.kinds) > 0 {
					break
				}
				cur.absorb(p)
				k = p.end
				if p.kind == pkPronoun {
					break
				}
				continue
			}
			w := s.lower[k]
			if modifiers[w] && strings.HasSuffix(w, "ed") && len(cur.kinds) > 0 && pieceAt[k-1] >= 0 {
				// "Australia banned ...": right after a name, a participle
				// is the verb, not a modifier ("the banned movement").
				break
			}
			if w == "'s" || w == "’s" || w == "-" || modifiers[w] || isNumber(s.words[k]) {
				if w == "former" {
					cur.former = true
				}
				k++
				continue
			}
			inPP := cur.start > 0 && prepositions[s.lower[cur.start-1]]
			if (w == "and" || w == "," && !inPP && s.listContinues(k+1, pieceAt)) && k+1 < n && s.startsActor(k+1, pieceAt) {
				cur.end = k
				ph.members = append(ph.members, cur)
				cur = member{start: k + 1, entity: -1, from: s}
				k++
				continue
			}
			if bridges[w] && cur.headIsAgent() && k+1 < n {
				// "rebels in the Ivory Coast": take the country of what
				// follows, but keep the head as the actor.
				m := k + 1
				for m < n && pieceAt[m] < 0 && (s.lower[m] == "the" || modifiers[s.lower[m]]) {
					m++
				}
				if m < n && pieceAt[m] >= 0 {
					p := s.pieces[pieceAt[m]]
					if p.code != "" && p.kind != pkAgent && p.kind != pkPronoun {
						if cur.ofCode == "" {
							cur.ofCode = p.code
						}
						if cur.entity < 0 && p.kind == pkOrg {
							cur.entity = p.entity
						}
						k = p.end
						continue
					}
				}
			}
			break
		}
		if k+2 < n && s.lower[k] == "(" && s.lower[k+2] == ")" && pieceAt[k+1] >= 0 {
			// "The International Labor Office (ILO)": the acronym the
			// gazetteer knows codes the name before it.
			p := s.pieces[pieceAt[k+1]]
			if cur.code == "" {
				cur.code = p.code
			}
			if cur.sector == "" {
				cur.sector = p.sector
			}
			if cur.entity < 0 {
				cur.entity = p.entity
			}
			cur.kinds = append(cur.kinds, p.kind)
		}
		cur.end = k
		ph.members = append(ph.members, cur)
		ph.trim(s)
		if len(ph.members) > 0 {
			ph.distributeHeads()
			s.phrases = append(s.phrases, ph)
		}
		i = k
	}
}

// listContinues reports whether the comma before word k is inside a list
// of actors ("Iraq, Syria and Iran"): the next actor is followed by "and"
// or another comma.
func (s *sentence) listContinues(k int, pieceAt []int) bool {
	seen := false
	for ; k < len(s.words); k++ {
		switch {
		case pieceAt[k] >= 0:
			seen = true
		case modifiers[s.lower[k]]:
		case seen && (s.lower[k] == "and" || s.lower[k] == ","):
			return true
		default:
			return false
		}
	}
	return false
}

// trim drops members with no actor word, and ends each member at its last
// actor word (no trailing commas or modifiers).
func (p *phrase) trim(s *sentence) {
	out := p.members[:0]
	for _, m := range p.members {
		if len(m.kinds) == 0 {
			continue
		}
		last := m.start
		for _, pc := range s.pieces {
			if pc.start >= m.start && pc.end <= m.end && pc.end > last {
				last = pc.end
			}
		}
		if last > m.start {
			m.end = last
		}
		out = append(out, m)
	}
	p.members = out
	if len(out) > 0 {
		p.start, p.end = min(p.start, out[0].start), out[len(out)-1].end
	}
}

func (s *sentence) startsActor(k int, pieceAt []int) bool {
	for ; k < len(s.words); k++ {
		if pieceAt[k] >= 0 {
			return s.pieces[pieceAt[k]].kind != pkPronoun
		}
		if !modifiers[s.lower[k]] {
			return false
		}
	}
	return false
}

// absorb adds a piece to a member: the first code wins (the country comes
// before the head: "Syrian government forces"), the last sector wins (the
// head comes last).
func (m *member) absorb(p piece) {
	m.kinds = append(m.kinds, p.kind)
	if m.code == "" && p.code != "" {
		m.code = p.code
	}
	if p.sector != "" && !(p.generic && m.has(pkOrg)) {
		m.sector = p.sector
	}
	if p.entity >= 0 && (m.entity < 0 || p.kind == pkPerson) {
		m.entity = p.entity
	}
}

func (m *member) headIsAgent() bool {
	if len(m.kinds) == 0 {
		return false
	}
	k := m.kinds[len(m.kinds)-1]
	return k == pkAgent || k == pkTitle || (k == pkName && m.code == "")
}

// distributeHeads shares a head noun across coordinated modifiers:
// "Hungarian and Romanian officials" are two GOV actors.
func (p *phrase) distributeHeads() {
	for i := len(p.members) - 2; i >= 0; i-- {
		m, next := &p.members[i], p.members[i+1]
		if m.sector == "" && onlyKinds(m.kinds, pkDemonym) && next.sector != "" {
			m.sector = next.sector
		}
	}
	for i := range p.members {
		if p.members[i].code == "" {
			p.members[i].code = p.members[i].ofCode
		}
	}
}

func onlyKinds(ks []pieceKind, k pieceKind) bool {
	for _, x := range ks {
		if x != k {
			return false
		}
	}
	return len(ks) > 0
}

func isNumber(w string) bool {
	digits := false
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			digits = true
		case r != ',' && r != '.':
			return false
		}
	}
	return digits
}
