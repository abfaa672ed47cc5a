package recognise

import (
	"strings"

	"newsgraph/internal/doc"
	"newsgraph/internal/gazetteer"
)

// teams types as organisations the sports clubs an article names. The
// tagger, trained on news with little sport, reads a club named for its
// town as the town ("Liverpool", and the gazetteer agrees) and a
// one-word club as a person ("Chelsea", "Arsenal"); OntoNotes, and a
// reader, take the club for an organisation. A name is a club in an
// article when the article shows it somewhere (showsClub): a club's
// name, a player or official of it ("Hull striker Tom Vale"), a fixture
// or a score; a "person" who is a group (showsGroup) is an organisation
// too. An article that shows a club is about sport, and there weaker
// hints tell the other clubs (hintsClub). Every mention of a club's name
// in the article is then the club, since one article rarely means both
// the town and its team. Countries, regions and capitals keep their
// type even for national sides (see isNational).
func (r *Recogniser) teams(d *doc.Doc, info map[doc.Span]candidate) {
	clubs := map[string]bool{}
	sport := false
	full := r.fullNameSurnames(d)
	for i, m := range d.Mentions {
		// A people is too often named so ("European boss", "European
		// players") to show a club itself; it only follows one.
		if m.Kind != doc.Name || !retypable(m.Type) || m.Type == "NORP" {
			continue
		}
		sign := r.showsClub(d, i, full)
		if sign || r.showsGroup(d, i, full) {
			clubs[textKey(d.Str(m.Span))] = true
		}
		sport = sport || sign
	}
	if sport {
		for i, m := range d.Mentions {
			if m.Kind == doc.Name && retypable(m.Type) && m.Type != "NORP" && r.hintsClub(d, i, clubs, full) {
				clubs[textKey(d.Str(m.Span))] = true
			}
		}
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Kind != doc.Name || m.Type == "ORG" || !retypable(m.Type) || !clubs[textKey(d.Str(m.Span))] || r.isNational(d.Str(m.Span)) {
			continue
		}
		asOrganisation(d, info, i)
	}
}

// asOrganisation retypes mention i an organisation, without the
// identity of the place or people the sources took it for.
func asOrganisation(d *doc.Doc, info map[doc.Span]candidate, i int) {
	m := &d.Mentions[i]
	m.Type = "ORG"
	c := info[m.Span]
	c.typ, c.key, c.canon, c.code = "ORG", "", "", ""
	info[m.Span] = c
}

// retypable are the types the tagger or the gazetteer give clubs by
// mistake ("EVENT" when it runs the club into "on Saturday", "NORP" for
// a club called like a people).
func retypable(typ string) bool {
	switch typ {
	case "PERSON", "GPE", "LOC", "FAC", "EVENT", "NORP", "ORG":
		return true
	}
	return false
}

// showsClub reports whether mention i shows itself a sports club: its
// name is a club's (clubName), or, for a name of one word, a player or
// official of the club follows it, it is a side of a fixture (no court
// case: inCourt) or has a
// score after it (not the first of a match's sets), or, unless the tagger took it for a person's (singers
// beat singers to awards, and have fans), it follows "beat" or has fans
// or players ("Hull fans", "a Hull player"). After "beat" or "face"
// only a name the match ends with shows a club (endsFixture): "beat
// Liverpool.", "face Gloucester on Saturday", but not "beat Glasgow to
// host …", "beat Leeds in the race to …", "face Hartlepool voters",
// "face Manchester's congestion charge".
func (r *Recogniser) showsClub(d *doc.Doc, i int, full map[string]bool) bool {
	m := d.Mentions[i]
	if r.clubName(d.Str(m.Span)) && !r.isNational(d.Str(m.Span)) {
		return true
	}
	t, ok := r.oneWordName(d, m, full)
	if !ok {
		return false
	}
	nt := t + 1
	if isClitic(tokenLower(d, nt)) {
		nt++ // "Hull's 2-1 win"
	}
	next, prev := tokenLower(d, nt), tokenLower(d, t-1)
	// A club's last word alone is the club, never a person ("Utd", "Rangers").
	if m.Type == "PERSON" && clubWords[tokenLower(d, t)] {
		return true
	}
	if m.Type != "PERSON" && (beforeClub[prev] && endsFixture(tokenLower(d, t+1)) || fanWords[next]) {
		return true
	}
	return (versus[next] || versus[prev]) && !inCourt(d, t) || isScore(next) && !inSets(d, nt) || clubRoles[next]
}

