// Package event finds political events in a document and codes them in
// the PLOVER ontology: who did what to whom (source and target actors
// with country code and sector), of which of the 16 types, with its CAMEO
// root, date, place, modality (asserted, reported, claimed, planned,
// conditional, denied) and the source that relays it.
//
// Triggers come from a lexicon kept as data (lexicon.tsv, see
// docs/events.md); actors are noun phrases built from the entity layer,
// the gazetteer and a list of actor nouns (agents.tsv); arguments are
// found by clause-level rules: subject to the left, object to the right,
// "by" in the passive, the speaker of "X said Y must ..." as the source of
// a request.
package event

import (
	"strings"

	"newsgraph/internal/doc"
	"newsgraph/internal/gazetteer"
)

// Extract fills d.Events. It needs d.Sentences and d.Tokens; it uses the
// mentions, entities, dates and quotes when they are there. Events come in
// sentence order; within a sentence the main event comes first.
func Extract(d *doc.Doc) {
	d.Events = d.Events[:0]
	if len(d.Sentences) == 0 || len(d.Tokens) == 0 {
		return
	}
	x := &extractor{d: d, g: gazetteer.Default(), lx: defaultLexicon}
	if !d.Published.IsZero() {
		x.day = d.Published.Format("2006-01-02")
	}
	x.mentionsBySent = make([][]int, len(d.Sentences))
	for mi, m := range d.Mentions {
		if si := d.SentenceOf(m.Start); si >= 0 {
			x.mentionsBySent[si] = append(x.mentionsBySent[si], mi)
		}
	}
	for si := range d.Sentences {
		x.sentence(si)
	}
}

type extractor struct {
	d              *doc.Doc
	g              *gazetteer.Gazetteer
	lx             *lexicon
	day            string
	mentionsBySent [][]int
	prev           *sentence   // the previous sentence, for pronouns
	history        []*sentence // the last few sentences, nearest last, for dates
}

// candidate is an event being built in one sentence.
type candidate struct {
	m                match
	typ, cameo, mode string
	context          string
	sources, targets []member
	location         int // word index of a place phrase, -1
	modality         string
	accordingTo      member
	hasAccording     bool
	absorbed         bool
	quote            int
	speaker          []member
	trigger          doc.Span
	inherit          *candidate // the main-clause event a participle continues
	weight           int        // the trigger's weight, raised by what confirms it
}

func (x *extractor) sentence(si int) {
	s := newSentence(x.d, x.g, si, x.mentionsBySent, x.day)
	matches := x.lx.find(s.lower)
	s.trig = make([]string, len(s.words))
	for _, m := range matches {
		for k := m.first; k <= m.last; k++ {
			s.trig[k] = m.e.Type
		}
	}
	var cands []*candidate
	for _, m := range matches {
		c := &candidate{m: m, typ: m.e.Type, cameo: m.e.Cameo, mode: m.e.Mode, context: m.e.Context, location: -1, quote: -1,
			trigger: s.span(m.first, m.last+1), weight: m.e.Weight}
		if !x.arguments(s, c, cands) {
			continue
		}
		cands = append(cands, c)
	}
	absorb(s, cands)
	var events []doc.Event
	for _, c := range cands {
		if c.absorbed || !political(s, c) {
			continue
		}
		events = append(events, x.toEvent(s, c))
	}
	// The main event first: strong triggers before weak ones, then text
	// order.
	for i := 1; i < len(events); i++ {
		for j := i; j > 0 && rank(cands, events[j]) > rank(cands, events[j-1]); j-- {
			events[j], events[j-1] = events[j-1], events[j]
		}
	}
	x.d.Events = append(x.d.Events, events...)
	x.prev = s
	x.history = append(x.history, s)
	if len(x.history) > dateLookback {
		x.history = x.history[1:]
	}
}

