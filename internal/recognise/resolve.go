package recognise

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/internal/doc"
	"newsgraph/internal/gazetteer"
	"newsgraph/internal/gazetteer/norm"
)

// resolve groups d.Mentions into d.Entities. info holds, by span, the
// candidate each first-pass mention came from.
func (r *Recogniser) resolve(d *doc.Doc, info map[doc.Span]candidate) {
	// Persons first: full names make entities, then bare surnames join
	// them, so "Assad" finds "Bashar Al-Assad" wherever it stands.
	surnames := map[string]int{} // surname key → entity
	keyed := map[string]int{}    // identity key → entity
	persons := func(multi bool) {
		for i := range d.Mentions {
			m := &d.Mentions[i]
			if m.Type != "PERSON" || m.Entity >= 0 {
				continue
			}
			words := nameWords(d.Str(m.Span))
			if (len(words) > 1) != multi || len(words) == 0 {
				continue
			}
			sk := surnameKey(words[len(words)-1])
			if !multi {
				// "Mr Jackson" is not Katherine Jackson named earlier: a
				// relative sharing the surname, an entity of their own
				// that later "Mr Jackson"s join.
				if g := honorificBefore(d, m.Span); g != gazetteer.Unknown {
					if e, ok := surnames[sk]; ok && otherGender(d.Entities[e].Name, g) {
						if kin := namesake(d, sk, g); kin >= 0 {
							r.attach(d, i, kin) // "Mr Clinton" is Bill, not Hillary
							continue
						}
						sk += "/" + strconv.Itoa(int(g))
					}
				}
			}
			if e, ok := surnames[sk]; ok && compatibleFirst(d, e, words) {
				r.attach(d, i, e)
				continue
			}
			e := r.newEntity(d, i, d.Str(m.Span), "PERSON", "")
			surnames[sk] = e
		}
	}
	persons(true)
	r.addSurnameMentions(d, surnames)
	persons(false)

	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Entity >= 0 {
			continue
		}
		c := info[m.Span]
		key := c.key
		if key == "" {
			// A tagger mention that is a known person's surname
			// ("the Assad regime") is that person.
			if e, ok := surnames[surnameKey(d.Str(m.Span))]; ok && m.Type != "GPE" {
				m.Type = "PERSON"
				r.attach(d, i, e)
				continue
			}
			key = m.Type + ":" + textKey(d.Str(m.Span))
		}
		if e, ok := keyed[key]; ok {
			r.attach(d, i, e)
			continue
		}
		name, typ := c.canon, m.Type
		if name == "" {
			name = trimDeterminer(d.Str(m.Span))
		}
		if strings.HasPrefix(key, "c:") {
			typ = "GPE" // "Iranian" names the country Iran
		}
		keyed[key] = r.newEntity(d, i, name, typ, c.code)
	}
	r.acronyms(d)
	initialisms(d)
	shortNames(d)
	r.roles(d)
	r.nominals(d)
	r.qualifyInstitutions(d)
	finishEntities(d)
	cliticNames(d)
	dropGenericAliases(d)
}

func (r *Recogniser) newEntity(d *doc.Doc, mention int, name, typ, code string) int {
	// A name broken over lines in the text ("Japan\nDevelopment Bank",
	// as wire copy wraps) is one name.
	name = strings.Join(strings.Fields(name), " ")
	d.Entities = append(d.Entities, doc.Entity{Name: name, Type: typ, Code: code})
	e := len(d.Entities) - 1
	r.attach(d, mention, e)
	return e
}

func (r *Recogniser) attach(d *doc.Doc, mention, e int) {
	d.Mentions[mention].Entity = e
	d.Entities[e].Mentions = append(d.Entities[e].Mentions, mention)
}

// addSurnameMentions marks capitalised words that repeat a known person's
// surname but that no source proposed ("Trump himself", "the Assad
// regime").
func (r *Recogniser) addSurnameMentions(d *doc.Doc, surnames map[string]int) {
	if len(surnames) == 0 {
		return
	}
	covered := make([]bool, len(d.Tokens))
	for _, m := range d.Mentions {
		for t := d.TokenAt(m.Start); t >= 0 && t < len(d.Tokens) && d.Tokens[t].Start < m.End; t++ {
			covered[t] = true
		}
	}
	var added []doc.Mention
	for t, tok := range d.Tokens {
		w := d.Str(tok.Span)
		if covered[t] || !isCapitalised(w) || monthInDate(d, t) {
			continue
		}
		if _, ok := surnames[surnameKey(w)]; ok {
			added = append(added, doc.Mention{Span: tok.Span, Type: "PERSON", Kind: doc.Name, Entity: -1, Origin: "rule"})
		}
	}
	if len(added) == 0 {
		return
	}
	d.Mentions = append(d.Mentions, added...)
	sortMentions(d)
}

