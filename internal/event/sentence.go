package event

import (
	"strings"

	"newsgraph/internal/doc"
	"newsgraph/internal/gazetteer"
)

// sentence holds one sentence's words and the actors found in it. Word
// indexes are relative to the sentence's first token.
type sentence struct {
	d        *doc.Doc
	g        *gazetteer.Gazetteer
	index    int
	first    int // index in d.Tokens of the first word
	words    []string
	lower    []string
	mentions []int // d.Mentions inside the sentence
	pieces   []piece
	phrases  []phrase
	dateWord []bool     // words inside a date expression
	day      string     // the article's date, for leaders' terms
	sole     [2]*string // soleCountry's answers, for a target and a source, once known
	trig     []string   // the type of the trigger each word is in, or
}

// newSentence reads sentence si: its words, the mentions in it, which
// words are dates, its pieces and phrases. dates are those of the
// document that may lie in the sentence (all of them will do).
func newSentence(d *doc.Doc, g *gazetteer.Gazetteer, si int, mentionsBySent [][]int, dates []doc.Date, day string) *sentence {
	st := d.Sentences[si]
	s := &sentence{d: d, g: g, index: si, first: st.FirstToken, day: day}
	for t := st.FirstToken; t < st.EndToken; t++ {
		w := d.TokenText(t)
		s.words = append(s.words, w)
		s.lower = append(s.lower, normWord(w))
	}
	if si < len(mentionsBySent) {
		s.mentions = mentionsBySent[si]
	}
	s.dateWord = make([]bool, len(s.words))
	for _, dt := range dates {
		if !st.Span.Contains(dt.Span) {
			continue
		}
		if a, b := s.tokenRange(dt.Span); a >= 0 {
			for k := a; k < b; k++ {
				s.dateWord[k] = true
			}
		}
	}
	s.findPieces(g)
	s.dropDatePieces()
	s.findPhrases()
	return s
}

// normWord lower-cases a token and folds typographic apostrophes.
func normWord(w string) string {
	w = strings.ToLower(w)
	if strings.ContainsRune(w, '’') {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w
}

var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"today": true, "yesterday": true, "tomorrow": true,
}

// dropDatePieces removes names that are really dates ("Friday", "July").
func (s *sentence) dropDatePieces() {
	out := s.pieces[:0]
	for _, p := range s.pieces {
		if s.allDateWords(p.start, p.end) {
			continue
		}
		out = append(out, p)
	}
	s.pieces = out
}

// soleCountry returns the country code when the sentence names exactly
// one country by place or nationality, else "". For a source, the country
// of the other side does not count (see elsewhere): the foreign secretary
// holding talks with Turkey is not Turkish, while the one he meets there
// may well be.
func (s *sentence) soleCountry(source bool) string {
	i := 0
	if source {
		i = 1
	}
	if s.sole[i] != nil {
		return *s.sole[i]
	}
	code := ""
	s.sole[i] = &code
	for _, p := range s.phrases {
		for _, m := range p.members {
			topic, side := s.elsewhere(m)
			switch {
			case m.code == "" || m.code == "IGO" || m.code == "NGO" || m.sector == "MED" || m.sector == "JRN" || !geographic(m) || topic || source && side:
				// News outlets relay; they are not what the sentence is
				// about, and neither is a country that is only a topic.
			case code == "":
				code = m.code
			case code != m.code:
				code = ""
				return ""
			}
		}
	}
	return code
}

// elsewhere reports whether a member naming a country alone is a topic,
// a modifier of a thing ("over the Iraq war"), or the other side, the
// country one goes, speaks or deals with ("travelling to America",
// "negotiations with Turkey"), rather than the home of the sentence's
// actors.
func (s *sentence) elsewhere(m member) (topic, side bool) {
	if m.from != nil && m.from != s || !onlyKinds(m.kinds, pkCountry) {
		return false, false
	}
	if m.end < len(s.lower) && s.lower[m.end] == "'s" {
		return false, false // "problems with Brazil's debt": the debt is the other side
	}
	// The words before the name, which may hold its own article: "to
	// the UK".
	k := m.start
	if determiners[s.lower[k]] {
		k++
	}
	word := func(i int) string {
		if i < 0 {
			return ""
		}
		return s.lower[i]
	}
	if k > m.start || word(k-1) == "the" {
		// "the Iraq war": a name that takes no article lends its
		// article to the thing after it (while "the U.S. livestock
		// industry" may be at home).
		if m.end < len(s.lower) && takesNoArticle(s.words[k:m.end]) && thingAfter(s, m.end) {
			return true, false
		}
		k--
	}
	switch word(k - 1) {
	case "to", "towards", "toward", "into", "with":
		// One returns home ("arrested on their return to the UK"), and
		// goes along with a partner.
		before := word(k - 2)
		return false, !strings.HasPrefix(before, "return") && before != "back" && before != "along" && before != "together"
	}
	return false, false
}

