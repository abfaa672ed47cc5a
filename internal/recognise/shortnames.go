package recognise

import (
	"strings"

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
