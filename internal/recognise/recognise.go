// Package recognise finds the people, organisations, places and
// nationalities an article mentions, and groups the mentions into entities:
// "Bashar Al-Assad" = "Assad" = "Bashar al-Assad", "America" = United
// States, "Iranian" → Iran. It also reads roles off titles and appositives
// ("Iranian President Hassan Rouhani" → President of Iran) and links
// role descriptions ("the Iranian President") to the person who holds the
// role.
//
// Mentions come from three sources, merged per sentence: the statistical
// tagger (when one is given), the gazetteers (countries, nationality
// adjectives, places, organisations, leaders), and rules (a title followed
// by a capitalised name is a person). Gazetteer and rule matches win over
// the tagger where they overlap, because they carry identity (a country
// code, an organisation's canonical name), which the tagger does not,
// unless the tagger's name of another type runs on with words of the
// name ("British Airways" is no nationality, "Sam Mendes" no town).
package recognise

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/internal/doc"
	"newsgraph/internal/gazetteer"
)

// Tagger labels each sentence of a document with IOB2 tags ("B-PERSON",
// "I-ORG", "O"), OntoNotes types. It sees the whole document at once, so
// that how a word is written elsewhere in the article can inform it.
type Tagger interface {
	TagDocument(sentences [][]string) [][]string
}

// Recogniser finds and groups entity mentions. It is safe for concurrent
// use.
type Recogniser struct {
	tagger Tagger
	gaz    *gazetteer.Gazetteer
}

// New returns a recogniser. tagger may be nil: gazetteers and rules alone
// then find the entities.
func New(tagger Tagger, gaz *gazetteer.Gazetteer) *Recogniser {
	return &Recogniser{tagger: tagger, gaz: gaz}
}

// entityTypes are the tagger types that name entities; numeric and
// temporal types (DATE, MONEY, CARDINAL, ...) are handled elsewhere or not
// at all.
var entityTypes = map[string]bool{
	"PERSON": true, "NORP": true, "FAC": true, "ORG": true, "GPE": true, "LOC": true,
	"PRODUCT": true, "EVENT": true, "WORK_OF_ART": true, "LAW": true,
	// CoNLL-2003 types, for models trained on it.
	"PER": true, "MISC": true,
}

// candidate is a possible mention over tokens [start, end) of a sentence.
type candidate struct {
	start, end int
	typ        string
	kind       doc.MentionKind
	origin     string
	score      int
	key        string // identity when known: "c:IRN", "o:Islamic State", "l:Q123"
	canon      string // canonical name that goes with key
	code       string // ISO3 where known
	partial    int    // >0: the mention is only the first partial bytes of its token ("Iranian" of "Iranian-backed")
}

// Recognise fills d.Mentions and d.Entities. d must be segmented.
func (r *Recogniser) Recognise(d *doc.Doc) {
	sentences := make([][]string, len(d.Sentences))
	for si, s := range d.Sentences {
		words := make([]string, 0, s.EndToken-s.FirstToken)
		for k := s.FirstToken; k < s.EndToken; k++ {
			words = append(words, d.TokenText(k))
		}
		sentences[si] = words
	}
	var tags [][]string
	var names docNames
	if r.tagger != nil {
		tags = r.tagger.TagDocument(sentences)
		names = namesOf(sentences, tags)
	}
	var cands []candidate
	info := map[doc.Span]candidate{} // per mention span, the candidate it came from
	for si := range d.Sentences {
		s := &d.Sentences[si]
		var stags []string
		if tags != nil {
			stags = tags[si]
		}
		cands = r.sentenceCandidates(sentences[si], stags, names, cands[:0])
		for _, c := range choose(cands) {
			sp := doc.Span{Start: d.Tokens[s.FirstToken+c.start].Start, End: d.Tokens[s.FirstToken+c.end-1].End}
			if c.partial > 0 {
				sp.End = sp.Start + c.partial
			}
			d.Mentions = append(d.Mentions, doc.Mention{
				Span:   sp,
				Type:   c.typ,
				Kind:   c.kind,
				Entity: -1,
				Origin: c.origin,
			})
			info[sp] = c
		}
	}
	r.teams(d, info)
	r.firms(d, info)
	r.resolve(d, info)
}

// isCapitalised reports whether w starts with an upper-case letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isNameWord reports whether w can be part of a personal name: a
// capitalised word, an initial ("J."), or a lower-case particle inside a
// name ("al-Assad", "bin", "de").
func isNameWord(w string) bool {
	if isCapitalised(w) {
		return strings.IndexFunc(w, unicode.IsLetter) >= 0
	}
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "bin-", "ibn-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && isCapitalised(w[len(p):]) {
			return true
		}
	}
	return false
}

var nameParticles = map[string]bool{"bin": true, "ibn": true, "de": true, "van": true, "von": true, "der": true, "al": true, "da": true, "du": true, "la": true, "le": true, "del": true, "di": true}
