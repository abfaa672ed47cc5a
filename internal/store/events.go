package store

import (
	"encoding/json"
	"fmt"

	"newsgraph/internal/record"
)

// Events are stored in two tables: events (one row per record event, its
// day the event's own date when the text gives one, else the article's)
// and event_actors (its source and target actors, each with the corpus
// entity it resolved to, or none). The evidence sentence is not copied:
// queries cut it from the article text by its span.

func eventsMigration(idType, refType string) string {
	return `CREATE TABLE events (
			id ` + idType + `,
			article_id ` + refType + ` NOT NULL REFERENCES articles(id),
			ord INTEGER NOT NULL,
			type TEXT NOT NULL,
			mode TEXT NOT NULL DEFAULT '',
			modality TEXT NOT NULL DEFAULT '',
			day TEXT,
			estart INTEGER NOT NULL,
			eend INTEGER NOT NULL,
			trigger_text TEXT NOT NULL DEFAULT '',
			location TEXT NOT NULL DEFAULT '',
			according_to TEXT NOT NULL DEFAULT '',
			quote_ord INTEGER,
			UNIQUE(article_id, ord)
		);
		CREATE INDEX events_day ON events(day, id);
		CREATE INDEX events_type ON events(type, day);
		CREATE TABLE event_actors (
			event_id ` + refType + ` NOT NULL REFERENCES events(id),
			role TEXT NOT NULL,
			ord INTEGER NOT NULL,
			entity_id ` + refType + ` REFERENCES entities(id),
			name TEXT NOT NULL DEFAULT '',
			code TEXT NOT NULL DEFAULT '',
			sector TEXT NOT NULL DEFAULT '',
			PRIMARY KEY(event_id, role, ord)
		);
		CREATE INDEX event_actors_entity ON event_actors(entity_id, role, event_id);`
}

// eventRow is one record event ready to insert; actors name their record
// entity, resolved to a corpus id at insert time.
type eventRow struct {
	typ, mode, modality string
	day                 string // "" for none
	start, end          int
	trigger             string
	location, according string
	quote               int // ord of the quote it was stated in, -1 for none
	actors              []actorRow
}

type actorRow struct {
	role, local, name, code, sector string
}

// eventRows reads a record's events; articleDay is the day of events
// whose text gives no date.
func eventRows(rec *record.Record, articleDay string) []eventRow {
	quoteOrd := map[string]int{}
	for i, q := range rec.Quotes {
		if q.ID != "" {
			quoteOrd[q.ID] = i
		}
	}
	out := make([]eventRow, 0, len(rec.Events))
	for _, ev := range rec.Events {
		r := eventRow{typ: ev.Type, mode: ev.Mode, modality: ev.Modality, day: articleDay,
			start: ev.Evidence.Start, end: ev.Evidence.End, trigger: ev.Trigger.Text, quote: -1}
		if d := Day(string(ev.Date)); d != "" {
			r.day = d
		}
		if ev.Location != nil {
			r.location = ev.Location.Name
		}
		if ev.AccordingTo != nil {
			r.according = ev.AccordingTo.Name
		}
		if i, ok := quoteOrd[ev.Quote]; ok && ev.Quote != "" {
			r.quote = i
		}
		for _, a := range ev.Sources {
			r.actors = append(r.actors, actorRow{"source", a.Entity, a.Name, a.Code, a.Sector})
		}
		for _, a := range ev.Targets {
			r.actors = append(r.actors, actorRow{"target", a.Entity, a.Name, a.Code, a.Sector})
		}
		out = append(out, r)
	}
	return out
}

// putEvents inserts an article's events and their actors; resolve maps a
// record entity id to its corpus entity (false: none).
func putEvents(x execer, articleID int64, evs []eventRow, resolve func(local string) (int64, bool)) error {
	if len(evs) == 0 {
		return nil
	}
	args := make([]any, 0, 13*len(evs))
	for i, r := range evs {
		var day, quote any
		if r.day != "" {
			day = r.day
		}
		if r.quote >= 0 {
			quote = r.quote
		}
		args = append(args, articleID, i, r.typ, r.mode, r.modality, day, r.start, r.end, r.trigger, r.location, r.according, quote)
	}
	// RETURNING with the ord, since neither database promises the rows
	// come back in VALUES order.
	rows, err := x.query(`INSERT INTO events(article_id, ord, type, mode, modality, day, estart, eend, trigger_text, location, according_to, quote_ord)
		VALUES `+rowsOf(len(evs), 12)+` RETURNING id, ord`, args...)
	if err != nil {
		return err
	}
	ids := make([]int64, len(evs))
	for rows.Next() {
		var id int64
		var ord int
		if err := rows.Scan(&id, &ord); err != nil {
			rows.Close()
			return err
		}
		ids[ord] = id
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	args = args[:0]
	n := 0
	for i, r := range evs {
		for j, a := range r.actors {
			var entity any
			if a.local != "" {
				if id, ok := resolve(a.local); ok {
					entity = id
				}
			}
			args = append(args, ids[i], a.role, j, entity, a.name, a.code, a.sector)
			n++
		}
	}
	if n == 0 {
		return nil
	}
	return x.exec(`INSERT INTO event_actors(event_id, role, ord, entity_id, name, code, sector) VALUES `+rowsOf(n, 7), args...)
}

// fillEvents is migration 4's Go step: the events of the articles stored
// before it, read from their records, a batch of articles at a time (a
// transaction's connection cannot run inserts while it reads rows).
func fillEvents(x execer) error {
	var last int64
	for {
		type stored struct {
			id            int64
			day, rec, ids string
		}
		var batch []stored
		rows, err := x.query(`SELECT id, COALESCE(day, ''), record, entity_ids FROM articles WHERE id > ? ORDER BY id LIMIT 200`, last)
		if err != nil {
			return err
		}
		for rows.Next() {
			var a stored
			if err := rows.Scan(&a.id, &a.day, &a.rec, &a.ids); err != nil {
				rows.Close()
				return err
			}
			batch = append(batch, a)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(batch) == 0 {
			return nil
		}
		for _, a := range batch {
			last = a.id
			var rec record.Record
			if err := json.Unmarshal([]byte(a.rec), &rec); err != nil {
				return fmt.Errorf("events of article %d: bad record JSON: %w", a.id, err)
			}
			var local map[string]int64
			if err := json.Unmarshal([]byte(a.ids), &local); err != nil {
				return fmt.Errorf("events of article %d: bad entity ids: %w", a.id, err)
			}
			resolve := storedEntity(x, &rec, local)
			if err := putEvents(x, a.id, eventRows(&rec, a.day), resolve); err != nil {
				return fmt.Errorf("events of article %d: %w", a.id, err)
			}
		}
	}
}

// storedEntity resolves record entity ids of a stored article: through
// the entity_ids Put recorded, or, for articles stored before there was
// such a column, the way Put merges an entity (planEntities, findEntity).
func storedEntity(x execer, rec *record.Record, stored map[string]int64) func(string) (int64, bool) {
	entities, local := planEntities(rec)
	return func(id string) (int64, bool) {
		if eid, ok := stored[id]; ok {
			return eid, true
		}
		i, ok := local[id]
		if !ok {
			return 0, false
		}
		eid, err := findEntity(x, entities[i])
		return eid, err == nil && eid != 0
	}
}
