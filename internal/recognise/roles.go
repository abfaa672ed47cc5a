package recognise

import (
	"sort"
	"strings"

	"newsgraph/internal/doc"
	"newsgraph/internal/gazetteer"
)

// maxTitleWords is the longest title phrase looked up ("Secretary of
// State", "Supreme Leader", "Foreign Minister").
const maxTitleWords = 3

// titleBefore finds the longest title phrase ending right before token t
// (within t's sentence): it returns the phrase's first token and the title.
func (r *Recogniser) titleBefore(d *doc.Doc, t int) (int, gazetteer.Title, bool) {
	sentStart := d.Sentences[d.Tokens[t].Sent].FirstToken
	for k := max(sentStart, t-maxTitleWords); k < t; k++ {
		phrase := joinWords(tokenTexts(d, k, t))
		if ti, ok := r.gaz.Title(phrase); ok && !ti.Honorific {
			return k, ti, true
		}
	}
	return 0, gazetteer.Title{}, false
}

func tokenTexts(d *doc.Doc, from, to int) []string {
	out := make([]string, 0, to-from)
	for k := from; k < to; k++ {
		out = append(out, d.TokenText(k))
	}
	return out
}

// mentionEndingAt returns the mention whose last token is t, or -1.
func mentionEndingAt(d *doc.Doc, t int) int {
	if t < 0 {
		return -1
	}
	tok := d.Tokens[t]
	// Mentions are in text order and barely overlap: the one ending in
	// token t is among the last few starting before the token's end.
	i := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Start >= tok.End })
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if m := d.Mentions[k]; m.End == tok.End || (m.End < tok.End && m.End > tok.Start) {
			return k
		}
	}
	return -1
}

// personStartingAt reports whether a person's name starts at token t and
// names someone the words before it do not describe: not an owner ("Tom
// Weller's adviser") and not a lone title word the tagger took for a name
// ("Google's Executive Chairman").
func (r *Recogniser) personStartingAt(d *doc.Doc, t int) bool {
	return anyPersonAt(d, t, func(last int) bool {
		if last+1 < len(d.Tokens) && isClitic(d.TokenText(last+1)) {
			return false
		}
		if last == t {
			if _, ok := r.gaz.Title(d.TokenText(t)); ok {
				return false
			}
		}
		return true
	})
}

// possessiveAt returns the token of the "'s" after a person's name that
// starts at token t ("Tom Weller's"), -1 when there is none.
func possessiveAt(d *doc.Doc, t int) int {
	at := -1
	anyPersonAt(d, t, func(last int) bool {
		if last+1 < len(d.Tokens) && isClitic(d.TokenText(last+1)) {
			at = last + 1
		}
		return at >= 0
	})
	return at
}

// anyPersonAt reports whether ok holds for one of the person mentions
// that start at token t; ok gets the mention's last token.
func anyPersonAt(d *doc.Doc, t int, ok func(last int) bool) bool {
	start := d.Tokens[t].Start
	i := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Start >= start })
	for ; i < len(d.Mentions) && d.Mentions[i].Start == start; i++ {
		m := d.Mentions[i]
		if m.Type != "PERSON" && (m.Entity < 0 || d.Entities[m.Entity].Type != "PERSON") {
			continue
		}
		if ok(d.TokenAt(m.End - 1)) {
			return true
		}
	}
	return false
}

// ownerBefore finds the country or organisation a title at token k belongs
// to: "Iranian President", "Iran's President", "White House spokeswoman".
func ownerBefore(d *doc.Doc, k int) int {
	t := k - 1
	if t >= 0 {
		if isClitic(d.TokenText(t)) {
			t--
		}
	}
	if t < 0 || d.Tokens[t].Sent != d.Tokens[k].Sent {
		return -1
	}
	mi := mentionEndingAt(d, t)
	if mi < 0 || d.Mentions[mi].Entity < 0 {
		return -1
	}
	if typ := d.Entities[d.Mentions[mi].Entity].Type; typ == "GPE" || typ == "ORG" || typ == "NORP" {
		return d.Mentions[mi].Entity
	}
	return -1
}