// political reports whether some actor of the event is a political one:
// a country, an IGO or NGO, or a sector other than business and media. A
// firm "supplying" a market or a newspaper "pressing" a point is no
// political event.
func political(s *sentence, c *candidate) bool {
	for _, ms := range [][]member{c.sources, c.targets} {
		for _, m := range ms {
			if m.code != "" || m.sector != "" && s.soleCountry() != "" {
				return true
			}
			switch m.sector {
			case "", "BUS", "MED", "JRN", "EDU", "CVL":
				// Unplaced firms, media, schools or "people" alone do not
				// make a political event.
			default:
				return true
			}
		}
	}
	return false
}

// rank orders a sentence's events: a strong trigger before a weak one,
// and an event whose source is known before one without.
func rank(cands []*candidate, e doc.Event) int {
	r := 0
	if len(e.Sources) > 0 {
		r++
	}
	for _, c := range cands {
		if c.trigger == e.Trigger && c.weight >= 2 {
			r += 2
		}
	}
	return r
}

// boundary words end the search for a trigger's arguments.
var clauseBreak = map[string]bool{
	";": true, ":": true, "because": true, "after": true, "while": true, "when": true,
	"if": true, "unless": true, "but": true, "although": true, "though": true, "whereas": true,
	"before": true, "since": true, "until": true, "(": true, ")": true, "--": true, "—": true,
	"\"": true, "“": true, "”": true, ".": true, "?": true, "!": true,
}

var sayVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "stated": true, "announced": true,
	"added": true, "declared": true, "stressed": true, "noted": true, "reported": true, "claimed": true,
	"claims": true, "claim": true, "insisted": true, "believes": true, "believed": true,
	"reports": true, "announces": true, "concluded": true, "quoted": true, "learned": true, "announce": true,
	"reiterated": true, "explained": true, "wrote": true, "argued": true,
}

var prepositions = map[string]bool{
	"of": true, "in": true, "at": true, "on": true, "from": true, "with": true, "to": true, "for": true,
	"by": true, "against": true, "near": true, "into": true, "over": true, "under": true, "across": true,
	"about": true, "between": true, "among": true, "toward": true, "towards": true, "outside": true, "inside": true,
	"throughout": true, "within": true, "around": true, "during": true, "despite": true, "like": true, "via": true,
}

var beForms = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "get": true, "got": true,
}

var irregularParticiples = map[string]bool{
	"beaten": true, "shot": true, "held": true, "taken": true, "hit": true, "struck": true, "given": true,
	"sworn": true, "withdrawn": true, "overrun": true, "frozen": true, "blown": true, "forgiven": true, "sent": true,
	"sought": true, "met": true, "fought": true, "retaken": true, "cut": true, "shut": true, "put": true, "freed": true,
}

