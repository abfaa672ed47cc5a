package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"newsgraph/internal/record"
)

const articleCols = `a.id, a.key, a.url, a.title, a.source, a.published, COALESCE(a.day, ''), a.story_id`

func scanSummary(rows interface{ Scan(...any) error }, a *ArticleSummary, extra ...any) error {
	return rows.Scan(append([]any{&a.ID, &a.Key, &a.URL, &a.Title, &a.Source, &a.Published, &a.Day, &a.StoryID}, extra...)...)
}

func (s *sqlStore) Article(ctx context.Context, id int64) (*Article, error) {
	var a Article
	var recJSON, idsJSON string
	row := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT `+articleCols+`, a.origin, a.added, a.record, a.entity_ids FROM articles a WHERE a.id = ?`), id)
	if err := scanSummary(row, &a.ArticleSummary, &a.Origin, &a.Added, &recJSON, &idsJSON); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("store: article %d: %w", id, ErrNotFound)
		}
		return nil, fmt.Errorf("store: article %d: %w", id, err)
	}
	a.Record = &record.Record{}
	if err := json.Unmarshal([]byte(recJSON), a.Record); err != nil {
		return nil, fmt.Errorf("store: article %d: bad record JSON: %w", id, err)
	}
	if err := json.Unmarshal([]byte(idsJSON), &a.EntityIDs); err != nil {
		return nil, fmt.Errorf("store: article %d: bad entity ids: %w", id, err)
	}
	return &a, nil
}

func (s *sqlStore) Articles(ctx context.Context, q ArticleQuery) (*ArticlePage, error) {
	if err := checkDays(q.Since, q.Until); err != nil {
		return nil, err
	}
	var c conds
	from := ` FROM articles a`
	order := ` ORDER BY a.day DESC NULLS LAST, a.id DESC`
	text := strings.TrimSpace(cleanQuery(q.Text))
	if err := checkText(text); err != nil {
		return nil, err
	}
	if text != "" {
		sub, args := s.d.articleMatch(text)
		from += ` JOIN (` + sub + `) f ON f.rid = a.id`
		c.args = append(c.args, args...)
		order = ` ORDER BY f.rank, a.id`
	}
	c.days("a.day", q.Since, q.Until)
	if q.Source != "" {
		c.add("a.source = ?", q.Source)
	}
	if q.Story != 0 {
		c.add("a.story_id = ?", q.Story)
	}
	if q.Entity != 0 {
		c.add("a.id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)", q.Entity)
	}
	page := &ArticlePage{Articles: []ArticleSummary{}}
	if err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT COUNT(*)`+from+c.where()), c.args...).Scan(&page.Total); err != nil {
		return nil, fmt.Errorf("store: search articles: %w", err)
	}
	var ids []int64
	err := s.collect(ctx, s.d.rebind(`SELECT `+articleCols+from+c.where()+order+` LIMIT ? OFFSET ?`),
		append(c.args, ListLimit(q.Limit), max(q.Offset, 0)), func(r *sql.Rows) error {
			var a ArticleSummary
			if err := scanSummary(r, &a); err != nil {
				return err
			}
			page.Articles = append(page.Articles, a)
			ids = append(ids, a.ID)
			return nil
		})
	if err != nil {
		return nil, err
	}
	if text != "" && len(ids) > 0 {
		if err := s.snippets(ctx, text, ids, page.Articles); err != nil {
			return nil, err
		}
	}
	return page, nil
}

// guillemets writes a Marked snippet's marks as « and ».
var guillemets = strings.NewReplacer(SnippetOpen, "«", SnippetClose, "»")

func (s *sqlStore) snippets(ctx context.Context, text string, ids []int64, arts []ArticleSummary) error {
	sq, args := s.d.articleSnippets(text, idList(ids))
	snip := map[int64]string{}
	err := s.collect(ctx, s.d.rebind(sq), args, func(r *sql.Rows) error {
		var id int64
		var sn string
		if err := r.Scan(&id, &sn); err != nil {
			return err
		}
		snip[id] = sn
		return nil
	})
	if err != nil {
		return err
	}
	for i := range arts {
		arts[i].Marked = snip[arts[i].ID]
		arts[i].Snippet = guillemets.Replace(arts[i].Marked)
	}
	return nil
}

