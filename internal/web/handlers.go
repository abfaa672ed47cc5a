package web

import (
	"encoding/json"
	"errors"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"newsgraph/internal/record"
)

func (s *server) corpus(w http.ResponseWriter, r *http.Request) {
	c, err := s.data.Corpus(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "corpus", corpusPage{Corpus: c, Chart: articleChart(c.PerDay)})
}

type corpusPage struct {
	*Corpus
	Chart *chart
}

func (s *server) search(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	q := Query{Text: strings.TrimSpace(v.Get("q")), From: dateParam(v, "from"), To: dateParam(v, "to"),
		Source: v.Get("source"), Type: v.Get("type"), Limit: 50}
	res, err := s.data.Search(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "search", searchPage{Query: q, Results: res,
		Searched: q.Text != "" || q.From != "" || q.To != "" || q.Source != "" || q.Type != ""})
}

type searchPage struct {
	Query    Query
	Results  *Results
	Searched bool
}

func (s *server) article(w http.ResponseWriter, r *http.Request) {
	a, err := s.data.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "article", newArticlePage(a))
}

type articlePage struct {
	*Article
	Rec    *record.Record
	Title  string // the record's title, or the start of its text
	Text   template.HTML
	Quotes []QuoteRef
	Types  []string // entity types present, for the legend
}

func newArticlePage(a *Article) articlePage {
	rec := a.Record
	p := articlePage{Article: a, Rec: rec, Title: rec.Title, Text: markText(rec, a.EntityIDs)}
	if p.Title == "" {
		p.Title = firstWords(rec.Text, 80)
	}
	names := map[string]string{}
	for _, e := range rec.Entities {
		names[e.ID] = e.Name
		if !slices.Contains(p.Types, e.Type) {
			p.Types = append(p.Types, e.Type)
		}
	}
	slices.Sort(p.Types)
	for _, q := range rec.Quotes {
		ref := QuoteRef{Text: q.Text, Kind: q.Kind, Date: q.Date}
		if q.Speaker != nil {
			ref.SpeakerID, ref.SpeakerName = a.EntityIDs[q.Speaker.Entity], q.Speaker.Name
			if n := names[q.Speaker.Entity]; n != "" {
				ref.SpeakerName = n
			}
		}
		p.Quotes = append(p.Quotes, ref)
	}
	return p
}

func (s *server) entity(w http.ResponseWriter, r *http.Request) {
	e, err := s.data.Entity(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "entity", entityPage{Entity: e, Chart: timelineChart(e.Timeline)})
}

type entityPage struct {
	*Entity
	Chart *chart
}

// networkTypes are the node types the network offers as filters.
var networkTypes = []string{"PERSON", "ORG", "GPE", "NORP", "LOC"}

func networkQuery(v url.Values) NetworkQuery {
	q := NetworkQuery{Kind: "quotes", From: dateParam(v, "from"), To: dateParam(v, "to"), Limit: 300}
	if v.Get("kind") == "events" {
		q.Kind = "events"
	}
	for _, t := range v["type"] {
		if slices.Contains(networkTypes, t) {
			q.Types = append(q.Types, t)
		}
	}
	if len(q.Types) == 0 {
		q.Types = []string{"PERSON", "ORG", "GPE"}
	}
	if n, err := strconv.Atoi(v.Get("limit")); err == nil && n > 0 && n <= 2000 {
		q.Limit = n
	}
	return q
}

func (s *server) network(w http.ResponseWriter, r *http.Request) {
	q := networkQuery(r.URL.Query())
	g, err := s.data.Network(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	names := map[string]Node{}
	for _, n := range g.Nodes {
		names[n.ID] = n
	}
	p := networkPage{Query: q, Graph: g, Types: networkTypes, Names: names}
	// The drawing fetches the same filters as JSON.
	p.DataURL = "/network.json?" + networkValues(q).Encode()
	s.render(w, r, http.StatusOK, "network", p)
}

type networkPage struct {
	Query   NetworkQuery
	Graph   *Graph
	Types   []string
	Names   map[string]Node
	DataURL string
}

// Has reports whether the filter keeps type t, for the checkboxes.
func (p networkPage) Has(t string) bool { return slices.Contains(p.Query.Types, t) }

func networkValues(q NetworkQuery) url.Values {
	v := url.Values{}
	if q.Kind == "events" {
		v.Set("kind", q.Kind)
	}
	if q.From != "" {
		v.Set("from", q.From)
	}
	if q.To != "" {
		v.Set("to", q.To)
	}
	for _, t := range q.Types {
		v.Add("type", t)
	}
	v.Set("limit", strconv.Itoa(q.Limit))
	return v
}

func (s *server) networkJSON(w http.ResponseWriter, r *http.Request) {
	g, err := s.data.Network(r.Context(), networkQuery(r.URL.Query()))
	if errors.Is(err, ErrInvalid) {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return
	}
	if err != nil {
		s.logf("web: %s: %v", r.URL.Path, err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "the corpus could not be read"})
		return
	}
	if g.Nodes == nil {
		g.Nodes = []Node{}
	}
	if g.Edges == nil {
		g.Edges = []Edge{}
	}
	writeJSON(w, http.StatusOK, g)
}

// writeJSON answers v as JSON, errors included: http.Error would label
// an error's JSON text/plain.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// dateParam reads a YYYY-MM-DD parameter; anything else is ignored.
func dateParam(v url.Values, name string) string {
	if d := v.Get(name); isoDay.MatchString(d) {
		return d
	}
	return ""
}

// firstWords is the start of text, cut at a word boundary before limit
// bytes, with an ellipsis when cut: a title for untitled articles.
func firstWords(text string, limit int) string {
	text = strings.Join(strings.Fields(text), " ")
	if len(text) <= limit {
		return text
	}
	cut := strings.LastIndexByte(text[:limit], ' ')
	if cut <= 0 {
		cut = limit
		for !utf8.RuneStart(text[cut]) {
			cut--
		}
	}
	return text[:cut] + "…"
}