// roles reads titles before person names and appositives after them.
func (r *Recogniser) roles(d *doc.Doc) {
	for i := range d.Mentions {
		m := d.Mentions[i]
		if m.Type != "PERSON" || m.Kind != doc.Name || m.Entity < 0 {
			continue
		}
		t := d.TokenAt(m.Start)
		if t < 0 {
			continue
		}
		if k, ti, ok := r.titleBefore(d, t); ok {
			of := ownerBefore(d, k)
			role := doc.Role{Title: ti.Name, Of: of, Source: "title"}
			if of < 0 && ti.Head != gazetteer.NoRole {
				role.OfName = r.leaderCountry(d, d.Entities[m.Entity].Name)
				role.Of = entityNamed(d, role.OfName)
			}
			addRole(d, m.Entity, role)
		}
		r.appositive(d, m)
	}
}

// leaderCountry names the country a known leader headed at publication
// time (or most recently, without one).
func (r *Recogniser) leaderCountry(d *doc.Doc, name string) string {
	ls := r.gaz.Leaders(name)
	if len(ls) == 0 {
		return ""
	}
	term := ls[0].Latest()
	if !d.Published.IsZero() {
		if in := ls[0].InOffice(d.Published.Format("2006-01-02")); len(in) > 0 {
			term = in[0]
		}
	}
	if c, ok := r.gaz.CountryByCode(term.ISO3); ok {
		return c.Name
	}
	return ""
}

func entityNamed(d *doc.Doc, name string) int {
	if name == "" {
		return -1
	}
	for e := range d.Entities {
		if d.Entities[e].Name == name {
			return e
		}
	}
	return -1
}

func addRole(d *doc.Doc, e int, role doc.Role) {
	if role.Of >= 0 {
		role.OfName = d.Entities[role.Of].Name
	}
	for _, old := range d.Entities[e].Roles {
		if strings.EqualFold(old.Title, role.Title) && old.OfName == role.OfName {
			return
		}
	}
	d.Entities[e].Roles = append(d.Entities[e].Roles, role)
}

// appositive reads ", the Iranian foreign minister," or ", a spokeswoman
// for the White House," after a person's name.
func (r *Recogniser) appositive(d *doc.Doc, m doc.Mention) {
	last := d.TokenAt(m.End - 1)
	if last < 0 || last+2 >= len(d.Tokens) || d.TokenText(last+1) != "," {
		return
	}
	sent := d.Tokens[last].Sent
	end := last + 2
	for end < len(d.Tokens) && end-last < 10 && d.Tokens[end].Sent == sent {
		w := d.TokenText(end)
		if w == "," || w == "." || w == ";" || w == ")" || w == "said" {
			break
		}
		end++
	}
	if end >= len(d.Tokens) || d.Tokens[end].Sent != sent {
		return
	}
	first := last + 2
	// A name after the comma is the next in a list of people or opens a
	// clause ("Ann Perez, Perez has stood by the president's side"),
	// unless a title ends the phrase it begins: "Mike Lee, Netcraft
	// president," where the tagger took the company for a person, or a
	// firm named for its founder.
	personFirst := r.personStartingAt(d, first)
	switch strings.ToLower(d.TokenText(first)) {
	case "the", "a", "an", "its", "his", "her", "their", "who", "now":
	default:
		if mentionEndingAt(d, first) < 0 && !isCapitalised(d.TokenText(first)) {
			return
		}
	}
	// The longest title in the window, and the first country or
	// organisation as its owner.
titles:
	for k := first; k < end; k++ {
		for n := min(maxTitleWords, end-k); n >= 1; n-- {
			phrase := joinWords(tokenTexts(d, k, k+n))
			ti, ok := r.gaz.Title(phrase)
			if !ok || ti.Honorific || adjectiveTitles[phrase] {
				continue
			}
			if personFirst && k+n != end {
				return
			}
			if k+n < end && r.personStartingAt(d, k+n) {
				return // the next person's title: "Ann Perez, Senate Majority Leader Tom Weller, …"
			}
			if k+n < end {
				if c := possessiveAt(d, k+n); c >= 0 && c < end {
					// "Ann Perez, Senator Tom Weller's lawyer": the title
					// is the owner's; hers follows.
					k = c
					continue titles
				}
			}
			of := ownerBefore(d, k)
			if of < 0 {
				of = ownerInWindow(d, k+n, end, m.Entity)
			}
			addRole(d, m.Entity, doc.Role{Title: ti.Name, Of: of, Source: "appositive"})
			return
		}
	}
}

