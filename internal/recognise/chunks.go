package recognise

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// docNames holds, for each name the tagger finds anywhere in a document
// (keyed by textKey), the type it gives that name most often. It lets
// one sentence's chunk be read in the light of how the article names
// things elsewhere.
type docNames map[string]string

// namesOf collects the tagger's chunks of a whole document.
func namesOf(sentences, tags [][]string) docNames {
	counts := map[string]map[string]int{}
	for si, words := range sentences {
		for _, c := range chunks(words, tags[si], nil) {
			k := textKey(joinWords(words[c.start:c.end]))
			if counts[k] == nil {
				counts[k] = map[string]int{}
			}
			counts[k][c.typ]++
		}
	}
	names := docNames{}
	for k, byType := range counts {
		best := 0
		for typ, n := range byType {
			if n > best || n == best && typ < names[k] {
				names[k], best = typ, n
			}
		}
	}
	return names
}

// typeOf is the type the document gives the name ws on its own, "" when
// it never names it alone.
func (n docNames) typeOf(ws []string) string {
	if len(ws) == 0 || n == nil {
		return ""
	}
	return n[textKey(joinWords(ws))]
}

// joiners are the words that join two names into a phrase the tagger may
// read as one name: "Hull City and Leeds", "moved from Porto to Lyon",
// "played Hull on Sunday".
var joiners = wordSet("and to on at in from with against v vs vs. versus")

// datePrepositions put a date after a name ("Hull on Sunday").
var datePrepositions = wordSet("on in at")

// versus joins the two sides of a fixture ("Leeds v Hull"): two names
// always, except in the title of a case or a work ("Kramer vs. Kramer").
var versus = wordSet("v vs vs. versus")

// splitJoined returns the chunks a tagger chunk c stands for (of any
// type; the caller keeps the names). A chunk that is two names joined by
// a word in joiners is those two names when the joiner is versus; when
// it is "and" and a side is a club's name ("Hull City and Leeds");
// or when the document names both sides alone ("moved from Porto to
// Lyon"). Each side then takes the type the document gives it alone. A
// name the document names alone, followed by "on" and a date, is that
// name: "Hull on Sunday" is Hull (but "the Mail on Sunday", an
// organisation after "the", a newspaper). Otherwise c stands: names that contain a joiner ("Trade
// and Industry", "Committee to Protect Journalists") have sides that are
// no names alone.
func splitJoined(words []string, c candidate, names docNames) []candidate {
	return splitSides(words, c, c.typ, names, nil)
}

// splitSides is splitJoined for a chunk c, or a side of one, whose
// sides without a type of their own take typ; it appends the pieces to
// out. A fixture is cut first, then each of its sides again: "Leeds v
// Hull on Sunday" is Leeds, Hull and a date, and so is "Hull on Sunday v
// Leeds".
func splitSides(words []string, c candidate, typ string, names docNames, out []candidate) []candidate {
	k := -1
	if typ != "LAW" && typ != "WORK_OF_ART" {
		for j := c.start + 1; j < c.end-1 && k < 0; j++ {
			if versus[words[j]] {
				k = j
			}
		}
	}
	lt, rt := "", ""
	if k >= 0 {
		lt, rt = names.typeOf(words[c.start:k]), names.typeOf(words[k+1:c.end])
	}
	for j := c.start + 1; j < c.end-1 && k < 0; j++ {
		if !joiners[words[j]] || versus[words[j]] {
			continue
		}
		left, right := words[c.start:j], words[j+1:c.end]
		lt, rt = names.typeOf(left), names.typeOf(right)
		switch {
		case words[j] == "and":
			// Firms are named so ("Cable and Wireless", "Lilly and Co")
			// and name their parts alone: only a club's name ends a
			// name before "and" or after it.
			if !endsInClubWord(left) && !endsInClubWord(right) {
				continue
			}
		case datePrepositions[words[j]] && isDate(right):
			// Not "the Mail on Sunday", even where the article names "the
			// Mail" alone: a club plays "Hull on Sunday" without "the",
			// and "the Oscars on Sunday" are no organisation.
			if lt == "" || lt == "ORG" && afterThe(words, c.start) {
				continue
			}
			rt = "DATE"
		case lt != "" && rt != "":
		default:
			continue
		}
		k = j
	}
	if k < 0 {
		return append(out, c)
	}
	a, b := c, c
	a.end, b.start = k, k+1
	a.typ, b.typ = orType(lt, typ), orType(rt, typ)
	if !versus[words[k]] {
		return append(out, a, b)
	}
	return splitSides(words, b, typ, names, splitSides(words, a, typ, names, out))
}

