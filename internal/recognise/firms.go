package recognise

import (
	"newsgraph/internal/doc"
)

// firms types as organisations the firms the tagger took for places: a
// name it has not seen ("Yukos", "Carlsberg") reads to it like a town's.
// A mention shows a firm where a word for one stands before it ("oil
// firm Yukos", "brewer Carlsberg"), shares or a stake are in it, or its
// shares or its chief follow it ("Yukos shares", "Carlsberg's chief
// executive"); every mention of that name in the article is then the
// firm, as teams does for clubs. Only a name without an identity can
// show one, and none the gazetteer knows as a place: "shares in London"
// are traded there.
func (r *Recogniser) firms(d *doc.Doc, info map[doc.Span]candidate) {
	found := map[string]bool{}
	for _, m := range d.Mentions {
		if m.Type == "GPE" && m.Kind == doc.Name && info[m.Span].key == "" && r.showsFirm(d, m) {
			found[textKey(d.Str(m.Span))] = true
		}
	}
	if len(found) == 0 {
		return
	}
	for i, m := range d.Mentions {
		if m.Kind == doc.Name && m.Type != "ORG" && retypable(m.Type) && info[m.Span].key == "" && found[textKey(d.Str(m.Span))] {
			asOrganisation(d, info, i)
		}
	}
}

// showsFirm reports whether mention m, a place to the tagger, shows a
// firm by the words around it.
func (r *Recogniser) showsFirm(d *doc.Doc, m doc.Mention) bool {
	name := d.Str(m.Span)
	if _, ok := r.gaz.Place(name); ok || r.isNational(name) {
		return false
	}
	t, last := d.TokenAt(m.Start), d.TokenAt(m.End-1)
	if t < 0 || last < 0 {
		return false
	}
	prev := tokenLower(d, t-1)
	if firmWords[prev] || prev == "in" && holdingWords[tokenLower(d, t-2)] {
		return true
	}
	next := last + 1
	if isClitic(tokenLower(d, next)) {
		next++ // "Yukos's shares"
	}
	return ofFirm[tokenLower(d, next)]
}

var (
	// firmWords name a firm just before its name.
	firmWords = wordSet("firm company giant maker brewer carrier airline retailer producer operator insurer lender conglomerate subsidiary unit")
	// holdingWords are what is held "in" a firm.
	holdingWords = wordSet("shares stake stakes shareholding")
	// ofFirm are what a firm has just after its name.
	ofFirm = wordSet("shares shareholders stock boss bosses chief executives")
)
