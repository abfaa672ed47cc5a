// Package store keeps a corpus of analysed articles and answers questions
// about it: full-text search, entities merged across articles, quotes by
// speaker or topic, political events by actor (who did what to whom),
// quote and event networks, per-day counts and stories
// (near-duplicate copies of one wire story grouped together).
//
// Store is the contract every backend meets (SQLite, the embedded default,
// and PostgreSQL); the CLI, the HTTP API and the web UI (internal/web) use
// nothing else. Open picks the backend from the DSN.
//
// Conventions shared by every method:
//   - IDs are positive int64s assigned by the store; 0 means "none".
//   - Days are "YYYY-MM-DD" strings; Since and Until are inclusive and
//     either may be empty (unbounded). An article's day comes from its
//     Published field; articles without one have Day "" and are left out
//     of any date-filtered or per-day result.
//   - Limit 0 means the method's default (50); Limit is capped at 1000.
//   - Methods returning lists return an empty (non-nil) slice, not nil,
//     when nothing matches, so JSON shows [].
//   - A missing ID returns an error wrapping ErrNotFound; a malformed
//     query one wrapping ErrInvalid.
package store

import (
	"context"
	"errors"

	"newsgraph/internal/record"
)

// ErrNotFound is wrapped by errors for IDs that are not in the store.
var ErrNotFound = errors.New("not found")

// ErrInvalid is wrapped by errors for queries the store refuses (a
// malformed date, an unknown sort order): the caller's mistake, not the
// store's.
var ErrInvalid = errors.New("invalid query")

// Store is a corpus of analysed articles. Implementations are safe for
// concurrent use.
type Store interface {
	// Put stores one analysed article in one transaction: the record JSON,
	// the article row, its entities (merged with the corpus), quotes,
	// events, full-text index rows and its story. An article whose key is already
	// stored is left alone and Put returns Added=false: storing the same
	// sources twice stores nothing new.
	Put(ctx context.Context, item Item) (PutResult, error)
	// PutMany stores items as Put does, in order, in as few transactions
	// as the backend does well (one on SQLite). Either all of a
	// transaction's items are stored or none; an error naming one item is
	// an *ItemError.
	PutMany(ctx context.Context, items []Item) ([]PutResult, error)
	// Has reports whether an article with this key is stored, so ingest
	// can skip analysing what it already has.
	Has(ctx context.Context, key string) (bool, error)

	// Article returns one article with its full record.
	Article(ctx context.Context, id int64) (*Article, error)
	// Articles searches articles; the result carries the total match count.
	Articles(ctx context.Context, q ArticleQuery) (*ArticlePage, error)

	// Entities lists corpus entities with their counts.
	Entities(ctx context.Context, q EntityQuery) ([]EntitySummary, error)
	// CountEntities is how many entities Entities would list for q
	// without a limit.
	CountEntities(ctx context.Context, q EntityQuery) (int, error)
	// Entity returns one entity's page: aliases, roles, its quotes, quotes
	// that mention it, events it is an actor of, co-occurring entities and
	// mentions per day.
	Entity(ctx context.Context, id int64, q EntityQuery) (*EntityDetail, error)

	// Quotes searches quotes by speaker, mentioned entity, text and date.
	Quotes(ctx context.Context, q QuoteQuery) ([]Quote, error)
	// CountQuotes is how many quotes Quotes would list for q without a
	// limit.
	CountQuotes(ctx context.Context, q QuoteQuery) (int, error)

	// Events searches political events by actor, type, modality, source,
	// article and date, newest first (ties: newest stored first).
	Events(ctx context.Context, q EventQuery) ([]Event, error)
	// CountEvents is how many events Events would list for q without a
	// limit.
	CountEvents(ctx context.Context, q EventQuery) (int, error)

	// Network returns weighted edges between entities: with Kind "quotes"
	// (the default) speaker → mentioned entity, one unit of weight per
	// quote by From that mentions To; with Kind "events" source actor →
	// target actor, one unit per event.
	Network(ctx context.Context, q NetworkQuery) ([]Edge, error)

	// Stories lists groups of near-duplicate articles, largest first.
	Stories(ctx context.Context, q StoryQuery) ([]Story, error)

	// Stats summarises the corpus: totals, sources, articles per day, top
	// speakers and top entities (within Since..Until when given).
	Stats(ctx context.Context, q StatsQuery) (*Stats, error)
	// Sources lists every source with its article count, largest first:
	// what a source filter offers, without the rest of Stats.
	Sources(ctx context.Context) ([]NameCount, error)

	// Close releases the database.
	Close() error
}

