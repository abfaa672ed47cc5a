package gazetteer

import (
	"slices"
	"testing"
	"time"
)

func TestCountry(t *testing.T) {
	g := Default()
	tests := []struct{ name, iso3, display string }{
		{"America", "USA", "United States"},
		{"United States", "USA", "United States"},
		{"U.S.", "USA", "United States"},
		{"US", "USA", "United States"},
		{"USA", "USA", "United States"},
		{"United States of America", "USA", "United States"},
		{"Britain", "GBR", "United Kingdom"},
		{"UK", "GBR", "United Kingdom"},
		{"U.K.", "GBR", "United Kingdom"},
		{"Turkey", "TUR", "Turkey"},
		{"Türkiye", "TUR", "Turkey"},
		{"Russia", "RUS", "Russia"},
		{"Iran", "IRN", "Iran"},
		{"Syria", "SYR", "Syria"},
		{"Syrian Arab Republic", "SYR", "Syria"},
		{"Israel", "ISR", "Israel"},
		{"South Korea", "KOR", "South Korea"},
		{"North Korea", "PRK", "North Korea"},
		{"Georgia", "GEO", "Georgia"},
		{"the United States", "USA", "United States"},
		{"IRAN", "IRN", "Iran"},
	}
	for _, tc := range tests {
		c, ok := g.Country(tc.name)
		if !ok || c.ISO3 != tc.iso3 || c.Name != tc.display {
			t.Errorf("Country(%q) = %s %q, %v; want %s %q", tc.name, c.ISO3, c.Name, ok, tc.iso3, tc.display)
		}
	}
	for _, miss := range []string{"us", "is", "Tehran", "Iranian"} {
		if c, ok := g.Country(miss); ok {
			t.Errorf("Country(%q) = %s, want no match", miss, c.ISO3)
		}
	}
}

func TestCountryByCode(t *testing.T) {
	g := Default()
	for code, want := range map[string]string{"TR": "TUR", "TUR": "TUR", "us": "USA", "GB": "GBR", "XK": "XKX"} {
		if c, ok := g.CountryByCode(code); !ok || c.ISO3 != want {
			t.Errorf("CountryByCode(%q) = %s, %v; want %s", code, c.ISO3, ok, want)
		}
	}
	c, _ := g.CountryByCode("IRN")
	if c.Capital != "Tehran" || c.ISO2 != "IR" || c.Population < 1e7 {
		t.Errorf("IRN = %+v", c)
	}
}

func TestDemonym(t *testing.T) {
	g := Default()
	tests := map[string]string{
		"Iranian": "IRN", "Iranians": "IRN", "Turkish": "TUR", "Turks": "TUR", "Russian": "RUS",
		"Syrian": "SYR", "American": "USA", "Americans": "USA", "Israeli": "ISR", "British": "GBR",
		"Chinese": "CHN", "French": "FRA", "Palestinian": "PSE",
	}
	for form, want := range tests {
		if c, ok := g.Demonym(form); !ok || c.ISO3 != want {
			t.Errorf("Demonym(%q) = %s, %v; want %s", form, c.ISO3, ok, want)
		}
	}
	for _, place := range []string{"New Zealand", "Singapore", "Iran"} {
		if c, ok := g.Demonym(place); ok {
			t.Errorf("Demonym(%q) = %s; a place name is not a demonym", place, c.ISO3)
		}
	}
}

func TestPlaces(t *testing.T) {
	g := Default()
	tests := []struct {
		name, iso3 string
		kind       PlaceKind
	}{
		{"Tehran", "IRN", KindCapital},
		{"Damascus", "SYR", KindCapital},
		{"Moscow", "RUS", KindCapital},
		{"Ankara", "TUR", KindCapital},
		{"Jerusalem", "ISR", KindCapital},
		{"New York", "USA", KindCity},
		{"Washington", "USA", KindCapital},
		{"Paris", "FRA", KindCapital},
		{"Georgia", "GEO", KindCountry},
		{"Syria", "SYR", KindCountry},
		{"California", "USA", KindAdmin1},
		{"Aleppo", "SYR", KindCity},
	}
	for _, tc := range tests {
		ps := g.Places(tc.name)
		if len(ps) == 0 || ps[0].ISO3 != tc.iso3 || ps[0].Kind != tc.kind {
			var got string
			if len(ps) > 0 {
				got = ps[0].ISO3 + " " + ps[0].Kind.String()
			}
			t.Errorf("Places(%q)[0] = %s; want %s %s", tc.name, got, tc.iso3, tc.kind)
		}
	}
	if p, ok := g.Place("Maidan Wardak"); !ok || p.Kind != KindAdmin1 || p.ISO3 != "AFG" {
		t.Errorf("Place(Maidan Wardak) = %+v, %v; want the province (GeoNames: Maidan Wardak Province)", p, ok)
	}
	idlib := g.Places("Idlib")
	if len(idlib) < 2 || idlib[0].ISO3 != "SYR" || idlib[1].ISO3 != "SYR" {
		t.Errorf("Places(Idlib) = %+v; want the region and the city, both SYR", idlib)
	}
	ps := g.Places("Paris")
	var texas bool
	for _, p := range ps {
		texas = texas || (p.ISO3 == "USA" && p.Region == "Texas")
	}
	if !texas {
		t.Errorf("Places(Paris) lacks Paris, Texas: %+v", ps)
	}
}

