package gazetteer

// Loading countries, demonyms and places.

import (
	"fmt"
	"strconv"
	"strings"

	"newsgraph/internal/gazetteer/norm"
)

// countries.tsv.gz: iso2, iso3, name, official, capital, population,
// alternative spellings, independent.
func (g *Gazetteer) loadCountry(f []string) error {
	if err := need(f, 8); err != nil {
		return err
	}
	pop, _ := strconv.Atoi(f[5])
	id := int32(len(g.countries))
	g.countries = append(g.countries, Country{ISO2: f[0], ISO3: f[1], Name: f[2], Official: f[3], Capital: f[4], Population: pop, Independent: f[7] == "1"})
	g.byCode[f[0]], g.byCode[f[1]] = id, id
	// A country is also a place, the one preferred for its name.
	g.countryPlace = append(g.countryPlace, int32(len(g.places)))
	g.places = append(g.places, Place{Name: f[2], Kind: KindCountry, ISO3: f[1], Population: pop})
	for _, n := range append([]string{f[2], f[3]}, list(f[6])...) {
		g.addCountryName(n, id)
	}
	return nil
}

func (g *Gazetteer) addCountryName(name string, id int32) {
	// A country's name is not also a leader's surname ("Madhav Kumar
	// Nepal").
	if !strings.Contains(name, " ") {
		g.noMatch[norm.Fold(name)] |= noSurname
	}
	g.addName(g.countryIx, ClassCountry, name, id)
	g.placeIx.add(name, foldedTokens(name), g.countryPlace[id])
}

// countries_en.tsv (hand-made): iso3, English news name ("" keeps the
// source's), extra names.
func (g *Gazetteer) loadCountryEnglish(f []string) error {
	if err := need(f, 3); err != nil {
		return err
	}
	id, ok := g.byCode[f[0]]
	if !ok {
		return fmt.Errorf("unknown country %q", f[0])
	}
	if f[1] != "" {
		g.countries[id].Name = f[1]
		g.places[g.countryPlace[id]].Name = f[1]
		g.addCountryName(f[1], id)
	}
	for _, n := range list(f[2]) {
		g.addCountryName(n, id)
	}
	return nil
}

// demonyms: form, iso3 (and a form type, unused).
func (g *Gazetteer) loadDemonym(f []string) error {
	if err := need(f, 2); err != nil {
		return err
	}
	id, ok := g.byCode[f[1]]
	if !ok {
		return fmt.Errorf("unknown country %q", f[1])
	}
	g.addName(g.demonyms, ClassDemonym, f[0], id)
	g.noMatch[norm.Fold(f[0])] |= noPlace | noSurname
	return nil
}

// places.tsv.gz: geonameid, kind (C, P, A), iso3, admin-1 code,
// population, lat, lon, name, alternate names.
func (g *Gazetteer) loadPlace(f []string) error {
	if err := need(f, 9); err != nil {
		return err
	}
	gid, _ := strconv.Atoi(f[0])
	pop, _ := strconv.Atoi(f[4])
	p := Place{GeonameID: gid, Name: f[7], ISO3: f[2], Admin1: f[3], Population: pop}
	if f[5] != "" { // regions have no coordinates
		p.Lat, _ = strconv.ParseFloat(f[5], 64)
		p.Lon, _ = strconv.ParseFloat(f[6], 64)
	}
	class := ClassPlace
	switch f[1] {
	case "C":
		p.Kind = KindCapital
	case "P":
		p.Kind = KindCity
	case "A":
		p.Kind, p.Region, class = KindAdmin1, f[7], ClassAdmin1
	default:
		return fmt.Errorf("unknown place kind %q", f[1])
	}
	id := int32(len(g.places))
	g.places = append(g.places, p)
	g.addPlaceName(class, f[7], id)
	for rest := f[8]; rest != ""; {
		var n string
		n, rest, _ = strings.Cut(rest, "|")
		g.addPlaceName(class, n, id)
	}
	return nil
}

// addPlaceName indexes a place's name; a region's name also without its
// generic word ("Idlib Governorate" → "Idlib").
func (g *Gazetteer) addPlaceName(class Class, name string, id int32) {
	g.addName(g.placeIx, class, name, id)
	if class == ClassAdmin1 {
		if short := stripRegionWord(name); short != "" {
			g.addName(g.placeIx, class, short, id)
		}
	}
}

// regions.tsv (hand-made): name, aliases, iso3, and optionally the kind
// of place meant (A admin-1, P city). A row naming a place GeoNames
// already has (same name, country and kind) adds its aliases to that place
// instead ("Deir al-Zor" to the Deir ez-Zor region, "Kobani" to ‘Ayn al
// ‘Arab, "N.Y." to the state); the best-ranked such place gets them.
func (g *Gazetteer) loadRegion(f []string) error {
	if err := need(f, 3); err != nil {
		return err
	}
	want := func(k PlaceKind) bool { return k != KindRegion }
	if len(f) > 3 && f[3] == "A" {
		want = func(k PlaceKind) bool { return k == KindAdmin1 }
	} else if len(f) > 3 && f[3] == "P" {
		want = func(k PlaceKind) bool { return k == KindCity || k == KindCapital }
	}
	id, class := int32(len(g.places)), ClassRegion
	for _, old := range g.placeIx.get(f[0]) {
		if p := g.places[old]; p.ISO3 == f[2] && want(p.Kind) {
			id, class = old, placeClass[p.Kind]
			break
		}
	}
	if class == ClassRegion && len(f) > 3 && f[3] != "" {
		return fmt.Errorf("no %s place %q of kind %s to add aliases to", f[2], f[0], f[3])
	}
	if class == ClassRegion {
		g.places = append(g.places, Place{Name: f[0], Kind: KindRegion, ISO3: f[2]})
	}
	for _, n := range append([]string{f[0]}, list(f[1])...) {
		g.addName(g.placeIx, class, n, id)
	}
	return nil
}

// placeClass is the matcher class of each kind of place.
var placeClass = [...]Class{KindCountry: ClassCountry, KindCapital: ClassPlace, KindCity: ClassPlace, KindAdmin1: ClassAdmin1, KindRegion: ClassRegion}

// regionWords are the generic words GeoNames appends to region names; a
// text says "Idlib", not "Idlib Governorate".
var regionWords = []string{" Governorate", " Province", " Region", " Oblast", " Prefecture", " District",
	" State", " Department", " County", " Municipality", " Voivodeship", " Krai", " Territory", " Emirate"}

func stripRegionWord(name string) string {
	for _, w := range regionWords {
		if s, ok := strings.CutSuffix(name, w); ok && s != "" {
			return s
		}
	}
	return ""
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