// Item is one article to store.
type Item struct {
	// Key identifies the article; "" means KeyFor(Record.URL, Record.Text).
	// Ingest computes it from the article as read, before analysis, so it
	// can ask Has first.
	Key    string
	Record *record.Record
	// Origin is where the article was read ("FILE:LINE"), kept for messages.
	Origin string
}

// PutResult says what Put did.
type PutResult struct {
	ID      int64 // the article's ID (the existing one when Added is false)
	Added   bool  // false: an article with the same key was already stored
	StoryID int64 // the story the article belongs to
}

// ArticleSummary is one article in a list.
type ArticleSummary struct {
	ID        int64  `json:"id"`
	Key       string `json:"key"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"` // as given
	Day       string `json:"day,omitempty"`       // YYYY-MM-DD from Published
	StoryID   int64  `json:"story_id"`
	// Snippet is a short excerpt around the search terms (search results
	// only), with matches between « and ».
	Snippet string `json:"snippet,omitempty"`
	// Marked is Snippet with its matches between SnippetOpen and
	// SnippetClose, which no text has, so that the text's own « and »
	// (French quotation marks) are not taken for matches.
	Marked string `json:"-"`
}

// SnippetOpen and SnippetClose enclose the matches in a Marked snippet:
// code points of Unicode's private use area.
const SnippetOpen, SnippetClose = "\uE000", "\uE001"

// Article is one stored article with its full record.
type Article struct {
	ArticleSummary
	Origin string         `json:"origin,omitempty"`
	Added  string         `json:"added"` // RFC 3339 time it was stored
	Record *record.Record `json:"record"`
	// EntityIDs maps each record entity id ("e1") to the corpus entity it
	// was merged into, for links from the article to entity pages.
	// Entities without a usable name are not in it.
	EntityIDs map[string]int64 `json:"entity_ids"`
}

// ArticleQuery selects articles. Text is a full-text query (words, "a
// phrase"); an empty Text lists articles newest first, otherwise they come
// best match first.
type ArticleQuery struct {
	Text   string `json:"text,omitempty"`
	Since  string `json:"since,omitempty"`
	Until  string `json:"until,omitempty"`
	Source string `json:"source,omitempty"` // exact source name
	Story  int64  `json:"story,omitempty"`
	Entity int64  `json:"entity,omitempty"` // articles mentioning this entity
	Limit  int    `json:"limit,omitempty"`
	Offset int    `json:"offset,omitempty"`
}

// ArticlePage is one page of matching articles.
type ArticlePage struct {
	Total    int              `json:"total"`
	Articles []ArticleSummary `json:"articles"`
}

// EntityRef names a corpus entity.
type EntityRef struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
}

// EntitySummary is a corpus entity with its counts.
type EntitySummary struct {
	EntityRef
	Articles int `json:"articles"` // articles mentioning it
	Stories  int `json:"stories"`  // distinct stories mentioning it
	Mentions int `json:"mentions"` // mentions in all articles
	Quotes   int `json:"quotes"`   // quotes it is the speaker of
}

// EntityQuery selects entities. Name matches any part of the name or an
// alias, case-insensitively.
type EntityQuery struct {
	Type  string `json:"type,omitempty"` // PERSON, ORG, GPE, ...
	Name  string `json:"name,omitempty"`
	Since string `json:"since,omitempty"`
	Until string `json:"until,omitempty"`
	// Sort is "mentions" (default), "articles", "stories", "quotes" or
	// "name". Ranking by stories counts a wire story once however many
	// outlets carried it.
	Sort   string `json:"sort,omitempty"`
	Limit  int    `json:"limit,omitempty"`
	Offset int    `json:"offset,omitempty"`
}

