package api

import (
	"strconv"
	"strings"

	"newsgraph/internal/store"
)

// The functions below wrap each store result for Write; the CLI's query
// command and the HTTP API use the same ones, so a CSV is the same
// whichever produced it.

func itoa(n int) string  { return strconv.Itoa(n) }
func i64(n int64) string { return strconv.FormatInt(n, 10) }
func names(e []store.EntityRef) string {
	s := make([]string, len(e))
	for i, x := range e {
		s[i] = x.Name
	}
	return strings.Join(s, "; ")
}

// Articles is a page of articles; JSONL and CSV hold the articles only.
func Articles(p *store.ArticlePage) Result {
	return Result{Value: p, Items: p.Articles, Table: func() Table {
		t := Table{Header: []string{"id", "day", "source", "title", "url", "story_id", "snippet"}}
		for _, a := range p.Articles {
			t.Rows = append(t.Rows, []string{i64(a.ID), a.Day, a.Source, a.Title, a.URL, i64(a.StoryID), a.Snippet})
		}
		return t
	}}
}

// Article is one article with its record; its table is its fields.
func Article(a *store.Article) Result {
	return Result{Value: a, Table: func() Table {
		return Table{Header: []string{"id", "day", "source", "title", "url", "story_id", "entities", "quotes", "text"},
			Rows: [][]string{{i64(a.ID), a.Day, a.Source, a.Title, a.URL, i64(a.StoryID),
				itoa(len(a.Record.Entities)), itoa(len(a.Record.Quotes)), a.Record.Text}}}
	}}
}

// Entities is a list of entity summaries.
func Entities(es []store.EntitySummary) Result {
	return Result{Value: es, Items: es, Table: func() Table {
		t := Table{Header: []string{"id", "type", "name", "mentions", "articles", "stories", "quotes"}}
		for _, e := range es {
			t.Rows = append(t.Rows, []string{i64(e.ID), e.Type, e.Name, itoa(e.Mentions), itoa(e.Articles), itoa(e.Stories), itoa(e.Quotes)})
		}
		return t
	}}
}

// Entity is one entity's page; JSONL writes it as one line, CSV and table
// list its quotes (said by it, then about it).
func Entity(d *store.EntityDetail) Result {
	return Result{Value: d, Table: func() Table {
		t := quoteTable(d.QuotesBy)
		t.Header = append([]string{"relation"}, t.Header...)
		for i := range t.Rows {
			t.Rows[i] = append([]string{"said"}, t.Rows[i]...)
		}
		about := quoteTable(d.QuotedIn)
		for _, r := range about.Rows {
			t.Rows = append(t.Rows, append([]string{"about"}, r...))
		}
		return t
	}}
}

// Quotes is a list of quotes.
func Quotes(qs []store.Quote) Result {
	return Result{Value: qs, Items: qs, Table: func() Table { return quoteTable(qs) }}
}

func quoteTable(qs []store.Quote) Table {
	// story_id comes last: rows that share it are copies of one wire
	// story (a reader can keep one), and columns before it keep their
	// places for existing readers.
	t := Table{Header: []string{"id", "day", "speaker", "quote", "about", "kind", "source", "article_id", "story_id"}}
	for _, q := range qs {
		t.Rows = append(t.Rows, []string{i64(q.ID), q.Day, q.Speaker, q.Text, names(q.About), q.Kind, q.Source, i64(q.ArticleID), i64(q.StoryID)})
	}
	return t
}

// Events is a list of events.
func Events(evs []store.Event) Result {
	return Result{Value: evs, Items: evs, Table: func() Table {
		t := Table{Header: []string{"id", "day", "type", "source_actor", "target_actor", "modality", "sentence", "source", "article_id", "story_id"}}
		for _, e := range evs {
			t.Rows = append(t.Rows, []string{i64(e.ID), e.Day, e.Type, actorNames(e.Sources), actorNames(e.Targets), e.Modality, e.Sentence, e.Source,
				i64(e.ArticleID), i64(e.StoryID)})
		}
		return t
	}}
}

// actorNames names each actor by its corpus entity where it has one.
func actorNames(as []store.Actor) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = a.Name
		if a.Entity != nil {
			s[i] = a.Entity.Name
		}
	}
	return strings.Join(s, "; ")
}

// Stories is a list of stories.
func Stories(ss []store.Story) Result {
	return Result{Value: ss, Items: ss, Table: func() Table {
		t := Table{Header: []string{"id", "articles", "first", "last", "title", "sources"}}
		for _, s := range ss {
			t.Rows = append(t.Rows, []string{i64(s.ID), itoa(s.Articles), s.First, s.Last, s.Title, strings.Join(s.Sources, "; ")})
		}
		return t
	}}
}

// Network is a list of edges.
func Network(es []store.Edge) Result {
	return Result{Value: es, Items: es, Table: func() Table {
		t := Table{Header: []string{"from_id", "from", "from_type", "to_id", "to", "to_type", "weight"}}
		for _, e := range es {
			t.Rows = append(t.Rows, []string{i64(e.From.ID), e.From.Name, e.From.Type, i64(e.To.ID), e.To.Name, e.To.Type, itoa(e.Weight)})
		}
		return t
	}}
}

// Stats is the corpus summary; its table is one row per figure.
func Stats(s *store.Stats) Result {
	return Result{Value: s, Table: func() Table {
		t := Table{Header: []string{"section", "name", "count"}}
		add := func(sec, name string, n int) { t.Rows = append(t.Rows, []string{sec, name, itoa(n)}) }
		add("total", "articles", s.Articles)
		add("total", "stories", s.Stories)
		add("total", "entities", s.Entities)
		add("total", "quotes", s.Quotes)
		add("total", "events", s.Events)
		for _, x := range s.Sources {
			add("source", x.Name, x.Count)
		}
		for _, x := range s.TopSpeakers {
			add("top speaker", x.Name, x.Count)
		}
		for _, x := range s.TopEntities {
			add("top entity", x.Name+" ("+x.Type+")", x.Count)
		}
		for _, x := range s.PerDay {
			add("day", x.Day, x.Count)
		}
		return t
	}}
}