// arguments finds the source and target of a candidate; it reports false
// when the trigger should not yield an event at all.
func (x *extractor) arguments(s *sentence, c *candidate, prior []*candidate) bool {
	first, last := c.m.first, c.m.last
	if s.phraseAt(first) >= 0 && c.m.e.Type != "REQUEST" {
		// A trigger word inside an actor name ("Peace Council", "Rebel
		// Army") is part of the name.
		pi := s.phraseAt(first)
		for _, m := range s.phrases[pi].members {
			for _, k := range m.kinds {
				if k == pkOrg || k == pkName {
					if first >= m.start && first < m.end && capitalised(s.words[first]) {
						return false
					}
				}
			}
		}
	}
	if pi := s.phraseAt(first); pi >= 0 && agentTrigger(s, pi, first) {
		if c.typ != "PROTEST" {
			// "the local press": a word that names an actor here is
			// not a trigger.
			return false
		}
		// "Demonstrators in Baghdad blocked a road": the trigger names
		// the actors themselves.
		c.sources = s.phrases[pi].members
		if pj := s.object(s.phrases[pi].end, c.typ, -1); pj >= 0 {
			c.targets = s.resolve(x, pj)
		}
		c.location = s.location(first, s.phrases[pi].end-1)
		x.modality(s, c)
		return true
	}
	if isModalRequest(c.m.e) {
		return x.modalRequest(s, c)
	}
	head := s.lower[first]
	passive := false
	if c.m.e.verb && (strings.HasSuffix(head, "ed") || irregularParticiples[head]) {
		for k := first - 1; k >= 0 && k >= first-3; k-- {
			if beForms[s.lower[k]] {
				passive = true
				break
			}
			if !isAdverb(s.lower[k]) && s.lower[k] != "have" && s.lower[k] != "has" && s.lower[k] != "had" {
				break
			}
		}
		if last+1 < len(s.words) && s.lower[last+1] == "by" {
			passive = true
		}
	}
	isNoun := c.m.e.Type != "NONE" && looksNominal(s, first)
	byAgent := -1
	for k := last + 1; k < len(s.words) && k <= last+8; k++ {
		if clauseBreak[s.lower[k]] || isNoun && k > last+1 {
			// A noun's agent follows it at once ("an attack by rebels");
			// further on, "by" belongs to something else ("areas held
			// by insurgents").
			break
		}
		if k > last+1 && strings.HasSuffix(s.lower[k], "ed") && s.lower[k] != "by" {
			break
		}
		if s.lower[k] == "by" {
			if pi := s.nextPhrase(k + 1); pi >= 0 {
				byAgent = pi
			}
			break
		}
	}
	switch {
	case passive:
		if byAgent >= 0 {
			c.sources = s.resolve(x, byAgent)
		}
		if last+1 < len(s.words) && s.lower[last+1] == "by" && !beforeIsBe(s, first) {
			// "an attack, backed by Russia and Iran": the participle
			// modifies what precedes it.
			if pi := s.prevPhrase(first); pi >= 0 {
				c.targets = s.resolve(x, pi)
			}
		} else if pi := s.subject(first); pi >= 0 {
			c.targets = s.resolve(x, pi)
		}
	case isNoun:
		if first > 0 && possessed[s.lower[first-1]] {
			// "completed its investigation into an allegation by X":
			// "its" is the subject's.
			if pi := s.subject(first); pi >= 0 {
				c.sources = s.resolve(x, pi)
			}
		} else if pi := s.nominalSource(first); pi >= 0 {
			c.sources = s.resolve(x, pi)
		} else if byAgent >= 0 {
			c.sources = s.resolve(x, byAgent)
		} else if !inPrepPhrase(s, first) || participation[c.typ] {
			if pi := s.subject(first); pi >= 0 {
				c.sources = s.resolve(x, pi)
			}
		}
		if pi := s.object(last+1, c.typ, byAgent); pi >= 0 {
			c.targets = s.resolve(x, pi)
		}
	default:
		if p := mainClauseEvent(s, first, prior); p != nil {
			// "Israel has been backing rebel groups ..., providing
			// weapons": a participle after a comma continues the main
			// clause's event, its actors and how it is known.
			c.sources = p.sources
			if pi := s.object(last+1, c.typ, byAgent); pi < 0 {
				c.targets = p.targets
			}
			c.inherit = p
		} else if pi := s.subject(first); pi >= 0 {
			c.sources = s.resolve(x, pi)
		}
		if len(c.targets) == 0 {
			if pi := s.object(last+1, c.typ, byAgent); pi >= 0 {
				c.targets = s.resolve(x, pi)
			}
		}
	}
	c.sources = dropSame(c.sources, nil)
	c.targets = dropSame(c.targets, c.sources)
	if c.location < 0 {
		c.location = s.location(first, last)
	}
	x.modality(s, c)
	return true
}

// agentTrigger reports whether the trigger word is the head of an actor
// phrase ("protesters", "strikers").
func agentTrigger(s *sentence, pi, w int) bool {
	for _, p := range s.pieces {
		if p.kind == pkAgent && w >= p.start && w < p.end {
			return true
		}
	}
	return false
}

