package quote

import "unicode"

// afterDateline returns where sentence si's own words start when it
// opens one of the first two paragraphs with a wire dateline, "BRUSSELS -
// …", "WASHINGTON (Reuters) — …", "SAN JUAN, Puerto Rico – …": the place
// in capitals, perhaps an agency in brackets, then a dash, and no second
// dash soon after (that would set off an aside). Otherwise it returns
// the sentence's first token. The dateline is no part of the subject
// ("BRUSSELS - European leaders met …"); datelines open stories, so later
// paragraphs are not looked at ("US - China talks will resume").
func (a *attributor) afterDateline(si, hi int) int {
	s := a.d.Sentences[si]
	first := s.FirstToken
	if s.Para < 0 || s.Para > 1 || s.Para >= len(a.paraTok) || first != a.paraTok[s.Para][0] {
		return first
	}
	k := first
	for k < hi && k-first < 4 && a.allCaps(k) {
		k++
	}
	if k == first {
		return first
	}
	if k < hi && a.low[k] == "," { // "SAN JUAN, Puerto Rico –"
		k++
		for k < hi && k-first < 8 && a.isCap(k) {
			k++
		}
	}
	if k < hi && a.low[k] == "(" {
		for k < hi && a.low[k] != ")" && k-first < 12 {
			k++
		}
		if k >= hi || a.low[k] != ")" {
			return first // an unclosed bracket: no agency credit
		}
		k++
	}
	if k >= hi-1 || !isDash(a.low[k]) {
		return first
	}
	start := k + 1
	for start < hi && isDash(a.low[start]) {
		start++ // "--" may come as two tokens
	}
	for j := start; j < hi && j-start < 8; j++ {
		if isDash(a.low[j]) {
			return first // "NATO - the alliance - said": a dashed aside
		}
	}
	return start
}

// allCaps reports whether token i is a word of two or more letters, all
// capitals.
func (a *attributor) allCaps(i int) bool {
	letters := 0
	for _, r := range a.d.TokenText(i) {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLetter(r):
			return false
		case r != '.' && r != '\'':
			return false
		}
	}
	return letters >= 2
}
