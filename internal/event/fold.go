package event

import (
	"strings"
)

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
			// Further on in the clause, a repeat by the same actors that
			// names no one new is the same event too ("a meeting with
			// Putin and Erdogan to discuss …").
			near := d.m.first-c.m.last <= 4 || len(d.targets) == 0 && sameMembers(c.sources, d.sources)
			if c.absorbed || d.absorbed || !same || !near || crossesBoundary(s, c.m.last+1, d.m.first) {
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

// complementGap reports whether the words between two triggers make the
// second the first one's complement: "threatened to ban", "rejected an
// invitation", "demanded the withdrawal of", "demanded the ship's
// immediate release" (a possessor that is no actor may stand before it).
func complementGap(s *sentence, a, b int) bool {
	limit := 3
	for k := a + 1; k < b; k++ {
		if isPossessive(s.lower[k]) && s.phraseAt(k-1) < 0 {
			limit = 5
		}
	}
	if b-a > limit {
		return false
	}
	for k := a; k < b; k++ {
		switch w := s.lower[k]; w {
		case "to", "that", "the", "a", "an", "its", "their", "his", "her", "of", "for", "further", "new", "any", "immediate", "be", "let":
		default:
			possessor := k+1 < b && isPossessive(s.lower[k+1]) && s.phraseAt(k) < 0
			if !possessor && !isPossessive(w) && (!looksAdjective(w) || s.phraseAt(k) >= 0) {
				return false
			}
		}
	}
	return true
}

func isPossessive(w string) bool { return w == "'s" || w == "’s" }

func crossesBoundary(s *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		w := s.lower[k]
		if clauseBreak[w] || w == "," || sayVerbs[w] {
			return true
		}
	}
	return false
}

// sameMembers reports whether two actor lists name the same, non-empty,
// set of actors.
func sameMembers(a, b []member) bool {
	if len(a) == 0 || len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].same(b[i]) {
			return false
		}
	}
	return true
}