// honorificBefore is the gender the honorific right before span says
// ("Mr Jackson"), Unknown without one.
func honorificBefore(d *doc.Doc, span doc.Span) gazetteer.Gender {
	if t := d.TokenAt(span.Start); t > 0 {
		return gazetteer.HonorificGender(d.TokenText(t - 1))
	}
	return gazetteer.Unknown
}

// namesake returns the person entity with surname key sk whose first
// name is of gender g, -1 when none.
func namesake(d *doc.Doc, sk string, g gazetteer.Gender) int {
	for e, ent := range d.Entities {
		f := strings.Fields(ent.Name)
		if ent.Type == "PERSON" && len(f) > 1 && surnameKey(f[len(f)-1]) == sk && gazetteer.NameGender(ent.Name) == g {
			return e
		}
	}
	return -1
}

// otherGender reports whether the first name of name is one of the
// other gender than g.
func otherGender(name string, g gazetteer.Gender) bool {
	got := gazetteer.NameGender(name)
	return got != gazetteer.Unknown && got != g
}

// monthInDate reports whether token t is a month in a date rather than a
// surname that is also a month ("Theresa May" and "on May 5", "in May",
// "since May 2017"): a number follows it, or a word that comes before a
// time, and hardly before a person, precedes it ("by", "to", "and",
// "after" go either way and are left to the surname).
func monthInDate(d *doc.Doc, t int) bool {
	if !monthNames[strings.ToLower(d.TokenText(t))] {
		return false
	}
	if t+1 < len(d.Tokens) {
		if r, _ := utf8.DecodeRuneInString(d.TokenText(t + 1)); unicode.IsDigit(r) {
			return true
		}
	}
	return t > 0 && beforeMonth[strings.ToLower(d.TokenText(t-1))]
}

var (
	monthNames  = wordSet("january february march april may june july august september october november december")
	dayNames    = wordSet("monday tuesday wednesday thursday friday saturday sunday")
	beforeMonth = wordSet("in since until till from through early late mid last next this of between during")
)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// sortMentions restores text order; entities must not exist yet or be
// remapped by the caller.
func sortMentions(d *doc.Doc) {
	idx := make([]int, len(d.Mentions))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return d.Mentions[idx[a]].Start < d.Mentions[idx[b]].Start })
	old := d.Mentions
	d.Mentions = make([]doc.Mention, len(old))
	newPos := make([]int, len(old))
	for to, from := range idx {
		d.Mentions[to] = old[from]
		newPos[from] = to
	}
	for e := range d.Entities {
		for k, m := range d.Entities[e].Mentions {
			d.Entities[e].Mentions[k] = newPos[m]
		}
	}
}

// nameWords splits a personal name into words, without possessive
// endings.
func nameWords(name string) []string {
	f := strings.Fields(name)
	out := f[:0]
	for _, w := range f {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w == "" {
			continue
		}
		out = append(out, w)
	}
	return out
}

// surnameKey normalises a surname: case and accents folded, Arabic
// article prefixes dropped ("Al-Assad", "al-Assad" → "assad").
func surnameKey(w string) string {
	k := strings.ToLower(norm.Fold(w))
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-"} {
		if strings.HasPrefix(k, p) && len(k) > len(p)+1 {
			k = k[len(p):]
			break
		}
	}
	return k
}

// compatibleFirst reports whether a full name can belong to entity e: the
// first names agree, or one of them is an initial, or e has no first name.
func compatibleFirst(d *doc.Doc, e int, words []string) bool {
	name := nameWords(d.Entities[e].Name)
	if len(name) < 2 || len(words) < 2 {
		return true
	}
	a, b := strings.ToLower(norm.Fold(name[0])), strings.ToLower(norm.Fold(words[0]))
	if a == b {
		return true
	}
	if strings.HasSuffix(a, ".") || strings.HasSuffix(b, ".") {
		return a[0] == b[0]
	}
	return false
}

// cliticNames gives back the "'s" that candidates cut from an
// organisation's name where the article shows it is the name's own: a
// mention kept it ("Moody's said"), or a longer name begins with it
// ("Moody's Investors Service"). Grouping ignores the ending (textKey),
// so "Moody's cut" and "Moody's said" are already one entity; only its
// name changes.
func cliticNames(d *doc.Doc) {
	var orgs []string // the organisations' names, sorted, for beginsOtherName
	for _, ent := range d.Entities {
		if ent.Type == "ORG" {
			orgs = append(orgs, ent.Name)
		}
	}
	slices.Sort(orgs)
	for e := range d.Entities {
		ent := &d.Entities[e]
		if ent.Type != "ORG" {
			continue
		}
		for _, own := range []string{ent.Name + "'s", ent.Name + "’s"} {
			if slices.Contains(ent.Aliases, own) || beginsOtherName(orgs, own+" ") {
				ent.Aliases = slices.DeleteFunc(ent.Aliases, func(a string) bool { return a == own })
				ent.Aliases = append([]string{ent.Name}, ent.Aliases...)
				ent.Name = own
				break
			}
		}
	}
}