// inCourt reports whether the sentence of token t speaks of a court
// case: "X v Y" there is a case's title ("the ruling in Miller v
// Jackson"), whose sides are people, not a fixture.
func inCourt(d *doc.Doc, t int) bool {
	si := d.Tokens[t].Sent
	for k := d.Sentences[si].FirstToken; k < d.Sentences[si].EndToken; k++ {
		if courtWords[tokenLower(d, k)] {
			return true
		}
	}
	return false
}

// courtWords tell a court case from a fixture.
var courtWords = wordSet("case cases ruling ruled court courts judge judges judgment judgement lawsuit sued precedent tribunal")

// inSets reports whether the score at token k is the first set of a
// match ("beat Nadal 6-4 6-3", "6-4, 3-6, 7-5"): another score follows
// it. A match in sets is between players, not clubs.
func inSets(d *doc.Doc, k int) bool {
	after := tokenLower(d, k+1)
	if after == "," {
		after = tokenLower(d, k+2)
	}
	return isScore(after)
}

// showsGroup reports whether mention i, which the tagger took for a
// person, names a group (a club, a firm, a band): a plural verb follows
// it ("Hull have") or a team ("the Hull team").
func (r *Recogniser) showsGroup(d *doc.Doc, i int, full map[string]bool) bool {
	m := d.Mentions[i]
	t, ok := r.oneWordName(d, m, full)
	if !ok || m.Type != "PERSON" {
		return false
	}
	next := tokenLower(d, t+1)
	return pluralVerbs[next] && opensClause(d, t) || teamWords[next]
}

// hintsClub reports whether mention i, in an article that names clubs,
// is one more: it follows "beat" or "against", takes a plural verb where
// it is no place ("Hull are", not "fans in Hull are"), has a team or a
// captain ("Hull's captain"), or is listed with a club ("Hull and
// Leeds").
func (r *Recogniser) hintsClub(d *doc.Doc, i int, clubs, full map[string]bool) bool {
	m := d.Mentions[i]
	t, ok := r.oneWordName(d, m, full)
	if !ok {
		return false
	}
	prev, next := tokenLower(d, t-1), tokenLower(d, t+1)
	if beforeClub[prev] || prev == "against" || pluralVerbs[next] && !placeContext[prev] {
		return true
	}
	if isClitic(next) {
		next = tokenLower(d, t+2)
	}
	if teamWords[next] {
		return true
	}
	// The club before: its last token two before t; the one after: its
	// first two after.
	before := i > 0 && d.TokenAt(d.Mentions[i-1].End-1) == t-2 && listWords[prev] && clubs[textKey(d.Str(d.Mentions[i-1].Span))]
	after := i+1 < len(d.Mentions) && d.TokenAt(d.Mentions[i+1].Start) == t+2 && listWords[tokenLower(d, t+1)] && clubs[textKey(d.Str(d.Mentions[i+1].Span))]
	return before || after
}

// listWords join the names of a list.
var listWords = wordSet(", and or")

// oneWordName returns the token of a mention of one word that may be a
// club: no country, region or capital, and no person the article names
// in full ("the Henman team" is Tim Henman's; full holds their surnames,
// see fullNameSurnames).
func (r *Recogniser) oneWordName(d *doc.Doc, m doc.Mention, full map[string]bool) (int, bool) {
	t := d.TokenAt(m.Start)
	name := d.Str(m.Span)
	if t < 0 || d.TokenAt(m.End-1) != t || r.isNational(name) {
		return -1, false
	}
	return t, !(m.Type == "PERSON" && full[surnameKey(name)])
}

// opensClause reports whether token t begins a sentence, a quotation or
// a clause, where the verb after it is its own ("Hull have", but not
// "shares in Hull have", "Leeds and Hull have").
func opensClause(d *doc.Doc, t int) bool {
	if si := d.SentenceOf(d.Tokens[t].Start); si >= 0 && d.Sentences[si].FirstToken == t {
		return true
	}
	return t > 0 && isQuoteMark(d.TokenText(t-1)) || clauseOpeners[tokenLower(d, t-1)]
}

var clauseOpeners = wordSet("that but while if when because though although so")

