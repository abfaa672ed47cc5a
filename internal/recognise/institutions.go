package recognise

import (
	"regexp"
	"strings"

	"newsgraph/internal/doc"
)

// State institutions have the same name in every country: "the Finance
// Ministry", "the central bank", "parliament", "the Justice Department".
// A corpus merges entities by name, so France's Finance Ministry and
// Japan's would become one. Each is therefore named for its country
// ("Finance Ministry (Japan)") where the article says which: a country or
// demonym in the name ("Japanese Finance Ministry"), a possessive before
// it ("Japan's Finance Ministry"), or else the one country the article is
// about (for a department, the United States; see qualifyInstitutions).
// The article's bare mentions join the qualified entity, and its bare
// name is no alias, since an alias joins entities across the corpus.
// Where no country is clear the name stays bare, as before.

// genericInstitution matches the lower-cased name of an institution every
// state has, with no country in it.
var genericInstitution = regexp.MustCompile(`^(?:` +
	`(?:[a-z]+(?: and [a-z]+)? )?ministry` + // "finance ministry", "posts and telecommunications ministry"
	`|ministry of [a-z]+(?: and [a-z]+)?` +
	`|` + nationalDepartments + ` department` +
	`|department of (?:the )?` + nationalDepartments +
	`|treasury|central bank|parliament|cabinet|supreme court|constitutional court` +
	`|army|navy|air force|national police|police|foreign office)$`)

// nationalDepartments are the departments of a national government, as
// the United States names its ministries. A city has a police, fire or
// health department of its own, so those stay as written.
const nationalDepartments = `(?:state|treasury|defen[cs]e|justice|agriculture|commerce|labou?r|energy|education|interior|` +
	`transportation|homeland security|veterans affairs|health and human services|housing and urban development)`

func isDepartment(name string) bool { return strings.Contains(strings.ToLower(name), "department") }

func isGenericInstitution(name string) bool {
	n := strings.ToLower(strings.Join(strings.Fields(trimDeterminer(name)), " "))
	return genericInstitution.MatchString(n)
}

// canonicalInstitution writes "Ministry of Finance" as "Finance
// Ministry" and "Department of the Treasury" as "Treasury Department", so
// the two ways news names one institution give one name.
func canonicalInstitution(base string) string {
	words := strings.Fields(base)
	if len(words) > 2 && strings.EqualFold(words[1], "of") {
		rest := words[2:]
		if strings.EqualFold(rest[0], "the") {
			rest = rest[1:]
		}
		if head := strings.ToLower(words[0]); head == "ministry" || head == "department" {
			return strings.Join(rest, " ") + " " + words[0]
		}
	}
	return strings.Join(words, " ")
}

// qualifyInstitutions names generic institutions for their country, a
// mention at a time: "Japan's Finance Ministry and France's" are two. A
// bare mention goes with the one country the entity's other mentions
// name, else with the article's country; with neither it stays bare.
func (r *Recogniser) qualifyInstitutions(d *doc.Doc) {
	counts := countryMentions(d)
	about := r.articleCountry(counts)
	// "The State Department", "the Agriculture Department": news names
	// the United States' departments so, and other countries' ministries.
	// A bare department is the United States' when the article mentions
	// that country at all, else it stays bare, whatever the article's
	// country: "TWA applied to the Department of Transportation" in a
	// story about Italy.
	departmentCountry := ""
	if counts["USA"] > 0 {
		if c, ok := r.gaz.CountryByCode("USA"); ok {
			departmentCountry = c.Name
		}
	}
	byName := map[string]int{} // qualified name → entity
	for e, n := 0, len(d.Entities); e < n; e++ {
		ent := d.Entities[e]
		if ent.Type != "ORG" || len(ent.Mentions) == 0 {
			continue
		}
		base, _ := r.namedCountry(trimDeterminer(ent.Name))
		if !isGenericInstitution(base) {
			continue
		}
		country := make([]string, len(ent.Mentions)) // per mention, "" when bare
		named := map[string]bool{}
		for k, mi := range ent.Mentions {
			if nameGoesOn(d, mi) {
				country[k] = noCountry
				continue
			}
			if _, c := r.namedCountry(trimDeterminer(d.Str(d.Mentions[mi].Span))); c != "" {
				country[k] = c
			} else {
				country[k] = r.ownerCountry(d, mi)
			}
			if country[k] != "" {
				named[country[k]] = true
			}
		}
		fallback := about
		if isDepartment(base) {
			fallback = departmentCountry
		}
		if len(named) == 1 {
			for c := range named {
				fallback = c
			}
		} else if len(named) > 1 && !named[about] {
			fallback = ""
		}
		names := make([]string, len(ent.Mentions)) // per mention, "" to stay bare
		for k, c := range country {
			if c == "" {
				c = fallback
			}
			if c != "" && c != noCountry {
				names[k] = r.qualified(canonicalInstitution(base), c)
			}
		}
		if _, taken := byName[names[0]]; names[0] != "" && !taken && allSame(names) {
			// One country for the whole entity: renamed in place, so roles
			// that point at it ("a Finance Ministry spokesman") still do.
			d.Entities[e].Name = names[0]
			byName[names[0]] = e
			continue
		}
		var bare []int
		for k, mi := range ent.Mentions {
			if names[k] == "" {
				bare = append(bare, mi)
				continue
			}
			into, ok := byName[names[k]]
			if !ok {
				d.Entities = append(d.Entities, doc.Entity{Name: names[k], Type: "ORG"})
				into = len(d.Entities) - 1
				byName[names[k]] = into
			}
			r.attach(d, mi, into)
		}
		d.Entities[e].Mentions = bare // finishEntities drops it when empty
	}
}