// mainClauseEvent returns, for a present participle right after a comma,
// the first earlier event of its sentence since the last hard boundary.
func mainClauseEvent(s *sentence, first int, prior []*candidate) *candidate {
	if first == 0 || s.lower[first-1] != "," || !strings.HasSuffix(s.lower[first], "ing") {
		return nil
	}
	start := 0
	for k := first - 1; k >= 0; k-- {
		if s.lower[k] == ";" || s.lower[k] == "that" || s.lower[k] == ":" {
			start = k + 1
			break
		}
	}
	for _, p := range prior {
		if p.m.first >= start && len(p.sources) > 0 {
			return p
		}
	}
	return nil
}

func beforeIsBe(s *sentence, first int) bool {
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		if beForms[s.lower[k]] {
			return true
		}
		if !isAdverb(s.lower[k]) {
			return false
		}
	}
	return false
}

func isAdverb(w string) bool {
	switch w {
	case "not", "never", "also", "already", "reportedly", "allegedly", "again", "still", "just", "recently",
		"routinely", "secretly", "repeatedly", "formally", "officially", "finally", "now", "later", "then",
		"publicly", "jointly", "unilaterally", "bluntly", "strongly", "sharply", "openly", "previously", "n't":
		return true
	}
	return strings.HasSuffix(w, "ly")
}

// looksNominal tells a noun trigger from a verb one by what precedes it:
// a determiner, adjective or possessive makes "attack" a noun.
func looksNominal(s *sentence, i int) bool {
	if i == 0 {
		return false
	}
	w := s.lower[i-1]
	switch w {
	case "a", "an", "the", "its", "their", "his", "her", "our", "new", "fresh", "further", "'s", "of", "for",
		"imminent", "major", "military", "phased", "planned", "joint", "renewed", "latest", "first", "second", "another", "any", "such", "this", "these", "those":
		return true
	}
	return s.phraseAt(i-1) >= 0 && !(i >= 2 && beForms[s.lower[i-2]])
}

// participation types are joined by the subject even from inside a
// prepositional phrase: "was speaking at a meeting", "took part in a
// rally".
var participation = map[string]bool{"CONSULT": true, "PROTEST": true, "COOPERATE": true, "AGREE": true}

// inPrepPhrase reports whether a noun trigger is the object of a
// preposition ("retaliate for the killing", "over the air strikes"): the
// clause's subject did not do it.
func inPrepPhrase(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := s.lower[k]
		if prepositions[w] && w != "of" {
			return true
		}
		if !determiners[w] && !modifiers[w] && !looksAdjective(w) {
			return false
		}
	}
	return false
}

