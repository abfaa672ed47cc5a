package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"newsgraph/internal/event"
)

// eventFilter is the FROM clause and conditions of an event search,
// shared by Events and CountEvents so that a count always counts what a
// search would list.
func eventFilter(q EventQuery) (from string, c conds, err error) {
	if err := checkDays(q.Since, q.Until); err != nil {
		return "", conds{}, err
	}
	if err := checkOneOf("event type", q.Type, event.Types); err != nil {
		return "", conds{}, err
	}
	if err := checkOneOf("modality", q.Modality, event.Modalities); err != nil {
		return "", conds{}, err
	}
	from = ` FROM events ev JOIN articles a ON a.id = ev.article_id`
	if q.Entity != 0 {
		c.add("ev.id IN (SELECT event_id FROM event_actors WHERE entity_id = ?)", q.Entity)
	}
	if q.SourceEntity != 0 {
		c.add("ev.id IN (SELECT event_id FROM event_actors WHERE entity_id = ? AND role = 'source')", q.SourceEntity)
	}
	if q.TargetEntity != 0 {
		c.add("ev.id IN (SELECT event_id FROM event_actors WHERE entity_id = ? AND role = 'target')", q.TargetEntity)
	}
	if q.Type != "" {
		c.add("ev.type = ?", q.Type)
	}
	if q.Modality != "" {
		c.add("ev.modality = ?", q.Modality)
	}
	if q.Source != "" {
		c.add("a.source = ?", q.Source)
	}
	if q.Article != 0 {
		c.add("ev.article_id = ?", q.Article)
	}
	c.days("ev.day", q.Since, q.Until)
	return from, c, nil
}

func (s *sqlStore) CountEvents(ctx context.Context, q EventQuery) (int, error) {
	from, c, err := eventFilter(q)
	if err != nil {
		return 0, err
	}
	n := 0
	if err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT COUNT(*)`+from+c.where()), c.args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count events: %w", err)
	}
	return n, nil
}

func (s *sqlStore) Events(ctx context.Context, q EventQuery) ([]Event, error) {
	from, c, err := eventFilter(q)
	if err != nil {
		return nil, err
	}
	// substr counts characters in both databases, as the spans count code
	// points. Ties on the day go newest stored first: ids are unique, so
	// both databases list the same order.
	out := []Event{}
	index := map[int64]int{}
	err = s.collect(ctx, s.d.rebind(`SELECT ev.id, ev.article_id, a.title, a.url, a.source, COALESCE(a.day, ''), COALESCE(ev.day, ''), a.story_id,
		ev.type, ev.mode, ev.modality, ev.trigger_text,
		CASE WHEN ev.eend > ev.estart THEN substr(a.text, ev.estart + 1, ev.eend - ev.estart) ELSE '' END,
		ev.estart, ev.eend, ev.location, ev.according_to,
		COALESCE((SELECT qt.id FROM quotes qt WHERE qt.article_id = ev.article_id AND qt.ord = ev.quote_ord), 0)`+
		from+c.where()+` ORDER BY ev.day DESC NULLS LAST, ev.id DESC LIMIT ? OFFSET ?`),
		append(c.args, ListLimit(q.Limit), max(q.Offset, 0)), func(r *sql.Rows) error {
			var e Event
			if err := r.Scan(&e.ID, &e.ArticleID, &e.ArticleTitle, &e.URL, &e.Source, &e.ArticleDay, &e.Day, &e.StoryID,
				&e.Type, &e.Mode, &e.Modality, &e.Trigger, &e.Sentence, &e.Start, &e.End, &e.Location, &e.AccordingTo, &e.QuoteID); err != nil {
				return err
			}
			e.Sources, e.Targets = []Actor{}, []Actor{}
			index[e.ID] = len(out)
			out = append(out, e)
			return nil
		})
	if err != nil || len(out) == 0 {
		return out, err
	}
	ids := make([]int64, len(out))
	for i, e := range out {
		ids[i] = e.ID
	}
	err = s.collect(ctx, `SELECT ea.event_id, ea.role, ea.name, ea.code, ea.sector, COALESCE(e.id, 0), COALESCE(e.name, ''), COALESCE(e.type, '')
		FROM event_actors ea LEFT JOIN entities e ON e.id = ea.entity_id
		WHERE ea.event_id IN (`+idList(ids)+`) ORDER BY ea.event_id, ea.role, ea.ord`, nil, func(r *sql.Rows) error {
		var id int64
		var role string
		var a Actor
		var ref EntityRef
		if err := r.Scan(&id, &role, &a.Name, &a.Code, &a.Sector, &ref.ID, &ref.Name, &ref.Type); err != nil {
			return err
		}
		if ref.ID != 0 {
			a.Entity = &ref
		}
		e := &out[index[id]]
		if role == "source" {
			e.Sources = append(e.Sources, a)
		} else {
			e.Targets = append(e.Targets, a)
		}
		return nil
	})
	return out, err
}

// eventNetwork is Network for Kind "events": an edge from each source
// actor entity to each target actor entity of an event, weighted by the
// events joining them. An entity acting on itself (two sides merged into
// one corpus entity) makes no edge.
func (s *sqlStore) eventNetwork(ctx context.Context, q NetworkQuery) ([]Edge, error) {
	if err := checkOneOf("event type", q.EventType, event.Types); err != nil {
		return nil, err
	}
	var c conds
	c.days("ev.day", q.Since, q.Until)
	if q.EventType != "" {
		c.add("ev.type = ?", q.EventType)
	}
	c.add("s.id <> t.id")
	return s.edges(ctx, ` FROM events ev
		JOIN event_actors sa ON sa.event_id = ev.id AND sa.role = 'source' JOIN entities s ON s.id = sa.entity_id
		JOIN event_actors ta ON ta.event_id = ev.id AND ta.role = 'target' JOIN entities t ON t.id = ta.entity_id`, "COUNT(DISTINCT ev.id)", c, q)
}

// checkOneOf reports a filter value outside its closed set as ErrInvalid
// with the values it may take: a misspelt type would otherwise match
// nothing and look like an empty corpus. "" is no filter.
func checkOneOf(what, v string, values []string) error {
	if v == "" || slices.Contains(values, v) {
		return nil
	}
	return fmt.Errorf("store: %w: unknown %s %q: want one of %s", ErrInvalid, what, v, strings.Join(values, ", "))
}