// adjectiveTitles are lower-case words that are titles only when
// capitalised before a name ("Major Smith") and adjectives elsewhere ("a
// major stronghold").
var adjectiveTitles = map[string]bool{"major": true, "general": true, "private": true, "chief": true, "first": true, "marshal": true}

func ownerInWindow(d *doc.Doc, from, to, self int) int {
	if from >= len(d.Tokens) {
		return -1
	}
	lo, hi := d.Tokens[from].Start, d.Tokens[to-1].End
	for _, mm := range d.Mentions {
		if mm.Start >= lo && mm.End <= hi && mm.Entity >= 0 && mm.Entity != self {
			if typ := d.Entities[mm.Entity].Type; typ == "GPE" || typ == "ORG" {
				return mm.Entity
			}
		}
	}
	return -1
}

// nominals links role descriptions without a name ("the Iranian
// President", "the senator") to the person who holds that role in the
// article, the one mentioned most recently before.
func (r *Recogniser) nominals(d *doc.Doc) {
	var added []doc.Mention
	for t := 0; t+1 < len(d.Tokens); t++ {
		if w := d.TokenText(t); w != "the" && w != "The" {
			continue
		}
		// the [owner] Title, not followed by a name.
		for n := maxTitleWords + 1; n >= 1; n-- {
			end := t + 1 + n
			if end > len(d.Tokens) || d.Tokens[end-1].Sent != d.Tokens[t].Sent {
				continue
			}
			k, ti, ok := r.titleAt(d, t+1, end)
			if !ok || k <= t {
				continue
			}
			if end < len(d.Tokens) && isNameWord(d.TokenText(end)) && d.Tokens[end].Sent == d.Tokens[t].Sent {
				break // a titled name, handled as a name
			}
			owner := ownerBefore(d, k)
			if k > t+1 && owner < 0 {
				continue // words between "the" and the title we do not understand
			}
			e := r.roleHolder(d, ti.Name, owner, d.Tokens[t].Start)
			if e >= 0 {
				added = append(added, doc.Mention{Span: doc.Span{Start: d.Tokens[t].Start, End: d.Tokens[end-1].End},
					Type: "PERSON", Kind: doc.Nominal, Entity: e, Origin: "rule"})
			}
			t = end - 1
			break
		}
	}
	for _, a := range added {
		d.Mentions = append(d.Mentions, a)
		d.Entities[a.Entity].Mentions = append(d.Entities[a.Entity].Mentions, len(d.Mentions)-1)
	}
	if len(added) > 0 {
		sortMentions(d)
	}
}

func (r *Recogniser) titleAt(d *doc.Doc, from, to int) (int, gazetteer.Title, bool) {
	for k := from; k < to; k++ {
		phrase := joinWords(tokenTexts(d, k, to))
		if ti, ok := r.gaz.Title(phrase); ok && !ti.Honorific && !adjectiveTitles[phrase] {
			return k, ti, true
		}
	}
	return 0, gazetteer.Title{}, false
}

// roleHolder finds the person entity holding title (of owner, when owner
// >= 0), preferring the one mentioned last before offset at.
func (r *Recogniser) roleHolder(d *doc.Doc, title string, owner, at int) int {
	best, bestPos := -1, -1
	for e := range d.Entities {
		ent := &d.Entities[e]
		if ent.Type != "PERSON" {
			continue
		}
		match := false
		for _, ro := range ent.Roles {
			if strings.EqualFold(ro.Title, title) && (owner < 0 || ro.Of == owner) {
				match = true
			}
		}
		if !match {
			continue
		}
		pos := -1
		for _, mi := range ent.Mentions {
			if d.Mentions[mi].Start < at {
				pos = max(pos, d.Mentions[mi].Start)
			}
		}
		if pos > bestPos || best < 0 {
			best, bestPos = e, pos
		}
	}
	return best
}
