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
	"slices"
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
	x.indexQuotesAndDates()
	for si := range d.Sentences {
		x.sentence(si)
	}
}

// quoteSpan is one content span of quote q.
type quoteSpan struct {
	doc.Span
	q int
}

// indexQuotesAndDates sorts the quotes' spans and measures them and the
// dates, so that the quote holding a word and the dates of a sentence are
// found by binary search (doc.Near), not by reading every quote and date
// of the article for each event: that made a long text cost the square
// of its length.
func (x *extractor) indexQuotesAndDates() {
	for qi, q := range x.d.Quotes {
		for _, sp := range q.Spans {
			x.quoteSpans = append(x.quoteSpans, quoteSpan{sp, qi})
		}
	}
	slices.SortStableFunc(x.quoteSpans, func(a, b quoteSpan) int { return a.Start - b.Start })
	x.quoteSpanLen, _ = doc.MaxLen(x.quoteSpans)
	x.dateLen, x.datesSorted = doc.MaxLen(x.d.Dates)
}

// quotesHolding returns, in quote order, the quotes with a span that
// contains sp.
func (x *extractor) quotesHolding(sp doc.Span) []int {
	var out []int
	lo, hi := doc.Near(x.quoteSpans, sp, x.quoteSpanLen)
	for _, qs := range x.quoteSpans[lo:hi] {
		if qs.Contains(sp) && !slices.Contains(out, qs.q) {
			out = append(out, qs.q)
		}
	}
	slices.Sort(out)
	return out
}

// datesNear returns the range of d.Dates that may lie in sp: a window
// when the dates are in text order, all of them otherwise.
func (x *extractor) datesNear(sp doc.Span) (lo, hi int) {
	if !x.datesSorted {
		return 0, len(x.d.Dates)
	}
	return doc.Near(x.d.Dates, sp, x.dateLen)
}

