// Package record defines the JSON record that newsgraph writes for one
// analysed article: the contract between analysis (analyze, ingest) and
// everything that reads its output (the store, the API, the web UI, eval).
//
// Every offset in a Record (Start, End, Spans) is a Unicode code point
// offset into Record.Text, as Python's str indexing counts, never a byte
// offset. docs/schema.md documents each field.
package record

import "encoding/json"

// Record is one analysed article.
type Record struct {
	ID        string   `json:"id"`
	Title     string   `json:"title,omitempty"`
	Source    string   `json:"source,omitempty"`
	URL       string   `json:"url,omitempty"`
	Published string   `json:"published,omitempty"` // RFC 3339 as given (zone kept), or a date
	TimeZone  string   `json:"tz,omitempty"`        // IANA zone used to resolve dates
	Text      string   `json:"text"`
	Metadata  Metadata `json:"metadata"`

	Paragraphs []Span `json:"paragraphs"`
	Sentences  []Span `json:"sentences"`
	Tokens     int    `json:"tokens"` // token count; tokens themselves are available with --tokens

	TokenSpans []Span `json:"token_spans,omitempty"`

	Entities []Entity `json:"entities"`
	Quotes   []Quote  `json:"quotes"`
	Dates    []Date   `json:"dates"`
	Events   []Event  `json:"events"`
	Warnings []string `json:"warnings,omitempty"`
}

// Metadata is what the cleaner took out of the body text, and what the
// reader found about the page.
type Metadata struct {
	Captions  []string `json:"captions"`
	Credits   []string `json:"credits"`
	Notes     []string `json:"notes"`
	Publisher string   `json:"publisher,omitempty"`
	Author    string   `json:"author,omitempty"`
	SiteName  string   `json:"site_name,omitempty"`
	Language  string   `json:"language,omitempty"`
}

// Span is a half-open [Start, End) range of code points in Record.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Mention is a span with its surface text.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Entity is one real-world referent in the article, with every mention of it.
type Entity struct {
	ID       string    `json:"id"` // "e1", "e2", ... unique within the record
	Name     string    `json:"name"`
	Type     string    `json:"type"`           // PERSON, ORG, GPE, LOC, NORP, FAC, ...
	Code     string    `json:"code,omitempty"` // ISO-3166 alpha-3 country code where known
	Aliases  []string  `json:"aliases"`
	Roles    []Role    `json:"roles"`
	Mentions []Mention `json:"mentions"`
	// InMetadata is set for an entity named only outside text: in a
	// removed note, or as the publisher. Such an entity has no mentions.
	InMetadata bool `json:"in_metadata,omitempty"`
}

// Role is a title or function held by a person ("President" of Iran).
type Role struct {
	Title  string `json:"title"`
	Of     string `json:"of,omitempty"`     // entity name the role belongs to, e.g. "Iran"
	OfID   string `json:"of_id,omitempty"`  // that entity's id when it is in the record
	Source string `json:"source,omitempty"` // "title" or "appositive"
}

// Quote is one attributed statement, direct, indirect or mixed.
type Quote struct {
	ID          string   `json:"id"`
	Text        string   `json:"text"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Spans       [][2]int `json:"spans"`
	Kind        string   `json:"kind"` // direct | indirect | mixed
	Cue         *Mention `json:"cue"`
	Speaker     *Speaker `json:"speaker"`
	AccordingTo *Source  `json:"according_to"`
	Date        string   `json:"date,omitempty"` // YYYY-MM-DD of the speech act, when the text gives it
	Sentence    int      `json:"sentence"`       // index into Sentences of the first span
}

// Speaker is who a quote is attributed to: the local mention (which may be
// a pronoun) and the entity it resolves to.
type Speaker struct {
	Entity  string   `json:"entity,omitempty"` // entity id, empty when unresolved
	Name    string   `json:"name"`
	Mention *Mention `json:"mention"`
}

// Source is an entity that relays a statement or an event.
type Source struct {
	Entity string `json:"entity,omitempty"`
	Name   string `json:"name"`
}

// Date is a temporal expression resolved to a calendar date when possible.
type Date struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Value string `json:"value,omitempty"` // YYYY-MM-DD, YYYY-MM, YYYY or a range "a/b"; empty when unresolved
	Grain string `json:"grain,omitempty"` // day, week, month, year
}

// Event is one political event in the PLOVER ontology.
type Event struct {
	ID          string   `json:"id"`
	Type        string   `json:"type"`
	Mode        string   `json:"mode,omitempty"`
	Context     []string `json:"context,omitempty"`
	CameoRoot   string   `json:"cameo_root,omitempty"`
	Sources     []Actor  `json:"source"`
	Targets     []Actor  `json:"target"`
	Date        NullDate `json:"date"`
	Location    *Source  `json:"location"`
	Modality    string   `json:"modality"` // asserted | reported | claimed | planned | conditional | denied
	AccordingTo *Source  `json:"according_to"`
	Trigger     Mention  `json:"trigger"`
	Evidence    Mention  `json:"evidence"`
	Quote       string   `json:"quote,omitempty"` // id of the quote the event was stated in
}

// Actor is an event participant coded as country + sector.
type Actor struct {
	Entity string `json:"entity,omitempty"`
	Name   string `json:"name"`
	Code   string `json:"code,omitempty"`   // ISO-3166 alpha-3, IGO or NGO
	Sector string `json:"sector,omitempty"` // GOV, MIL, REB, CVL, COP, ...
}

// NullDate is a date ("YYYY-MM-DD") written as JSON null when empty, so
// that an unresolved event date reads as null, not as an empty string.
type NullDate string

// MarshalJSON writes null for the empty date.
func (d NullDate) MarshalJSON() ([]byte, error) {
	if d == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(d))
}

// UnmarshalJSON reads a string or null.
func (d *NullDate) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*d = NullDate(s)
	return nil
}
