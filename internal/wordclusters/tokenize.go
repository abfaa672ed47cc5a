// Package wordclusters computes hierarchical word clusters from unlabeled
// text, for use as features by the named-entity tagger: words that occur
// in similar contexts ("Idlib", "Aleppo", "Homs") share a long prefix of
// their bit-string paths, as in Brown clustering.
//
// Method: every word seen often enough gets a context vector (counts of
// the frequent words just before and just after it, log-scaled, then
// randomly projected to a few hundred dimensions and L2-normalised), and
// the vocabulary is split in two again and again by spherical 2-means.
// The path of left (0) and right (1) turns is the word's cluster. Brown's
// agglomerative algorithm gives slightly better clusters but costs hours
// on this machine; bisecting k-means takes seconds and is deterministic
// for a seed.
package wordclusters

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits raw text roughly as the Penn Treebank does: on spaces,
// with punctuation split off the ends of words and "'s" / "n't" split
// from their stems. Abbreviations keep an inner period ("U.S.").
func Tokenize(text string, dst []string) []string {
	for _, f := range strings.Fields(text) {
		dst = splitWord(f, dst)
	}
	return dst
}

func splitWord(w string, dst []string) []string {
	// Leading punctuation.
	for len(w) > 0 {
		// DecodeRune's size is the bytes actually read: 1 for an invalid
		// byte, which len(string(RuneError)) (3) is not.
		r, n := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		dst = append(dst, w[:n])
		w = w[n:]
	}
	// Trailing punctuation, kept in order.
	var tail []string
	for len(w) > 0 {
		r, n := utf8.DecodeLastRuneInString(w)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		// "U.S." keeps its final period when it has an inner one.
		if r == '.' && strings.Count(w, ".") > 1 && utf8.RuneCountInString(w) <= 6 {
			break
		}
		if strings.HasSuffix(w, "...") {
			n = 3
		}
		tail = append(tail, w[len(w)-n:])
		w = w[:len(w)-n]
	}
	if w != "" {
		lw := strings.ToLower(w)
		switch {
		case strings.HasSuffix(lw, "n't") && len(w) > 3:
			dst = append(dst, w[:len(w)-3], w[len(w)-3:])
		case (strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "\u2019s")) && len(lw) > 2:
			k := strings.LastIndexAny(w, "'\u2019")
			dst = append(dst, w[:k], w[k:])
		default:
			dst = append(dst, w)
		}
	}
	for i := len(tail) - 1; i >= 0; i-- {
		dst = append(dst, tail[i])
	}
	return dst
}
