// Package api serves the corpus as an HTTP JSON API under /api/v1/ (see
// docs/api.md and docs/openapi.yaml). Every list route also answers in
// JSONL or CSV: ?format=jsonl|csv|json, or an Accept header of
// application/x-ndjson or text/csv. Errors are JSON {"error": "..."} with
// 400 for a bad parameter, 404 for an unknown id, 500 otherwise.
//
// The package also renders results for the CLI (Write and the Result
// builders), so `newsgraph query` and the API export the same files.
package api

import (
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"newsgraph/internal/store"
)

// Prefix is where the API is mounted.
const Prefix = "/api/v1/"

// Handler serves the API over st. Mount it at Prefix (its routes include
// the prefix), e.g. mux.Handle(api.Prefix, api.Handler(st)).
func Handler(st store.Store) http.Handler {
	h := &handler{st: st}
	mux := http.NewServeMux()
	for _, rt := range h.routes() {
		mux.HandleFunc("GET /api/v1"+rt.path, rt.serve)
		mux.HandleFunc("/api/v1"+rt.path, notAllowed)
	}
	mux.HandleFunc("/api/v1/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Errorf("no such route: %s %s (see docs/api.md)", r.Method, r.URL.Path))
	})
	return wellFormed(mux)
}

// notAllowed answers any other method on a GET route: the catch-all
// below would call the route missing.
func notAllowed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	writeError(w, http.StatusMethodNotAllowed, fmt.Errorf("%s %s: the API is read-only; use GET", r.Method, r.URL.Path))
}

// wellFormed refuses a query string that does not parse. Go's parser
// drops the bad pair and keeps the rest, so ?q=100% searched for nothing
// and answered with every article as a match.
func wellFormed(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Article text is served as data: a browser must not sniff a
		// JSON or CSV answer into HTML and run what an article holds.
		w.Header().Set("X-Content-Type-Options", "nosniff")
		if _, err := url.ParseQuery(r.URL.RawQuery); err != nil {
			writeError(w, http.StatusBadRequest, fmt.Errorf("malformed query string: %v (encode %% as %%25 and ; as %%3B)", err))
			return
		}
		next.ServeHTTP(w, r)
	})
}

type handler struct{ st store.Store }

// route is one GET route, its path under /api/v1.
type route struct {
	path  string
	serve http.HandlerFunc
}

// routes are the routes Handler serves, and the ones the docs must list.
func (h *handler) routes() []route {
	return []route{
		{"/articles", h.articles},
		{"/articles/{id}", h.article},
		{"/entities", h.entities},
		{"/entities/{id}", h.entity},
		{"/quotes", h.quotes},
		{"/events", h.events},
		{"/stories", h.stories},
		{"/network", h.network},
		{"/stats", h.stats},
	}
}

// badRequest marks errors in the request, answered with 400.
type badRequest struct{ error }

// params reads query parameters, remembering the first bad one and the
// names read.
type params struct {
	r    *http.Request
	err  error
	read map[string]bool
}

// check returns the first bad parameter, else a parameter the endpoint
// does not take: a misspelt name (event_type on /events, which takes
// type) would be ignored, and the answer would look right.
func (p *params) check() error {
	if p.err != nil {
		return p.err
	}
	var unknown []string
	for name := range p.r.URL.Query() {
		if !p.read[name] && name != "format" {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	slices.Sort(unknown)
	known := slices.Sorted(maps.Keys(p.read))
	return badRequest{fmt.Errorf("unknown parameter %s: this endpoint takes %s and format", strings.Join(unknown, ", "), strings.Join(known, ", "))}
}

// str reads a parameter, with control characters (NUL, which PostgreSQL
// refuses in text) and invalid UTF-8 turned into spaces.
func (p *params) str(name string) string {
	if p.read == nil {
		p.read = map[string]bool{}
	}
	p.read[name] = true
	v := strings.ToValidUTF8(p.r.URL.Query().Get(name), " ")
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, v))
}

func (p *params) day(name string) string {
	v := p.str(name)
	if v != "" && !store.ValidDay(v) && p.err == nil {
		p.err = badRequest{fmt.Errorf("%s=%q: want a date YYYY-MM-DD", name, v)}
	}
	return v
}

