package gazetteer

import (
	"fmt"
	"sort"
	"strings"
)

// leaders.tsv.gz: qid, label, iso3, role (S or G), start, end. Rows of a
// person are consecutive and sorted by start.
func (g *Gazetteer) loadLeader(f []string) error {
	if err := need(f, 6); err != nil {
		return err
	}
	role := HeadOfGovernment
	if f[3] == "S" {
		role = HeadOfState
	}
	g.leader(f[0], f[1]).Terms = append(g.leader(f[0], f[1]).Terms, Term{ISO3: f[2], Role: role, Start: f[4], End: f[5]})
	return nil
}

// leader returns the leader with this QID, adding one named label if new.
func (g *Gazetteer) leader(qid, label string) *Leader {
	if n := len(g.leaders); n > 0 && g.leaders[n-1].QID == qid {
		return &g.leaders[n-1]
	}
	if g.leaderByQID == nil {
		g.leaderByQID = make(map[string]int32)
	}
	if i, ok := g.leaderByQID[qid]; ok {
		return &g.leaders[i]
	}
	g.leaderByQID[qid] = int32(len(g.leaders))
	g.leaders = append(g.leaders, Leader{QID: qid, Name: label})
	return &g.leaders[len(g.leaders)-1]
}

// leaders_en.tsv (hand-made): qid, English name, surname, aliases, extra
// terms ("IRN:S:1989-06-04:" entries separated by '|', for offices the
// Wikidata extract lacks, such as Iran's Supreme Leader).
func (g *Gazetteer) loadLeaderEnglish(f []string) error {
	if err := need(f, 5); err != nil {
		return err
	}
	l := g.leader(f[0], f[1])
	if l.Name != f[1] {
		l.Aliases = append(l.Aliases, l.Name)
		l.Name = f[1]
	}
	l.Surname = f[2]
	l.Aliases = append(l.Aliases, list(f[3])...)
	l.handMade = true
	for _, t := range list(f[4]) {
		parts := strings.Split(t, ":")
		if len(parts) != 4 {
			return fmt.Errorf("bad term %q", t)
		}
		role := HeadOfGovernment
		if parts[1] == "S" {
			role = HeadOfState
		}
		l.Terms = append(l.Terms, Term{ISO3: parts[0], Role: role, Start: parts[2], End: parts[3]})
	}
	return nil
}

// orgs.tsv (hand-made): name, aliases, code, sector.
func (g *Gazetteer) loadOrg(f []string) error {
	if err := need(f, 4); err != nil {
		return err
	}
	id := int32(len(g.orgs))
	o := Org{Name: f[0], Aliases: list(f[1]), Code: f[2], Sector: f[3]}
	g.orgs = append(g.orgs, o)
	for _, n := range append([]string{o.Name}, o.Aliases...) {
		g.addName(g.orgIx, ClassOrg, n, id)
	}
	return nil
}

// titles.tsv (hand-made): name, aliases, sector, flags (S head of state,
// G head of government, H honorific, N group noun, C capitalised only).
func (g *Gazetteer) loadTitle(f []string) error {
	if err := need(f, 4); err != nil {
		return err
	}
	id := int32(len(g.titles))
	t := Title{Name: f[0], Sector: f[2]}
	switch {
	case strings.Contains(f[3], "S"):
		t.Head = HeadOfState
	case strings.Contains(f[3], "G"):
		t.Head = HeadOfGovernment
	}
	t.Honorific = strings.Contains(f[3], "H")
	t.Group = strings.Contains(f[3], "N")
	g.titles = append(g.titles, t)
	for _, n := range append([]string{t.Name}, list(f[1])...) {
		g.titleIx.add(n, foldedTokens(n), id)
		if t.Group {
			continue
		}
		// In text a title is capitalised before a name ("Foreign
		// Minister Javad Zarif") and lower case elsewhere ("the foreign
		// minister said").
		if !strings.Contains(n, " ") {
			g.noMatch[titleCase(n)] |= noPlace | noSurname
		}
		g.trie.insert(n, ClassTitle)
		g.trie.insert(titleCase(n), ClassTitle)
		if !strings.Contains(f[3], "C") {
			g.trie.insert(strings.ToLower(n), ClassTitle)
		}
	}
	return nil
}

