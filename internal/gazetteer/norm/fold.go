// Package norm holds the text normalisation the gazetteer applies to names
// and to the tokens it matches: ASCII folding of Latin diacritics and
// typographic punctuation, and a Penn-Treebank-like tokenisation of names.
// Callers that build their own keys for gazetteer lookups use the same
// functions so that both sides agree.
package norm

import (
	"strings"
	"unicode/utf8"
)

// foldGroups lists, for each ASCII replacement, the characters folded to it.
// Only Latin letters that occur in names are covered; anything else is kept.
var foldGroups = [...][2]string{
	{"A", "ÀÁÂÃÄÅĀĂĄǍẠẢẤẦẨẪẬẮẰẲẴẶ"}, {"a", "àáâãäåāăąǎạảấầẩẫậắằẳẵặ"},
	{"AE", "Æ"}, {"ae", "æ"},
	{"C", "ÇĆĈĊČ"}, {"c", "çćĉċč"},
	{"D", "ĎĐÐ"}, {"d", "ďđð"},
	{"E", "ÈÉÊËĒĔĖĘĚẸẺẼẾỀỂỄỆ"}, {"e", "èéêëēĕėęěẹẻẽếềểễệə"},
	{"G", "ĜĞĠĢǦ"}, {"g", "ĝğġģǧ"},
	{"H", "ĤĦḤ"}, {"h", "ĥħḥ"},
	{"I", "ÌÍÎÏĨĪĬĮİǏỈỊ"}, {"i", "ìíîïĩīĭįıǐỉị"},
	{"J", "Ĵ"}, {"j", "ĵ"},
	{"K", "ĶḲ"}, {"k", "ķḳ"},
	{"L", "ĹĻĽĿŁ"}, {"l", "ĺļľŀł"},
	{"N", "ÑŃŅŇ"}, {"n", "ñńņňŉ"},
	{"O", "ÒÓÔÕÖØŌŎŐƠǑỌỎỐỒỔỖỘỚỜỞỠỢ"}, {"o", "òóôõöøōŏőơǒọỏốồổỗộớờởỡợ"},
	{"OE", "Œ"}, {"oe", "œ"},
	{"R", "ŔŖŘ"}, {"r", "ŕŗř"},
	{"S", "ŚŜŞŠȘṢ"}, {"s", "śŝşšșṣ"}, {"ss", "ß"},
	{"T", "ŢŤŦȚṬ"}, {"t", "ţťŧțṭ"},
	{"TH", "Þ"}, {"th", "þ"},
	{"U", "ÙÚÛÜŨŪŬŮŰŲƯǓỤỦỨỪỬỮỰ"}, {"u", "ùúûüũūŭůűųưǔụủứừửữự"},
	{"W", "Ŵ"}, {"w", "ŵ"},
	{"Y", "ÝŶŸỲỸ"}, {"y", "ýÿŷỳỹ"},
	{"Z", "ŹŻŽẒ"}, {"z", "źżžẓ"},
	{"'", "‘’‛ʼʻ`´"}, {"\"", "“”„‟"}, {"-", "‐‑‒–—―"},
}

var foldTable = func() map[rune]string {
	m := make(map[rune]string)
	for _, g := range foldGroups {
		for _, r := range g[1] {
			m[r] = g[0]
		}
	}
	return m
}()

// IsASCII reports whether s holds only ASCII bytes (and so folds to itself).
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Fold replaces Latin letters with diacritics by their ASCII base letters
// and typographic quotes and dashes by ASCII ones ("Erdoğan" → "Erdogan",
// "Türkiye" → "Turkiye", "Rouhani’s" → "Rouhani's"). Case is kept. Other
// characters are kept as they are.
func Fold(s string) string {
	if IsASCII(s) {
		return s
	}
	return string(AppendFold(make([]byte, 0, len(s)), s))
}

// AppendFold appends the folded form of s to dst, so that a caller can fold
// into a reused buffer without allocating.
func AppendFold(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			dst = append(dst, byte(r))
			continue
		}
		if rep, ok := foldTable[r]; ok {
			dst = append(dst, rep...)
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// Key is the lookup key of a name: its tokens (see Tokenize) joined by
// single spaces, so "People's Republic" and "People 's Republic" agree.
func Key(name string) string {
	toks := Tokenize(name)
	if len(toks) == 1 {
		return toks[0]
	}
	return strings.Join(toks, " ")
}

// LooseKey is Key folded to ASCII and lower case, for case- and
// accent-insensitive lookups ("ERDOGAN", "Erdoğan" → "erdogan").
func LooseKey(name string) string {
	return strings.ToLower(Fold(Key(name)))
}