// qualified names institution for country. The United States' treasury
// is the "Treasury Department" whichever way an article names it, so
// "the Treasury" and "the Treasury Department" of one American story
// are one entity; other countries' (Britain's, France's) stay "Treasury".
func (r *Recogniser) qualified(institution, country string) string {
	if strings.EqualFold(institution, "Treasury") {
		if c, ok := r.gaz.CountryByCode("USA"); ok && c.Name == country {
			institution = "Treasury Department"
		}
	}
	return institution + " (" + country + ")"
}

// noCountry marks a mention that is part of a longer name, which no
// country qualifies.
const noCountry = "-"

// nameGoesOn reports whether the text after mention mi carries its name
// on ("Central Bank and Trust Co", "Central Bank of Volusia County"): a
// company's name the tagger cut short, not the state's institution.
func nameGoesOn(d *doc.Doc, mi int) bool {
	t := d.TokenAt(d.Mentions[mi].End - 1)
	if t < 0 || t+2 >= len(d.Tokens) || d.Tokens[t+2].Sent != d.Tokens[t].Sent {
		return false
	}
	switch d.TokenText(t + 1) {
	case "of", "and", "&":
		return isCapitalised(d.TokenText(t + 2))
	}
	return false
}

func allSame(ss []string) bool {
	for _, s := range ss[1:] {
		if s != ss[0] {
			return false
		}
	}
	return true
}

// namedCountry splits a leading country or demonym off name: "Japanese
// Finance Ministry" is the Finance Ministry of Japan. country is "" when
// the name starts with neither.
func (r *Recogniser) namedCountry(name string) (base, country string) {
	words := strings.Fields(name)
	for n := min(3, len(words)-1); n >= 1; n-- {
		head := strings.Join(words[:n], " ")
		head = strings.TrimSuffix(strings.TrimSuffix(head, "'s"), "’s")
		if c, ok := r.gaz.Demonym(head); ok {
			return strings.Join(words[n:], " "), c.Name
		}
		if c, ok := r.gaz.Country(head); ok {
			return strings.Join(words[n:], " "), c.Name
		}
	}
	return name, ""
}

// ownerCountry is the country named in a possessive or demonym just
// before mention mi: "Japan's Finance Ministry", "the Japanese Finance
// Ministry" where "Japanese" is a mention of its own.
func (r *Recogniser) ownerCountry(d *doc.Doc, mi int) string {
	t := d.TokenAt(d.Mentions[mi].Start)
	if t < 0 {
		return ""
	}
	if of := ownerBefore(d, t); of >= 0 && d.Entities[of].Type == "GPE" {
		if c, ok := r.gaz.CountryByCode(d.Entities[of].Code); ok {
			return c.Name
		}
	}
	return ""
}

// countryMentions counts the article's mentions of each country's places
// and people, by ISO code.
func countryMentions(d *doc.Doc) map[string]int {
	counts := map[string]int{}
	for _, ent := range d.Entities {
		if (ent.Type == "GPE" || ent.Type == "NORP") && ent.Code != "" {
			counts[ent.Code] += len(ent.Mentions)
		}
	}
	return counts
}

// articleCountry is the country the article is about: the one whose
// places and people it mentions at least twice, and three times as often
// as any other; "" when there is none. A wire story about Taiwan that
// names the United States twice is not about the United States, so the
// margin is wide: a wrong country is worse than none.
func (r *Recogniser) articleCountry(counts map[string]int) string {
	best, second, code := 0, 0, ""
	for c, n := range counts {
		switch {
		case n > best || n == best && c < code:
			second = max(second, best)
			best, code = n, c
		case n > second:
			second = n
		}
	}
	if best < 2 || best < 3*second {
		return ""
	}
	if c, ok := r.gaz.CountryByCode(code); ok {
		return c.Name
	}
	return ""
}

// dropGenericAliases leaves out of a qualified institution's aliases the
// bare generic names ("Finance Ministry"), which would join it to every
// other country's across the corpus. Run after finishEntities, which
// builds the aliases.
func dropGenericAliases(d *doc.Doc) {
	for e := range d.Entities {
		ent := &d.Entities[e]
		if ent.Type != "ORG" || !strings.HasSuffix(ent.Name, ")") {
			continue
		}
		kept := ent.Aliases[:0]
		for _, a := range ent.Aliases {
			if !isGenericInstitution(a) {
				kept = append(kept, a)
			}
		}
		ent.Aliases = kept
	}
}