// Role is a title held by an entity, with how many articles give it.
type Role struct {
	Title    string `json:"title"`
	Of       string `json:"of,omitempty"`
	Articles int    `json:"articles"`
}

// CoEntity is an entity that shares articles with another.
type CoEntity struct {
	EntityRef
	Articles int `json:"articles"` // articles mentioning both
}

// DayCount is a count for one day.
type DayCount struct {
	Day   string `json:"day"`
	Count int    `json:"count"`
}

// EntityDetail is everything the store knows about one entity. Lists are
// limited by the query's Limit; Since/Until restrict them.
type EntityDetail struct {
	EntitySummary
	Aliases  []string   `json:"aliases"`
	Roles    []Role     `json:"roles"`
	QuotesBy []Quote    `json:"quotes_by"` // quotes it said
	QuotedIn []Quote    `json:"quoted_in"` // quotes by others that mention it
	CoOccurs []CoEntity `json:"co_occurs"`
	PerDay   []DayCount `json:"per_day"` // its mentions per day (by article day)
	Events   []Event    `json:"events"`  // events it is an actor of, newest first
}

// Quote is one stored quote with its article and speaker.
type Quote struct {
	ID           int64       `json:"id"`
	ArticleID    int64       `json:"article_id"`
	ArticleTitle string      `json:"article_title,omitempty"`
	URL          string      `json:"url,omitempty"`
	Source       string      `json:"source,omitempty"`
	Day          string      `json:"day,omitempty"` // the quote's date, else the article's day
	StoryID      int64       `json:"story_id"`
	Text         string      `json:"text"`
	Kind         string      `json:"kind"`              // direct | indirect | mixed
	Speaker      string      `json:"speaker,omitempty"` // as the article names them
	SpeakerID    int64       `json:"speaker_id,omitempty"`
	Start        int         `json:"start"` // code points in the article's text
	End          int         `json:"end"`
	About        []EntityRef `json:"about"` // entities mentioned inside the quote
}

// QuoteQuery selects quotes; every field given must match. Speaker and
// About match an entity's name or alias case-insensitively (or the
// speaker's name as written, for unresolved speakers); SpeakerID and
// AboutID pick one entity exactly. Text is a full-text query over quote
// text. ParseQuoteQuery reads the query language into one.
type QuoteQuery struct {
	Speaker   string `json:"speaker,omitempty"`
	SpeakerID int64  `json:"speaker_id,omitempty"`
	About     string `json:"about,omitempty"`
	AboutID   int64  `json:"about_id,omitempty"`
	Text      string `json:"text,omitempty"`
	Since     string `json:"since,omitempty"`
	Until     string `json:"until,omitempty"`
	Source    string `json:"source,omitempty"`
	Article   int64  `json:"article,omitempty"`
	Kind      string `json:"kind,omitempty"`
	Limit     int    `json:"limit,omitempty"`
	Offset    int    `json:"offset,omitempty"`
}

// NetworkQuery filters the speaker → mentioned-entity network, or the
// source → target network of events.
type NetworkQuery struct {
	Kind        string `json:"kind,omitempty"`       // "quotes" (default) or "events"
	EventType   string `json:"event_type,omitempty"` // events only: one PLOVER type
	Since       string `json:"since,omitempty"`
	Until       string `json:"until,omitempty"`
	SpeakerType string `json:"speaker_type,omitempty"` // type of From (speaker or source actor), e.g. PERSON
	TargetType  string `json:"target_type,omitempty"`  // type of To
	// Types keeps edges whose two ends are both of one of these types.
	Types     []string `json:"types,omitempty"`
	Entity    int64    `json:"entity,omitempty"` // only edges touching this entity
	MinWeight int      `json:"min_weight,omitempty"`
	Limit     int      `json:"limit,omitempty"` // heaviest edges first; default 200
}

// Edge is one weighted speaker → mentioned-entity (or source → target)
// edge.
type Edge struct {
	From   EntityRef `json:"from"`
	To     EntityRef `json:"to"`
	Weight int       `json:"weight"` // quotes by From mentioning To, or events From did to To
}