func (p *params) int(name string) int {
	v := p.str(name)
	if v == "" {
		return 0
	}
	n, err := strconv.Atoi(v)
	if (err != nil || n < 0) && p.err == nil {
		p.err = badRequest{fmt.Errorf("%s=%q: want a whole number ≥ 0", name, v)}
	}
	return n
}

func (p *params) bool(name string) bool {
	switch v := p.str(name); v {
	case "", "0", "false", "no":
		return false
	case "1", "true", "yes":
		return true
	default:
		if p.err == nil {
			p.err = badRequest{fmt.Errorf("%s=%q: want true or false", name, v)}
		}
		return false
	}
}

func (p *params) id(name string) int64 {
	v := p.str(name)
	if v == "" {
		return 0
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if (err != nil || n <= 0) && p.err == nil {
		p.err = badRequest{fmt.Errorf("%s=%q: want an id", name, v)}
	}
	return n
}

func pathID(r *http.Request) (int64, error) {
	n, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || n <= 0 {
		return 0, badRequest{fmt.Errorf("%q is not an id", r.PathValue("id"))}
	}
	return n, nil
}

func (h *handler) articles(w http.ResponseWriter, r *http.Request) {
	p := &params{r: r}
	q := store.ArticleQuery{Text: p.str("q"), Since: p.day("since"), Until: p.day("until"), Source: p.str("source"),
		Story: p.id("story"), Entity: p.id("entity"), Limit: p.int("limit"), Offset: p.int("offset")}
	if err := p.check(); err != nil {
		respond(w, r, Result{}, err)
		return
	}
	page, err := h.st.Articles(r.Context(), q)
	if err != nil {
		respond(w, r, Result{}, err)
		return
	}
	respond(w, r, Articles(page), nil)
}

func (h *handler) article(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		respond(w, r, Result{}, err)
		return
	}
	a, err := h.st.Article(r.Context(), id)
	if err != nil {
		respond(w, r, Result{}, err)
		return
	}
	respond(w, r, Article(a), nil)
}

func (h *handler) entities(w http.ResponseWriter, r *http.Request) {
	p := &params{r: r}
	q := store.EntityQuery{Type: strings.ToUpper(p.str("type")), Name: p.str("name"), Since: p.day("since"), Until: p.day("until"),
		Sort: p.str("sort"), Limit: p.int("limit"), Offset: p.int("offset")}
	if err := p.check(); err != nil {
		respond(w, r, Result{}, err)
		return
	}
	if !slices.Contains([]string{"", "mentions", "articles", "stories", "quotes", "name"}, q.Sort) {
		respond(w, r, Result{}, badRequest{fmt.Errorf("sort=%q: want mentions, articles, stories, quotes or name", q.Sort)})
		return
	}
	es, err := h.st.Entities(r.Context(), q)
	respondTotal(w, r, Entities(es), err, func() (int, error) { return h.st.CountEntities(r.Context(), q) })
}

func (h *handler) entity(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		respond(w, r, Result{}, err)
		return
	}
	p := &params{r: r}
	q := store.EntityQuery{Type: strings.ToUpper(p.str("type")), Since: p.day("since"), Until: p.day("until"), Limit: p.int("limit")}
	if err := p.check(); err != nil {
		respond(w, r, Result{}, err)
		return
	}
	d, err := h.st.Entity(r.Context(), id, q)
	if err != nil {
		respond(w, r, Result{}, err)
		return
	}
	respond(w, r, Entity(d), nil)
}