// takesNoArticle reports whether a country's name is used without "the":
// not an abbreviation ("the US", "the U.S."), a union ("the United
// Kingdom") or a plural ("the Netherlands", "the Philippines").
func takesNoArticle(name []string) bool {
	first, last := name[0], name[len(name)-1]
	return strings.ToUpper(first) != first && !strings.HasPrefix(first, "United") && !strings.HasSuffix(last, "s")
}

// thingAfter reports whether word k is a common noun the name before it
// modifies: lower case, outside any actor phrase, and no verb ("the US
// election", not "the US warned" or "the US wants").
func thingAfter(s *sentence, k int) bool {
	w := s.lower[k]
	if s.words[k] != w || s.phraseAt(k) >= 0 || objectEnds(s, k) || sayVerbs[w] {
		return false
	}
	return !strings.HasSuffix(w, "s")
}

// geographic reports whether a member names a country by a place or a
// nationality ("Algeria", "Algiers", "Algerian"), which is what makes a
// sentence about that country; a leader's or a body's country does not.
func geographic(m member) bool {
	if m.ofCode != "" {
		return true
	}
	for _, k := range m.kinds {
		switch k {
		case pkCountry, pkCapital, pkPlace, pkDemonym:
			return true
		}
	}
	return false
}

// nameLike reports whether a mention's text reads as one name ("the
// Reuters news agency", "President Bashar al-Assad"): no commas, no
// conjunctions, prepositions (but "of") or reporting verbs.
func nameLike(text string) bool {
	for _, w := range strings.Fields(text) {
		lw := strings.ToLower(w)
		if strings.HasSuffix(w, ",") || !capitalised(w) && (prepositions[lw] && lw != "of" || notInNames[lw] || sayVerbs[lw]) {
			return false
		}
	}
	return true
}

// notInNames are lower-case words no name contains.
var notInNames = map[string]bool{
	"and": true, "or": true, "but": true, "who": true, "which": true, "that": true, "is": true, "was": true,
	"has": true, "have": true, "had": true, "will": true, "would": true,
}

// allDateWords reports whether words [a, b) are all part of a date or
// calendar words.
func (s *sentence) allDateWords(a, b int) bool {
	for k := a; k < b; k++ {
		if !s.dateWord[k] && !calendarWords[s.lower[k]] {
			return false
		}
	}
	return true
}

// tokenRange maps a byte span to the sentence words it covers, or -1.
func (s *sentence) tokenRange(sp doc.Span) (int, int) {
	a, b := -1, -1
	for i := range s.words {
		t := s.d.Tokens[s.first+i].Span
		if t.Overlaps(sp) {
			if a < 0 {
				a = i
			}
			b = i + 1
		}
	}
	return a, b
}

// span returns the byte span of words [a, b).
func (s *sentence) span(a, b int) doc.Span {
	return doc.Span{Start: s.d.Tokens[s.first+a].Start, End: s.d.Tokens[s.first+b-1].End}
}

// entityAt returns the entity of a mention overlapping words [a, b), or -1.
func (s *sentence) entityAt(a, b int) int {
	sp := s.span(a, b)
	for _, mi := range s.mentions {
		m := s.d.Mentions[mi]
		if m.Entity < 0 || m.Entity >= len(s.d.Entities) || !m.Span.Overlaps(sp) {
			continue
		}
		// A mention that runs over a conjunction or any other common
		// word ("Putin and Erdogan", "Tehran with Russian President
		// Putin", "Assad on") names several things or is mis-cut: its
		// entity is none of them.
		if !nameLike(s.d.Str(m.Span)) {
			continue
		}
		return m.Entity
	}
	return -1
}

// phraseAt returns the index of the phrase covering word i, or -1.
func (s *sentence) phraseAt(i int) int {
	for pi, p := range s.phrases {
		if i >= p.start && i < p.end {
			return pi
		}
	}
	return -1
}