// EventQuery selects events; every field given must match. Entity picks
// events with that entity as an actor on either side, SourceEntity and
// TargetEntity on one side.
type EventQuery struct {
	Entity       int64  `json:"entity,omitempty"`
	SourceEntity int64  `json:"source_entity,omitempty"`
	TargetEntity int64  `json:"target_entity,omitempty"`
	Type         string `json:"type,omitempty"`     // PLOVER type, e.g. ACCUSE
	Modality     string `json:"modality,omitempty"` // asserted, reported, claimed, planned, conditional, denied
	Source       string `json:"source,omitempty"`   // exact source (outlet) name
	Article      int64  `json:"article,omitempty"`
	Since        string `json:"since,omitempty"` // on the event's day
	Until        string `json:"until,omitempty"`
	Limit        int    `json:"limit,omitempty"`
	Offset       int    `json:"offset,omitempty"`
}

// Event is one stored political event with its article and actors.
type Event struct {
	ID           int64  `json:"id"`
	ArticleID    int64  `json:"article_id"`
	ArticleTitle string `json:"article_title,omitempty"`
	URL          string `json:"url,omitempty"`
	Source       string `json:"source,omitempty"`
	ArticleDay   string `json:"article_day,omitempty"`
	Day          string `json:"day,omitempty"` // the event's date, else the article's day
	StoryID      int64  `json:"story_id"`
	Type         string `json:"type"` // PLOVER
	Mode         string `json:"mode,omitempty"`
	Modality     string `json:"modality,omitempty"`
	Trigger      string `json:"trigger,omitempty"`
	// Sentence is the evidence text, Start and End its span in code
	// points of the article's text.
	Sentence    string  `json:"sentence"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Location    string  `json:"location,omitempty"`
	AccordingTo string  `json:"according_to,omitempty"`
	QuoteID     int64   `json:"quote_id,omitempty"` // the quote it was stated in
	Sources     []Actor `json:"sources"`
	Targets     []Actor `json:"targets"`
}

// Actor is one side of an event as the article names it, with its
// country and sector codes and the corpus entity it resolved to.
type Actor struct {
	Name   string     `json:"name"`
	Code   string     `json:"code,omitempty"`
	Sector string     `json:"sector,omitempty"`
	Entity *EntityRef `json:"entity,omitempty"`
}

// StoryQuery selects stories.
type StoryQuery struct {
	Since   string `json:"since,omitempty"`
	Until   string `json:"until,omitempty"`
	MinSize int    `json:"min_size,omitempty"` // at least this many articles (default 1)
	Limit   int    `json:"limit,omitempty"`
	Offset  int    `json:"offset,omitempty"`
}

// Story is a group of near-duplicate articles. Its ID is the ID of its
// first stored article.
type Story struct {
	ID       int64    `json:"id"`
	Title    string   `json:"title,omitempty"` // the first article's title
	Articles int      `json:"articles"`
	Sources  []string `json:"sources"`
	First    string   `json:"first,omitempty"` // earliest day
	Last     string   `json:"last,omitempty"`  // latest day
}

// StatsQuery restricts corpus statistics to a date range.
type StatsQuery struct {
	Since string `json:"since,omitempty"`
	Until string `json:"until,omitempty"`
	Top   int    `json:"top,omitempty"` // length of the top lists; default 20
	// PerStory ranks top speakers and entities by distinct stories rather
	// than by quotes and articles, so copies of one wire story count once.
	PerStory bool `json:"per_story,omitempty"`
}

// NameCount is a count for one name.
type NameCount struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// EntityCount is a count for one entity.
type EntityCount struct {
	EntityRef
	Count int `json:"count"`
}

// Stats summarises the corpus.
type Stats struct {
	Articles    int           `json:"articles"`
	Stories     int           `json:"stories"`
	Entities    int           `json:"entities"`
	Quotes      int           `json:"quotes"`
	Events      int           `json:"events"`
	Sources     []NameCount   `json:"sources"`      // articles per source
	PerDay      []DayCount    `json:"per_day"`      // articles per day
	TopSpeakers []EntityCount `json:"top_speakers"` // by quotes (stories with PerStory)
	TopEntities []EntityCount `json:"top_entities"` // by articles mentioning them (stories with PerStory)
}
