package recognise

import (
	"strings"
	"unicode"

	"newsgraph/internal/doc"
)

// shortNames joins an organisation called by its head word alone ("the
// Commission", "the Bank") to the one organisation named earlier in the
// article whose full name has that head ("the European Community
// Commission", "the World Bank"), as news writes a second reference.
// The capital and the article before it are what make it a short name:
// a bare "Bank" or a lower-case "the bank" may be any bank. When two
// earlier organisations share the head, which one is meant is left open.
func shortNames(d *doc.Doc) {
	for e := range d.Entities {
		short := &d.Entities[e]
		if short.Type != "ORG" || len(short.Mentions) == 0 || strings.Contains(short.Name, " ") || !isCapitalised(short.Name) {
			continue
		}
		if !allAfterThe(d, short.Mentions) {
			continue
		}
		first := d.Mentions[short.Mentions[0]].Start
		long := -1
		for o := range d.Entities {
			other := &d.Entities[o]
			if o == e || other.Type != "ORG" || len(other.Mentions) == 0 || d.Mentions[other.Mentions[0]].Start > first {
				continue
			}
			if nameHead(other.Name) != short.Name {
				continue
			}
			if long >= 0 {
				long = -1
				break
			}
			long = o
		}
		if long < 0 {
			continue
		}
		for _, m := range short.Mentions {
			d.Mentions[m].Entity = long
		}
		d.Entities[long].Mentions = append(d.Entities[long].Mentions, short.Mentions...)
		short.Mentions = nil // finishEntities drops it
	}
}

// allAfterThe reports whether every one of the mentions follows "the".
func allAfterThe(d *doc.Doc, mentions []int) bool {
	for _, m := range mentions {
		t := d.TokenAt(d.Mentions[m].Start)
		if t <= 0 || !strings.EqualFold(d.TokenText(t-1), "the") {
			return false
		}
	}
	return true
}

// nameHead is the word a multi-word organisation name is a kind of: its
// last word ("World Bank"), or the word before "of" ("Bank of England",
// "Ministry of Finance"). A one-word name has no head to shorten to.
func nameHead(name string) string {
	if residences[name] {
		return "" // "the House" after "the White House" is Congress
	}
	words := strings.Fields(name)
	for i, w := range words {
		if w == "of" && i > 0 {
			return words[i-1]
		}
	}
	if len(words) < 2 {
		return ""
	}
	return words[len(words)-1]
}

// residences are organisations named for a building, whose last word is
// no kind of organisation.
var residences = map[string]bool{"White House": true, "Blue House": true}

// initialisms joins an organisation's initials, or its name written
// without spaces, to the organisation whose name the article spells out
// ("NAR" and "National Association of Realtors", "BA" and "British
// Airways", "TimeWarner" and "Time Warner"), wherever in the article
// each stands; acronyms only sees "(NAR)" right after the name. The
// short form must be the tagger's alone (a gazetteer match carries its
// own identity: "US" is no "Universal Studios"), and when two names
// share it, which one is meant is left open.
func initialisms(d *doc.Doc) {
	long := map[string]int{} // initials or joined name → entity, -1 when two share it
	for e, ent := range d.Entities {
		if ent.Type == "PERSON" || len(ent.Mentions) == 0 {
			continue
		}
		for _, k := range shortForms(ent.Name) {
			if o, ok := long[k]; ok && o != e {
				long[k] = -1
			} else {
				long[k] = e
			}
		}
	}
	for e := range d.Entities {
		short := &d.Entities[e]
		if short.Code != "" || len(short.Mentions) == 0 || strings.ContainsAny(short.Name, " -") {
			continue
		}
		o, ok := long["j:"+strings.ToLower(short.Name)]
		if !ok && isInitialism(short.Name) {
			o, ok = long["i:"+strings.ToLower(short.Name)]
		}
		if !ok || o < 0 || o == e {
			continue
		}
		for _, m := range short.Mentions {
			d.Mentions[m].Entity = o
		}
		d.Entities[o].Mentions = append(d.Entities[o].Mentions, short.Mentions...)
		short.Mentions = nil // finishEntities drops it
	}
}

// shortForms are the keys a one-word name can match a longer name by:
// the name run together ("j:timewarner"), and the initials of its
// capitalised words, with and without a company ending ("i:amc" for
// "American Motors Corp", "i:hp" for "Hewlett-Packard").
func shortForms(name string) []string {
	words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '\n' })
	if len(words) < 2 {
		return nil
	}
	var initials []byte
	for _, w := range words {
		if isCapitalised(w) {
			initials = append(initials, w[0])
		}
	}
	forms := []string{"j:" + strings.ToLower(strings.Join(words, ""))}
	if len(initials) >= 2 {
		forms = append(forms, "i:"+strings.ToLower(string(initials)))
		if companyEndings[strings.ToLower(words[len(words)-1])] && len(initials) >= 3 {
			forms = append(forms, "i:"+strings.ToLower(string(initials[:len(initials)-1])))
		}
	}
	return forms
}

var companyEndings = wordSet("inc inc. corp corp. co co. ltd ltd. plc group company corporation")

// isInitialism reports whether name is written in capitals only ("NAR",
// "BA"), as initials are.
func isInitialism(name string) bool {
	n := 0
	for _, r := range name {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}
