package web

import (
	"context"
	"errors"

	"newsgraph/internal/record"
)

// ErrNotFound is what a Data method returns for an unknown article or
// entity id; the handler turns it into a 404 page.
var ErrNotFound = errors.New("not found")

// ErrInvalid is wrapped by errors for searches the data source refuses (a
// date that does not exist); the handler answers 400 with the reason.
var ErrInvalid = errors.New("invalid query")

// Data is everything the pages read: a narrow view of the corpus store,
// shaped for the pages rather than for the database. FromStore adapts the
// corpus store to it; tests use an in-memory implementation.
type Data interface {
	Corpus(ctx context.Context) (*Corpus, error)
	Search(ctx context.Context, q Query) (*Results, error)
	Article(ctx context.Context, id string) (*Article, error)
	Entity(ctx context.Context, id string) (*Entity, error)
	Network(ctx context.Context, q NetworkQuery) (*Graph, error)
}

// Corpus is the overview on the front page.
type Corpus struct {
	Articles, Quotes, Events, Entities int
	Sources                            []NameCount
	PerDay                             []DayCount // articles per day, oldest first
	TopSpeakers                        []EntityRef
	TopEntities                        []EntityRef
}

// NameCount is a name with how often it occurs.
type NameCount struct {
	Name  string
	Count int
}

// DayCount is one day of a time series; Day is YYYY-MM-DD.
type DayCount struct {
	Day    string
	Count  int
	Quotes int // quotes on that day, where the series has them
}

// EntityRef names a corpus entity, with a count whose meaning depends on the
// list it is in (mentions, quotes, shared articles).
type EntityRef struct {
	ID    string
	Name  string
	Type  string
	Count int
}

// Query is a search with its filters; empty fields do not filter.
type Query struct {
	Text     string
	From, To string // YYYY-MM-DD, inclusive
	Source   string
	Type     string // entity type: PERSON, ORG, GPE, ...
	Limit    int    // per kind of result; 0 means a default
}

// Results of a search. The totals count every match; the slices hold at
// most Query.Limit of them.
type Results struct {
	Articles      []ArticleRef
	Quotes        []QuoteRef
	Entities      []EntityRef
	TotalArticles int
	TotalQuotes   int
	TotalEntities int
	Limit         int      // the most listed of each kind
	Sources       []string // every source in the corpus, for the filter
	Types         []string // the entity types to filter by
}

// ArticleRef is an article in a list.
type ArticleRef struct {
	ID        string
	Title     string
	Source    string
	Published string // as stored: RFC 3339 or a date
	Snippet   string // plain text around the match, when searching, matches between store.SnippetOpen and SnippetClose
}

// QuoteRef is a quote in a list, with where and when it was said.
type QuoteRef struct {
	Text         string
	Kind         string
	SpeakerID    string // corpus entity id; empty when unresolved
	SpeakerName  string
	ArticleID    string
	ArticleTitle string
	Date         string // YYYY-MM-DD of the speech act, or of publication
	Copies       int    // other copies of the same story with this quote
}

// Article is one stored article: its record, the corpus id of each of the
// record's entities (record entity id → corpus entity id), and the other
// copies of the same story.
type Article struct {
	Record    *record.Record
	EntityIDs map[string]string
	Copies    []ArticleRef
}

// Entity is one corpus entity with everything its page shows.
type Entity struct {
	ID       string
	Name     string
	Type     string
	Aliases  []string
	Roles    []string    // "President of Iran"
	Timeline []DayCount  // Count = its mentions, Quotes = its quotes, per day, oldest first
	Said     []QuoteRef  // by this entity, newest first
	About    []QuoteRef  // by others, mentioning this entity, newest first
	With     []EntityRef // co-occurring entities, Count = shared articles
	Events   []EventRef  // events it is an actor of, newest first
	// SaidTotal, AboutTotal and EventsTotal are how many there are in
	// all, copies included, where the list stopped at entityListCap; 0
	// where it holds them all.
	SaidTotal, AboutTotal, EventsTotal int
}

// EventRef is a political event on an entity's page, seen from that
// entity: what it did (Role "source") or what was done to it ("target"),
// and the actors on the other side.
type EventRef struct {
	Date         string // YYYY-MM-DD: the event's date, or its article's; may be empty
	Type         string // PLOVER type: ACCUSE, CONSULT, ...
	Modality     string // asserted, reported, claimed, planned, conditional, denied
	Role         string // source | target
	Others       []ActorRef
	Sentence     string // the evidence in the article
	ArticleID    string
	ArticleTitle string
	Copies       int // other copies of the same story with this event
}

// ActorRef is an event actor; ID is its corpus entity, empty when the
// actor did not resolve to one ("protesters").
type ActorRef struct {
	ID   string
	Name string
	Type string
}

// NetworkQuery filters the network; empty fields do not filter.
type NetworkQuery struct {
	Kind     string   // "quotes" (who speaks about whom, the default) or "events" (who acts on whom)
	From, To string   // YYYY-MM-DD, inclusive
	Types    []string // node types to keep
	Limit    int      // most edges, heaviest first; 0 means a default
}

// Graph is the speaker → mentioned-entity network, or the source →
// target network of events.
type Graph struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// Node is one entity in the network; Weight is the sum of its edge weights.
type Node struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Type   string `json:"type"`
	Weight int    `json:"weight"`
}

// Edge says Source quoted or spoke about Target Weight times, or acted on
// it in Weight events.
type Edge struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Weight int    `json:"weight"`
}
