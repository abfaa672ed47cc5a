package quote

import "strings"

// Adjuncts between a speaker and the cue: "Jane Roe on Thursday evening
// said", "Roe last week said", "Roe in a televised interview appeared to
// blame", "Roe, in a statement, said". The speaker is what precedes them.

// timeNouns end a time adjunct.
var timeNouns = set(weekdayWords + "today yesterday tonight " +
	"morning afternoon evening night week weekend month year day days weeks months years hours " +
	monthWords + "earlier later ago recently")

// timeFillers may stand inside a time adjunct: "over the past few days".
var timeFillers = set("the this last next past few a an several two three four early late earlier same " +
	"previous following that each")

// venueNouns end an adjunct naming where something was said: "in a
// statement", "during a press conference".
var venueNouns = set("statement interview tweet tweets speech letter email e-mail conference call " +
	"appearance rally hearing debate post video op-ed remarks session briefing broadcast show " +
	"podcast memo filing release testimony")

// adjunctPreps open an adjunct.
var adjunctPreps = set("on in at during over since via through earlier late early")

// skipAdjunct steps left over a time or venue adjunct that ends at token
// j, and returns the token before it; j itself when none ends there.
func (a *attributor) skipAdjunct(j, lo int) int {
	if j < lo || a.tokPiece[j] >= 0 {
		return j
	}
	w := a.low[j]
	isYear := len(w) == 4 && strings.Trim(w, "0123456789") == ""
	switch {
	case timeNouns[w] || isYear:
		k := j - 1
		for k >= lo && j-k < 6 && (timeNouns[a.low[k]] || timeFillers[a.low[k]] || isNumber(a.low[k])) {
			k--
		}
		if k >= lo && adjunctPreps[a.low[k]] {
			k--
		} else if k+1 == j || !timeFillers[a.low[k+1]] {
			return j // "Theresa May said": a lone name-like word is no adjunct
		}
		if a.speakerEnd(k, lo) {
			return k
		}
	case venueNouns[w]:
		for k := j - 1; k >= lo && j-k <= 5; k-- {
			if !a.isWord(k) || a.tokPiece[k] >= 0 {
				return j
			}
			if adjunctPreps[a.low[k]] {
				if a.speakerEnd(k-1, lo) {
					return k - 1
				}
				return j
			}
		}
	}
	return j
}

func isNumber(w string) bool {
	return w != "" && strings.Trim(w, "0123456789,.") == ""
}

// speakerEnd reports whether token k can end the speaker before an
// adjunct: a word of a noun phrase, a pronoun, or the comma or bracket
// after one.
func (a *attributor) speakerEnd(k, lo int) bool {
	if k < lo {
		return false
	}
	w := a.low[k]
	return w == "," || w == ")" || a.isWord(k) && (!npStops[w] || pronouns[w])
}

// trimLeadingTime drops a time phrase that opens the noun phrase [s, j]
// ("Last week Jane Roe"), when a capitalised word follows it.
func (a *attributor) trimLeadingTime(s, j int) int {
	k, time := s, false
	for k < j && (timeFillers[a.low[k]] || timeNouns[a.low[k]]) {
		time = time || timeNouns[a.low[k]]
		k++
	}
	if time && k <= j && a.isCap(k) && !timeNouns[a.low[k]] {
		return k
	}
	return s
}

// commaAdverbs are asides set off by commas inside a clause: "has,
// however, said", "have, in fact, praised".
var commaAdverbs = set("however though too also meanwhile instead nonetheless nevertheless moreover " +
	"fact turn course particular contrast short sum addition effect")

// commaAdverb steps left over ", however," ending with the comma at
// token j and returns the token before the first comma; j when none.
func (a *attributor) commaAdverb(j, lo int) int {
	if j-2 < lo || !commaAdverbs[a.low[j-1]] {
		return j
	}
	k := j - 2
	if k >= lo && (a.low[k] == "in" || a.low[k] == "of" || a.low[k] == "for") {
		k-- // "in fact", "of course"
	}
	if k-1 >= lo && a.low[k] == "," && a.isWord(k-1) {
		return k - 1
	}
	return j
}

// frontingWords may open a sentence before a participle: "After
// thanking", "By offering", "In addition to stating".
var frontingWords = set("after before by while when since without despite besides in addition to upon on")

// frontedAt reports whether the participle at token i opens its sentence,
// after at most a preposition or two.
func (a *attributor) frontedAt(i, lo int) bool {
	if i-lo > 3 {
		return false
	}
	for k := lo; k < i; k++ {
		if !frontingWords[a.low[k]] {
			return false
		}
	}
	return true
}

// mainSubject finds the comma that closes the fronted clause of the
// participle at token i and the subject after it: the comma's index and
// the subject's tokens.
func (a *attributor) mainSubject(i, hi int) (int, int, int) {
	for k := i + 1; k < hi && k-i < 30; k++ {
		if a.low[k] == "," && a.tokPiece[k] < 0 {
			// clauseSubject reads the token at its end bound: keep it in
			// the document when the text ends without punctuation.
			s, e := a.clauseSubject(k+1, min(hi, len(a.low)-1))
			return k, s, e
		}
		// 'After saying it was "too late," she …': the comma that closes
		// the clause stands inside the quotation it ends with.
		if a.low[k] == "," && k+2 < hi && a.mark[k+1] && a.closesChain(k+1) {
			s, e := a.clauseSubject(k+2, min(hi, len(a.low)-1))
			return k + 1, s, e
		}
	}
	return 0, 0, 0
}

// sourcedParticiples are the participles of publishing and stating that
// "As … by/in X" attributes to X; "as expected by analysts" or "as
// promised in his campaign" name no source of the sentence that follows.
var sourcedParticiples = set("reported stated noted written quoted said cited detailed described explained " +
	"outlined published revealed disclosed told")

// asReportedBy reports whether the participle at token i opens a fronted
// source phrase, "As reported by the Courier, …", "As first stated in
// her column, …": "as" at the start of the sentence (adverbs between
// allowed) and "by" or "in" after.
func (a *attributor) asReportedBy(i, lo, hi int) bool {
	if i+2 >= hi || a.low[i+1] != "by" && a.low[i+1] != "in" || !sourcedParticiples[a.low[i]] {
		return false
	}
	// "As announced in March, …" is a date, not a source.
	if k := i + 2; a.low[i+1] == "in" && (timeNouns[a.low[k]] || isNumber(a.low[k]) ||
		articles[a.low[k]] && k+1 < hi && timeNouns[a.low[k+1]]) {
		return false
	}
	j := i - 1
	for j > lo && isAdverb(a.d.TokenText(j)) || j > lo && (a.low[j] == "first" || a.low[j] == "previously" || a.low[j] == "originally") {
		j--
	}
	return j == lo && a.low[j] == "as"
}

// tagVerb reports whether token i is the verb of a bare speech tag that
// makes its own sentence after a quotation ('"…?" Vitter demanded.'):
// whatever the verb, the sentence only says who spoke.
func (a *attributor) tagVerb(i, lo, hi int) bool {
	if i != hi-1 || i-lo < 1 || i-lo > 5 || lo == 0 || !a.closesChain(lo-1) || !a.sameParagraph(lo-1, lo) {
		return false
	}
	w := a.low[i]
	if a.isCap(i) || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") || npStops[w] {
		return false
	}
	s, e := a.speakerBefore(i, lo)
	return s == lo && e == i
}
