package ner

import "strings"

// docContext is what a whole document says about its words, for features
// that look past the sentence: a word capitalised at the start of one
// sentence is a name if the document also capitalises it mid-sentence,
// and "Rouhani" alone is a person if the document once wrote "Hassan
// Rouhani". It is computed from the words only, never from tags.
type docContext struct {
	index map[string]int32 // lower-cased word → its entry in words
	words []docWord
}

type docWord struct {
	midCapital bool   // seen capitalised inside a sentence
	midLower   bool   // seen in lower case
	runLast    string // last word of the longest capitalised run holding it
	runLen     int
}

func newDocContext(sents [][]string) *docContext {
	d := &docContext{}
	d.reset()
	var toks []token
	var runs []run
	for _, s := range sents {
		toks = toks[:0]
		for _, w := range s {
			n := normalize(w)
			var sb [64]byte
			_, short := shapes(n, nil, sb[:0])
			toks = append(toks, token{norm: n, lower: strings.ToLower(n), short: string(short)})
		}
		runs = capitalRuns(toks, runs)
		d.add(toks, runs, isAllCaps(s))
	}
	return d
}

// reset empties d, keeping its memory, for a new document.
func (d *docContext) reset() {
	if d.index == nil {
		d.index = map[string]int32{}
	}
	clear(d.index)
	d.words = d.words[:0]
}

// add takes in one sentence: its tokens (norm, lower and short are read),
// their capital runs, and whether the sentence is in all capitals.
func (d *docContext) add(toks []token, runs []run, shouted bool) {
	for i, t := range toks {
		k, ok := d.index[t.lower]
		if !ok {
			k = int32(len(d.words))
			d.index[t.lower] = k
			d.words = append(d.words, docWord{})
		}
		dw := &d.words[k]
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
	if !strings.HasPrefix(t.short, "X") {
		return "", "", ""
	}
	k, ok := d.index[t.lower]
	if !ok {
		return "", "", ""
	}
	dw := &d.words[k]
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
