package ner

import "strings"

// docContext is what a whole document says about its words, for features
// that look past the sentence: a word capitalised at the start of one
// sentence is a name if the document also capitalises it mid-sentence,
// and "Rouhani" alone is a person if the document once wrote "Hassan
// Rouhani". It is computed from the words only, never from tags.
type docContext struct {
	words map[string]*docWord
}

type docWord struct {
	midCapital bool   // seen capitalised inside a sentence
	midLower   bool   // seen in lower case
	runLast    string // last word of the longest capitalised run holding it
	runLen     int
}

func newDocContext(sents [][]string) *docContext {
	d := &docContext{words: map[string]*docWord{}}
	var toks []token
	for _, s := range sents {
		shouted := isAllCaps(s)
		toks = toks[:0]
		for _, w := range s {
			n := normalize(w)
			var sb [64]byte
			_, short := shapes(n, nil, sb[:0])
			toks = append(toks, token{norm: n, lower: strings.ToLower(n), short: string(short)})
		}
		runs := capitalRuns(toks, nil)
		for i, t := range toks {
			dw := d.words[t.lower]
			if dw == nil {
				dw = &docWord{}
				d.words[t.lower] = dw
			}
			capital := strings.HasPrefix(t.short, "X")
			switch {
			case !capital && t.lower != t.norm:
			case !capital:
				dw.midLower = true
			case i > 0 && !shouted && !opensSentence(toks[i-1].norm):
				dw.midCapital = true
			}
			if r := runs[i]; !shouted && r.end-r.start > dw.runLen {
				dw.runLen, dw.runLast = r.end-r.start, toks[r.end-1].lower
			}
		}
	}
	return d
}

// opensSentence reports whether a token can be followed by a capital for
// reasons other than a name.
func opensSentence(prev string) bool {
	switch prev {
	case `"`, "'", ":", "(", "--", "-", ".", "?", "!":
		return true
	}
	return false
}

// features returns the document-level values for token t.
func (d *docContext) features(t *token) (casing, runLast, runLen string) {
	dw := d.words[t.lower]
	if dw == nil || !strings.HasPrefix(t.short, "X") {
		return "", "", ""
	}
	switch {
	case dw.midCapital && dw.midLower:
		casing = "both"
	case dw.midCapital:
		casing = "capital"
	case dw.midLower:
		casing = "lower"
	default:
		casing = "unseen"
	}
	return casing, dw.runLast, bucketed(dw.runLen)
}