func TestLeaders(t *testing.T) {
	g := Default()
	tests := []struct{ name, iso3, want string }{
		{"Vladimir Putin", "RUS", "Vladimir Putin"},
		{"Recep Tayyip Erdogan", "TUR", "Recep Tayyip Erdoğan"},
		{"Recep Tayyip Erdoğan", "TUR", "Recep Tayyip Erdoğan"},
		{"Hassan Rouhani", "IRN", "Hassan Rouhani"},
		{"Donald J. Trump", "USA", "Donald Trump"},
		{"Bashar Al-Assad", "SYR", "Bashar al-Assad"},
		{"Bashar al-Assad", "SYR", "Bashar al-Assad"},
		{"Carlos III do Reino Unido", "GBR", "King Charles III"},
		{"Kim Jong Un", "PRK", "Kim Jong Un"},
	}
	for _, tc := range tests {
		ls := g.Leaders(tc.name)
		if len(ls) == 0 || ls[0].Name != tc.want || ls[0].Latest().ISO3 != tc.iso3 {
			t.Errorf("Leaders(%q) = %+v; want %s of %s", tc.name, ls, tc.want, tc.iso3)
		}
	}
	surnames := []struct{ surname, want string }{
		{"Putin", "Vladimir Putin"}, {"Erdogan", "Recep Tayyip Erdoğan"}, {"Rouhani", "Hassan Rouhani"},
		{"Assad", "Bashar al-Assad"}, {"Trump", "Donald Trump"}, {"Netanyahu", "Benjamin Netanyahu"},
		{"Khamenei", "Ali Khamenei"}, {"Macron", "Emmanuel Macron"}, {"Kim", "Kim Jong Un"},
		{"Bush", "George W. Bush"}, {"Johnson", "Boris Johnson"},
	}
	for _, tc := range surnames {
		ls := g.LeadersBySurname(tc.surname)
		if len(ls) == 0 || ls[0].Name != tc.want {
			t.Errorf("LeadersBySurname(%q) = %v; want %s first", tc.surname, names(ls), tc.want)
		}
	}
	putin := g.Leaders("Putin")
	if len(putin) != 0 {
		t.Errorf("Leaders(Putin) = %v; a surname alone is not a full name", names(putin))
	}
	incumbents := []struct {
		iso3 string
		role Role
		date string
		want string
	}{
		{"IRN", HeadOfGovernment, "2018-09-07", "Hassan Rouhani"},
		{"USA", HeadOfState, "2018-09-07", "Donald Trump"},
		{"RUS", HeadOfState, "2018-09-07", "Vladimir Putin"},
		{"TUR", NoRole, "2018-09-07", "Recep Tayyip Erdoğan"},
		{"SYR", HeadOfState, "2018-09-07", "Bashar al-Assad"},
		{"IRN", HeadOfState, "2018-09-07", "Ali Khamenei"},
	}
	for _, tc := range incumbents {
		ls := g.Incumbents(tc.iso3, tc.role, tc.date)
		if !slices.Contains(names(ls), tc.want) {
			t.Errorf("Incumbents(%s, %v, %s) = %v; want %s among them", tc.iso3, tc.role, tc.date, names(ls), tc.want)
		}
	}
	trump := g.Leaders("Donald Trump")[0]
	if got := trump.InOffice("2018-09-07"); len(got) == 0 || got[0].ISO3 != "USA" {
		t.Errorf("Trump in office 2018-09-07: %+v", got)
	}
	for name, want := range map[string]string{"Emmanuel Macron": "FRA", "King Charles III": "GBR", "Vladimir Putin": "RUS"} {
		if got := g.Leaders(name)[0].InOffice("2023-06-01"); len(got) == 0 || got[0].ISO3 != want {
			t.Errorf("%s in office 2023-06-01: %+v; want %s first", name, got, want)
		}
	}
	if got := trump.InOffice("2022-01-01"); len(got) != 0 {
		t.Errorf("Trump in office 2022: %+v", got)
	}
}

