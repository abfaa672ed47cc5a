package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"newsgraph/internal/api"
	"newsgraph/internal/store"
)

func init() {
	register(&command{name: "query", summary: "ask the corpus: articles, entities, quotes, events, stories, network, stats", run: runQuery})
}

const queryHelp = `
Answers questions about an ingested corpus (see 'newsgraph ingest').

Kinds:
  articles [TEXT]       full-text search (words, "a phrase"); --source, --story, --entity
  article ID            one article with its full record (use --format json)
  entities [NAME]       entities by --type with mention, article, story and quote counts (--sort)
  entity ID|NAME        one entity: aliases, roles, its quotes, quotes about it, its events, co-occurring entities, mentions per day
  quotes QUERY          quotes, in the query language:
                          speaker:Rouhani about:America since:2018-09-01 until:2018-09-30 "free text"
                        fields: speaker:, about:, since:, until: (YYYY-MM-DD, YYYY-MM or YYYY), source:, kind:, article:
  events [ID|NAME]      political events (PLOVER), newest first; with an entity, those it is an actor of
                        (--role source|target for one side); --event-type, --modality, --source, --article
  stories               groups of near-duplicate articles (--min-size)
  network               speaker → mentioned-entity edges (--speaker-type, --target-type, --entity, --min-weight);
                        --kind events: source → target actor edges weighted by events (--event-type)
  stats                 totals, sources, articles per day, top speakers and entities

--format table (default) is for people; json, jsonl and csv for programs
(--json is short for --format json). --since and --until (YYYY-MM-DD) limit
every kind by day.

Examples:
  newsgraph query quotes 'speaker:Rouhani about:America since:2018-09'
  newsgraph query entities --type PERSON --sort stories --limit 20
  newsgraph query articles --format csv sanctions > sanctions.csv
  newsgraph query entity Rouhani --json
  newsgraph query events Rouhani --role source --event-type ACCUSE
`