// subject finds the actor phrase that does what the word at i says: the
// nearest phrase to the left in the same clause that is not the object of
// a preposition, else the nearest one.
func (s *sentence) subject(i int) int {
	nearestPP, uncoded := -1, -1
	for k := i - 1; k >= 0; k-- {
		w := s.lower[k]
		if w == ")" {
			// Skip a parenthesis: "The International Labor Office (ILO)".
			for k > 0 && s.lower[k] != "(" {
				k--
			}
			continue
		}
		if (w == "which" || w == "who") && k < i-1 {
			// The phrases found so far are inside a relative clause
			// ("the interference of America, which has led to ..., must
			// end"): the subject is before it.
			nearestPP, uncoded = -1, -1
			continue
		}
		if (w == "but" || w == "and") && nearestPP < 0 && uncoded < 0 && k > 0 && s.phraseAt(k+1) < 0 {
			// "Benin opened its borders ... but was still refusing": a
			// second predicate shares the first one's subject.
			if w == "but" || s.lower[k-1] == "," || auxiliaries[s.lower[k+1]] {
				return s.clauseSubject(k)
			}
		}
		if w == "that" && k > 0 && prepositions[s.lower[k-1]] {
			continue // "in that country": a determiner
		}
		if clauseBreak[w] || w == "that" || sayVerbs[w] && k < i-1 && !(announceVerbs[w] && onlyModifiers(s, k+1, i)) {
			// "announced a suspension": past the reporting verb of its
			// own object, the subject is the announcer.
			break
		}
		if w == "," && nearestPP < 0 && uncoded < 0 {
			// "Pakistan, a key U.S. ally in the war, has refused": skip
			// an appositive back to the phrase it describes.
			for c := k - 1; c >= 0 && c >= k-12; c-- {
				if s.lower[c] == "," {
					if appositiveStart[s.lower[c+1]] {
						if pi := s.phraseEndingAt(c); pi >= 0 {
							return pi
						}
					}
					break
				}
				if clauseBreak[s.lower[c]] {
					break
				}
			}
		}
		if w == "," {
			// "Pakistan, a key U.S. ally, has refused": an appositive
			// describes the phrase before it, which is the subject.
			if k+1 < len(s.lower) && appositiveStart[s.lower[k+1]] {
				if pi := s.phraseEndingAt(k); pi >= 0 {
					return pi
				}
			}
			if nearestPP >= 0 || uncoded >= 0 {
				break
			}
		}
		pi := s.phraseAt(k)
		if pi < 0 {
			continue
		}
		p := s.phrases[pi]
		k = p.start
		if p.placeOnly() && k > 0 && prepositions[s.lower[k-1]] {
			continue
		}
		if k > 0 && prepositions[s.lower[k-1]] && s.lower[k-1] != "by" {
			// Of the prepositional phrases, an "of" phrase (the
			// possessor: "the presence of America in Syria") is the best
			// stand-in for a subject.
			if nearestPP < 0 || s.lower[k-1] == "of" && locative[s.lower[s.phrases[nearestPP].start-1]] || !s.phrases[nearestPP].coded() && p.coded() {
				nearestPP = pi
			}
			continue
		}
		if !p.coded() && !p.pronoun() {
			// An unknown capitalised word ("the divided Mediterranean
			// island") is a weak subject: look further for a known actor.
			if uncoded < 0 {
				uncoded = pi
			}
			continue
		}
		return pi
	}
	if nearestPP >= 0 && s.phrases[nearestPP].coded() {
		return nearestPP
	}
	if uncoded >= 0 {
		return uncoded
	}
	return nearestPP
}

func onlyModifiers(s *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if !modifiers[s.lower[k]] && !looksAdjective(s.lower[k]) {
			return false
		}
	}
	return true
}

var locative = map[string]bool{"in": true, "at": true, "near": true, "on": true, "across": true, "inside": true, "outside": true}

var determiners = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true}

// announceVerbs take a noun as object ("announced a suspension"), where
// "said the battle will continue" takes a clause.
var announceVerbs = map[string]bool{
	"announced": true, "announces": true, "announce": true, "declared": true, "declares": true, "declare": true,
	"reiterated": true, "reiterates": true,
}

var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "will": true, "would": true, "was": true, "were": true,
	"is": true, "are": true, "can": true, "could": true, "should": true, "must": true, "also": true, "then": true,
}

// clauseSubject returns the first actor phrase of the clause ending at
// word i that is not inside a prepositional phrase: the subject two
// coordinated predicates share.
func (s *sentence) clauseSubject(i int) int {
	start := 0
	for k := i - 1; k >= 0; k-- {
		if w := s.lower[k]; clauseBreak[w] && w != "but" || w == "that" || sayVerbs[w] {
			start = k + 1
			break
		}
	}
	for k := start; k < i; k++ {
		pi := s.phraseAt(k)
		if pi < 0 {
			continue
		}
		p := s.phrases[pi]
		if p.start > 0 && prepositions[s.lower[p.start-1]] || !p.coded() {
			k = p.end - 1
			continue
		}
		return pi
	}
	return s.subject(i)
}

