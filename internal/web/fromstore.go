package web

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"newsgraph/internal/store"
)

// FromStore adapts the corpus store to the pages' Data.
func FromStore(st store.Store) Data { return storeData{st} }

type storeData struct{ st store.Store }

// countCap is how many quotes of one article, or edges of a network, a
// page reads: the store's most per call. Searches count with the store's
// Count methods instead, so their totals have no cap.
const countCap = 1000

// entityListCap is how many quotes by, quotes about and events of an
// entity its page lists, newest first.
const entityListCap = 500

// entityTypes are offered as search filters, in this order: every type
// analyze keeps as an entity (package recognise), and CoNLL-2003's MISC
// for corpora tagged by a model trained on it.
var entityTypes = []string{"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "MISC"}

func id64(id string) (int64, error) {
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil || n <= 0 {
		return 0, ErrNotFound
	}
	return n, nil
}

func idString(n int64) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatInt(n, 10)
}

// translate turns the store's not-found and invalid-query errors into
// ours, so the handler can answer 404 and 400.
func translate(err error) error {
	switch {
	case errors.Is(err, store.ErrNotFound):
		return ErrNotFound
	case errors.Is(err, store.ErrInvalid):
		reason := strings.TrimPrefix(err.Error(), "store: ")
		return invalid{strings.TrimPrefix(reason, store.ErrInvalid.Error()+": ")}
	}
	return err
}

// invalid is an ErrInvalid whose text is only the reason, for the page.
type invalid struct{ reason string }

func (e invalid) Error() string        { return e.reason }
func (e invalid) Is(target error) bool { return target == ErrInvalid }

func (d storeData) Corpus(ctx context.Context) (*Corpus, error) {
	s, err := d.st.Stats(ctx, store.StatsQuery{Top: 15})
	if err != nil {
		return nil, err
	}
	c := &Corpus{Articles: s.Articles, Quotes: s.Quotes, Events: s.Events, Entities: s.Entities}
	for _, n := range s.Sources {
		c.Sources = append(c.Sources, NameCount(n))
	}
	for _, p := range s.PerDay {
		c.PerDay = append(c.PerDay, DayCount{Day: p.Day, Count: p.Count})
	}
	c.TopSpeakers = entityCounts(s.TopSpeakers)
	c.TopEntities = entityCounts(s.TopEntities)
	return c, nil
}

func entityCounts(in []store.EntityCount) []EntityRef {
	out := make([]EntityRef, 0, len(in))
	for _, e := range in {
		out = append(out, EntityRef{ID: idString(e.ID), Name: e.Name, Type: e.Type, Count: e.Count})
	}
	return out
}

func (d storeData) Search(ctx context.Context, q Query) (*Results, error) {
	limit := cmp0(q.Limit, 50)
	res := &Results{Types: entityTypes, Limit: limit}
	sources, err := d.st.Sources(ctx)
	if err != nil {
		return nil, err
	}
	for _, s := range sources {
		res.Sources = append(res.Sources, s.Name)
	}
	if q.Text == "" && q.From == "" && q.To == "" && q.Source == "" && q.Type == "" {
		return res, nil
	}

	arts, err := d.st.Articles(ctx, store.ArticleQuery{Text: q.Text, Since: q.From, Until: q.To, Source: q.Source, Limit: limit})
	if err != nil {
		return nil, translate(err)
	}
	res.TotalArticles = arts.Total
	for _, a := range arts.Articles {
		res.Articles = append(res.Articles, articleRef(a))
	}

	qq := store.QuoteQuery{Text: q.Text, Since: q.From, Until: q.To, Source: q.Source, Limit: limit}
	quotes, err := d.st.Quotes(ctx, qq)
	if err != nil {
		return nil, translate(err)
	}
	if res.TotalQuotes, err = d.st.CountQuotes(ctx, qq); err != nil {
		return nil, translate(err)
	}
	res.Quotes = quoteRefs(quotes)

	// Entities have no source or dates of their own: the date range
	// applies to the articles they are counted in.
	eq := store.EntityQuery{Name: q.Text, Type: q.Type, Since: q.From, Until: q.To, Limit: limit}
	ents, err := d.st.Entities(ctx, eq)
	if err != nil {
		return nil, translate(err)
	}
	if res.TotalEntities, err = d.st.CountEntities(ctx, eq); err != nil {
		return nil, translate(err)
	}
	for _, e := range ents {
		res.Entities = append(res.Entities, EntityRef{ID: idString(e.ID), Name: e.Name, Type: e.Type, Count: e.Mentions})
	}
	return res, nil
}

// articleRef is the article's ref. The store lists an article with no
// title of its own under the start of its first line.
func articleRef(a store.ArticleSummary) ArticleRef {
	return ArticleRef{ID: idString(a.ID), Title: a.Title, Source: a.Source, Published: a.Published, Snippet: a.Marked}
}

