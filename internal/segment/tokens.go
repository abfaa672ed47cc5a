// Package segment splits a document's text into paragraphs, sentences and
// tokens, all as byte spans over the unchanged text.
//
// Tokens follow the Penn Treebank conventions the NER training data uses:
// punctuation is split off, clitics become their own tokens ("Syria's" →
// "Syria" "'s", "don't" → "do" "n't"), hyphenated words and abbreviations
// ("U.S.", "Mr.", "Sept.") stay whole.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/internal/doc"
)

// Tokenize returns the token spans of text[start:end], offsets relative to
// text.
func Tokenize(text string, start, end int, out []doc.Span) []doc.Span {
	i := start
	for i < end {
		r, w := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		j := i
		for j < end {
			r2, w2 := utf8.DecodeRuneInString(text[j:end])
			if unicode.IsSpace(r2) {
				break
			}
			j += w2
		}
		out = splitChunk(text, i, j, out)
		i = j
	}
	return out
}

// splitChunk tokenizes one whitespace-free chunk text[s:e].
func splitChunk(text string, s, e int, out []doc.Span) []doc.Span {
	// Leading punctuation, one token each.
	for s < e {
		r, w := utf8.DecodeRuneInString(text[s:e])
		if !isLeadPunct(r) {
			break
		}
		// A lone apostrophe before a word is a quote ("'Hello'"), but
		// "'90s" keeps it.
		if (r == '\'' || r == '’') && s+w < e && isDigit(text[s+w]) {
			break
		}
		out = append(out, doc.Span{Start: s, End: s + w})
		s += w
	}
	if s >= e {
		return out
	}
	// Trailing punctuation, collected in reverse.
	var tail []doc.Span
	for e > s {
		r, w := utf8.DecodeLastRuneInString(text[s:e])
		if r == '.' {
			// Keep the period of an abbreviation, an initial, or a
			// dotted acronym; a run of periods is an ellipsis.
			word := text[s:e]
			if strings.HasSuffix(word, "...") {
				k := e
				for k > s && text[k-1] == '.' {
					k--
				}
				tail = append(tail, doc.Span{Start: k, End: e})
				e = k
				continue
			}
			if keepsPeriod(word) {
				break
			}
			tail = append(tail, doc.Span{Start: e - 1, End: e})
			e--
			continue
		}
		// An opening mark glued to the end of a word ("here,“ said")
		// belongs to what follows; split it off all the same.
		if !isTrailPunct(r) && !isOpeningMark(r) {
			break
		}
		// "'" closing a plural possessive ("the countries'") stays a
		// separate token, as in the Treebank.
		tail = append(tail, doc.Span{Start: e - w, End: e})
		e -= w
	}
	if s < e {
		out = splitWord(text, s, e, out)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

// splitWord splits clitics and dashes inside a word.
func splitWord(text string, s, e int, out []doc.Span) []doc.Span {
	word := text[s:e]
	// "--" and "—" between words are tokens of their own.
	for _, dash := range []string{"--", "—", "–", "―"} {
		if k := strings.Index(word, dash); k > 0 && k+len(dash) < len(word) {
			out = splitWord(text, s, s+k, out)
			out = append(out, doc.Span{Start: s + k, End: s + k + len(dash)})
			return splitWord(text, s+k+len(dash), e, out)
		}
	}
	// A slash or ellipsis joining words ("Tehran...Moscow") splits.
	if k := strings.Index(word, "..."); k > 0 && k+3 < len(word) {
		out = splitWord(text, s, s+k, out)
		out = append(out, doc.Span{Start: s + k, End: s + k + 3})
		return splitWord(text, s+k+3, e, out)
	}
	lw := strings.ToLower(word)
	for _, c := range clitics {
		if len(lw) > len(c) && strings.HasSuffix(lw, c) {
			k := e - len(c)
			if c == "n't" || c == "n’t" {
				if lw == "can't" || lw == "can’t" {
					k = s + 2 // "ca" "n't"
				}
			}
			return append(out, doc.Span{Start: s, End: k}, doc.Span{Start: k, End: e})
		}
	}
	return append(out, doc.Span{Start: s, End: e})
}

var clitics = []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isLeadPunct(r rune) bool {
	switch r {
	case '"', '“', '‘', '\'', '`', '(', '[', '{', '«', '„', '¿', '¡', '*', '•', '-', '—', '–', '―':
		return true
	}
	return false
}

func isOpeningMark(r rune) bool {
	switch r {
	case '“', '‘', '«', '„':
		return true
	}
	return false
}

func isTrailPunct(r rune) bool {
	switch r {
	case '"', '”', '’', '\'', ')', ']', '}', '»', ',', ';', ':', '!', '?', '…', '*', '—', '–', '―':
		return true
	}
	return false
}

// keepsPeriod reports whether a word ending in "." keeps its period: known
// abbreviations, single initials ("J."), dotted acronyms ("U.S.", "a.m.").
func keepsPeriod(word string) bool {
	base := word[:len(word)-1]
	if base == "" {
		return false
	}
	if abbreviations[strings.ToLower(base)] {
		return true
	}
	// Single letter initial: "J."
	if r, w := utf8.DecodeRuneInString(base); w == len(base) && unicode.IsLetter(r) {
		return true
	}
	// Dotted acronym: letters separated by periods ("U.S", "a.m", "D.C").
	// A number is none: "rose 4.3%." and "cost 1.5m." end a sentence.
	if strings.Contains(base, ".") {
		for _, part := range strings.Split(base, ".") {
			if len(part) == 0 || len(part) > 2 || !allLetters(part) {
				return false
			}
		}
		return true
	}
	return false
}

func allLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// abbreviations keep their period and do not end a sentence by themselves.
var abbreviations = toSet(`mr mrs ms dr prof sen rep gov gen lt col maj capt cmdr adm sgt cpl pvt rev fr sr jr st mt ft
 pres supt insp det atty hon amb gov't
 jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
 inc corp co ltd llc plc bros dept univ assn est no nos vol vols pp fig figs approx vs etc al e.g i.e cf
 ave blvd rd hwy ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nebr nev okla ore pa tenn tex va vt wash wis wyo`)

// titleAbbrevs are abbreviations that precede a name and so never end a
// sentence.
var titleAbbrevs = toSet(`mr mrs ms dr prof sen rep gov gen lt col maj capt cmdr adm sgt cpl pvt rev fr st mt ft pres supt insp det atty hon amb
 jan feb mar apr jun jul aug sep sept oct nov dec no nos vol vols pp fig figs vs e.g i.e cf`)

// toSet is the set of the white-space-separated words of s, case kept.
func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}