var appositiveStart = map[string]bool{"a": true, "an": true, "the": true, "who": true, "which": true}

// phraseEndingAt returns the phrase that ends just before word k.
func (s *sentence) phraseEndingAt(k int) int {
	for pi, p := range s.phrases {
		if p.end == k {
			return pi
		}
	}
	return -1
}

// nominalSource finds the actor of a noun trigger inside its own noun
// phrase: "Israeli air raids", "a US offer", "Serbia's suppression".
func (s *sentence) nominalSource(i int) int {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if pi := s.phraseAt(k); pi >= 0 {
			if s.phrases[pi].placeOnly() {
				return -1
			}
			return pi
		}
		if determiners[s.lower[k]] || !modifiers[s.lower[k]] && !isAdverb(s.lower[k]) && !looksAdjective(s.lower[k]) {
			// Past a determiner the phrase is outside the trigger's own
			// noun phrase: "give Tanzania a grant".
			return -1
		}
	}
	return -1
}

func looksAdjective(w string) bool {
	for _, suf := range []string{"al", "ive", "ary", "ed", "ous", "ic", "ful", "scale", "range"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// objectStops end the search for an object: what follows is a purpose or
// a circumstance, not the target.
var objectStops = map[string]bool{"effort": true, "order": true, "bid": true, "attempt": true, "aimed": true, "despite": true}

// object finds the target to the right of a trigger: the first actor
// phrase in the clause that is not a place introduced by "in" or "near",
// not a relaying source ("according to"), not the passive agent.
func (s *sentence) object(i int, typ string, byAgent int) int {
	place, fallback := -1, -1
	for k := i; k < len(s.words); k++ {
		w := s.lower[k]
		if k <= i+1 && openQuote[w] {
			// "warned that \"millions of civilians ...\"": the object
			// is inside the quotation.
			continue
		}
		if clauseBreak[w] || objectStops[w] || w == "," || (sayVerbs[w] && k > i) {
			break
		}
		if (w == "who" || w == "which" || w == "that") && k > i {
			break
		}
		if w == "according" {
			break
		}
		pi := s.phraseAt(k)
		if pi < 0 || pi == byAgent {
			continue
		}
		p := s.phrases[pi]
		k = p.end - 1
		if p.start > 1 && s.lower[p.start-1] == "by" && cooperative(s.trig[p.start-2]) {
			// "a ceasefire brokered by Egypt": the agent of another,
			// cooperative event is not this one's target. (Of a hostile
			// one it is: "protested against violations by the police".)
			continue
		}
		if p.pronoun() && (s.lower[p.start] == "who" || s.lower[p.start] == "which") {
			break
		}
		if p.equipment(s) {
			// "delivered 20 tanks to Ukraine": weapons are what is
			// given or hit, not who.
			if fallback < 0 {
				fallback = pi
			}
			continue
		}
		if possessed[s.lower[p.start]] || p.start > 0 && possessed[s.lower[p.start-1]] {
			// "withdraw its troops from Lebanon": the source's own
			// troops are not the target.
			if fallback < 0 {
				fallback = pi
			}
			continue
		}
		if p.start > 0 && s.lower[p.start-1] == "to" && addressed[typ] {
			// "complained to the United Nations over Israeli raids":
			// the body addressed is not the one complained about.
			if fallback < 0 {
				fallback = pi
			}
			continue
		}
		if p.placeLike() {
			prev := ""
			if p.start > 0 {
				prev = s.lower[p.start-1]
			}
			if prev == "in" || prev == "near" || prev == "across" || prev == "outside" || prev == "the" && p.start > 1 && s.lower[p.start-2] == "in" {
				if place < 0 {
					place = pi
				}
				continue
			}
		}
		if speechAct[typ] && p.onlySector("CVL") && fallback < 0 {
			// "warned that civilians are under threat of an Assad
			// attack": those at risk are not the one warned.
			fallback = pi
			continue
		}
		return pi
	}
	if fallback >= 0 {
		return fallback
	}
	switch typ {
	case "ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "SANCTION":
		return place
	}
	return -1
}

var openQuote = map[string]bool{"\"": true, "“": true, "'": true, "‘": true, "that": true}

// speechAct types are aimed at someone responsible, not at bystanders.
var speechAct = map[string]bool{"THREATEN": true, "ACCUSE": true, "REQUEST": true, "REJECT": true}

var possessed = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true}

// addressed are the types whose "to X" names an audience, not a target.
var addressed = map[string]bool{"ACCUSE": true, "PROTEST": true}

// nextPhrase returns the first phrase starting at or after word i, within
// the clause.
func (s *sentence) nextPhrase(i int) int {
	for k := i; k < len(s.words) && k < i+4; k++ {
		if pi := s.phraseAt(k); pi >= 0 {
			return pi
		}
		if clauseBreak[s.lower[k]] {
			break
		}
	}
	return -1
}

// prevPhrase returns the nearest phrase ending before word i.
func (s *sentence) prevPhrase(i int) int {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if pi := s.phraseAt(k); pi >= 0 {
			return pi
		}
		if clauseBreak[s.lower[k]] {
			break
		}
	}
	return -1
}

