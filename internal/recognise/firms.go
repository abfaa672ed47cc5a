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
// firm, as teams does for clubs. A place named like an organisation
// elsewhere in the article is that organisation too ("Nokia said" as
// an ORG, "at Nokia" as a GPE). Only a name without an identity can be
// retyped, and none the gazetteer knows as a place: "shares in London"
// are traded there.
func (r *Recogniser) firms(d *doc.Doc, info map[doc.Span]candidate) {
	shown, named := map[string]bool{}, map[string]bool{}
	for _, m := range d.Mentions {
		switch k := textKey(d.Str(m.Span)); {
		case m.Type == "ORG":
			named[k] = true
		case r.unknownPlace(d, m, info) && r.showsFirm(d, m):
			shown[k] = true
		}
	}
	if len(shown) == 0 && len(named) == 0 {
		return
	}
	for i, m := range d.Mentions {
		k := textKey(d.Str(m.Span))
		if m.Kind == doc.Name && m.Type != "ORG" && retypable(m.Type) && info[m.Span].key == "" && shown[k] ||
			named[k] && r.unknownPlace(d, m, info) {
			asOrganisation(d, info, i)
		}
	}
}

// unknownPlace reports whether mention m is a place to the tagger alone:
// a name with no identity that the gazetteer knows as no place.
func (r *Recogniser) unknownPlace(d *doc.Doc, m doc.Mention, info map[doc.Span]candidate) bool {
	if m.Type != "GPE" || m.Kind != doc.Name || info[m.Span].key != "" {
		return false
	}
	name := d.Str(m.Span)
	_, ok := r.gaz.Place(name)
	return !ok && !r.isNational(name)
}

// showsFirm reports whether mention m shows a firm by the words around
// it.
func (r *Recogniser) showsFirm(d *doc.Doc, m doc.Mention) bool {
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
