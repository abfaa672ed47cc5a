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
