package web

import (
	"context"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"newsgraph/internal/record"
	"newsgraph/internal/store"
)

// builder makes hand-annotated records for tests, finding each span by its
// text so fixtures stay readable; offsets come out in code points.
type builder struct {
	t   *testing.T
	rec *record.Record
}

func newRecord(t *testing.T, id, title, source, published, text string) *builder {
	return &builder{t: t, rec: &record.Record{ID: id, Title: title, Source: source, Published: published,
		URL: "https://example.test/" + id, TimeZone: "Asia/Jerusalem", Text: text}}
}

// find returns the code point span of s in the text: its first
// occurrence, or with "#n" appended its nth (counting from 0).
func (b *builder) find(s string) (int, int) {
	b.t.Helper()
	nth := 0
	if base, n, ok := strings.Cut(s, "#"); ok {
		s = base
		fmt.Sscan(n, &nth)
	}
	from := 0
	for i := 0; ; i++ {
		j := strings.Index(b.rec.Text[from:], s)
		if j < 0 {
			b.t.Fatalf("%q (#%d) not in the text of %s", s, nth, b.rec.ID)
		}
		if i == nth {
			start := utf8.RuneCountInString(b.rec.Text[:from+j])
			return start, start + utf8.RuneCountInString(s)
		}
		from += j + len(s)
	}
}

// entity adds an entity with one mention per surface form (first
// occurrence each; "Name#2" for the third occurrence and so on).
func (b *builder) entity(id, name, typ string, surfaces ...string) *builder {
	e := record.Entity{ID: id, Name: name, Type: typ, Aliases: []string{}, Roles: []record.Role{}}
	for _, s := range surfaces {
		start, end := b.find(s)
		text, _, _ := strings.Cut(s, "#")
		e.Mentions = append(e.Mentions, record.Mention{Start: start, End: end, Text: text})
	}
	b.rec.Entities = append(b.rec.Entities, e)
	return b
}

func (b *builder) role(entity, title, of string) *builder {
	for i := range b.rec.Entities {
		if b.rec.Entities[i].ID == entity {
			b.rec.Entities[i].Roles = append(b.rec.Entities[i].Roles, record.Role{Title: title, Of: of})
		}
	}
	return b
}

// quote adds a quote of text said by the speaker entity, whose mention is
// speakerText, on date.
func (b *builder) quote(text, kind, speaker, speakerText, date string) *builder {
	start, end := b.find(text)
	q := record.Quote{ID: fmt.Sprintf("q%d", len(b.rec.Quotes)+1), Text: text, Start: start, End: end,
		Spans: [][2]int{{start, end}}, Kind: kind, Date: date}
	if speaker != "" {
		name := speaker
		for _, e := range b.rec.Entities {
			if e.ID == speaker {
				name = e.Name
			}
		}
		ms, me := b.find(speakerText)
		q.Speaker = &record.Speaker{Entity: speaker, Name: name, Mention: &record.Mention{Start: ms, End: me}}
	}
	b.rec.Quotes = append(b.rec.Quotes, q)
	return b
}

func (b *builder) date(text, value string) *builder {
	start, end := b.find(text)
	b.rec.Dates = append(b.rec.Dates, record.Date{Text: text, Start: start, End: end, Value: value, Grain: "day"})
	return b
}

// Fixture articles. The people and places are invented.
var (
	harbourText = "Mayor Ada Lind said on Monday that “the harbour <will> reopen & stay open.”\n\n" +
		"Lind spoke in Port Aster after talks with the Coastal Union.\n\n" +
		"\"We will not let Port Aster down,\" Lind said. The Coastal Union said the talks went well."
	hostileText = `Hacker Eve Stone said "<script>window.__pwned=1</script> is a test" in Nowhere.` + "\n\n" +
		`<img src=x onerror="window.__pwned=1"> and <a href="javascript:window.__pwned=1">click</a> and <svg onload="window.__pwned=1">.`
)