func names(ls []Leader) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Name)
	}
	return out
}

func TestPerson(t *testing.T) {
	g := Default()
	tests := []struct{ name, canonical, code, sector string }{
		{"Sergei Lavrov", "Sergei Lavrov", "RUS", "GOV"},
		{"Sergey Lavrov", "Sergei Lavrov", "RUS", "GOV"},
		{"Javad Zarif", "Mohammad Javad Zarif", "IRN", "GOV"},
		{"Antonio Guterres", "Antonio Guterres", "IGO", "IGO"},
		{"Hassan Nasrallah", "Hassan Nasrallah", "LBN", "REB"},
	}
	for _, tc := range tests {
		p, ok := g.Person(tc.name)
		if !ok || p.Name != tc.canonical || p.Code != tc.code || p.Sector != tc.sector {
			t.Errorf("Person(%q) = %+v, %v; want %s %s/%s", tc.name, p, ok, tc.canonical, tc.code, tc.sector)
		}
	}
	if ps := g.PeopleBySurname("Lavrov"); len(ps) != 1 || ps[0].Code != "RUS" {
		t.Errorf("PeopleBySurname(Lavrov) = %+v", ps)
	}
	if a, ok := g.Actor("Lavrov"); ok {
		t.Errorf("Actor(Lavrov) = %+v; a surname alone is not resolved by Actor", a)
	}
}

func TestOrgAndTitle(t *testing.T) {
	g := Default()
	orgs := []struct{ name, canonical, code, sector string }{
		{"White House", "White House", "USA", "GOV"},
		{"Kremlin", "Kremlin", "RUS", "GOV"},
		{"U.N.", "United Nations", "IGO", "IGO"},
		{"ISIS", "Islamic State", "IMG", "REB"},
		{"Reuters", "Reuters", "GBR", "MED"},
		// Named as most news over the years names them, as Twitter is.
		{"Meta", "Facebook", "USA", "BUS"},
		{"Facebook", "Facebook", "USA", "BUS"},
	}
	for _, tc := range orgs {
		o, ok := g.Org(tc.name)
		if !ok || o.Name != tc.canonical || o.Code != tc.code || o.Sector != tc.sector {
			t.Errorf("Org(%q) = %+v, %v; want %s %s/%s", tc.name, o, ok, tc.canonical, tc.code, tc.sector)
		}
	}
	if o, ok := g.Org("is"); ok {
		t.Errorf("Org(is) = %+v; lower-case 'is' must not match IS", o)
	}
	titles := []struct {
		phrase, sector string
		head           Role
		honorific      bool
	}{
		{"President", "GOV", HeadOfState, false},
		{"president", "GOV", HeadOfState, false},
		{"Prime Minister", "GOV", HeadOfGovernment, false},
		{"Foreign Minister", "GOV", NoRole, false},
		{"Sen.", "LEG", NoRole, false},
		{"Gen.", "MIL", NoRole, false},
		{"Mr.", "", NoRole, true},
		{"spokesman", "GOV", NoRole, false},
	}
	for _, tc := range titles {
		ti, ok := g.Title(tc.phrase)
		if !ok || ti.Sector != tc.sector || ti.Head != tc.head || ti.Honorific != tc.honorific {
			t.Errorf("Title(%q) = %+v, %v", tc.phrase, ti, ok)
		}
	}
	for form, code := range map[string]string{"Kurdish": "KUR", "Kurds": "KUR", "Shiite": "SHI", "Sunnis": "SUN", "Republicans": "REP"} {
		if gr, ok := g.Group(form); !ok || gr.Code != code {
			t.Errorf("Group(%q) = %+v, %v; want %s", form, gr, ok, code)
		}
	}
	for phrase, sector := range map[string]string{"militants": "REB", "troops": "MIL", "protesters": "CVL"} {
		if ti, ok := g.Title(phrase); !ok || !ti.Group || ti.Sector != sector {
			t.Errorf("Title(%q) = %+v, %v; want group noun of %s", phrase, ti, ok, sector)
		}
	}
}

func TestLoadTime(t *testing.T) {
	start := time.Now()
	if _, err := Load(); err != nil {
		t.Fatal(err)
	}
	t.Logf("Load took %v", time.Since(start))
}