// quoteRefs lists quotes once per story: a wire story reprinted by many
// outlets carries the same quote in each copy, and the list shows the
// first and counts the others.
func quoteRefs(in []store.Quote) []QuoteRef {
	out := make([]QuoteRef, 0, len(in))
	seen := copies{}
	for _, q := range in {
		if i, dup := seen.of(q.StoryID, fmt.Sprint(q.SpeakerID, "\x00", q.Speaker, "\x00", sameText(q.Text)), len(out)); dup {
			out[i].Copies++
			continue
		}
		out = append(out, QuoteRef{Text: q.Text, Kind: q.Kind, SpeakerID: idString(q.SpeakerID), SpeakerName: q.Speaker,
			ArticleID: idString(q.ArticleID), ArticleTitle: q.ArticleTitle, Date: q.Day})
	}
	return out
}

// copies finds the earlier copy of an item in its story: key says what
// makes two items of one story the same.
type copies map[string]int

// of returns the index of the earlier copy, or records the item as index
// i; items outside any story (0) have no copies.
func (c copies) of(story int64, key string, i int) (int, bool) {
	if story == 0 {
		return 0, false
	}
	k := fmt.Sprint(story, "\x00", key)
	if j, ok := c[k]; ok {
		return j, true
	}
	c[k] = i
	return 0, false
}