// titleCase capitalises each word's first letter.
func titleCase(s string) string {
	b := []byte(s)
	for i := range b {
		if (i == 0 || b[i-1] == ' ' || b[i-1] == '-') && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// finish indexes the leaders (names and surnames) and orders ambiguous entries by preference.
func (g *Gazetteer) finish() {
	g.leadersByCountry = make(map[string][]int32, 256)
	for i := range g.leaders {
		l := &g.leaders[i]
		id := int32(i)
		g.sortTerms(l.Terms)
		for _, t := range l.Terms {
			addUnique32(g.leadersByCountry, t.ISO3, id)
		}
		for _, n := range append([]string{l.Name}, l.Aliases...) {
			g.addName(g.leaderIx, ClassPerson, n, id)
		}
		if l.Surname == "" && !l.handMade {
			l.Surname = guessSurname(l.Name, l.Latest().ISO3)
		}
		if l.Surname != "" && (l.handMade || recent(l)) {
			g.addName(g.surnameIx, ClassSurname, l.Surname, id)
		}
	}
	for _, m := range []map[string][]int32{g.placeIx.exact, g.placeIx.loose} {
		for _, ids := range m {
			if len(ids) > 1 {
				g.sortByPreference(ids)
			}
		}
	}
	for _, m := range []map[string][]int32{g.leaderIx.exact, g.leaderIx.loose, g.surnameIx.exact, g.surnameIx.loose} {
		for _, ids := range m {
			if len(ids) > 1 {
				g.sortLeaders(ids)
			}
		}
	}
	g.fillRegions()
}

func addUnique32(m map[string][]int32, k string, id int32) {
	if ids := m[k]; len(ids) > 0 && ids[len(ids)-1] == id {
		return
	}
	m[k] = append(m[k], id)
}

// recent reports whether a leader held office in 2000 or later: surnames
// of earlier leaders are more often just other people's surnames.
func recent(l *Leader) bool {
	for _, t := range l.Terms {
		if t.End == "" || t.End >= "2000" {
			return true
		}
	}
	return false
}

// surnameFirst are countries whose leaders' names put the family name
// first ("Xi Jinping", "Moon Jae-in"); noSurname those where news does not
// call leaders by a family name (Vietnamese, Burmese, Indonesian,
// Icelandic, Cambodian names).
var (
	surnameFirst = map[string]bool{"CHN": true, "TWN": true, "KOR": true, "PRK": true, "HKG": true, "MAC": true}
	noSurnameFor = map[string]bool{"VNM": true, "MMR": true, "IDN": true, "ISL": true, "KHM": true}
)

// guessSurname takes the family name from a Wikidata label when the label
// looks like a personal name; it gives up on regnal names ("Carlos III do
// Reino Unido"), single names and lower-case particles.
func guessSurname(label, iso3 string) string {
	words := strings.Fields(label)
	if len(words) < 2 || noSurnameFor[iso3] {
		return ""
	}
	if surnameFirst[iso3] {
		return words[0]
	}
	for _, w := range words {
		if w[0] < 'A' || w[0] > 'Z' {
			if !strings.HasPrefix(w, "al-") && !strings.HasPrefix(w, "el-") {
				return ""
			}
		}
	}
	last := words[len(words)-1]
	if len(last) < 3 || strings.Trim(last, "IVXL") == "" || last == "Jr." || last == "Sr." || strings.HasSuffix(last, ",") {
		return ""
	}
	return last
}

// fillRegions sets each city's Region from its admin-1 code.
func (g *Gazetteer) fillRegions() {
	regions := make(map[string]string)
	for _, p := range g.places {
		if p.Kind == KindAdmin1 {
			regions[p.ISO3+"."+p.Admin1] = p.Name
		}
	}
	for i := range g.places {
		p := &g.places[i]
		if p.Kind == KindCity || p.Kind == KindCapital {
			p.Region = regions[p.ISO3+"."+p.Admin1]
		}
	}
}

// sortTerms orders terms by start; among terms that start on the same day
// (a monarch of several realms) the most populous country comes last, so
// that Latest names it.
func (g *Gazetteer) sortTerms(terms []Term) {
	for i := range terms {
		if c, ok := g.byCode[terms[i].ISO3]; ok {
			terms[i].population = g.countries[c].Population
		}
	}
	sort.SliceStable(terms, func(i, j int) bool {
		if terms[i].Start != terms[j].Start {
			return terms[i].Start < terms[j].Start
		}
		return terms[i].population < terms[j].population
	})
}