// location returns the first place phrase after "in", "at" or "near" in
// the trigger's clause, or -1.
func (s *sentence) location(first, last int) int {
	for k := last + 1; k < len(s.words); k++ {
		w := s.lower[k]
		if clauseBreak[w] || sayVerbs[w] {
			break
		}
		if w != "in" && w != "at" && w != "near" {
			continue
		}
		for m := k + 1; m < len(s.words) && m <= k+3; m++ {
			if pi := s.phraseAt(m); pi >= 0 {
				p := s.phrases[pi]
				for _, mem := range p.members {
					if mem.has(pkPlace) || mem.has(pkCapital) || mem.has(pkCountry) && len(mem.kinds) == 1 {
						return mem.start
					}
				}
				break
			}
		}
	}
	return -1
}

// resolve returns the members of phrase pi, with pronouns replaced by
// what they refer to.
func (s *sentence) resolve(x *extractor, pi int) []member {
	p := s.phrases[pi]
	if !p.pronoun() {
		return p.members
	}
	m := p.members[0]
	if m.entity >= 0 && (m.code != "" || m.sector != "") {
		return p.members
	}
	w := s.lower[m.start]
	// A relative pronoun refers to the phrase just before it.
	if w == "who" || w == "which" {
		for k := p.start - 1; k >= 0 && k >= p.start-3; k-- {
			if q := s.phraseAt(k); q >= 0 && !s.phrases[q].pronoun() {
				return s.phrases[q].members
			}
		}
		return nil
	}
	// Otherwise the nearest earlier subject-like phrase in the sentence,
	// else the first actor of the previous sentence.
	for q := pi - 1; q >= 0; q-- {
		if !s.phrases[q].pronoun() && !s.phrases[q].placeOnly() {
			return s.phrases[q].members
		}
	}
	if x.prev != nil {
		for _, q := range x.prev.phrases {
			if !q.pronoun() && !q.placeOnly() {
				return q.members
			}
		}
	}
	return nil
}

// dropSame removes members already in other, and duplicates.
func dropSame(ms, other []member) []member {
	var out []member
outer:
	for _, m := range ms {
		for _, o := range append(other, out...) {
			if o.start == m.start && o.end == m.end && o.from == m.from {
				continue outer
			}
		}
		out = append(out, m)
	}
	return out
}

