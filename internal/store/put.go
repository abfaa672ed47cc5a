package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"newsgraph/internal/dedup"
	"newsgraph/internal/record"
)

// plan is everything Put derives from a record before touching the
// database, so the transaction stays short.
type plan struct {
	key, day   string
	recJSON    []byte
	sig        dedup.Signature
	bands      []int64
	entities   []planEntity   // sorted by (type, norm): a fixed lock order between concurrent writers
	local      map[string]int // record entity id → index in entities
	quotes     []planQuote
	quoteAbout [][]int // per quote: indexes into entities
	events     []eventRow
}

type planEntity struct {
	typ, norm, name string
	aliases         []planAlias // the name first, then record aliases
	mentions        int
	roles           []record.Role
}

// planAlias is one name of an entity: its merge key, text and search key.
type planAlias struct{ norm, text, key string }

type planQuote struct {
	q       record.Quote
	speaker int // index into entities, -1 when unresolved
	day     string
}

func makePlan(item Item) (*plan, error) {
	rec := item.Record
	if rec == nil {
		return nil, errors.New("store: Put without a record")
	}
	p := &plan{key: item.Key, day: Day(rec.Published)}
	if p.key == "" {
		p.key = KeyFor(rec.URL, rec.Text)
	}
	var err error
	if p.recJSON, err = json.Marshal(rec); err != nil {
		return nil, fmt.Errorf("store: encode record: %w", err)
	}
	p.sig = dedup.Sign(rec.Text)
	p.bands = dedup.BandKeys(p.sig)

	p.entities, p.local = planEntities(rec)

	for _, q := range rec.Quotes {
		pq := planQuote{q: q, speaker: -1, day: p.day}
		if q.Speaker != nil && q.Speaker.Entity != "" {
			if i, ok := p.local[q.Speaker.Entity]; ok {
				pq.speaker = i
			}
		}
		if d := Day(q.Date); d != "" {
			pq.day = d
		}
		p.quotes = append(p.quotes, pq)
		p.quoteAbout = append(p.quoteAbout, aboutEntities(rec, q, p.local, pq.speaker))
	}
	p.events = eventRows(rec, p.day)
	return p, nil
}

// planEntities groups a record's entities as Put stores them: local
// entities with the same (type, normalised name) become one, sorted by
// type and name; local maps each record entity id to its group.
func planEntities(rec *record.Record) (entities []planEntity, local map[string]int) {
	local = map[string]int{}
	byKey := map[[2]string]int{}
	localKey := map[string][2]string{}
	for _, e := range rec.Entities {
		typ := e.Type
		if typ == "" {
			typ = "MISC"
		}
		n := NormalizeName(e.Name)
		if n == "" {
			continue
		}
		k := [2]string{typ, n}
		i, ok := byKey[k]
		if !ok {
			i = len(entities)
			byKey[k] = i
			entities = append(entities, planEntity{typ: typ, norm: n, name: e.Name, aliases: []planAlias{{n, e.Name, storedSearchKey(e.Name)}}})
		}
		pe := &entities[i]
		pe.mentions += max(len(e.Mentions), 1)
		for _, a := range e.Aliases {
			if an := NormalizeName(a); an != "" {
				pe.aliases = append(pe.aliases, planAlias{an, a, storedSearchKey(a)})
			}
		}
		pe.roles = append(pe.roles, e.Roles...)
		if e.ID != "" {
			if _, dup := localKey[e.ID]; !dup {
				localKey[e.ID] = k
			}
		}
	}
	sort.SliceStable(entities, func(i, j int) bool {
		a, b := entities[i], entities[j]
		return a.typ < b.typ || a.typ == b.typ && a.norm < b.norm
	})
	index := map[[2]string]int{}
	for i, e := range entities {
		index[[2]string{e.typ, e.norm}] = i
	}
	for id, k := range localKey {
		local[id] = index[k]
	}

	return entities, local
}

// aboutEntities are the entities with a mention inside the quote's spans,
// other than its speaker.
func aboutEntities(rec *record.Record, q record.Quote, local map[string]int, speaker int) []int {
	spans := q.Spans
	if len(spans) == 0 {
		spans = [][2]int{{q.Start, q.End}}
	}
	seen := map[int]bool{}
	var out []int
	for _, e := range rec.Entities {
		i, ok := local[e.ID]
		if !ok || i == speaker || seen[i] {
			continue
		}
		for _, m := range e.Mentions {
			inside := false
			for _, s := range spans {
				if m.Start >= s[0] && m.End <= s[1] && m.End > m.Start {
					inside = true
					break
				}
			}
			if inside {
				seen[i] = true
				out = append(out, i)
				break
			}
		}
	}
	sort.Ints(out)
	return out
}