// afterThe reports whether the name starting at word i follows "the" or
// opens with it.
func afterThe(words []string, i int) bool {
	return i > 0 && strings.EqualFold(words[i-1], "the") || strings.EqualFold(words[i], "the")
}

// isDate reports whether the words name a day: a weekday or a month
// first ("Sunday", "May 5"), or a holiday ("Boxing Day").
func isDate(ws []string) bool {
	return len(ws) > 0 && isCapitalised(ws[0]) && (dayNames[strings.ToLower(ws[0])] || monthNames[strings.ToLower(ws[0])] || ws[len(ws)-1] == "Day")
}

// orType is t, or fallback when t is "".
func orType(t, fallback string) string {
	if t != "" {
		return t
	}
	return fallback
}

// trimChunk cuts from a tagger chunk [start, end) what no name holds: a
// quotation mark at either end that the chunk does not close or open
// (`Leeds United "` where a quotation ends, the apostrophe of "Wasps'";
// a quoted nickname keeps its pair), an amount of money and what
// follows it (the tagger runs a name into "£150,000" after it, or into
// "for £5m"), and the lower-case words it opens with before a name
// ("the new EU constitution", "four Academy Awards"; see
// leadingLowerWords). It returns an empty range when nothing is left.
func trimChunk(words []string, start, end int) (int, int) {
	start += leadingLowerWords(words[start:end])
	for k := start; k < end; k++ {
		if isAmount(words, k) {
			end = k
			// and the words that led to it ("sold Acme for £5m", "The
			// £5bn Acme" leaves no name)
			for end > start && (isLowerWord(words[end-1]) || strings.EqualFold(words[end-1], "the")) {
				end--
			}
			break
		}
	}
	if quotes(words[start:end])%2 == 1 {
		switch {
		case end > start && isQuoteMark(words[start]):
			start++
		case end > start && isQuoteMark(words[end-1]):
			end--
		}
	}
	return start, end
}

// leadingLowerWords counts the words in lower case that open ws before
// a capitalised one, with an article before them: an adjective, a
// number or an article the tagger ran into the name ("The new Act").
// A lone "the" stays (mentions keep it, and names drop it:
// trimDeterminer), and so do the particles of a personal name ("bin
// Laden") and words with a capital inside ("eBay"); a chunk with no
// capitalised word after them ("central bank") is left whole.
func leadingLowerWords(ws []string) int {
	the := 0
	if len(ws) > 0 && strings.EqualFold(ws[0], "the") {
		the = 1
	}
	k := the
	for k < len(ws) && strings.ToLower(ws[k]) == ws[k] && isLowerWord(ws[k]) && !nameParticles[ws[k]] {
		k++
	}
	if k == the || k == len(ws) || !isCapitalised(ws[k]) {
		return 0
	}
	return k
}

// isLowerWord reports whether w starts with a lower-case letter.
func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// quotes counts the quotation marks among ws.
func quotes(ws []string) int {
	n := 0
	for _, w := range ws {
		if isQuoteMark(w) {
			n++
		}
	}
	return n
}

// isQuoteMark reports whether w is a quotation mark on its own (not the
// possessive "'s").
func isQuoteMark(w string) bool {
	switch w {
	case `"`, "“", "”", "‘", "’", "'", "``", "''", "«", "»":
		return true
	}
	return false
}

// isAmount reports whether words[k] begins an amount of money: a word
// with a currency sign and a number ("£5m", "US$40"), or a currency
// sign before a number ("$ 5", "HK$ 3"). A sign inside a name ("A$AP
// Rocky", "Ke$ha") is no amount.
func isAmount(words []string, k int) bool {
	w := words[k]
	if strings.IndexFunc(w, func(r rune) bool { return unicode.Is(unicode.Sc, r) }) < 0 {
		return false
	}
	if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
		return true
	}
	if k+1 < len(words) {
		r, _ := utf8.DecodeRuneInString(words[k+1])
		return unicode.IsDigit(r)
	}
	return false
}