type extractor struct {
	d              *doc.Doc
	g              *gazetteer.Gazetteer
	lx             *lexicon
	day            string
	mentionsBySent [][]int
	prev           *sentence   // the previous sentence, for pronouns
	history        []*sentence // the last few sentences, nearest last, for dates
	// See indexQuotesAndDates.
	quoteSpans            []quoteSpan
	quoteSpanLen, dateLen int
	datesSorted           bool
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
	dlo, dhi := x.datesNear(x.d.Sentences[si].Span)
	s := newSentence(x.d, x.g, si, x.mentionsBySent, x.d.Dates[dlo:dhi], x.day)
	matches := x.lx.find(s.lower, func(i int) slot { return slotOf(s, i) })
	matches = slices.DeleteFunc(matches, func(m match) bool {
		return s.dateWord[m.first] || namesAnOffice(s, m) || predicative(s, m) || aDanger(s, m, matches) || anOpinion(s, m) // "on March 3" is no protest march
	})
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
		if c.absorbed || !political(s, c) || inCondition(s, c.m.first) {
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

// namesAnOffice reports whether a capitalised trigger is the first part of
// an office's or body's name: "Finance Secretary Jaime Ongpin", "the Aid
// Agency", "the Relief Fund" name no act of aid.
func namesAnOffice(s *sentence, m match) bool {
	next := m.last + 1
	return next < len(s.words) && capitalised(s.words[m.first]) && capitalised(s.words[next]) && officeHeads[s.lower[next]]
}

var officeHeads = map[string]bool{
	"secretary": true, "minister": true, "ministry": true, "department": true, "commissioner": true,
	"commission": true, "committee": true, "agency": true, "bureau": true, "office": true, "council": true,
	"authority": true, "fund": true, "corps": true, "programme": true, "program": true, "act": true, "bill": true,
}

// predicative reports whether a one-word noun trigger that can be an
// adjective stands after a form of "be": "the remarks were offensive"
// describes them, while "launched an offensive" is an attack.
func predicative(s *sentence, m match) bool {
	if m.e.verb || m.first != m.last || !looksAdjective(s.lower[m.first]) {
		return false
	}
	k := m.first - 1
	for k >= 0 && (isAdverb(s.lower[k]) || negations[s.lower[k]]) {
		k--
	}
	return k >= 0 && beForms[s.lower[k]]
}

// aDanger reports whether the noun "threat" names a danger ("the terror
// threat", "the real threat to Labour", "Iraq was a serious threat")
// rather than a threat someone made. A threat made, issued or withdrawn,
// one its maker owns ("Iran's threat", "its threat"), one "by" someone
// or one to do something ("a threat to impose sanctions": a verb trigger
// follows "to") is an act.
func aDanger(s *sentence, m match, matches []match) bool {
	if m.e.Type != "THREATEN" || m.e.verb || s.lower[m.last] != "threat" {
		return false
	}
	if next := m.last + 1; next+1 < len(s.lower) && s.lower[next] == "to" && startsVerbTrigger(matches, next+1) || next < len(s.lower) && s.lower[next] == "by" {
		return false
	}
	for k := m.first - 1; k >= 0 && k >= m.first-4; k-- {
		w := s.lower[k]
		if w == "'s" || possessed[w] || madeThreat(w) {
			return false
		}
		if !modifiers[w] && !looksAdjective(w) && !isAdverb(w) && w != "this" && w != "that" {
			break
		}
	}
	return true
}

// anOpinion reports whether "agree" shares a view rather than settles
// anything: "agreed he was brilliant", "agreed that there was nothing
// wrong", "will agree with this", "agreed about what happened", "agree on
// one thing". A decision ("agreed that the farmers will be paid") is
// still an agreement.
func anOpinion(s *sentence, m match) bool {
	if m.e.Type != "AGREE" || !m.e.verb || !strings.HasPrefix(s.lower[m.first], "agree") {
		return false
	}
	k := m.last + 1
	if k >= len(s.lower) {
		return false
	}
	if s.lower[m.last] == "on" {
		return viewObjects[s.lower[k]] // "agree on one thing"
	}
	switch w := s.lower[k]; {
	case w == "about":
		return true
	case w == "with" || w == "on":
		return k+1 < len(s.lower) && viewObjects[s.lower[k+1]]
	case w == "that":
		k++
	}
	// A clause whose first verb is a form of "be" describes how things
	// are.
	// (After a preposition or a date, "agreed in principle last October
	// was ...", the verb is the main clause's.)
	for j := k; j < len(s.lower) && j < k+6; j++ {
		w := s.lower[j]
		if beForms[w] {
			return j > k
		}
		if clauseBreak[w] || w == "," || auxiliaries[w] || prepositions[w] || s.dateWord[j] {
			return false
		}
	}
	return false
}

// viewObjects are what one agrees with or on when sharing a view.
var viewObjects = map[string]bool{
	"him": true, "her": true, "them": true, "me": true, "us": true, "you": true, "this": true, "that": true,
	"it": true, "one": true, "everything": true, "much": true,
}

// startsVerbTrigger reports whether a verb trigger starts at word i.
func startsVerbTrigger(matches []match, i int) bool {
	for _, m := range matches {
		if m.first == i && m.e.verb {
			return true
		}
	}
	return false
}

// madeThreat reports whether w is a verb that makes, keeps or drops a
// threat ("issued a threat", "withdraw this threat").
func madeThreat(w string) bool {
	return slices.ContainsFunc(threatVerbStems, func(p string) bool { return strings.HasPrefix(w, p) })
}

var threatVerbStems = []string{"mak", "made", "issu", "carr", "repeat", "renew", "withdr", "drop", "lift", "follow", "deliver", "execut", "back"}

// inCondition reports whether word i is inside an "if" or "unless"
// clause: what a threat or promise depends on is not an event ("if the
// militants do not withdraw").
func inCondition(s *sentence, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch s.lower[k] {
		case "if", "unless":
			return true
		case ",", ";", ":", "then":
			return false
		}
	}
	return false
}

// political reports whether some actor of the event is a political one:
// a country, an IGO or NGO, or a sector other than business and media. A
// firm "supplying" a market or a newspaper "pressing" a point is no
// political event.
func political(s *sentence, c *candidate) bool {
	for _, ms := range [][]member{c.sources, c.targets} {
		for _, m := range ms {
			if m.isFirm() {
				// Firms deal with firms, wherever they are from: "Dynamics
				// Corp of America reached an agreement with CTS Corp".
				continue
			}
			if m.code != "" || m.sector != "" && s.soleCountry(false) != "" {
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
	if pi := s.phraseAt(first); pi >= 0 && agentTrigger(s, first, last) {
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
			// "militias, armed by Iran": the participle modifies the
			// phrase right before it, and only that one (in "demands
			// release of trawler seized by Norway" what was seized is the
			// trawler, not Moscow further back).
			if pi := s.prevPhrase(first); pi >= 0 && (s.phrases[pi].end == first || s.phrases[pi].end == first-1 && s.lower[first-1] == ",") {
				c.targets = s.resolve(x, pi)
			}
		} else if pi := s.subject(first); pi >= 0 {
			c.targets = s.resolve(x, pi)
		}
		if byAgent < 0 && c.typ == "RETREAT" && c.cameo == "087" || byAgent < 0 && strings.HasPrefix(head, "withdr") {
			// "the guerrillas have been demobilised", "troops were
			// withdrawn": with no one named doing it, those who stand
			// down are the ones retreating.
			c.sources, c.targets = c.targets, nil
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
		if pi := s.verbObject(c, byAgent); pi >= 0 {
			c.targets = s.resolve(x, pi)
		}
	default:
		if p := mainClauseEvent(s, first, prior); p != nil {
			// "Israel has been backing rebel groups ..., providing
			// weapons": a participle after a comma continues the main
			// clause's event, its actors and how it is known.
			c.sources = p.sources
			if pi := s.verbObject(c, byAgent); pi < 0 {
				c.targets = p.targets
			}
			c.inherit = p
		} else if pi := s.subject(first); pi >= 0 {
			c.sources = s.resolve(x, pi)
		}
		if len(c.targets) == 0 {
			if pi := s.verbObject(c, byAgent); pi >= 0 {
				c.targets = s.resolve(x, pi)
			}
		}
	}
	if len(c.targets) == 0 {
		c.targets = x.recipientInGap(s, c.m)
	}
	c.sources = dropSame(c.sources, nil)
	c.targets = dropSame(c.targets, c.sources)
	if c.m.e.verb && c.m.e.Weight == 1 && len(c.targets) == 0 {
		// A weak verb names an act only when done to someone: "received
		// the Polish president" is a visit, "received a first reading",
		// "allowed more time" are none.
		return false
	}
	if c.typ == "ASSAULT" && c.m.e.verb && c.m.e.head() == "fight" && s.abstractObject(last+1) {
		// "help fight terror, crime and illegal immigration", "to fight
		// poverty": a fight against a thing is a campaign, not combat.
		return false
	}
	if partyFunding(c) {
		// "a £2m donation to the Labour Party", "state funding for
		// political parties", "Labour would fund its plans": what is
		// given to or by a party is how politics is paid for, not aid.
		return false
	}
	if strikeOnAState(s, c) {
		// "preparing for strikes against Iran": workers strike against
		// an employer or a policy, armed forces against a state or a
		// place.
		c.typ, c.cameo, c.mode, c.context = "ASSAULT", cameoRoots["ASSAULT"], "", "military"
	}
	if wordsOnly(c) {
		if c.cameo != "18" {
			// "Labour will fight the election", "the two leaders fight
			// it out": a contest, not combat.
			return false
		}
		if len(c.targets) > 0 || !c.m.e.nounish[s.lower[first]] && c.m.e.verb {
			// "The Tory co-chairman attacked Labour's pledges": an
			// attack in words is a criticism. A word that may be a
			// noun ("attacks") with no target may have only the
			// nearest subject for its source ("introduced by the
			// government in response to the 11 September attacks").
			c.typ, c.cameo, c.mode, c.context = "ACCUSE", cameoRoots["ACCUSE"], "", ""
		}
	}
	if c.location < 0 {
		c.location = s.location(first, last)
	}
	x.modality(s, c)
	return true
}

// partyFunding reports whether an AID in money or of no named kind has a
// political party among its actors (asylum for a party leader is still
// aid).
func partyFunding(c *candidate) bool {
	if c.typ != "AID" || c.mode != "" && c.mode != "economic" {
		return false
	}
	for _, m := range append(slices.Clip(c.sources), c.targets...) {
		if m.sector == "PTY" {
			return true
		}
	}
	return false
}

// wordsOnly reports whether an attack or a fight, named by a word that
// also serves for a fight in words, is carried out by speakers only
// (politicians, parties, officials, courts, the press) and aimed at no
// armed actor, state or place: such a fight is fought with words. A
// killing or an execution is never one.
func wordsOnly(c *candidate) bool {
	if c.typ != "ASSAULT" || c.weight > 2 || !figurative[c.m.e.head()] || len(c.sources) == 0 {
		return false
	}
	for _, m := range c.sources {
		if !speakingSectors[m.sector] && !(m.sector == "" && onlyKinds(m.kinds, pkPerson)) {
			return false
		}
	}
	for _, m := range c.targets {
		if armedSectors[m.sector] || m.sector == "" && (phrase{members: []member{m}}).placeLike() {
			return false
		}
	}
	return true
}

// figurative are the trigger heads that name a contest of words as
// readily as combat.
var figurative = map[string]bool{"attack": true, "assault": true, "fight": true, "fighting": true, "battle": true}

// speakingSectors act by speaking, voting and ruling; armedSectors can
// fight.
var (
	speakingSectors = map[string]bool{
		"GOV": true, "PTY": true, "LEG": true, "OPP": true, "ELI": true, "JUD": true, "MED": true, "JRN": true,
		"EDU": true, "BUS": true, "LAB": true, "REL": true, "NGO": true,
	}
	armedSectors = map[string]bool{"MIL": true, "REB": true, "COP": true}
)

// strikeOnAState reports whether a labour-strike trigger is aimed,
// "against" or "on", at a country, a capital or a place named alone (a
// general strike "that shut down" a city is still a strike).
func strikeOnAState(s *sentence, c *candidate) bool {
	next := c.m.last + 1
	if c.typ != "PROTEST" || c.mode != "strike" || len(c.targets) == 0 || next >= len(s.lower) || s.lower[next] != "against" && s.lower[next] != "on" {
		return false
	}
	for _, t := range c.targets {
		if t.sector != "" {
			return false
		}
	}
	return phrase{members: c.targets}.placeLike()
}

// recipientInGap returns the actor inside a gapped trigger, the first
// object of a verb with two: "will give Tanzania a grant", "sent Ethiopia
// food".
func (x *extractor) recipientInGap(s *sentence, m match) []member {
	if pi := s.nextPhrase(m.first + 1); pi >= 0 && s.phrases[pi].end <= m.last && !s.phrases[pi].pronoun() {
		return s.resolve(x, pi)
	}
	return nil
}

// agentTrigger reports whether the trigger, words [first, last], is an
// actor noun itself ("protesters", "strikers"); a trigger that only starts
// with one ("military operation") is not.
func agentTrigger(s *sentence, first, last int) bool {
	for _, p := range s.pieces {
		if p.kind == pkAgent && first >= p.start && last < p.end {
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

// looksNominal tells a noun trigger from a verb one by what precedes it:
// a determiner, adjective or possessive makes "attack" a noun.
func looksNominal(s *sentence, i int) bool {
	if i == 0 {
		return false
	}
	if nounMarkers[s.lower[i-1]] {
		return true
	}
	return s.phraseAt(i-1) >= 0 && !(i >= 2 && beForms[s.lower[i-2]])
}

// nounMarkers are the words after which a noun, not a verb, follows.
var nounMarkers = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"new": true, "fresh": true, "further": true, "'s": true, "of": true, "for": true, "imminent": true,
	"major": true, "military": true, "phased": true, "planned": true, "joint": true, "renewed": true,
	"latest": true, "first": true, "second": true, "another": true, "any": true, "such": true, "this": true,
	"these": true, "those": true,
}

// slotOf tells whether word i stands where a noun or a verb must.
func slotOf(s *sentence, i int) slot {
	switch {
	case nounPosition(s, i):
		return nounSlot
	case verbPosition(s, i):
		return verbSlot
	}
	return eitherSlot
}

// verbPosition reports whether word i, past any adverbs, follows "to", an
// auxiliary or a subject pronoun, after which only a verb stands.
func verbPosition(s *sentence, i int) bool {
	k := i - 1
	for k >= 0 && isAdverb(s.lower[k]) && !verbCues[s.lower[k]] {
		k--
	}
	return k >= 0 && verbCues[s.lower[k]]
}

var verbCues = map[string]bool{
	"to": true, "will": true, "would": true, "shall": true, "'ll": true, "can": true, "could": true, "may": true,
	"might": true, "must": true, "should": true, "do": true, "does": true, "did": true, "not": true, "n't": true,
	"never": true, "i": true, "we": true, "you": true, "they": true, "he": true, "she": true, "who": true,
}

// nounPosition tells whether word i, a verb trigger's base or -s form,
// stands where a noun would. A plural form is a noun after an actor or an
// adjective ("public funds", "Siemens phones"); both forms are after a
// determiner, a number or a preposition other than "to", which takes no
// bare verb ("8,000 telephone interviews", "by phone", "without
// charge"). A base form after an actor is a verb in the present ("the
// allies back the plan").
func nounPosition(s *sentence, i int) bool {
	if i == 0 {
		return false
	}
	prev := s.lower[i-1]
	if nounMarkers[prev] || isNumber(prev) || prepositions[prev] && prev != "to" || prev == "without" {
		return true
	}
	if !strings.HasSuffix(s.lower[i], "s") || strings.HasSuffix(s.lower[i], "ss") {
		return false
	}
	return looksNominal(s, i) || looksAdjective(prev) && !strings.HasSuffix(prev, "ed")
}

// participation types are joined by the subject even from inside a
// prepositional phrase: "was speaking at a meeting", "took part in a
// rally".
var participation = map[string]bool{"CONSULT": true, "PROTEST": true, "COOPERATE": true, "AGREE": true}
