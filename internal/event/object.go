package event

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
		if (w == "and" || w == "but") && k+1 < len(s.words) && s.phraseAt(k+1) < 0 &&
			(strings.HasSuffix(s.lower[k+1], "ed") || auxiliaries[s.lower[k+1]]) {
			break // "condemned the raid and called on Israel": a second predicate
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

// verbObject finds the target of an active verb trigger. A host receives
// guests as the verb's own object ("received the Polish president", "a
// delegation of Ugandan envoys"); an actor further on or inside a longer
// object is a sender or a maker ("received a letter from the minister",
// "received a U.S. Navy contract").
func (s *sentence) verbObject(c *candidate, byAgent int) int {
	pi := s.object(c.m.last+1, c.typ, byAgent)
	if c.mode != "host" || pi < 0 || s.guestsAt(c.m.last+1, pi) {
		return pi
	}
	return -1
}

// guestsAt reports whether phrase pi is the whole object that starts at
// word i: only determiners, modifiers, nouns for a party of visitors,
// "of", "from" and other actors stand before it, and no noun follows it
// ("Food and Drug Administration approval").
func (s *sentence) guestsAt(i, pi int) bool {
	p := s.phrases[pi]
	for k := i; k < p.start; k++ {
		if w := s.lower[k]; !modifiers[w] && !guestNouns[w] && w != "of" && w != "from" && s.phraseAt(k) < 0 {
			return false
		}
	}
	return p.end >= len(s.lower) || objectEnds(s, p.end)
}

// guestNouns name a party received, or its members where no actor noun
// does: "a delegation of", "a mission of observers from the OSCE".
var guestNouns = map[string]bool{
	"delegation": true, "delegations": true, "mission": true, "missions": true, "team": true, "group": true,
	"observers": true, "inspectors": true, "monitors": true, "experts": true,
}

// abstractObject reports whether the object that starts at word i is a
// thing, not an actor: past modifiers ("global terrorism", "anti-social
// behaviour"), a common noun outside any actor phrase. A particle ("fought
// back") is no object.
func (s *sentence) abstractObject(i int) bool {
	for i < len(s.lower) && s.phraseAt(i) < 0 && (modifiers[s.lower[i]] || looksAdjective(s.lower[i]) || strings.HasPrefix(s.lower[i], "anti-")) {
		i++
	}
	return i < len(s.lower) && !particles[s.lower[i]] && !combat[s.lower[i]] && thingAfter(s, i)
}

var particles = map[string]bool{"back": true, "off": true, "out": true, "up": true, "on": true, "down": true, "hard": true}

// combat are the things one fights that are fighting: "fought a war".
var combat = map[string]bool{"war": true, "battle": true, "insurgency": true, "duel": true, "rearguard": true}

// objectEnds reports whether word k can follow a whole noun phrase:
// punctuation, a preposition, a conjunction, a relative pronoun, a date,
// an adverb or a verb.
func objectEnds(s *sentence, k int) bool {
	w := s.lower[k]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) || prepositions[w] || s.dateWord[k] || isAdverb(w) || auxiliaries[w] {
		return true
	}
	switch w {
	case "and", "but", "or", "who", "which", "that", "as", "when", "after", "before":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

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
	if w == "we" || w == "i" {
		// "Hobday told BBC News: 'We have long urged them ...'": in a
		// quotation the first person is its speaker, not the nearest
		// name (the outlet told).
		if sp := s.quoteSpeaker(x, m.start); sp != nil {
			return sp
		}
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
			if o.same(m) {
				continue outer
			}
		}
		out = append(out, m)
	}
	return out
}