// isNational reports whether name is a country, a nationality or
// another people ("Muslim", "Tory"), a capital or a region: national and
// regional sides keep the place's type (see teams), and so do capitals,
// which political news names far more often than their clubs.
func (r *Recogniser) isNational(name string) bool {
	if _, ok := r.gaz.Country(name); ok {
		return true
	}
	if _, ok := r.gaz.Demonym(name); ok {
		return true
	}
	if _, ok := r.gaz.Group(name); ok {
		return true
	}
	p, ok := r.gaz.Place(name)
	return ok && p.Kind != gazetteer.KindCity
}

// clubName reports whether name has the form of a club's name: a town
// and a word only clubs end with ("Hull City", "Bristol Rovers"), and
// no place of that name ("Mexico City"), or a word that names nothing
// but a club ("FC", "Utd").
func (r *Recogniser) clubName(name string) bool {
	words := strings.Fields(name)
	if !endsInClubWord(words) {
		return false
	}
	if clubOnlyWords[strings.ToLower(words[len(words)-1])] {
		return true
	}
	_, place := r.gaz.Place(name)
	_, town := r.gaz.Place(strings.Join(words[:len(words)-1], " "))
	return town && !place
}

// endsInClubWord reports whether a name of two words or more ends with a
// word in clubWords.
func endsInClubWord(words []string) bool {
	return len(words) > 1 && clubWords[strings.ToLower(words[len(words)-1])]
}

// clubWords end the names of football and rugby clubs.
var clubWords = wordSet("united utd city rovers athletic wanderers albion hotspur rangers fc afc")

// clubOnlyWords end a club's name whatever comes before them.
var clubOnlyWords = wordSet("utd fc afc wanderers hotspur")

// clubRoles are the players and officials a club's name goes before
// ("Hull striker", "Hull boss").
var clubRoles = wordSet("boss manager striker winger midfielder defender goalkeeper keeper skipper coach " +
	"physio left-back right-back full-back centre-back centre-half fly-half scrum-half flanker")

// teamWords follow a club's name ("the Hull side") as they follow a
// town's or a firm's ("the Hull team"): signs of a club only where the
// tagger took the name for a person's.
var teamWords = wordSet("team side squad player players chief chairman captain")

// fanWords follow a club's name, and a person's, but not a town's.
var fanWords = wordSet("fans supporters player players")

// beforeClub are words a club's name follows and a town's does not
// ("beat Hull").
var beforeClub = wordSet("beat beating face faces facing")

// pluralVerbs are what a club takes in British English ("Hull have").
var pluralVerbs = wordSet("have are were")

// endsFixture reports whether w, the word after a name that follows
// "beat" or "face", ends the match: punctuation, a score, a time or
// another side ("beat Hull 2-1", "face Hull on Sunday", "beat Hull and
// Leeds").
func endsFixture(w string) bool {
	return w == "" || isScore(w) || isQuoteMark(w) || fixtureEnds[w]
}

var fixtureEnds = wordSet(". , ; : ! ? ) and on at last this next twice again")

// isScore reports whether w is a result ("2-1").
func isScore(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && isDigits(a) && isDigits(b)
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// tokenLower is token t in lower case, "" outside the text.
func tokenLower(d *doc.Doc, t int) string {
	if t < 0 || t >= len(d.Tokens) {
		return ""
	}
	return strings.ToLower(d.TokenText(t))
}

// fullNameSurnames holds the surnames (surnameKey) of the people the
// article names with more than one word ("Henman" after "Tim Henman")
// or after a title or an honorific ("Biden" after "Mr Biden", "President
// Biden": "the Biden team" is no club), gathered once: asking every
// mention of a long text about every other one would take hours.
func (r *Recogniser) fullNameSurnames(d *doc.Doc) map[string]bool {
	full := map[string]bool{}
	for _, m := range d.Mentions {
		if m.Type != "PERSON" {
			continue
		}
		w := nameWords(d.Str(m.Span))
		if len(w) == 0 {
			continue
		}
		titled := false
		if t := d.TokenAt(m.Start); t > 0 && d.Tokens[t-1].Sent == d.Tokens[t].Sent {
			_, titled = r.gaz.Title(d.TokenText(t - 1))
		}
		if len(w) > 1 || titled {
			full[surnameKey(w[len(w)-1])] = true
		}
	}
	return full
}
