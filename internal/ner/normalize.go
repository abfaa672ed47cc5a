package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// treebankForms maps the spellings raw text and Penn Treebank files use for
// the same token onto one form, so a model trained on Treebank tokens sees
// the same features for tokens cut from raw text.
var treebankForms = map[string]string{
	"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
	"``": `"`, "''": `"`, "\u201c": `"`, "\u201d": `"`, "\u201e": `"`, "\u00ab": `"`, "\u00bb": `"`,
	"`": "'", "\u2018": "'", "\u2019": "'",
	"\u2014": "--", "\u2013": "--", "\u2026": "...",
	// OntoNotes conversational genres escape some punctuation.
	"/.": ".", "/?": "?", "/-": "-",
}

// normalize returns the form of word that features are computed from.
func normalize(word string) string {
	if f, ok := treebankForms[word]; ok {
		return f
	}
	if strings.ContainsAny(word, "\u2018\u2019") { // O’Brien, n’t, ’s
		word = strings.NewReplacer("\u2018", "'", "\u2019", "'").Replace(word)
	}
	return word
}

// shapes returns the word's shape, with each run of one character class
// cut to four ("Rouhani" → "Xxxxx", "1,500" → "d,ddd"), and its short
// shape with every run cut to one ("Xx", "d,d"). Classes: X upper, x
// lower, d digit, * other non-ASCII; ASCII punctuation stands for itself.
func shapes(word string, long, short []byte) ([]byte, []byte) {
	long, short = long[:0], short[:0]
	var prev byte
	run := 0
	for _, r := range word {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == prev {
			run++
		} else {
			run = 1
			short = append(short, c)
		}
		if run <= 4 {
			long = append(long, c)
		}
		prev = c
	}
	return long, short
}

// isAllCaps reports whether a sentence has no lower-case letter but does
// have upper-case ones (a headline or a shouted line), where capitals say
// nothing about names.
func isAllCaps(words []string) bool {
	upper := false
	for _, w := range words {
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsUpper(r) {
				upper = true
			}
		}
	}
	return upper
}