// quotes takes the query language in q, and the same fields as separate
// parameters, which win over q's.
func (h *handler) quotes(w http.ResponseWriter, r *http.Request) {
	p := &params{r: r}
	q, err := store.ParseQuoteQuery(p.str("q"))
	if err != nil {
		respond(w, r, Result{}, badRequest{fmt.Errorf("q: %w", err)})
		return
	}
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&q.Speaker, p.str("speaker"))
	set(&q.About, p.str("about"))
	set(&q.Text, p.str("text"))
	set(&q.Since, p.day("since"))
	set(&q.Until, p.day("until"))
	set(&q.Source, p.str("source"))
	set(&q.Kind, strings.ToLower(p.str("kind")))
	if id := p.id("speaker_id"); id != 0 {
		q.SpeakerID = id
	}
	if id := p.id("about_id"); id != 0 {
		q.AboutID = id
	}
	if id := p.id("article"); id != 0 {
		q.Article = id
	}
	q.Limit, q.Offset = p.int("limit"), p.int("offset")
	if err := p.check(); err != nil {
		respond(w, r, Result{}, err)
		return
	}
	// q's kind: is checked as it is parsed; the parameter must be too, or
	// a typo lists no quotes and looks like an answer.
	if !slices.Contains([]string{"", "direct", "indirect", "mixed"}, q.Kind) {
		respond(w, r, Result{}, badRequest{fmt.Errorf("kind=%q: want direct, indirect or mixed", q.Kind)})
		return
	}
	qs, err := h.st.Quotes(r.Context(), q)
	respondTotal(w, r, Quotes(qs), err, func() (int, error) { return h.st.CountQuotes(r.Context(), q) })
}

// events lists political events; types are PLOVER's upper-case names
// and modalities lower case, whatever case the parameter comes in.
func (h *handler) events(w http.ResponseWriter, r *http.Request) {
	p := &params{r: r}
	q := store.EventQuery{Entity: p.id("entity"), SourceEntity: p.id("source_entity"), TargetEntity: p.id("target_entity"),
		Type: strings.ToUpper(p.str("type")), Modality: strings.ToLower(p.str("modality")), Source: p.str("source"),
		Article: p.id("article"), Since: p.day("since"), Until: p.day("until"), Limit: p.int("limit"), Offset: p.int("offset")}
	if err := p.check(); err != nil {
		respond(w, r, Result{}, err)
		return
	}
	evs, err := h.st.Events(r.Context(), q)
	respondTotal(w, r, Events(evs), err, func() (int, error) { return h.st.CountEvents(r.Context(), q) })
}

// respondTotal answers a list, or err, with X-Total-Count set to what
// count returns: how many items match without limit and offset, so
// clients can page through them.
func respondTotal(w http.ResponseWriter, r *http.Request, res Result, err error, count func() (int, error)) {
	var n int
	if err == nil {
		n, err = count()
	}
	if err != nil {
		respond(w, r, Result{}, err)
		return
	}
	w.Header().Set("X-Total-Count", strconv.Itoa(n))
	respond(w, r, res, nil)
}

func (h *handler) stories(w http.ResponseWriter, r *http.Request) {
	p := &params{r: r}
	q := store.StoryQuery{Since: p.day("since"), Until: p.day("until"), MinSize: p.int("min_size"), Limit: p.int("limit"), Offset: p.int("offset")}
	if err := p.check(); err != nil {
		respond(w, r, Result{}, err)
		return
	}
	ss, err := h.st.Stories(r.Context(), q)
	if err != nil {
		respond(w, r, Result{}, err)
		return
	}
	respond(w, r, Stories(ss), nil)
}

func (h *handler) network(w http.ResponseWriter, r *http.Request) {
	p := &params{r: r}
	q := store.NetworkQuery{Since: p.day("since"), Until: p.day("until"), SpeakerType: strings.ToUpper(p.str("speaker_type")),
		TargetType: strings.ToUpper(p.str("target_type")), Entity: p.id("entity"), MinWeight: p.int("min_weight"), Limit: p.int("limit"),
		Kind: p.str("kind"), EventType: strings.ToUpper(p.str("event_type"))}
	if err := p.check(); err != nil {
		respond(w, r, Result{}, err)
		return
	}
	es, err := h.st.Network(r.Context(), q)
	if err != nil {
		respond(w, r, Result{}, err)
		return
	}
	respond(w, r, Network(es), nil)
}

func (h *handler) stats(w http.ResponseWriter, r *http.Request) {
	p := &params{r: r}
	q := store.StatsQuery{Since: p.day("since"), Until: p.day("until"), Top: p.int("top"), PerStory: p.bool("per_story")}
	if err := p.check(); err != nil {
		respond(w, r, Result{}, err)
		return
	}
	s, err := h.st.Stats(r.Context(), q)
	if err != nil {
		respond(w, r, Result{}, err)
		return
	}
	respond(w, r, Stats(s), nil)
}