// sameText folds case and white space, which copies of a story may not
// keep alike.
func sameText(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

func (d storeData) Article(ctx context.Context, id string) (*Article, error) {
	n, err := id64(id)
	if err != nil {
		return nil, err
	}
	a, err := d.st.Article(ctx, n)
	if err != nil {
		return nil, translate(err)
	}
	if a.Record == nil {
		return nil, fmt.Errorf("article %d has no record", n)
	}
	out := &Article{Record: a.Record, EntityIDs: map[string]string{}}
	if out.Record.ID == "" {
		out.Record.ID = id
	}
	if err := d.entityIDs(ctx, a, out.EntityIDs); err != nil {
		return nil, err
	}
	if a.StoryID != 0 {
		copies, err := d.st.Articles(ctx, store.ArticleQuery{Story: a.StoryID, Limit: 100})
		if err != nil {
			return nil, err
		}
		for _, c := range copies.Articles {
			if c.ID == a.ID {
				continue
			}
			out.Copies = append(out.Copies, articleRef(c))
		}
	}
	return out, nil
}

// entityIDs maps the record's entity ids to corpus entity ids: the
// mapping the store kept when it merged them (the API's entity_ids), the
// same links the API gives. Articles stored before the store kept it have
// it rebuilt: speakers from the stored quotes (same span), the other
// entities by looking up their name within their type and keeping a
// candidate whose normalised name is the same.
func (d storeData) entityIDs(ctx context.Context, a *store.Article, ids map[string]string) error {
	for rid, id := range a.EntityIDs {
		ids[rid] = idString(id)
	}
	rec := a.Record
	if len(rec.Entities) == 0 || len(a.EntityIDs) > 0 {
		return nil
	}
	quotes, err := d.st.Quotes(ctx, store.QuoteQuery{Article: a.ID, Limit: countCap})
	if err != nil {
		return err
	}
	for _, sq := range quotes {
		for _, rq := range rec.Quotes {
			if rq.Start == sq.Start && rq.End == sq.End && rq.Speaker != nil && rq.Speaker.Entity != "" && sq.SpeakerID != 0 {
				ids[rq.Speaker.Entity] = idString(sq.SpeakerID)
			}
		}
	}
	for _, e := range rec.Entities {
		if ids[e.ID] != "" || e.Name == "" {
			continue
		}
		cands, err := d.st.Entities(ctx, store.EntityQuery{Name: e.Name, Type: e.Type, Limit: 20})
		if errors.Is(err, store.ErrInvalid) {
			continue // a name too long to look up: left unlinked
		}
		if err != nil {
			return err
		}
		norm := store.NormalizeName(e.Name)
		for _, c := range cands {
			if store.NormalizeName(c.Name) == norm {
				ids[e.ID] = idString(c.ID)
				break
			}
		}
		if ids[e.ID] == "" && len(cands) == 1 {
			ids[e.ID] = idString(cands[0].ID)
		}
	}
	return nil
}

func (d storeData) Entity(ctx context.Context, id string) (*Entity, error) {
	n, err := id64(id)
	if err != nil {
		return nil, err
	}
	e, err := d.st.Entity(ctx, n, store.EntityQuery{Limit: entityListCap})
	if err != nil {
		return nil, translate(err)
	}
	out := &Entity{ID: id, Name: e.Name, Type: e.Type, Aliases: e.Aliases}
	out.Said, out.About = quoteRefs(e.QuotesBy), quoteRefs(e.QuotedIn)
	for _, r := range e.Roles {
		role := r.Title
		if r.Of != "" {
			role += " of " + r.Of
		}
		if !slices.Contains(out.Roles, role) {
			out.Roles = append(out.Roles, role)
		}
	}
	newestFirst := func(a, b QuoteRef) int { return -cmp.Compare(a.Date, b.Date) }
	slices.SortStableFunc(out.Said, newestFirst)
	slices.SortStableFunc(out.About, newestFirst)
	for _, c := range e.CoOccurs {
		out.With = append(out.With, EntityRef{ID: idString(c.ID), Name: c.Name, Type: c.Type, Count: c.Articles})
	}
	out.Timeline = timeline(e.PerDay, out.Said)
	out.Events = eventRefs(e.ID, e.Events)
	if out.SaidTotal, err = cutTotal(len(e.QuotesBy), func() (int, error) {
		return d.st.CountQuotes(ctx, store.QuoteQuery{SpeakerID: n})
	}); err != nil {
		return nil, err
	}
	if out.AboutTotal, err = cutTotal(len(e.QuotedIn), func() (int, error) {
		return d.st.CountQuotes(ctx, store.QuoteQuery{AboutID: n})
	}); err != nil {
		return nil, err
	}
	if out.EventsTotal, err = cutTotal(len(e.Events), func() (int, error) {
		return d.st.CountEvents(ctx, store.EventQuery{Entity: n})
	}); err != nil {
		return nil, err
	}
	return out, nil
}

// cutTotal counts a list's matches in all when the read stopped at
// entityListCap (read items), so the page can say the list is cut.
func cutTotal(read int, count func() (int, error)) (int, error) {
	if read < entityListCap {
		return 0, nil
	}
	return count()
}

// eventRefs sees each event from entity id: the side it is on and the
// actors of the other side (its co-actors when it is on both).
// Like quotes, an event reported in several copies of one story is
// listed once, with the number of other copies.
func eventRefs(id int64, evs []store.Event) []EventRef {
	out := make([]EventRef, 0, len(evs))
	seen := copies{}
	is := func(as []store.Actor) bool {
		return slices.ContainsFunc(as, func(a store.Actor) bool { return a.Entity != nil && a.Entity.ID == id })
	}
	for _, e := range evs {
		r := EventRef{Date: e.Day, Type: e.Type, Modality: e.Modality, Role: "source", Sentence: e.Sentence,
			ArticleID: idString(e.ArticleID), ArticleTitle: e.ArticleTitle}
		others := e.Targets
		if !is(e.Sources) && is(e.Targets) {
			r.Role, others = "target", e.Sources
		}
		for _, a := range others {
			ref := ActorRef{Name: a.Name}
			if a.Entity != nil {
				ref = ActorRef{ID: idString(a.Entity.ID), Name: a.Entity.Name, Type: a.Entity.Type}
			}
			if ref.ID != "" && ref.ID == idString(id) {
				continue
			}
			r.Others = append(r.Others, ref)
		}
		if i, dup := seen.of(e.StoryID, fmt.Sprint(r.Type, "\x00", r.Role, "\x00", r.Modality, "\x00", r.Others), len(out)); dup {
			out[i].Copies++
			continue
		}
		out = append(out, r)
	}
	return out
}

// timeline merges mentions per day with the entity's quotes per day.
func timeline(perDay []store.DayCount, said []QuoteRef) []DayCount {
	byDay := map[string]*DayCount{}
	var out []DayCount
	for _, p := range perDay {
		out = append(out, DayCount{Day: p.Day, Count: p.Count})
	}
	for i := range out {
		byDay[out[i].Day] = &out[i]
	}
	extra := map[string]int{}
	for _, q := range said {
		if q.Date == "" {
			continue
		}
		if d := byDay[q.Date]; d != nil {
			d.Quotes++
		} else {
			extra[q.Date]++
		}
	}
	for day, n := range extra {
		out = append(out, DayCount{Day: day, Quotes: n})
	}
	slices.SortFunc(out, func(a, b DayCount) int { return cmp.Compare(a.Day, b.Day) })
	return out
}

func (d storeData) Network(ctx context.Context, q NetworkQuery) (*Graph, error) {
	// The store filters the types: filtering its heaviest edges here
	// lost every edge of a rarer type.
	limit := cmp0(q.Limit, 300)
	edges, err := d.st.Network(ctx, store.NetworkQuery{Kind: q.Kind, Since: q.From, Until: q.To, Types: q.Types, Limit: limit})
	if err != nil {
		return nil, translate(err)
	}
	g := &Graph{Nodes: []Node{}, Edges: []Edge{}}
	at := map[int64]int{}
	node := func(r store.EntityRef, w int) {
		i, ok := at[r.ID]
		if !ok {
			i = len(g.Nodes)
			at[r.ID] = i
			g.Nodes = append(g.Nodes, Node{ID: idString(r.ID), Name: r.Name, Type: r.Type})
		}
		g.Nodes[i].Weight += w
	}
	for _, e := range edges { // heaviest first
		node(e.From, e.Weight)
		node(e.To, e.Weight)
		g.Edges = append(g.Edges, Edge{Source: idString(e.From.ID), Target: idString(e.To.ID), Weight: e.Weight})
	}
	return g, nil
}

func cmp0(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}
