package gazetteer

import "testing"

// TestHandListsConsistent checks the hand-made lists against themselves:
// every alias of an organisation or title must lead back to it (two
// entries claiming one alias would make one unreachable), and every
// hand-listed leader must have a term.
func TestHandListsConsistent(t *testing.T) {
	g := Default()
	for _, o := range g.orgs {
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			if got, ok := g.Org(n); !ok || got.Name != o.Name {
				t.Errorf("Org(%q) = %q; the alias belongs to %q", n, got.Name, o.Name)
			}
		}
	}
	for _, p := range g.people {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if got, ok := g.Person(n); !ok || got.Name != p.Name {
				t.Errorf("Person(%q) = %q; the alias belongs to %q", n, got.Name, p.Name)
			}
		}
	}
	for _, ti := range g.titles {
		if got, ok := g.Title(ti.Name); !ok || got.Name != ti.Name {
			t.Errorf("Title(%q) = %q", ti.Name, got.Name)
		}
	}
	for _, l := range g.leaders {
		if len(l.Terms) == 0 {
			t.Errorf("leader %s %q has no term", l.QID, l.Name)
		}
	}
	if n := len(g.orgs); n < 400 {
		t.Errorf("only %d organisations", n)
	}
}

// TestRegions checks hand-made regions, and that a row naming an existing
// admin-1 region adds aliases to it rather than a second place.
func TestRegions(t *testing.T) {
	g := Default()
	tests := []struct {
		name, iso3 string
		kind       PlaceKind
	}{
		{"Golan Heights", "SYR", KindRegion},
		{"Middle East", "", KindRegion},
		{"Strait of Hormuz", "", KindRegion},
		{"Baluchistan", "PAK", KindAdmin1},
		{"Kobani", "SYR", KindCity},
		{"D.C.", "USA", KindCapital},
		{"Washington, D.C.", "USA", KindCapital},
		{"N.Y.", "USA", KindAdmin1},
		{"Calif.", "USA", KindAdmin1},
		{"Ga.", "USA", KindAdmin1},
		// The city comes before the region of the same name it lies in.
		{"Deir al-Zor", "SYR", KindCity},
		{"Gaza", "PSE", KindCity},
	}
	for _, tc := range tests {
		ps := g.Places(tc.name)
		if len(ps) == 0 || ps[0].Kind != tc.kind || ps[0].ISO3 != tc.iso3 {
			t.Errorf("Places(%q) = %+v; want %s %s first", tc.name, ps, tc.kind, tc.iso3)
		}
	}
	for _, p := range g.places {
		if p.Kind != KindRegion {
			continue
		}
		for _, q := range g.Places(p.Name) {
			if (q.Kind == KindCountry || q.Kind == KindAdmin1) && q.ISO3 == p.ISO3 {
				t.Errorf("region %q repeats %s %q", p.Name, q.Kind, q.Name)
			}
		}
	}
}

func TestCountriesComplete(t *testing.T) {
	g := Default()
	if n := len(g.Countries()); n < 245 {
		t.Fatalf("%d countries", n)
	}
	for _, c := range g.Countries() {
		if c.ISO2 == "" || len(c.ISO3) != 3 || c.Name == "" {
			t.Errorf("incomplete country %+v", c)
		}
		if got, ok := g.Country(c.Name); !ok || got.ISO3 != c.ISO3 {
			t.Errorf("Country(%q) = %s; want %s", c.Name, got.ISO3, c.ISO3)
		}
	}
}
