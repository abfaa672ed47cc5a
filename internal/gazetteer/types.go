package gazetteer

import "sort"

// Country is a sovereign state or territory.
type Country struct {
	ISO2, ISO3 string
	// Name is the familiar English news name ("United States", "Turkey",
	// "Iran"); Official is the formal name ("Islamic Republic of Iran").
	Name, Official string
	Capital        string
	Population     int
	Independent    bool
}

// PlaceKind says what a Place is. Lower kinds are preferred when a name is
// ambiguous.
type PlaceKind uint8

const (
	KindCountry PlaceKind = iota
	KindCapital           // a national capital
	KindCity              // another populated place (GeoNames, population ≥ 15,000)
	KindAdmin1            // a first-level region: state, province, governorate
	KindRegion            // another region, sea or continent (a hand-made list)
)

func (k PlaceKind) String() string {
	switch k {
	case KindCountry:
		return "country"
	case KindCapital:
		return "capital"
	case KindCity:
		return "city"
	case KindAdmin1:
		return "admin1"
	case KindRegion:
		return "region"
	}
	return "unknown"
}

// Place is a country, city or admin-1 region.
type Place struct {
	GeonameID int // 0 for countries
	Name      string
	Kind      PlaceKind
	ISO3      string // the country the place lies in
	// Admin1 is the GeoNames admin-1 code ("NY", "12") and Region that
	// region's name ("New York", "Idlib"); both are empty when unknown.
	Admin1, Region string
	Population     int // for an admin-1 region, the sum of its cities'
	Lat, Lon       float64
}

// Role is the office a leader holds, or a title stands for.
type Role uint8

const (
	NoRole Role = iota
	HeadOfState
	HeadOfGovernment
)

func (r Role) String() string {
	switch r {
	case HeadOfState:
		return "head_of_state"
	case HeadOfGovernment:
		return "head_of_government"
	}
	return ""
}

// Term is one tenure in office. Dates are "YYYY-MM-DD"; End is "" while
// the term is open (or its end unknown).
type Term struct {
	ISO3       string
	Role       Role
	Start, End string

	population int // of the country, to order concurrent terms
}

// Leader is a head of state or government (Wikidata), with English names
// added by hand for the leaders news mentions most.
type Leader struct {
	QID string
	// Name is the English name where known, else the Wikidata label,
	// which may be Portuguese ("Carlos III do Reino Unido").
	Name    string
	Surname string // "" when it cannot be told safely
	Aliases []string
	Terms   []Term // sorted by start

	handMade bool // listed in leaders_en.tsv
}

// Latest returns the leader's most recent term.
func (l *Leader) Latest() Term {
	if len(l.Terms) == 0 {
		return Term{}
	}
	return l.Terms[len(l.Terms)-1]
}

// InOffice returns the terms that include date ("YYYY-MM-DD"; a shorter
// prefix such as "2018" compares as its start), the most populous
// country's first: Macron is President of France before co-prince of
// Andorra, Charles III King of the United Kingdom before Canada.
func (l *Leader) InOffice(date string) []Term {
	var out []Term
	for _, t := range l.Terms {
		if t.Start <= date && (t.End == "" || date < t.End) {
			out = append(out, t)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].population > out[j].population })
	return out
}

// Group is an ethnic, religious or political group named by adjective or
// plural ("Kurdish", "Shiites", "Republicans"): OntoNotes NORP that is not
// a nationality.
type Group struct {
	Name string // canonical adjective
	Kind string // ethnic, religious, political
	// Code is a CAMEO-style group code (KUR, MOS, SHI, SUN, CHR, JEW,
	// ...), not an ISO code; ISO3 the country most associated with the
	// group, "" when none.
	Code, ISO3 string
}

// Person is someone news quotes often who is not a head of state or
// government: ministers, envoys, militant leaders, officials of
// international organisations, business people (a hand-made list).
type Person struct {
	Name    string
	Aliases []string
	Surname string // "" when too common to index
	// Code and Sector code the person as an actor (see Org); Role is the
	// office the person is best known for ("Foreign Minister").
	Code, Sector, Role string
}

// Org is an organisation: government body, IGO, NGO, armed group, party,
// news outlet or company.
type Org struct {
	Name    string
	Aliases []string
	// Code is the actor code: an ISO 3166 alpha-3 country code; "IGO"
	// (intergovernmental), "NGO" (international non-governmental), "IMG"
	// (transnational armed group: al-Qaeda, Islamic State); or "" for
	// generic bodies whose country comes from context ("Foreign
	// Ministry").
	Code string
	// Sector is the PLOVER/CAMEO sector: GOV, MIL, LEG, JUD, COP, SPY,
	// REB, PTY, MED (media), BUS, EDU, REL, HLH, LAB, CVL, IGO, NGO.
	Sector string
}

// Title is a role title or honorific ("President", "Sen.", "Mr.").
type Title struct {
	Name   string // canonical form, as written before a name
	Sector string // PLOVER sector; "" for honorifics
	// Head says whether the title names a head of state or government.
	Head Role
	// Honorific is set for "Mr.", "Dr." and the like, which say nothing
	// about a role.
	Honorific bool
	// Group is set for nouns naming members of a sector ("militants",
	// "troops", "protesters"): they code actors but are not titles before
	// a name, so the matcher does not tag them.
	Group bool
}
