// Package doc is newsgraph's document model: one immutable text and layers
// of annotation over it, each a span of byte offsets into that text (in the
// manner of spaCy's Doc/Span/Token). Stages of the pipeline add layers;
// none of them rewrites Text.
//
// Offsets inside the program are byte offsets, because Go strings index
// bytes and every stage slices Text. They become Unicode code point offsets
// only when a record is written (see RuneOffset and package record).
package doc

import (
	"sort"
	"time"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of Doc.Text.
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Token is a word or punctuation mark.
type Token struct {
	Span
	Sent int // index of the sentence that holds the token
}

// Sentence is a sentence with the range of its tokens [FirstToken, EndToken).
type Sentence struct {
	Span
	Para       int
	FirstToken int
	EndToken   int
}

// MentionKind says how an entity is referred to.
type MentionKind uint8

const (
	Name      MentionKind = iota // a proper name: "Hassan Rouhani", "Iran"
	Nominal                      // a description: "the senator", "the White House statement"
	Pronoun                      // "he", "she", "they"
	Adjective                    // a demonym used as an adjective: "Iranian"
)

// Mention is one reference to an entity.
type Mention struct {
	Span
	Type   string // PERSON, ORG, GPE, LOC, NORP, FAC, ...
	Kind   MentionKind
	Entity int    // index into Doc.Entities, -1 until resolved
	Origin string // which component found it: "tagger", "gazetteer", "rule"
}

// Role is a title held by a person, with the entity it belongs to.
type Role struct {
	Title  string
	Of     int    // entity index, -1 if none
	OfName string // name of the entity the role belongs to, when known
	Source string // "title" or "appositive"
}

// Entity is a real-world referent grouped from one or more mentions.
type Entity struct {
	Name     string
	Type     string
	Code     string // ISO-3166 alpha-3 for countries and their people
	Aliases  []string
	Roles    []Role
	Mentions []int // indexes into Doc.Mentions, in text order
	// Metadata is set for an entity named only outside Text: in a
	// removed note, or as the publisher.
	Metadata bool
}

// Date is a temporal expression and what it resolves to.
type Date struct {
	Span
	Value string    // "2018-09-07", "2018-09", "2018", "" when unresolved
	Grain string    // "day", "week", "month", "year"
	Time  time.Time // start of the resolved period, zero when unresolved
}

// QuoteKind is direct, indirect or mixed speech.
type QuoteKind string

const (
	Direct   QuoteKind = "direct"
	Indirect QuoteKind = "indirect"
	Mixed    QuoteKind = "mixed"
)

// Quote is an attributed statement.
type Quote struct {
	Spans       []Span // content fragments in text order; quotation marks excluded
	Kind        QuoteKind
	Cue         Span // the reporting verb or phrase; zero when none
	Speaker     Span // the local mention of the source; zero when none
	SpeakerEnt  int  // entity index of the resolved source, -1 when unresolved
	SpeakerName string
	AccordingTo int // entity index of a relaying source, -1 when none
	Date        int // index into Doc.Dates of the date of the speech act, -1 when none
}

// Extent is the outer span of the quote.
func (q *Quote) Extent() Span {
	if len(q.Spans) == 0 {
		return Span{}
	}
	return Span{q.Spans[0].Start, q.Spans[len(q.Spans)-1].End}
}

// Actor is an event participant.
type Actor struct {
	Entity int // -1 when the actor is not a grouped entity ("rebels")
	Name   string
	Span   Span
	Code   string
	Sector string
}

// Event is a political event in the PLOVER ontology.
type Event struct {
	Type        string
	Mode        string
	Context     []string
	CameoRoot   string
	Sources     []Actor
	Targets     []Actor
	Date        int // index into Doc.Dates, -1 when none
	Location    int // entity index, -1 when none
	Modality    string
	AccordingTo int // entity index, -1 when none
	// AccordingToName names a relaying source that is no entity ("police
	// said", "a Croatian official said"); empty when AccordingTo is set.
	AccordingToName string
	Trigger         Span
	Evidence        Span
	Quote           int // index into Doc.Quotes when the event is stated in a quote, else -1
}

// Metadata is what the reader and the cleaner learned about the article
// outside its body text.
type Metadata struct {
	Captions  []string
	Credits   []string
	Notes     []string
	Publisher string
	Author    string
	SiteName  string
	Language  string
}

// Doc is one article and all its annotation layers.
type Doc struct {
	ID        string
	Title     string
	Source    string
	URL       string
	Published time.Time // zero when unknown
	// PublishedRaw is the publication time as the input gave it.
	PublishedRaw string
	// Location is the zone relative dates are resolved in.
	Location *time.Location

	Text string
	Meta Metadata

	Paragraphs []Span
	Sentences  []Sentence
	Tokens     []Token
	Mentions   []Mention
	Entities   []Entity
	Dates      []Date
	Quotes     []Quote
	Events     []Event
	Warnings   []string

	runeIdx []int32 // byte offset -> code point offset, nil while Text is ASCII
	ascii   bool
	indexed bool
}

// New returns a Doc over text. The text must be valid UTF-8.
func New(text string) *Doc {
	return &Doc{Text: text}
}

// Str returns the text of s.
func (d *Doc) Str(s Span) string { return d.Text[s.Start:s.End] }

// TokenText returns the text of token i.
func (d *Doc) TokenText(i int) string { t := d.Tokens[i]; return d.Text[t.Start:t.End] }

// RuneOffset converts a byte offset in Text to a code point offset.
func (d *Doc) RuneOffset(b int) int {
	if !d.indexed {
		d.buildRuneIndex()
	}
	if d.ascii {
		return b
	}
	return int(d.runeIdx[b])
}

func (d *Doc) buildRuneIndex() {
	d.indexed = true
	d.ascii = true
	for i := 0; i < len(d.Text); i++ {
		if d.Text[i] >= utf8.RuneSelf {
			d.ascii = false
			break
		}
	}
	if d.ascii {
		return
	}
	d.runeIdx = make([]int32, len(d.Text)+1)
	n := int32(0)
	for i := range d.Text {
		// Every byte of a multi-byte rune maps to that rune's index.
		d.runeIdx[i] = n
		n++
	}
	// Fill continuation bytes, which range over strings skips.
	last := int32(0)
	for i := 0; i < len(d.Text); i++ {
		if d.Text[i]&0xC0 == 0x80 {
			d.runeIdx[i] = last
		} else {
			last = d.runeIdx[i]
		}
	}
	d.runeIdx[len(d.Text)] = n
}

// SentenceOf returns the index of the sentence containing byte offset b,
// or -1.
func (d *Doc) SentenceOf(b int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > b })
	if i < len(d.Sentences) && d.Sentences[i].Start <= b {
		return i
	}
	return -1
}

// TokenAt returns the index of the token containing byte offset b, or -1.
func (d *Doc) TokenAt(b int) int {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > b })
	if i < len(d.Tokens) && d.Tokens[i].Start <= b {
		return i
	}
	return -1
}