func (s *sqlStore) Put(ctx context.Context, item Item) (PutResult, error) {
	res, err := s.PutMany(ctx, []Item{item})
	if err != nil {
		return PutResult{}, err
	}
	return res[0], nil
}

// PutMany stores items in order. On SQLite, the one writer, they share
// one transaction: a commit rewrites every page the articles touched
// (full-text index, entity rows, totals), so committing once per batch
// saves most of that work. On PostgreSQL each item has its own
// transaction, as concurrent writers lock shared entity rows article by
// article in a fixed order and a batch would hold those locks across
// articles in no order at all.
func (s *sqlStore) PutMany(ctx context.Context, items []Item) ([]PutResult, error) {
	plans := make([]*plan, len(items))
	for i, it := range items {
		p, err := makePlan(it)
		if err != nil {
			return nil, &ItemError{Index: i, Key: it.Key, Err: err}
		}
		plans[i] = p
	}
	if !s.d.serialPuts {
		out := make([]PutResult, len(items))
		for i := range items {
			res, err := s.putTx(ctx, items[i:i+1], plans[i:i+1])
			if err != nil {
				var ie *ItemError
				if errors.As(err, &ie) {
					ie.Index = i
				}
				return nil, err
			}
			out[i] = res[0]
		}
		return out, nil
	}
	return s.putTx(ctx, items, plans)
}

// ItemError is the error of a PutMany whose item Index failed; none of
// the items of its transaction is stored.
type ItemError struct {
	Index int
	Key   string
	Err   error
}

func (e *ItemError) Error() string { return fmt.Sprintf("store: put %s: %v", e.Key, e.Err) }

func (e *ItemError) Unwrap() error { return e.Err }

// putTx stores items in one transaction, starting it again after a
// deadlock or serialisation failure.
func (s *sqlStore) putTx(ctx context.Context, items []Item, plans []*plan) ([]PutResult, error) {
	if s.d.serialPuts {
		s.putMu.Lock()
		defer s.putMu.Unlock()
	}
	for attempt := 0; ; attempt++ {
		res, err := s.tryPut(ctx, items, plans)
		if err != nil && s.d.retryable != nil && s.d.retryable(err) && attempt < 8 {
			time.Sleep(time.Duration(attempt+1) * 20 * time.Millisecond)
			continue
		}
		return res, err
	}
}

func (s *sqlStore) tryPut(ctx context.Context, items []Item, plans []*plan) ([]PutResult, error) {
	tx, err := s.wdb.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: begin: %w", err)
	}
	w := &wtx{ctx: ctx, tx: tx, s: s}
	defer w.prepareMissed() // deferred first, so it runs after Rollback
	defer tx.Rollback()
	out := make([]PutResult, len(items))
	for i := range items {
		if out[i], err = s.put(w, items[i], plans[i]); err != nil {
			return nil, &ItemError{Index: i, Key: plans[i].key, Err: err}
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("store: commit %d article(s): %w", len(items), err)
	}
	return out, nil
}

// put stores one article inside w's transaction.
func (s *sqlStore) put(w *wtx, item Item, p *plan) (PutResult, error) {
	rec := item.Record
	var res PutResult
	var day any
	if p.day != "" {
		day = p.day
	}
	err := w.queryRow(`INSERT INTO articles(key, url, title, source, published, day, text, record, origin, added, minhash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING id`,
		p.key, rec.URL, displayTitle(rec.Title, rec.Text), rec.Source, rec.Published, day, rec.Text, string(p.recJSON), item.Origin,
		time.Now().UTC().Format(time.RFC3339), p.sig.Bytes()).Scan(&res.ID)
	if errors.Is(err, sql.ErrNoRows) {
		// Already stored: by another process a moment ago, earlier in this
		// batch, or before. The conflict changed nothing, so the
		// transaction goes on.
		err = w.queryRow(`SELECT id, story_id FROM articles WHERE key = ?`, p.key).Scan(&res.ID, &res.StoryID)
		return res, err
	}
	if err != nil {
		return res, err
	}
	res.Added = true

	if res.StoryID, err = s.assignStory(w, res.ID, p); err != nil {
		return res, fmt.Errorf("story: %w", err)
	}
	ids, mentions, err := s.putEntities(w, res.ID, p)
	if err != nil {
		return res, fmt.Errorf("entities: %w", err)
	}
	entityIDs := map[string]int64{}
	for local, i := range p.local {
		entityIDs[local] = ids[i]
	}
	idsJSON, _ := json.Marshal(entityIDs)
	if err := w.exec(`UPDATE articles SET entity_ids = ? WHERE id = ?`, string(idsJSON), res.ID); err != nil {
		return res, fmt.Errorf("entity ids: %w", err)
	}
	if err := s.putQuotes(w, res.ID, p, ids); err != nil {
		return res, fmt.Errorf("quotes: %w", err)
	}
	// Actors resolve to corpus entities as quote speakers do: through the
	// record entity's place in the plan.
	resolve := func(local string) (int64, bool) {
		i, ok := p.local[local]
		if !ok {
			return 0, false
		}
		return ids[i], true
	}
	if err := putEvents(w, res.ID, p.events, resolve); err != nil {
		return res, fmt.Errorf("events: %w", err)
	}
	quotes := map[int64]int{}
	for _, pq := range p.quotes {
		if pq.speaker >= 0 {
			quotes[ids[pq.speaker]]++
		}
	}
	if err := s.addTotals(w, res.StoryID, mentions, quotes); err != nil {
		return res, fmt.Errorf("entity totals: %w", err)
	}
	if s.d.afterPut != nil {
		if err := s.d.afterPut(w, res.ID, displayTitle(rec.Title, rec.Text), rec.Text); err != nil {
			return res, fmt.Errorf("full-text index: %w", err)
		}
	}
	return res, nil
}

