package ner

// A listener's murmur in a transcript ("Mm", "Mhm", "Hmm") is never a
// name, but the model cannot learn that from OntoNotes: its training split
// has no capitalised "Mm", and its five lower-case "mm" are one web
// poster's pseudonym, tagged PERSON. So the tagger read every "Mm" of the
// broadcast conversations as a person (84 of the 345 false PERSONs on
// dev). Decoding therefore forbids a murmur every name type; the number
// types stay open, since "5 mm" is a QUANTITY.

// numberTypes are the OntoNotes types that are amounts, times and ranks
// rather than names.
var numberTypes = map[string]bool{
	"DATE": true, "TIME": true, "CARDINAL": true, "ORDINAL": true,
	"QUANTITY": true, "MONEY": true, "PERCENT": true,
}

// isMurmur reports whether word is a murmur: two to six letters, only m
// and h with at least one m, capitalised at most on the first letter
// ("HM" of HM Treasury and "MM" stay names).
func isMurmur(word string) bool {
	if len(word) < 2 || len(word) > 6 {
		return false
	}
	m := false
	for i := 0; i < len(word); i++ {
		switch c := word[i]; {
		case c == 'm':
			m = true
		case c == 'h':
		case i == 0 && (c == 'M' || c == 'H'):
			m = m || c == 'M'
		default:
			return false
		}
	}
	return m
}

// forbidNames rules out every name tag (nameTag) for the murmurs among
// words in emit, the emission scores decode passes to Viterbi. O is never
// a name tag, so every token keeps a finite score.
func (m *Model) forbidNames(words []string, emit []float32) {
	n := len(m.tags)
	for i, w := range words {
		if !isMurmur(w) {
			continue
		}
		row := emit[i*n : (i+1)*n]
		for t, name := range m.lay.nameTag {
			if name {
				row[t] = forbidden
			}
		}
	}
}

// forbidden is the emission score of a ruled-out tag: low enough that no
// path through it wins, finite so that Viterbi's pruning bound stays
// finite.
const forbidden = -1e30
