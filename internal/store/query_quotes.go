package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// quoteFilter is the FROM clause, conditions and order of a quote search,
// shared by Quotes and CountQuotes so that a count always counts what a
// search would list.
func (s *sqlStore) quoteFilter(q QuoteQuery) (from, order string, c conds, err error) {
	if err := checkDays(q.Since, q.Until); err != nil {
		return "", "", conds{}, err
	}
	if err := errors.Join(checkName("speaker", q.Speaker), checkName("about", q.About)); err != nil {
		return "", "", conds{}, err
	}
	from = ` FROM quotes q JOIN articles a ON a.id = q.article_id`
	order = ` ORDER BY q.day DESC NULLS LAST, q.id DESC`
	text := strings.TrimSpace(cleanQuery(q.Text))
	if err := checkText(text); err != nil {
		return "", "", conds{}, err
	}
	if text != "" {
		sub, args := s.d.quoteMatch(text)
		from += ` JOIN (` + sub + `) f ON f.rid = q.id`
		c.args = append(c.args, args...)
		order = ` ORDER BY f.rank, q.id`
	}
	if strings.TrimSpace(q.Speaker) != "" {
		c.add(`(' ' || q.speaker_key || ' ' LIKE ? OR q.speaker_id IN (SELECT entity_id FROM entity_aliases WHERE ' ' || search_key || ' ' LIKE ?))`,
			wordLike(q.Speaker), wordLike(q.Speaker))
	}
	if q.SpeakerID != 0 {
		c.add("q.speaker_id = ?", q.SpeakerID)
	}
	if strings.TrimSpace(q.About) != "" {
		c.add(`q.id IN (SELECT qa.quote_id FROM quote_about qa JOIN entity_aliases al ON al.entity_id = qa.entity_id WHERE ' ' || al.search_key || ' ' LIKE ?)`, wordLike(q.About))
	}
	if q.AboutID != 0 {
		c.add("q.id IN (SELECT quote_id FROM quote_about WHERE entity_id = ?)", q.AboutID)
	}
	c.days("q.day", q.Since, q.Until)
	if q.Source != "" {
		c.add("a.source = ?", q.Source)
	}
	if q.Article != 0 {
		c.add("q.article_id = ?", q.Article)
	}
	if q.Kind != "" {
		c.add("q.kind = ?", q.Kind)
	}
	return from, order, c, nil
}