// beginsOtherName reports whether one of the sorted names starts with
// prefix; a binary search, since a long article has thousands.
func beginsOtherName(sorted []string, prefix string) bool {
	i, _ := slices.BinarySearch(sorted, prefix)
	return i < len(sorted) && strings.HasPrefix(sorted[i], prefix)
}

// textKey normalises a name for grouping: folded, lower case, without a
// leading "the" or a trailing possessive.
func textKey(s string) string {
	s = strings.ToLower(norm.Fold(trimDeterminer(s)))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	return strings.Join(strings.Fields(s), " ")
}

func trimDeterminer(s string) string {
	// Any white space may follow: wire copy wraps lines ("the\nNew China
	// News Agency").
	if len(s) < 5 {
		return s
	}
	switch s[:3] {
	case "the", "The", "THE":
		if r, _ := utf8.DecodeRuneInString(s[3:]); unicode.IsSpace(r) {
			return strings.TrimLeftFunc(s[3:], unicode.IsSpace)
		}
	}
	return s
}

// acronyms links "(ABC)" right after a mention to that mention's entity:
// "the Islamic State (ISIS)".
func (r *Recogniser) acronyms(d *doc.Doc) {
	var added []doc.Mention
	for i, m := range d.Mentions {
		if m.Entity < 0 || m.Kind != doc.Name {
			continue
		}
		t := d.TokenAt(m.End - 1)
		if t < 0 || t+3 >= len(d.Tokens) {
			continue
		}
		if d.TokenText(t+1) != "(" || d.TokenText(t+3) != ")" {
			continue
		}
		acr := d.Tokens[t+2].Span
		w := d.Str(acr)
		if len(w) < 2 || len(w) > 8 || strings.ToUpper(w) != w {
			continue
		}
		if i+1 < len(d.Mentions) && d.Mentions[i+1].Span == acr {
			// Already a mention: make it the same entity if it stands
			// alone.
			next := &d.Mentions[i+1]
			if next.Entity >= 0 && next.Entity != m.Entity && len(d.Entities[next.Entity].Mentions) == 1 {
				d.Entities[next.Entity].Mentions = nil
				next.Entity = m.Entity
				d.Entities[m.Entity].Mentions = append(d.Entities[m.Entity].Mentions, i+1)
			}
			continue
		}
		added = append(added, doc.Mention{Span: acr, Type: m.Type, Kind: doc.Name, Entity: m.Entity, Origin: "rule"})
	}
	if len(added) == 0 {
		return
	}
	for _, a := range added {
		d.Mentions = append(d.Mentions, a)
		d.Entities[a.Entity].Mentions = append(d.Entities[a.Entity].Mentions, len(d.Mentions)-1)
	}
	sortMentions(d)
}

// finishEntities drops emptied entities, sorts each entity's mentions,
// fills aliases and picks names and types.
func finishEntities(d *doc.Doc) {
	remap := make([]int, len(d.Entities))
	var kept []doc.Entity
	for e, ent := range d.Entities {
		if len(ent.Mentions) == 0 { // merged into another by an acronym
			remap[e] = -1
			continue
		}
		remap[e] = len(kept)
		kept = append(kept, ent)
	}
	for i := range d.Mentions {
		if e := d.Mentions[i].Entity; e >= 0 {
			d.Mentions[i].Entity = remap[e]
		}
	}
	for e := range kept {
		ent := &kept[e]
		for k := range ent.Roles {
			if of := ent.Roles[k].Of; of >= 0 {
				ent.Roles[k].Of = remap[of]
			}
		}
		sort.Ints(ent.Mentions)
		seen := map[string]bool{ent.Name: true}
		ent.Aliases = ent.Aliases[:0]
		for _, mi := range ent.Mentions {
			m := d.Mentions[mi]
			if m.Kind != doc.Name && m.Kind != doc.Adjective {
				continue
			}
			s := strings.Join(strings.Fields(trimDeterminer(d.Str(m.Span))), " ")
			if !seen[s] {
				seen[s] = true
				ent.Aliases = append(ent.Aliases, s)
			}
		}
	}
	d.Entities = kept
}
