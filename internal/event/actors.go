package event

import (
	"strings"
	"unicode"
)

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

// same reports whether two members are the same words of one sentence.
func (m member) same(o member) bool { return m.start == o.start && m.end == o.end && m.from == o.from }

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
		// A phrase starts at a piece, possibly after modifiers; a number
		// that ends a date ("On March 3, 2024 Egyptian police") is none.
		j := i
		for j < n && pieceAt[j] < 0 && (modifiers[s.lower[j]] || isNumber(s.words[j]) && !s.dateWord[j]) {
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
			if isPossessive(w) || w == "-" || modifiers[w] || isNumber(s.words[k]) {
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
		m := &p.members[i]
		if m.code == "" {
			m.code = m.ofCode
		}
		if m.code == "" && m.sector == "" && m.has(pkName) && civilBodies[m.from.words[m.end-1]] {
			// "the Ceasefire Violations Committee", "the Third World
			// Water Forum": a named association no gazetteer or country
			// claims is coded, as CAMEO does, a non-governmental body.
			m.code = "NGO"
		}
		if m.sector == "" && m.code != "IGO" && m.code != "NGO" && m.namesAFirm() {
			// "Dynamics Corp of America", "Acme Holdings": a corporate
			// designator makes the name a firm's, whatever country
			// its name holds.
			m.sector = "BUS"
		}
	}
}

// namesAFirm reports whether a named member carries a corporate
// designator after its first word ("Norfolk Southern Corp.", "Amir Mines
// Ltd"); at the start, "Co" is a county ("Co Durham"). "Bank" is none: a
// central bank is a state's.
func (m member) namesAFirm() bool {
	if m.from == nil || !m.has(pkName) && !m.has(pkOrg) {
		return false
	}
	for k := m.start + 1; k < m.end; k++ {
		if firmDesignators[strings.TrimSuffix(m.from.words[k], ".")] {
			return true
		}
	}
	return false
}

// isFirm reports whether a business member is a firm, named ("Acme
// Corp") or by its kind ("Peking's telephone company", "U.S. banks"); a
// person or body the entity layer gave a business role ("the Scottish
// Executive") is not.
func (m member) isFirm() bool {
	return m.sector == "BUS" && (m.namesAFirm() || len(m.kinds) > 0 && m.kinds[len(m.kinds)-1] == pkAgent)
}

// firmDesignators end or mark the names of companies.
var firmDesignators = map[string]bool{
	"Corp": true, "Corporation": true, "Inc": true, "Incorp": true, "Co": true, "Ltd": true, "Plc": true,
	"PLC": true, "plc": true, "LLC": true, "AG": true, "GmbH": true, "NV": true, "Bancorp": true,
	"Holdings": true,
}

// civilBodies end the names of non-governmental bodies.
var civilBodies = map[string]bool{
	"Association": true, "Forum": true, "Foundation": true, "Federation": true, "Institute": true,
	"Society": true, "Network": true, "Watch": true, "Committee": true, "Observatory": true,
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
