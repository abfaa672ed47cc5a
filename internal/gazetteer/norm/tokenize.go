package norm

import (
	"strings"
	"unicode/utf8"
)

// leading and trailing punctuation split off a name's words, as a Penn
// Treebank tokeniser would. Periods are kept: in names they end
// abbreviations ("U.S.", "Sen.", "Jr.").
const (
	leadPunct  = "(\"'[{“‘«"
	trailPunct = ")\",;:!?]}”’»"
)

// Tokenize splits a name into tokens the way the project's Penn-Treebank
// style tokeniser splits running text: on white space, with brackets,
// quotes, commas and the possessive clitic split off ("People's" →
// "People", "'s"), and words with internal periods or hyphens kept whole
// ("U.S.", "al-Assad", "D.C."). The result never holds empty strings.
func Tokenize(name string) []string {
	if plain(name) {
		return strings.Split(name, " ")
	}
	var toks []string
	for _, w := range strings.Fields(name) {
		if w == "'s" || w == "’s" {
			toks = append(toks, w) // already split, as in "People 's"
			continue
		}
		var tail []string
		for len(w) > 0 {
			r, size := firstRune(w)
			if !strings.ContainsRune(leadPunct, r) || len(w) == size {
				break
			}
			toks = append(toks, w[:size])
			w = w[size:]
		}
		for len(w) > 0 {
			r, size := lastRune(w)
			if strings.ContainsRune(trailPunct, r) && len(w) > size {
				tail = append(tail, w[len(w)-size:])
				w = w[:len(w)-size]
				continue
			}
			break
		}
		for _, clitic := range []string{"'s", "’s"} {
			if len(w) > len(clitic) && strings.HasSuffix(w, clitic) {
				tail = append(tail, w[len(w)-len(clitic):])
				w = w[:len(w)-len(clitic)]
				break
			}
		}
		if w != "" {
			toks = append(toks, w)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			toks = append(toks, tail[i])
		}
	}
	return toks
}

func firstRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

func lastRune(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }

// plain reports whether name is ASCII words separated by single spaces
// with nothing to split off, the common case, which Tokenize splits on
// spaces alone.
func plain(name string) bool {
	if name == "" || name[0] == ' ' || name[len(name)-1] == ' ' {
		return false
	}
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c >= utf8.RuneSelf, c < ' ', c == '\'':
			return false
		case c == ' ' && name[i+1] == ' ':
			return false
		case strings.IndexByte(leadPunct, c) >= 0 || strings.IndexByte(trailPunct, c) >= 0:
			return false
		}
	}
	return true
}
