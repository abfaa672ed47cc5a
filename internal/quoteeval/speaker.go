package quoteeval

import (
	"strings"
	"unicode"
)

// SpeakerRight reports whether a matched prediction names the right
// speaker: both have none; or the predicted mention overlaps the gold
// one; or the gold mention holds a proper name and the surname of the
// predicted speaker's resolved name appears in it.
func SpeakerRight(text string, gold, pred Quote) bool {
	if !gold.HasSpeaker {
		return !pred.HasSpeaker
	}
	if !pred.HasSpeaker {
		return false
	}
	if pred.Speaker[0] < gold.Speaker[1] && gold.Speaker[0] < pred.Speaker[1] {
		return true
	}
	goldWords := words(gold.SpeakerText)
	if !hasProperName(goldWords) {
		return false
	}
	name := words(pred.SpeakerName)
	if len(name) == 0 {
		return false
	}
	surname := strings.ToLower(name[len(name)-1])
	for _, w := range goldWords {
		if strings.ToLower(w) == surname {
			return true
		}
	}
	return false
}

// words splits s into words, dropping punctuation and a possessive 's.
func words(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	})
	out := f[:0]
	for _, w := range f {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.Trim(w, "'’-")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// notNames are capitalised words that do not make a mention a proper
// name (they start sentences and descriptions).
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "you": true, "his": true, "her": true, "their": true, "its": true,
	"this": true, "that": true, "these": true, "those": true, "our": true, "my": true,
	"some": true, "many": true, "one": true, "another": true, "other": true, "both": true,
}

func hasProperName(ws []string) bool {
	for _, w := range ws {
		r := []rune(w)
		if unicode.IsUpper(r[0]) && !notNames[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// auxiliaries and adverbs that come before the head of a cue ("has
// said", "also told", "is steering clear of").
var cueModifiers = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "was": true, "are": true, "were": true,
	"be": true, "been": true, "being": true, "will": true, "would": true, "could": true,
	"should": true, "may": true, "might": true, "can": true, "must": true, "shall": true,
	"did": true, "does": true, "do": true, "also": true, "later": true, "then": true,
	"previously": true, "repeatedly": true, "recently": true, "once": true, "often": true,
	"not": true, "never": true, "still": true, "just": true, "already": true, "again": true,
	"reportedly": true, "publicly": true, "privately": true, "first": true, "last": true,
}

// lyNouns end in -ly but can head a cue phrase.
var lyNouns = map[string]bool{"daily": true, "weekly": true, "monthly": true, "family": true, "ally": true,
	"rally": true, "assembly": true, "supply": true, "reply": true}

// CueHead returns the head word of a cue, case-folded: the first word
// that is not an auxiliary or adverb ("has said" -> "said", "has
// steadfastly refused" -> "refused").
func CueHead(cue string) string {
	ws := words(cue)
	for _, w := range ws {
		lw := strings.ToLower(w)
		// "has steadfastly refused": an -ly adverb is no head either.
		if !cueModifiers[lw] && !(len(lw) > 4 && strings.HasSuffix(lw, "ly") && lw == w && !lyNouns[lw]) {
			return lw
		}
	}
	if len(ws) > 0 {
		return strings.ToLower(ws[len(ws)-1])
	}
	return strings.TrimSpace(strings.ToLower(cue))
}