func runQuery(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("query", "KIND [flags] [ARGS]", queryHelp, stdout)
	dsn := fs.String("db", store.DefaultDSN(), "corpus database: SQLite file or postgres:// URL (env NEWSGRAPH_DB)")
	format := fs.String("format", "table", "output format: table, json, jsonl, csv")
	asJSON := fs.Bool("json", false, "same as --format json")
	since := fs.String("since", "", "first day, YYYY-MM-DD")
	until := fs.String("until", "", "last day, YYYY-MM-DD")
	limit := fs.Int("limit", 0, "at most this many results (default 50; network 200)")
	offset := fs.Int("offset", 0, "skip this many results first")
	source := fs.String("source", "", "articles and quotes from this source only")
	story := fs.Int64("story", 0, "articles: only this story's")
	entity := fs.Int64("entity", 0, "articles mentioning, events with, or network edges touching, this entity id")
	typ := fs.String("type", "", "entities: only this type (PERSON, ORG, GPE, ...)")
	sort := fs.String("sort", "", "entities: mentions (default), articles, stories, quotes, name")
	minSize := fs.Int("min-size", 0, "stories: at least this many articles")
	speakerType := fs.String("speaker-type", "", "network: speaker type")
	targetType := fs.String("target-type", "", "network: mentioned entity type")
	minWeight := fs.Int("min-weight", 0, "network: at least this many quotes per edge")
	role := fs.String("role", "", "events: the entity's side, source or target (default either)")
	eventType := fs.String("event-type", "", "events and network --kind events: one PLOVER type (ACCUSE, ...)")
	modality := fs.String("modality", "", "events: asserted, reported, claimed, planned, conditional or denied")
	article := fs.Int64("article", 0, "events: only this article's")
	netKind := fs.String("kind", "", "network: quotes (default) or events")
	top := fs.Int("top", 0, "stats: length of top lists (default 20)")
	perStory := fs.Bool("per-story", false, "stats: rank top speakers and entities by distinct stories, so copies of one wire story count once")
	if done, code := parseFlags(fs, args, stderr); done {
		return code
	}
	if *asJSON {
		*format = "json"
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return badUsage(stderr, "query", "which kind? articles, article, entities, entity, quotes, events, stories, network, stats")
	}
	kind, words := rest[0], strings.Join(rest[1:], " ")
	valid := false
	for _, f := range api.Formats {
		valid = valid || f == *format
	}
	if !valid {
		fmt.Fprintf(stderr, "newsgraph query: unknown --format %q (table, json, jsonl, csv)\n", *format)
		return 2
	}
	for _, d := range []string{*since, *until} {
		if !store.ValidDay(d) {
			fmt.Fprintf(stderr, "newsgraph query: bad date %q: want YYYY-MM-DD\n", d)
			return 2
		}
	}
	ctx := context.Background()
	if err := corpusExists(*dsn); err != nil {
		return failed(stderr, "query", err)
	}
	st, err := store.Open(ctx, *dsn)
	if err != nil {
		return failed(stderr, "query", err)
	}
	defer st.Close()

	var res api.Result
	switch kind {
	case "articles", "search":
		var page *store.ArticlePage
		page, err = st.Articles(ctx, store.ArticleQuery{Text: words, Since: *since, Until: *until, Source: *source,
			Story: *story, Entity: *entity, Limit: *limit, Offset: *offset})
		if err == nil {
			res = api.Articles(page)
			if *format == "table" {
				fmt.Fprintf(stderr, "%d article(s) match\n", page.Total)
			}
			noteMore(stderr, len(page.Articles), *limit, *offset, func() (int, error) { return page.Total, nil })
		}
	case "article":
		var id int64
		if id, err = argID(words, "article"); err == nil {
			var a *store.Article
			if a, err = st.Article(ctx, id); err == nil {
				res = api.Article(a)
			}
		}
	case "entities":
		var es []store.EntitySummary
		q := store.EntityQuery{Type: strings.ToUpper(*typ), Name: words, Since: *since, Until: *until,
			Sort: *sort, Limit: *limit, Offset: *offset}
		if es, err = st.Entities(ctx, q); err == nil {
			noteMore(stderr, len(es), *limit, *offset, func() (int, error) { return st.CountEntities(ctx, q) })
		}
		res = api.Entities(es)
	case "entity":
		var d *store.EntityDetail
		if d, err = findEntity(ctx, st, words, strings.ToUpper(*typ), store.EntityQuery{Since: *since, Until: *until, Limit: *limit}); err == nil {
			res = api.Entity(d)
			if *format == "table" {
				describeEntity(stdout, d)
			}
		}
	case "quotes":
		q, perr := store.ParseQuoteQuery(words)
		if err = perr; err != nil {
			err = usageError{err}
		} else {
			if *since != "" {
				q.Since = *since
			}
			if *until != "" {
				q.Until = *until
			}
			if *source != "" {
				q.Source = *source
			}
			q.Limit, q.Offset = *limit, *offset
			var qs []store.Quote
			if qs, err = st.Quotes(ctx, q); err == nil {
				noteMore(stderr, len(qs), *limit, *offset, func() (int, error) { return st.CountQuotes(ctx, q) })
			}
			res = api.Quotes(qs)
		}
	case "events":
		q := store.EventQuery{Type: strings.ToUpper(*eventType), Modality: strings.ToLower(*modality), Source: *source,
			Article: *article, Since: *since, Until: *until, Limit: *limit, Offset: *offset}
		actor := words
		if actor == "" && *entity != 0 {
			actor = strconv.FormatInt(*entity, 10)
		}
		if err = eventActor(ctx, st, actor, *role, &q); err == nil {
			var evs []store.Event
			if evs, err = st.Events(ctx, q); err == nil {
				noteMore(stderr, len(evs), *limit, *offset, func() (int, error) { return st.CountEvents(ctx, q) })
			}
			res = api.Events(evs)
		}
	case "stories":
		var ss []store.Story
		ss, err = st.Stories(ctx, store.StoryQuery{Since: *since, Until: *until, MinSize: *minSize, Limit: *limit, Offset: *offset})
		res = api.Stories(ss)
	case "network":
		var es []store.Edge
		es, err = st.Network(ctx, store.NetworkQuery{Since: *since, Until: *until, SpeakerType: strings.ToUpper(*speakerType),
			TargetType: strings.ToUpper(*targetType), Entity: *entity, MinWeight: *minWeight, Limit: *limit,
			Kind: *netKind, EventType: strings.ToUpper(*eventType)})
		res = api.Network(es)
	case "stats":
		var s *store.Stats
		s, err = st.Stats(ctx, store.StatsQuery{Since: *since, Until: *until, Top: *top, PerStory: *perStory})
		res = api.Stats(s)
	default:
		fmt.Fprintf(stderr, "newsgraph query: unknown kind %q (articles, article, entities, entity, quotes, events, stories, network, stats)\n", kind)
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph query %s: %v\n", kind, err)
		var ue usageError
		if errors.Is(err, store.ErrInvalid) || errors.As(err, &ue) {
			return 2
		}
		return 1
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if err := api.Write(out, *format, res); err != nil {
		return failed(stderr, "query", err)
	}
	return 0
}

// corpusExists refuses a SQLite path with no file behind it, which Open
// would create empty: a query there is a mistyped --db, not an empty
// corpus.
func corpusExists(dsn string) error {
	if store.IsPostgres(dsn) || strings.HasPrefix(dsn, "file:") {
		return nil
	}
	if _, err := os.Stat(dsn); err != nil {
		return fmt.Errorf("no corpus at %s (run 'newsgraph ingest --db %s SOURCE...' first, or give --db)", dsn, dsn)
	}
	return nil
}

// usageError is a mistake in the command line (exit 2), not a failure.
type usageError struct{ error }

func argID(s, what string) (int64, error) {
	id, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || id <= 0 {
		return 0, usageError{fmt.Errorf("want an %s id, got %q", what, s)}
	}
	return id, nil
}

// findEntity takes an id, or a name: the most mentioned entity with that
// name or alias.
func findEntity(ctx context.Context, st store.Store, arg, typ string, q store.EntityQuery) (*store.EntityDetail, error) {
	if strings.TrimSpace(arg) == "" {
		return nil, usageError{errors.New("give an entity id or name")}
	}
	id, err := entityID(ctx, st, arg, typ)
	if err != nil {
		return nil, err
	}
	return st.Entity(ctx, id, q)
}

// entityID is the entity arg names: an id, or the most mentioned entity
// with that name or alias (of type typ when given); 0 for an empty arg.
func entityID(ctx context.Context, st store.Store, arg, typ string) (int64, error) {
	arg = strings.TrimSpace(arg)
	if arg == "" {
		return 0, nil
	}
	if id, err := strconv.ParseInt(arg, 10, 64); err == nil {
		return id, nil
	}
	es, err := st.Entities(ctx, store.EntityQuery{Name: arg, Type: typ, Limit: 1})
	if err != nil {
		return 0, err
	}
	if len(es) == 0 {
		return 0, fmt.Errorf("no entity named %q: %w", arg, store.ErrNotFound)
	}
	return es[0].ID, nil
}

// eventActor sets q's actor from the command line: an entity id or name
// (as for 'query entity', else --entity) on the side --role names.
func eventActor(ctx context.Context, st store.Store, arg, role string, q *store.EventQuery) error {
	id, err := entityID(ctx, st, arg, "")
	if err != nil {
		return err
	}
	switch role {
	case "":
		q.Entity = id
	case "source":
		q.SourceEntity = id
	case "target":
		q.TargetEntity = id
	default:
		return usageError{fmt.Errorf("--role %q: want source or target", role)}
	}
	if role != "" && id == 0 {
		return usageError{errors.New("--role needs an entity: query events ID|NAME --role " + role)}
	}
	return nil
}

// describeEntity prints what the quote table below it does not show.
func describeEntity(w io.Writer, d *store.EntityDetail) {
	fmt.Fprintf(w, "%s (%s, id %d): %d mentions in %d articles (%d stories), %d quotes\n",
		d.Name, d.Type, d.ID, d.Mentions, d.Articles, d.Stories, d.Quotes)
	if len(d.Aliases) > 0 {
		fmt.Fprintf(w, "also: %s\n", strings.Join(d.Aliases, ", "))
	}
	for _, r := range d.Roles {
		of := ""
		if r.Of != "" {
			of = " of " + r.Of
		}
		fmt.Fprintf(w, "role: %s%s (%d articles)\n", r.Title, of, r.Articles)
	}
	if len(d.CoOccurs) > 0 {
		var co []string
		for _, c := range d.CoOccurs[:min(len(d.CoOccurs), 10)] {
			co = append(co, fmt.Sprintf("%s (%d)", c.Name, c.Articles))
		}
		fmt.Fprintf(w, "with: %s\n", strings.Join(co, ", "))
	}
	if len(d.Events) > 0 {
		var evs []string
		for _, e := range d.Events[:min(len(d.Events), 5)] {
			evs = append(evs, strings.TrimSpace(e.Day+" "+e.Type))
		}
		more := ""
		if len(d.Events) > 5 {
			more = ", …"
		}
		fmt.Fprintf(w, "events: %s%s ('query events %d' lists them)\n", strings.Join(evs, ", "), more, d.ID)
	}
	if len(d.PerDay) > 0 {
		fmt.Fprintf(w, "days: %s … %s, %d with mentions\n", d.PerDay[0].Day, d.PerDay[len(d.PerDay)-1].Day, len(d.PerDay))
	}
	fmt.Fprintln(w)
}

// noteMore says on stderr when a list stops at its limit with more
// results left, so an export (--format csv) is not cut short without a
// word. count is asked only then.
func noteMore(stderr io.Writer, shown, limit, offset int, count func() (int, error)) {
	if shown == 0 || shown < store.ListLimit(limit) {
		return
	}
	total, err := count()
	if err != nil || total <= offset+shown {
		return
	}
	fmt.Fprintf(stderr, "newsgraph query: results %d-%d of %d; --offset %d gives the next (--limit up to 1000)\n",
		offset+1, offset+shown, total, offset+shown)
}