// assignStory puts the article in the story of its most similar stored
// article among those sharing an LSH band, or in a story of its own.
func (s *sqlStore) assignStory(w *wtx, id int64, p *plan) (int64, error) {
	story := id
	if len(p.bands) > 0 {
		rows, err := w.query(`SELECT DISTINCT a.id, a.story_id, a.minhash FROM lsh_bands b JOIN articles a ON a.id = b.article_id
			WHERE b.band_key IN (`+placeholders(len(p.bands))+`) AND a.id <> ?`, append(int64sToAny(p.bands), id)...)
		if err != nil {
			return 0, err
		}
		best := 0.0
		for rows.Next() {
			var cid, cstory int64
			var blob []byte
			if err := rows.Scan(&cid, &cstory, &blob); err != nil {
				rows.Close()
				return 0, err
			}
			sig, err := dedup.Decode(blob)
			if err != nil {
				continue
			}
			sim := dedup.Similarity(p.sig, sig)
			if sim >= dedup.Threshold && (sim > best || sim == best && cstory < story) {
				best, story = sim, cstory
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return 0, err
		}
		args := make([]any, 0, 2*len(p.bands))
		for _, k := range p.bands {
			args = append(args, k, id)
		}
		if err := w.exec(`INSERT INTO lsh_bands(band_key, article_id) VALUES `+rowsOf(len(p.bands), 2), args...); err != nil {
			return 0, err
		}
	}
	err := w.exec(`UPDATE articles SET story_id = ? WHERE id = ?`, story, id)
	return story, err
}

// putEntities merges the article's entities into the corpus: an entity is
// found by its (type, normalised name), else by that name or one of its
// aliases as a known alias, else created. It returns corpus ids in plan
// order.
func (s *sqlStore) putEntities(w *wtx, articleID int64, p *plan) ([]int64, map[int64]int, error) {
	ids := make([]int64, len(p.entities))
	for i, e := range p.entities {
		id, err := findEntity(w, e)
		if err != nil {
			return nil, nil, err
		}
		if id == 0 {
			if err := w.exec(`INSERT INTO entities(type, norm, name) VALUES (?, ?, ?) ON CONFLICT (type, norm) DO NOTHING`, e.typ, e.norm, e.name); err != nil {
				return nil, nil, err
			}
			if err := w.queryRow(`SELECT id FROM entities WHERE type = ? AND norm = ?`, e.typ, e.norm).Scan(&id); err != nil {
				return nil, nil, err
			}
		}
		ids[i] = id
		var args []any
		seen := map[string]bool{}
		for _, a := range e.aliases {
			if !seen[a.norm] {
				seen[a.norm] = true
				args = append(args, e.typ, a.norm, a.text, id, a.key)
			}
		}
		if err := w.exec(`INSERT INTO entity_aliases(type, norm, alias, entity_id, search_key) VALUES `+rowsOf(len(args)/5, 5)+` ON CONFLICT (type, norm) DO NOTHING`, args...); err != nil {
			return nil, nil, err
		}
		for _, r := range e.roles {
			if r.Title == "" {
				continue
			}
			if err := w.exec(`INSERT INTO entity_roles(entity_id, title, of_name, article_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`, id, r.Title, r.Of, articleID); err != nil {
				return nil, nil, err
			}
		}
	}
	// Two plan entities can merge into one corpus entity through an alias.
	mentions := map[int64]int{}
	var order []int64
	for i, id := range ids {
		if _, ok := mentions[id]; !ok {
			order = append(order, id)
		}
		mentions[id] += p.entities[i].mentions
	}
	if len(order) > 0 {
		// One statement for all rows: a round trip each was a good part
		// of Put's time against PostgreSQL.
		args := make([]any, 0, 3*len(order))
		for _, id := range order {
			args = append(args, articleID, id, mentions[id])
		}
		if err := w.exec(`INSERT INTO article_entities(article_id, entity_id, mentions) VALUES `+rowsOf(len(order), 3), args...); err != nil {
			return nil, nil, err
		}
	}
	return ids, mentions, nil
}

// findEntity returns the corpus entity e merges with (0: none yet): the
// one of its type and name, else the first of its names known as an
// alias.
func findEntity(w execer, e planEntity) (int64, error) {
	var id int64
	err := w.queryRow(`SELECT id FROM entities WHERE type = ? AND norm = ?`, e.typ, e.norm).Scan(&id)
	if err == nil || !errors.Is(err, sql.ErrNoRows) {
		return id, err
	}
	// One query for all the names; the first of them that is known wins.
	// A fully named person's one-word alias is a surname, which many
	// people share ("Tim Howard", "Michael Howard"): it must not join them.
	// An article that only says "Rouhani" still joins the one who claimed
	// that surname first.
	fullName := e.typ == "PERSON" && strings.Contains(e.norm, " ")
	aliases := e.aliases[:0:0]
	for _, a := range e.aliases {
		if !fullName || strings.Contains(a.norm, " ") {
			aliases = append(aliases, a)
		}
	}
	if len(aliases) == 0 {
		return 0, nil
	}
	e.aliases = aliases
	args := []any{e.typ}
	for _, a := range e.aliases {
		args = append(args, a.norm)
	}
	rows, err := w.query(`SELECT norm, entity_id FROM entity_aliases WHERE type = ? AND norm IN (`+placeholders(len(e.aliases))+`)`, args...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	known := map[string]int64{}
	for rows.Next() {
		var n string
		var eid int64
		if err := rows.Scan(&n, &eid); err != nil {
			return 0, err
		}
		known[n] = eid
	}
	if err := rows.Err(); err != nil {
		return 0, err
	}
	for _, a := range e.aliases {
		if eid, ok := known[a.norm]; ok {
			return eid, nil
		}
	}
	return 0, nil
}

func (s *sqlStore) putQuotes(w *wtx, articleID int64, p *plan, ids []int64) error {
	var about []any // (quote id, entity id) pairs, inserted at the end in one statement
	for i, pq := range p.quotes {
		var speaker any
		name := ""
		if pq.q.Speaker != nil {
			name = pq.q.Speaker.Name
		}
		if pq.speaker >= 0 {
			speaker = ids[pq.speaker]
		}
		var day any
		if pq.day != "" {
			day = pq.day
		}
		var qid int64
		err := w.queryRow(`INSERT INTO quotes(article_id, ord, speaker_id, speaker_name, speaker_norm, speaker_key, text, kind, day, qstart, qend)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			articleID, i, speaker, name, NormalizeName(name), storedSearchKey(name), pq.q.Text, pq.q.Kind, day, pq.q.Start, pq.q.End).Scan(&qid)
		if err != nil {
			return err
		}
		seen := map[int64]bool{}
		for _, ei := range p.quoteAbout[i] {
			eid := ids[ei]
			if seen[eid] || pq.speaker >= 0 && eid == ids[pq.speaker] {
				continue
			}
			seen[eid] = true
			about = append(about, qid, eid)
		}
	}
	if len(about) == 0 {
		return nil
	}
	return w.exec(`INSERT INTO quote_about(quote_id, entity_id) VALUES `+rowsOf(len(about)/2, 2), about...)
}

func (s *sqlStore) Has(ctx context.Context, key string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT COUNT(*) FROM articles WHERE key = ?`), key).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("store: %s: %w", s.where, err)
	}
	return n > 0, nil
}

// rowsOf is the VALUES list for n rows of width placeholders each:
// "(?, ?), (?, ?)".
func rowsOf(n, width int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", width), ", ") + ")"
	return strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
}

func placeholders(n int) string {
	b := make([]byte, 0, 2*n)
	for i := range n {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '?')
	}
	return string(b)
}

func int64sToAny(v []int64) []any {
	out := make([]any, len(v))
	for i, x := range v {
		out[i] = x
	}
	return out
}