// entityCounts is the select list and joins of an entity summary. Quote
// counts obey the same date range as mentions.
func entityCounts(since, until string) (string, []any) {
	var qc conds
	qc.add("qq.speaker_id = e.id")
	qc.days("qq.day", since, until)
	return `e.id, e.name, e.type, COUNT(DISTINCT ae.article_id), COUNT(DISTINCT a.story_id), COALESCE(SUM(ae.mentions), 0),
		(SELECT COUNT(*) FROM quotes qq` + qc.where() + `)`, qc.args
}

// check refuses an entity search the store cannot answer: swapped days,
// a name too long to search for.
func (q EntityQuery) check() error {
	if err := checkDays(q.Since, q.Until); err != nil {
		return err
	}
	return checkName("name", q.Name)
}

// entityFilter adds the type and name conditions of an entity search.
func entityFilter(c *conds, q EntityQuery) {
	if q.Type != "" {
		c.add("e.type = ?", q.Type)
	}
	if strings.TrimSpace(q.Name) != "" {
		c.add(`e.id IN (SELECT entity_id FROM entity_aliases WHERE ' ' || search_key || ' ' LIKE ?)`, wordLike(q.Name))
	}
}

// entityJoins are the tables an entity search within dates reads.
const entityJoins = ` FROM entities e
		JOIN article_entities ae ON ae.entity_id = e.id JOIN articles a ON a.id = ae.article_id`

func (s *sqlStore) CountEntities(ctx context.Context, q EntityQuery) (int, error) {
	if err := q.check(); err != nil {
		return 0, err
	}
	var c conds
	entityFilter(&c, q)
	query := `SELECT COUNT(*) FROM entity_totals t JOIN entities e ON e.id = t.entity_id`
	if q.Since != "" || q.Until != "" {
		c.days("a.day", q.Since, q.Until)
		query = `SELECT COUNT(DISTINCT e.id)` + entityJoins
	}
	n := 0
	if err := s.db.QueryRowContext(ctx, s.d.rebind(query+c.where()), c.args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count entities: %w", err)
	}
	return n, nil
}

func (s *sqlStore) Entities(ctx context.Context, q EntityQuery) ([]EntitySummary, error) {
	if err := q.check(); err != nil {
		return nil, err
	}
	sel, args := entityCounts(q.Since, q.Until)
	var c conds
	c.args = args
	entityFilter(&c, q)
	c.days("a.day", q.Since, q.Until)
	order := map[string]string{
		"": "6 DESC", "mentions": "6 DESC", "articles": "4 DESC", "stories": "5 DESC", "quotes": "7 DESC", "name": "2",
	}[q.Sort]
	if order == "" {
		return nil, fmt.Errorf("store: %w: unknown entity sort %q (want mentions, articles, stories, quotes or name)", ErrInvalid, q.Sort)
	}
	query := `SELECT ` + sel + entityJoins + c.where() + `
		GROUP BY e.id, e.name, e.type ORDER BY ` + order + `, e.id LIMIT ? OFFSET ?`
	if q.Since == "" && q.Until == "" {
		// All time: the running totals give the same counts without
		// grouping every mention.
		c = conds{}
		entityFilter(&c, q)
		query = `SELECT e.id, e.name, e.type, t.articles, t.stories, t.mentions, t.quotes
			FROM entity_totals t JOIN entities e ON e.id = t.entity_id` + c.where() + ` ORDER BY ` + order + `, e.id LIMIT ? OFFSET ?`
	}
	out := []EntitySummary{}
	err := s.collect(ctx, s.d.rebind(query), append(c.args, ListLimit(q.Limit), max(q.Offset, 0)), func(r *sql.Rows) error {
		var e EntitySummary
		if err := r.Scan(&e.ID, &e.Name, &e.Type, &e.Articles, &e.Stories, &e.Mentions, &e.Quotes); err != nil {
			return err
		}
		out = append(out, e)
		return nil
	})
	return out, err
}

