package gazetteer

// Loading the hand-made lists: stop words, groups, organisations, titles.

import (
	"strings"

	"newsgraph/internal/gazetteer/norm"
)

// stopwords.tsv (hand-made): word, scopes (P places, S surnames).
func (g *Gazetteer) loadStopword(f []string) error {
	if err := need(f, 2); err != nil {
		return err
	}
	if strings.Contains(f[1], "P") {
		g.noMatch[f[0]] |= noPlace
	}
	if strings.Contains(f[1], "S") {
		g.noMatch[f[0]] |= noSurname
	}
	return nil
}

// groups.tsv (hand-made): name, other forms, kind, code, iso3.
func (g *Gazetteer) loadGroup(f []string) error {
	if err := need(f, 5); err != nil {
		return err
	}
	id := int32(len(g.groups))
	g.groups = append(g.groups, Group{Name: f[0], Kind: f[2], Code: f[3], ISO3: f[4]})
	for _, n := range append([]string{f[0]}, list(f[1])...) {
		g.addName(g.groupIx, ClassGroup, n, id)
		g.noMatch[norm.Fold(n)] |= noPlace | noSurname
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

// people.tsv (hand-made): name, aliases, surname, code, sector, role.
func (g *Gazetteer) loadPerson(f []string) error {
	if err := need(f, 6); err != nil {
		return err
	}
	id := int32(len(g.people))
	p := Person{Name: f[0], Aliases: list(f[1]), Surname: f[2], Code: f[3], Sector: f[4], Role: f[5]}
	g.people = append(g.people, p)
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		g.addName(g.personIx, ClassPerson, n, id)
	}
	if p.Surname != "" {
		g.addName(g.personSurname, ClassSurname, p.Surname, id)
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