func (s *sqlStore) CountQuotes(ctx context.Context, q QuoteQuery) (int, error) {
	from, _, c, err := s.quoteFilter(q)
	if err != nil {
		return 0, err
	}
	n := 0
	if err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT COUNT(*)`+from+c.where()), c.args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count quotes: %w", err)
	}
	return n, nil
}

func (s *sqlStore) Quotes(ctx context.Context, q QuoteQuery) ([]Quote, error) {
	from, order, c, err := s.quoteFilter(q)
	if err != nil {
		return nil, err
	}
	out := []Quote{}
	index := map[int64]int{}
	err = s.collect(ctx, s.d.rebind(`SELECT q.id, q.article_id, a.title, a.url, a.source, COALESCE(q.day, ''), a.story_id,
		q.text, q.kind, q.speaker_name, COALESCE(q.speaker_id, 0), q.qstart, q.qend`+from+c.where()+order+` LIMIT ? OFFSET ?`),
		append(c.args, ListLimit(q.Limit), max(q.Offset, 0)), func(r *sql.Rows) error {
			var x Quote
			if err := r.Scan(&x.ID, &x.ArticleID, &x.ArticleTitle, &x.URL, &x.Source, &x.Day, &x.StoryID,
				&x.Text, &x.Kind, &x.Speaker, &x.SpeakerID, &x.Start, &x.End); err != nil {
				return err
			}
			x.About = []EntityRef{}
			index[x.ID] = len(out)
			out = append(out, x)
			return nil
		})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return out, nil
	}
	ids := make([]int64, len(out))
	for i, x := range out {
		ids[i] = x.ID
	}
	err = s.collect(ctx, `SELECT qa.quote_id, e.id, e.name, e.type FROM quote_about qa JOIN entities e ON e.id = qa.entity_id
		WHERE qa.quote_id IN (`+idList(ids)+`) ORDER BY qa.quote_id, e.name`, nil, func(r *sql.Rows) error {
		var qid int64
		var e EntityRef
		if err := r.Scan(&qid, &e.ID, &e.Name, &e.Type); err != nil {
			return err
		}
		i := index[qid]
		out[i].About = append(out[i].About, e)
		return nil
	})
	return out, err
}

func (s *sqlStore) Network(ctx context.Context, q NetworkQuery) ([]Edge, error) {
	if err := checkDays(q.Since, q.Until); err != nil {
		return nil, err
	}
	switch q.Kind {
	case "", "quotes":
		if q.EventType != "" {
			return nil, fmt.Errorf("store: %w: event_type %q filters the events network only (kind %q)", ErrInvalid, q.EventType, q.Kind)
		}
	case "events":
		return s.eventNetwork(ctx, q)
	default:
		return nil, fmt.Errorf("store: %w: unknown network kind %q (want quotes or events)", ErrInvalid, q.Kind)
	}
	var c conds
	c.days("q.day", q.Since, q.Until)
	return s.edges(ctx, ` FROM quotes q JOIN quote_about qa ON qa.quote_id = q.id
		JOIN entities s ON s.id = q.speaker_id JOIN entities t ON t.id = qa.entity_id`, "COUNT(*)", c, q)
}

// edges runs a network query: from is the kind's FROM clause, with the
// two ends aliased s and t, weight what an edge counts, and c the kind's
// own conditions; the filters on the ends, the order and the limits are
// the same for every kind.
func (s *sqlStore) edges(ctx context.Context, from, weight string, c conds, q NetworkQuery) ([]Edge, error) {
	if q.SpeakerType != "" {
		c.add("s.type = ?", q.SpeakerType)
	}
	if q.TargetType != "" {
		c.add("t.type = ?", q.TargetType)
	}
	if len(q.Types) > 0 {
		in := strings.TrimSuffix(strings.Repeat("?, ", len(q.Types)), ", ")
		var args []any
		for range 2 {
			for _, t := range q.Types {
				args = append(args, t)
			}
		}
		// "|| ''" keeps SQLite from starting the join at the entities
		// of those types, which took the web's default network (three
		// common types) from 0.2s to 0.55s on the Reuters corpus.
		c.add("s.type || '' IN ("+in+") AND t.type || '' IN ("+in+")", args...)
	}
	if q.Entity != 0 {
		c.add("(s.id = ? OR t.id = ?)", q.Entity, q.Entity)
	}
	out := []Edge{}
	err := s.collect(ctx, s.d.rebind(`SELECT s.id, s.name, s.type, t.id, t.name, t.type, `+weight+from+c.where()+`
		GROUP BY s.id, s.name, s.type, t.id, t.name, t.type HAVING `+weight+` >= ? ORDER BY 7 DESC, s.id, t.id LIMIT ?`),
		append(c.args, max(q.MinWeight, 1), limit(q.Limit, 200)), func(r *sql.Rows) error {
			var e Edge
			if err := r.Scan(&e.From.ID, &e.From.Name, &e.From.Type, &e.To.ID, &e.To.Name, &e.To.Type, &e.Weight); err != nil {
				return err
			}
			out = append(out, e)
			return nil
		})
	return out, err
}

func (s *sqlStore) Stories(ctx context.Context, q StoryQuery) ([]Story, error) {
	if err := checkDays(q.Since, q.Until); err != nil {
		return nil, err
	}
	var c conds
	c.days("a.day", q.Since, q.Until)
	out := []Story{}
	index := map[int64]int{}
	err := s.collect(ctx, s.d.rebind(`SELECT a.story_id, COUNT(*), COALESCE(MIN(a.day), ''), COALESCE(MAX(a.day), '') FROM articles a`+c.where()+`
		GROUP BY a.story_id HAVING COUNT(*) >= ? ORDER BY 2 DESC, a.story_id LIMIT ? OFFSET ?`),
		append(c.args, max(q.MinSize, 1), ListLimit(q.Limit), max(q.Offset, 0)), func(r *sql.Rows) error {
			var st Story
			if err := r.Scan(&st.ID, &st.Articles, &st.First, &st.Last); err != nil {
				return err
			}
			st.Sources = []string{}
			index[st.ID] = len(out)
			out = append(out, st)
			return nil
		})
	if err != nil || len(out) == 0 {
		return out, err
	}
	ids := make([]int64, len(out))
	for i, st := range out {
		ids[i] = st.ID
	}
	err = s.collect(ctx, `SELECT id, title FROM articles WHERE id IN (`+idList(ids)+`)`, nil, func(r *sql.Rows) error {
		var id int64
		var title string
		if err := r.Scan(&id, &title); err != nil {
			return err
		}
		out[index[id]].Title = title
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = s.collect(ctx, `SELECT DISTINCT story_id, source FROM articles WHERE story_id IN (`+idList(ids)+`) AND source <> '' ORDER BY story_id, source`, nil, func(r *sql.Rows) error {
		var id int64
		var src string
		if err := r.Scan(&id, &src); err != nil {
			return err
		}
		out[index[id]].Sources = append(out[index[id]].Sources, src)
		return nil
	})
	return out, err
}

func (s *sqlStore) Sources(ctx context.Context) ([]NameCount, error) {
	return s.sourceCounts(ctx, conds{})
}

// sourceCounts counts the articles of each source among those c selects
// (alias a), largest first, ties by name in byte order: sorted in Go,
// because SQLite orders text by bytes and PostgreSQL by its collation,
// which would list tied sources differently.
func (s *sqlStore) sourceCounts(ctx context.Context, c conds) ([]NameCount, error) {
	out := []NameCount{}
	err := s.collect(ctx, s.d.rebind(`SELECT a.source, COUNT(*) FROM articles a`+c.where()+` GROUP BY a.source`), c.args, func(r *sql.Rows) error {
		var nc NameCount
		err := r.Scan(&nc.Name, &nc.Count)
		out = append(out, nc)
		return err
	})
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(out, func(a, b NameCount) int {
		if a.Count != b.Count {
			return cmp.Compare(b.Count, a.Count)
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out, nil
}

func (s *sqlStore) Stats(ctx context.Context, q StatsQuery) (*Stats, error) {
	if err := checkDays(q.Since, q.Until); err != nil {
		return nil, err
	}
	top := q.Top
	if top <= 0 {
		top = 20
	}
	top = min(top, 1000)
	rb := s.d.rebind
	st := &Stats{Sources: []NameCount{}, PerDay: []DayCount{}, TopSpeakers: []EntityCount{}, TopEntities: []EntityCount{}}
	var ac conds
	ac.days("a.day", q.Since, q.Until)
	if err := s.db.QueryRowContext(ctx, rb(`SELECT COUNT(*), COUNT(DISTINCT a.story_id) FROM articles a`+ac.where()), ac.args...).Scan(&st.Articles, &st.Stories); err != nil {
		return nil, fmt.Errorf("store: stats: %w", err)
	}
	allTime := q.Since == "" && q.Until == ""
	entityCount := `SELECT COUNT(DISTINCT ae.entity_id) FROM article_entities ae JOIN articles a ON a.id = ae.article_id` + ac.where()
	if allTime {
		entityCount = `SELECT COUNT(*) FROM entity_totals`
	}
	if err := s.db.QueryRowContext(ctx, rb(entityCount), ac.args...).Scan(&st.Entities); err != nil {
		return nil, fmt.Errorf("store: stats: %w", err)
	}
	var qc conds
	qc.days("q.day", q.Since, q.Until)
	if err := s.db.QueryRowContext(ctx, rb(`SELECT COUNT(*) FROM quotes q`+qc.where()), qc.args...).Scan(&st.Quotes); err != nil {
		return nil, fmt.Errorf("store: stats: %w", err)
	}
	var err error
	if st.Events, err = s.CountEvents(ctx, EventQuery{Since: q.Since, Until: q.Until}); err != nil {
		return nil, err
	}
	sources, err := s.sourceCounts(ctx, ac)
	if err != nil {
		return nil, err
	}
	st.Sources = sources[:min(len(sources), top)]
	var dc conds
	dc.add("a.day IS NOT NULL")
	dc.days("a.day", q.Since, q.Until)
	if err := s.collect(ctx, rb(`SELECT a.day, COUNT(*) FROM articles a`+dc.where()+` GROUP BY a.day ORDER BY a.day`), dc.args, func(r *sql.Rows) error {
		var d DayCount
		err := r.Scan(&d.Day, &d.Count)
		st.PerDay = append(st.PerDay, d)
		return err
	}); err != nil {
		return nil, err
	}
	// Per story, a wire story quoted by 30 outlets counts once.
	count := "COUNT(*)"
	if q.PerStory {
		count = "COUNT(DISTINCT a.story_id)"
	}
	var sc conds
	sc.days("q.day", q.Since, q.Until)
	speakers := `SELECT e.id, e.name, e.type, ` + count + ` FROM quotes q JOIN articles a ON a.id = q.article_id
		JOIN entities e ON e.id = q.speaker_id` + sc.where() + `
		GROUP BY e.id, e.name, e.type ORDER BY 4 DESC, e.id LIMIT ?`
	if allTime && !q.PerStory {
		speakers = `SELECT e.id, e.name, e.type, t.quotes FROM entity_totals t JOIN entities e ON e.id = t.entity_id
			WHERE t.quotes > 0 ORDER BY 4 DESC, e.id LIMIT ?`
	}
	if err := s.collect(ctx, rb(speakers), append(sc.args, top), func(r *sql.Rows) error {
		var ec EntityCount
		err := r.Scan(&ec.ID, &ec.Name, &ec.Type, &ec.Count)
		st.TopSpeakers = append(st.TopSpeakers, ec)
		return err
	}); err != nil {
		return nil, err
	}
	topEntities := `SELECT e.id, e.name, e.type, ` + count + ` FROM article_entities ae JOIN articles a ON a.id = ae.article_id
		JOIN entities e ON e.id = ae.entity_id` + ac.where() + ` GROUP BY e.id, e.name, e.type ORDER BY 4 DESC, e.id LIMIT ?`
	if allTime {
		col := "t.articles"
		if q.PerStory {
			col = "t.stories"
		}
		topEntities = `SELECT e.id, e.name, e.type, ` + col + ` FROM entity_totals t JOIN entities e ON e.id = t.entity_id ORDER BY 4 DESC, e.id LIMIT ?`
	}
	if err := s.collect(ctx, rb(topEntities), append(ac.args, top), func(r *sql.Rows) error {
		var ec EntityCount
		err := r.Scan(&ec.ID, &ec.Name, &ec.Type, &ec.Count)
		st.TopEntities = append(st.TopEntities, ec)
		return err
	}); err != nil {
		return nil, err
	}
	return st, nil
}