func fixtureRecords(t *testing.T) []*record.Record {
	harbour := newRecord(t, "harbour", "Harbour to reopen, mayor says", "Aster Gazette", "2024-03-04T09:30:00+02:00", harbourText).
		entity("e1", "Ada Lind", "PERSON", "Ada Lind", "Lind#1", "Lind#2").
		entity("e2", "Port Aster", "GPE", "Port Aster", "Port Aster#1").
		entity("e3", "Coastal Union", "ORG", "Coastal Union", "Coastal Union#1").
		role("e1", "Mayor", "Port Aster").
		quote("the harbour <will> reopen & stay open.", "direct", "e1", "Ada Lind", "2024-03-04").
		quote("We will not let Port Aster down,", "direct", "e1", "Lind#2", "2024-03-04").
		quote("the talks went well", "indirect", "e3", "Coastal Union#1", "2024-03-04").
		date("Monday", "2024-03-04")
	start, end := harbour.find("talks")
	es, ee := harbour.find("Lind spoke in Port Aster after talks with the Coastal Union.")
	ps, pe := harbour.find("The Coastal Union said the talks went well.")
	// Ada Lind acts in one event (CONSULT) and is acted on in the other
	// (SUPPORT, undated: its day is the article's).
	harbour.rec.Events = []record.Event{{ID: "v1", Type: "CONSULT", Date: "2024-03-04", Modality: "asserted",
		Sources: []record.Actor{{Entity: "e1", Name: "Ada Lind"}}, Targets: []record.Actor{{Entity: "e3", Name: "Coastal Union"}},
		Location: &record.Source{Entity: "e2", Name: "Port Aster"}, Trigger: record.Mention{Start: start, End: end, Text: "talks"},
		Evidence: record.Mention{Start: es, End: ee}},
		{ID: "v2", Type: "SUPPORT", Modality: "reported", Sources: []record.Actor{{Entity: "e3", Name: "Coastal Union"}},
			Targets: []record.Actor{{Entity: "e1", Name: "Ada Lind"}}, Evidence: record.Mention{Start: ps, End: pe}}}
	harbour.rec.Metadata = record.Metadata{Captions: []string{"The harbour at dawn <b>"}, Credits: []string{"Photo: J. Doe"},
		Notes: []string{"Updated at noon."}, Publisher: "Gazette Media"}

	copyRec := newRecord(t, "harbour-copy", "Harbour to reopen", "Wire Weekly", "2024-03-05T08:00:00Z", harbourText).
		entity("e1", "Ada Lind", "PERSON", "Ada Lind", "Lind#1").
		entity("e2", "Port Aster", "GPE", "Port Aster").
		quote("the harbour <will> reopen & stay open.", "direct", "e1", "Ada Lind", "2024-03-04")

	hostile := newRecord(t, "hostile", `<script>window.__pwned=1</script>Evil <img src=x onerror=window.__pwned=1>`,
		`<b onmouseover="window.__pwned=1">Bad Source</b>`, "2024-03-06", hostileText).
		entity("e1", `Eve Stone<script>window.__pwned=1</script>`, "PERSON", "Eve Stone").
		entity("e2", "Nowhere", "GPE", "Nowhere").
		quote(`<script>window.__pwned=1</script> is a test`, "direct", "e1", "Eve Stone", "2024-03-06")
	hostile.rec.URL = "javascript:window.__pwned=1"
	hs, he := hostile.find(`<img src=x onerror="window.__pwned=1"> and <a href="javascript:window.__pwned=1">click</a>`)
	hostile.rec.Events = []record.Event{{ID: "v1", Type: "THREATEN", Modality: "claimed", Evidence: record.Mention{Start: hs, End: he},
		Sources: []record.Actor{{Entity: "e1", Name: "Eve Stone"}}, Targets: []record.Actor{{Name: `<svg onload="window.__pwned=1">`}}}}
	hostile.rec.Metadata.Captions = []string{`<img src=x onerror="window.__pwned=1">`}
	return []*record.Record{harbour.rec, copyRec.rec, hostile.rec}
}

// openStore opens a fresh SQLite store in a temp dir holding recs, and
// returns it with the store ids of the records in order.
func openStore(t testing.TB, recs ...*record.Record) (store.Store, []int64) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var ids []int64
	for _, r := range recs {
		res, err := st.Put(ctx, store.Item{Record: r})
		if err != nil {
			t.Fatalf("put %s: %v", r.ID, err)
		}
		ids = append(ids, res.ID)
	}
	return st, ids
}

// fixtureServer serves the UI over the fixture articles.
func fixtureServer(t *testing.T) (*httptest.Server, []int64) {
	st, ids := openStore(t, fixtureRecords(t)...)
	srv := httptest.NewServer(Handler(st))
	t.Cleanup(srv.Close)
	return srv, ids
}
