package event

import "strings"

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
			if w == "but" || s.lower[k-1] == "," || auxiliaries[s.lower[k+1]] || strings.HasSuffix(s.lower[k+1], "ed") {
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
		if p.end > i {
			continue // the phrase runs into the trigger ("a new military operation")
		}
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
			if s.phrases[pi].end > i {
				continue // the phrase runs into the trigger
			}
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