func (s *sqlStore) Entity(ctx context.Context, id int64, q EntityQuery) (*EntityDetail, error) {
	if err := checkDays(q.Since, q.Until); err != nil {
		return nil, err
	}
	d := &EntityDetail{Aliases: []string{}, Roles: []Role{}, CoOccurs: []CoEntity{}, PerDay: []DayCount{}}
	rb := s.d.rebind
	if err := s.db.QueryRowContext(ctx, rb(`SELECT id, name, type FROM entities WHERE id = ?`), id).Scan(&d.ID, &d.Name, &d.Type); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("store: entity %d: %w", id, ErrNotFound)
		}
		return nil, fmt.Errorf("store: entity %d: %w", id, err)
	}
	sel, args := entityCounts(q.Since, q.Until)
	var c conds
	c.args = args
	c.add("e.id = ?", id)
	c.days("a.day", q.Since, q.Until)
	err := s.db.QueryRowContext(ctx, rb(`SELECT `+sel+` FROM entities e
		JOIN article_entities ae ON ae.entity_id = e.id JOIN articles a ON a.id = ae.article_id`+c.where()+` GROUP BY e.id, e.name, e.type`), c.args...).
		Scan(&d.ID, &d.Name, &d.Type, &d.Articles, &d.Stories, &d.Mentions, &d.Quotes)
	if err != nil && !errors.Is(err, sql.ErrNoRows) { // no rows: nothing in the date range
		return nil, fmt.Errorf("store: entity %d: %w", id, err)
	}

	if err := s.collect(ctx, rb(`SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias`), []any{id}, func(r *sql.Rows) error {
		var a string
		if err := r.Scan(&a); err != nil {
			return err
		}
		if a != d.Name {
			d.Aliases = append(d.Aliases, a)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := s.collect(ctx, rb(`SELECT title, of_name, COUNT(*) FROM entity_roles WHERE entity_id = ? GROUP BY title, of_name ORDER BY 3 DESC, 1`), []any{id}, func(r *sql.Rows) error {
		var ro Role
		if err := r.Scan(&ro.Title, &ro.Of, &ro.Articles); err != nil {
			return err
		}
		d.Roles = append(d.Roles, ro)
		return nil
	}); err != nil {
		return nil, err
	}
	if d.QuotesBy, err = s.Quotes(ctx, QuoteQuery{SpeakerID: id, Since: q.Since, Until: q.Until, Limit: q.Limit}); err != nil {
		return nil, err
	}
	if d.QuotedIn, err = s.Quotes(ctx, QuoteQuery{AboutID: id, Since: q.Since, Until: q.Until, Limit: q.Limit}); err != nil {
		return nil, err
	}
	if d.Events, err = s.Events(ctx, EventQuery{Entity: id, Since: q.Since, Until: q.Until, Limit: q.Limit}); err != nil {
		return nil, err
	}

	var co conds
	co.add("x.entity_id = ?", id)
	co.days("a.day", q.Since, q.Until)
	if q.Type != "" {
		co.add("e.type = ?", q.Type)
	}
	if err := s.collect(ctx, rb(`SELECT e.id, e.name, e.type, COUNT(*) FROM article_entities x
		JOIN article_entities y ON y.article_id = x.article_id AND y.entity_id <> x.entity_id
		JOIN entities e ON e.id = y.entity_id JOIN articles a ON a.id = x.article_id`+co.where()+`
		GROUP BY e.id, e.name, e.type ORDER BY 4 DESC, e.id LIMIT ?`), append(co.args, ListLimit(q.Limit)), func(r *sql.Rows) error {
		var ce CoEntity
		if err := r.Scan(&ce.ID, &ce.Name, &ce.Type, &ce.Articles); err != nil {
			return err
		}
		d.CoOccurs = append(d.CoOccurs, ce)
		return nil
	}); err != nil {
		return nil, err
	}

	var pd conds
	pd.add("ae.entity_id = ?", id)
	pd.add("a.day IS NOT NULL")
	pd.days("a.day", q.Since, q.Until)
	err = s.collect(ctx, rb(`SELECT a.day, SUM(ae.mentions) FROM article_entities ae JOIN articles a ON a.id = ae.article_id`+pd.where()+` GROUP BY a.day ORDER BY a.day`), pd.args, func(r *sql.Rows) error {
		var dc DayCount
		if err := r.Scan(&dc.Day, &dc.Count); err != nil {
			return err
		}
		d.PerDay = append(d.PerDay, dc)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// collect runs a query and hands each row to fn.
func (s *sqlStore) collect(ctx context.Context, query string, args []any, fn func(*sql.Rows) error) error {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return fmt.Errorf("store: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	return nil
}