// absorb folds a trigger into the one before it when it is that one's
// content: "threatened to ban", "rejected an offer", "demanded the
// withdrawal". The inner trigger gives its kind as the mode when the outer
// has none.
func absorb(s *sentence, cands []*candidate) {
	// Two triggers of one type close together are one event ("will give
	// Tanzania a grant"): the first, which has the clause around it,
	// stays.
	for i, c := range cands {
		for _, d := range cands[i+1:] {
			same := d.m.e.Type == c.m.e.Type || d.typ == c.typ
			if c.absorbed || d.absorbed || !same || d.m.first-c.m.last > 4 || crossesBoundary(s, c.m.last+1, d.m.first) {
				continue
			}
			d.absorbed = true
			c.weight = max(c.weight, d.weight)
			if c.mode == "" {
				c.mode = d.mode
			}
			if c.context == "" {
				c.context = d.context
			}
		}
	}
	for i, c := range cands {
		if c.absorbed {
			continue
		}
		switch c.typ {
		case "AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE", "SUPPORT", "CONCEDE":
		default:
			continue
		}
		for _, d := range cands[i+1:] {
			if d.absorbed || d.m.first-c.m.last > 6 {
				break
			}
			if crossesBoundary(s, c.m.last+1, d.m.first) {
				break
			}
			if who, ok := clauseComplement(s, c, d); ok {
				// "demanded that Israel ease restrictions", "urged Iraq to
				// withdraw": what is asked for is not an event yet; the
				// one asked is the target.
				d.absorbed = true
				if c.mode == "" {
					c.mode = strings.ToLower(d.typ)
				}
				if len(c.targets) == 0 && who >= 0 {
					c.targets = s.phrases[who].members
				}
				continue
			}
			if !complementGap(s, c.m.last+1, d.m.first) {
				continue
			}
			if d.m.e.Weight > c.m.e.Weight && c.m.e.Weight == 1 && !c.m.e.modal {
				// A weak outer word ("offer") does not swallow a strong
				// event.
				c.absorbed = true
				break
			}
			d.absorbed = true
			if c.mode == "" {
				c.mode = strings.ToLower(d.typ)
			}
			if len(c.targets) == 0 {
				c.targets = d.targets
			}
		}
	}
}

// clauseComplement reports whether d is the action c asks for, promises
// or threatens with someone else doing it: "demanded that X ease", "urged
// X to stop", "called on X to withdraw". It returns that someone's phrase.
func clauseComplement(s *sentence, c, d *candidate) (int, bool) {
	switch c.typ {
	case "REQUEST", "THREATEN", "AGREE":
	default:
		return -1, false
	}
	who, sawThat := -1, false
	for k := c.m.last + 1; k < d.m.first; k++ {
		w := s.lower[k]
		if pi := s.phraseAt(k); pi >= 0 {
			if who >= 0 {
				return -1, false
			}
			who = pi
			k = s.phrases[pi].end - 1
			continue
		}
		switch {
		case w == "that":
			sawThat = true
		case w == "to" && who >= 0:
			sawThat = true
		case s.dateWord[k] || calendarWords[w] || isAdverb(w) || complementFiller[w]:
		default:
			return -1, false
		}
	}
	return who, sawThat && who >= 0
}

var complementFiller = map[string]bool{
	"the": true, "a": true, "an": true, "should": true, "must": true, "would": true, "will": true,
	"immediately": true, "also": true, "not": true, "to": true, "let": true,
}

// complementGap reports whether the words between two triggers make the
// second the first one's complement: "threatened to ban", "rejected an
// invitation", "demanded the withdrawal of".
func complementGap(s *sentence, a, b int) bool {
	if b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		switch w := s.lower[k]; w {
		case "to", "that", "the", "a", "an", "its", "their", "his", "her", "of", "for", "further", "new", "any", "immediate", "be", "let":
		default:
			if !looksAdjective(w) || s.phraseAt(k) >= 0 {
				return false
			}
		}
	}
	return true
}

func crossesBoundary(s *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		w := s.lower[k]
		if clauseBreak[w] || w == "," || sayVerbs[w] {
			return true
		}
	}
	return false
}
