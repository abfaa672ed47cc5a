package gazetteer

import (
	"sort"
	"strings"
)

// Country looks a country up by name, official name, alternative spelling
// or common English variant ("America", "U.S.", "Britain", "Türkiye").
func (g *Gazetteer) Country(name string) (Country, bool) {
	return first(g.countries, g.countryIx.get(name))
}

// CountryByCode looks a country up by ISO 3166 alpha-2 or alpha-3 code.
func (g *Gazetteer) CountryByCode(code string) (Country, bool) {
	if i, ok := g.byCode[strings.ToUpper(code)]; ok {
		return g.countries[i], true
	}
	return Country{}, false
}

// Countries returns every country, ordered by ISO3.
func (g *Gazetteer) Countries() []Country { return g.countries }

// Demonym resolves a nationality adjective or demonym ("Iranian",
// "Turks", "American") to its country; a form shared by several
// countries resolves to the most populous.
func (g *Gazetteer) Demonym(form string) (Country, bool) {
	return first(g.countries, g.demonyms.get(form))
}

// Places returns the places with this name, best first: countries, then
// capitals, then by population. "Idlib" matches the "Idlib Governorate"
// form of a region too.
func (g *Gazetteer) Places(name string) []Place {
	return pick(g.places, g.placeIx.get(name))
}

// Place returns the preferred place with this name.
func (g *Gazetteer) Place(name string) (Place, bool) {
	return first(g.places, g.placeIx.get(name))
}

// Leaders returns the leaders known by this full name or alias, most
// recently in office first.
func (g *Gazetteer) Leaders(name string) []Leader {
	return pick(g.leaders, g.leaderIx.get(name))
}

// LeadersBySurname returns the leaders with this surname ("Putin",
// "Erdogan", "Assad"), most recently in office first.
func (g *Gazetteer) LeadersBySurname(surname string) []Leader {
	return pick(g.leaders, g.surnameIx.get(surname))
}

// Incumbents returns the leaders of country iso3 in office on date
// ("YYYY-MM-DD"), in role (NoRole: either), latest start first, so "the
// Iranian president" in a 2018 article can be resolved to a person. The
// Wikidata extract has overlaps and gaps: treat the answer as candidates.
func (g *Gazetteer) Incumbents(iso3 string, role Role, date string) []Leader {
	var out []Leader
	for _, id := range g.leadersByCountry[strings.ToUpper(iso3)] {
		l := &g.leaders[id]
		for _, t := range l.InOffice(date) {
			if t.ISO3 == iso3 && (role == NoRole || t.Role == role) {
				out = append(out, *l)
				break
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Latest().Start > out[j].Latest().Start })
	return out
}

// first returns the item of all that ids names first: an index's
// preferred answer.
func first[T any](all []T, ids []int32) (T, bool) {
	if len(ids) == 0 {
		var zero T
		return zero, false
	}
	return all[ids[0]], true
}

// pick returns the items of all that ids names, in ids' order.
func pick[T any](all []T, ids []int32) []T {
	out := make([]T, len(ids))
	for i, id := range ids {
		out[i] = all[id]
	}
	return out
}

// Person looks up someone in the hand-made list of people news quotes
// who are not heads of state or government ("Sergei Lavrov").
func (g *Gazetteer) Person(name string) (Person, bool) {
	return first(g.people, g.personIx.get(name))
}

// PeopleBySurname returns the listed people with this surname ("Lavrov").
func (g *Gazetteer) PeopleBySurname(surname string) []Person {
	return pick(g.people, g.personSurname.get(surname))
}

// Group looks up an ethnic, religious or political group by adjective or
// plural ("Kurds", "Shiite", "Republicans").
func (g *Gazetteer) Group(form string) (Group, bool) {
	return first(g.groups, g.groupIx.get(form))
}

// Org looks an organisation up by name or alias ("UN", "U.N.", "ISIS").
func (g *Gazetteer) Org(name string) (Org, bool) {
	return first(g.orgs, g.orgIx.get(name))
}

// Title looks a role title or honorific up, case-insensitively
// ("President", "foreign minister", "Sen.").
func (g *Gazetteer) Title(phrase string) (Title, bool) {
	return first(g.titles, g.titleIx.get(phrase))
}

// Actor is what event coding needs of a name: a code (ISO3, "IGO", "NGO"
// or "" when unknown) and a sector ("" when the name says nothing of one).
type Actor struct {
	Code, Sector string
	Source       string // which list answered: org, country, leader, person, demonym, title, place
	Name         string // the canonical name of what was found
}

// Actor resolves a name, demonym or title to an actor code and sector,
// trying organisations, countries, leaders (their latest office; sector
// GOV), other people, demonyms, titles and places, in that order.
func (g *Gazetteer) Actor(name string) (Actor, bool) {
	if o, ok := g.Org(name); ok {
		return Actor{Code: o.Code, Sector: o.Sector, Source: "org", Name: o.Name}, true
	}
	if c, ok := g.Country(name); ok {
		return Actor{Code: c.ISO3, Source: "country", Name: c.Name}, true
	}
	if ls := g.Leaders(name); len(ls) > 0 {
		return Actor{Code: ls[0].Latest().ISO3, Sector: "GOV", Source: "leader", Name: ls[0].Name}, true
	}
	if p, ok := g.Person(name); ok {
		return Actor{Code: p.Code, Sector: p.Sector, Source: "person", Name: p.Name}, true
	}
	if c, ok := g.Demonym(name); ok {
		return Actor{Code: c.ISO3, Source: "demonym", Name: c.Name}, true
	}
	if t, ok := g.Title(name); ok && !t.Honorific {
		return Actor{Sector: t.Sector, Source: "title", Name: t.Name}, true
	}
	if p, ok := g.Place(name); ok {
		return Actor{Code: p.ISO3, Source: "place", Name: p.Name}, true
	}
	return Actor{}, false
}

// sortLeaders orders leader ids: the hand-listed leaders news mentions
// most first, then by their latest term's start, newest first, so "Kim"
// is Kim Jong Un before a North Korean premier and "Bush" a president
// before a Cayman premier.
func (g *Gazetteer) sortLeaders(ids []int32) {
	sort.SliceStable(ids, func(i, j int) bool {
		a, b := &g.leaders[ids[i]], &g.leaders[ids[j]]
		if a.handMade != b.handMade {
			return a.handMade
		}
		return a.Latest().Start > b.Latest().Start
	})
}
