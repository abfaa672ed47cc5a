package gazetteer

// Loading leaders: Wikidata terms, English names, surnames.

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
