package quote

import (
	"strings"

	"newsgraph/internal/gazetteer"
)

// Gender lets "she" skip a man and "he" a woman when a pronoun is
// resolved: '"…," she said' after a paragraph about Jason Gardener and a
// female sprinter the entity layer missed was Gardener's. What the
// article itself says decides: an honorific before a mention ("Mr
// Blunkett", "Mrs May") or a gendered role noun in the entity's roles
// ("spokeswoman"); else a common first name of one gender
// (gazetteer.FirstNameGender). An entity with no evidence, or mixed,
// stays unknown and keeps every pronoun.

// pronounGender is the gender "he" and "she" ask for.
func pronounGender(w string) gazetteer.Gender {
	switch w {
	case "he", "him", "his":
		return gazetteer.Male
	case "she", "her", "hers":
		return gazetteer.Female
	}
	return gazetteer.Unknown
}

// entityGender is what the article says of entity e's gender.
func (a *attributor) entityGender(e int) gazetteer.Gender {
	if a.genders == nil {
		a.genders = map[int]gazetteer.Gender{}
	}
	if g, ok := a.genders[e]; ok {
		return g
	}
	g := a.readGender(e)
	a.genders[e] = g
	return g
}

func (a *attributor) readGender(e int) gazetteer.Gender {
	ent := &a.d.Entities[e]
	var seen [3]bool
	for _, mi := range ent.Mentions {
		if t := a.d.TokenAt(a.d.Mentions[mi].Start); t > 0 {
			seen[gazetteer.HonorificGender(a.d.TokenText(t-1))] = true
		}
	}
	for _, r := range ent.Roles {
		for _, w := range strings.Fields(strings.ToLower(r.Title)) {
			seen[nounGender(w)] = true
		}
	}
	switch {
	case seen[gazetteer.Male] && seen[gazetteer.Female]:
		return gazetteer.Unknown
	case seen[gazetteer.Male]:
		return gazetteer.Male
	case seen[gazetteer.Female]:
		return gazetteer.Female
	}
	return gazetteer.NameGender(ent.Name)
}

// nounGender is the gender a role noun says ("spokeswoman", "chairman").
func nounGender(w string) gazetteer.Gender {
	switch {
	case feminineNouns[w]:
		return gazetteer.Female
	case masculineNouns[w]:
		return gazetteer.Male
	}
	return gazetteer.Unknown
}

// genderFits reports whether pronoun w may stand for entity e.
func (a *attributor) genderFits(w string, e int) bool {
	want := pronounGender(w)
	if want == gazetteer.Unknown || a.d.Entities[e].Type != "PERSON" {
		return true
	}
	got := a.entityGender(e)
	return got == gazetteer.Unknown || got == want
}
