package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"newsgraph/internal/record"
	"newsgraph/internal/storetest"
)

// backends are the stores the conformance suite runs against. PostgreSQL
// runs when DATABASE_URL is set (scripts/with-postgres.sh sets it); each
// test gets a schema of its own, dropped afterwards.
func backends(t *testing.T) map[string]func(t *testing.T) Store {
	return map[string]func(t *testing.T) Store{
		"sqlite": func(t *testing.T) Store {
			s, err := OpenSQLite(context.Background(), t.TempDir()+"/test.db")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		},
		"postgres": func(t *testing.T) Store { return openTestPostgres(t) },
	}
}

func openTestPostgres(t testing.TB) Store {
	s, err := OpenPostgres(context.Background(), storetest.PostgresDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// forEach runs test against every backend.
func forEach(t *testing.T, test func(t *testing.T, s Store)) {
	for name, open := range backends(t) {
		t.Run(name, func(t *testing.T) { test(t, open(t)) })
	}
}

// ent describes an entity for art: every occurrence of each surface form
// in the text becomes a mention.
type ent struct {
	id, typ, name string
	aliases       []string
	forms         []string // surface forms; the name when empty
	roles         []record.Role
}

// quo describes a quote for art: text must occur in the article text.
type quo struct {
	text, speaker, kind, date string // speaker: an ent id
}

// art builds a record by hand with code point offsets.
func art(url, source, published, text string, ents []ent, quotes []quo) *record.Record {
	r := &record.Record{ID: url, URL: url, Source: source, Published: published, Text: text,
		Title: strings.SplitN(text, ".", 2)[0]}
	names := map[string]string{}
	for _, e := range ents {
		re := record.Entity{ID: e.id, Name: e.name, Type: e.typ, Aliases: e.aliases, Roles: e.roles}
		forms := e.forms
		if len(forms) == 0 {
			forms = []string{e.name}
		}
		for _, f := range forms {
			for from := 0; ; {
				i := strings.Index(text[from:], f)
				if i < 0 {
					break
				}
				b := from + i
				start := len([]rune(text[:b]))
				end := start + len([]rune(f))
				from = b + len(f)
				overlaps := false
				for _, m := range re.Mentions {
					if start < m.End && m.Start < end {
						overlaps = true
					}
				}
				if !overlaps {
					re.Mentions = append(re.Mentions, record.Mention{Start: start, End: end, Text: f})
				}
			}
		}
		names[e.id] = e.name
		r.Entities = append(r.Entities, re)
	}
	for i, q := range quotes {
		b := strings.Index(text, q.text)
		if b < 0 {
			panic("quote not in text: " + q.text)
		}
		start := len([]rune(text[:b]))
		end := start + len([]rune(q.text))
		kind := q.kind
		if kind == "" {
			kind = "direct"
		}
		rq := record.Quote{ID: fmt.Sprintf("q%d", i+1), Text: q.text, Start: start, End: end, Spans: [][2]int{{start, end}}, Kind: kind, Date: q.date}
		if q.speaker != "" {
			rq.Speaker = &record.Speaker{Entity: q.speaker, Name: names[q.speaker]}
		}
		r.Quotes = append(r.Quotes, rq)
	}
	return r
}

// corpus is a small hand-written corpus used by several tests.
func corpus() []*record.Record {
	rouhani := ent{id: "e1", typ: "PERSON", name: "Hassan Rouhani", aliases: []string{"Rouhani"}, forms: []string{"Hassan Rouhani", "Rouhani"},
		roles: []record.Role{{Title: "President", Of: "Iran"}}}
	return []*record.Record{
		art("https://example.com/a1", "Tehran Times", "2018-09-20T10:00:00+03:30",
			`Iran rejects talks. Hassan Rouhani said on Thursday that "America cannot dictate terms to the Iranian nation." Rouhani spoke in Tehran.`,
			[]ent{rouhani, {id: "e2", typ: "GPE", name: "America"}, {id: "e3", typ: "GPE", name: "Tehran"}},
			[]quo{{text: "America cannot dictate terms to the Iranian nation.", speaker: "e1"}}),
		art("https://example.com/a2", "Gulf Daily", "2018-09-25",
			`Sanctions bite in Tehran. Rouhani told parliament that "sanctions against Iran will fail." The White House declined to comment.`,
			[]ent{{id: "x1", typ: "PERSON", name: "Rouhani"}, {id: "x2", typ: "GPE", name: "Iran"}, {id: "x3", typ: "ORG", name: "The White House"}, {id: "x4", typ: "GPE", name: "Tehran"}},
			[]quo{{text: "sanctions against Iran will fail.", speaker: "x1"}}),
		art("", "Wire", "2018-10-02",
			`Markets steady. White House spokeswoman Sarah Sanders said "the economy is strong and getting stronger every single day."`,
			[]ent{{id: "m1", typ: "ORG", name: "White House"}, {id: "m2", typ: "PERSON", name: "Sarah Sanders"}},
			[]quo{{text: "the economy is strong and getting stronger every single day.", speaker: "m2"}}),
	}
}

func putAll(t *testing.T, s Store, recs ...*record.Record) []PutResult {
	t.Helper()
	var out []PutResult
	for _, r := range recs {
		res, err := s.Put(context.Background(), Item{Record: r, Origin: "test"})
		if err != nil {
			t.Fatalf("Put(%s): %v", r.URL, err)
		}
		out = append(out, res)
	}
	return out
}

func TestPutAndFetchRecord(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		recs := corpus()
		res := putAll(t, s, recs...)
		for i, r := range res {
			if !r.Added || r.ID == 0 {
				t.Fatalf("Put %d: %+v, want a new article", i, r)
			}
		}
		a, err := s.Article(ctx, res[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a.Record, recs[0]) {
			t.Errorf("record changed on the way through the store:\ngot  %+v\nwant %+v", a.Record, recs[0])
		}
		if a.Day != "2018-09-20" || a.Source != "Tehran Times" || a.Origin != "test" || a.Key != "url:https://example.com/a1" {
			t.Errorf("article fields: %+v", a.ArticleSummary)
		}
		ents, _ := s.Entities(ctx, EntityQuery{Name: "Rouhani"})
		if len(ents) != 1 || a.EntityIDs["e1"] != ents[0].ID || len(a.EntityIDs) != 3 {
			t.Errorf("entity ids = %v, want e1 → Rouhani's id (%+v) and 3 in all", a.EntityIDs, ents)
		}
		if ok, _ := s.Has(ctx, "url:https://example.com/a1"); !ok {
			t.Errorf("Has(stored key) = false")
		}
		if ok, _ := s.Has(ctx, "url:https://example.com/zzz"); ok {
			t.Errorf("Has(unknown key) = true")
		}
		if _, err := s.Article(ctx, 999999); !errors.Is(err, ErrNotFound) {
			t.Errorf("Article(missing) error = %v, want ErrNotFound", err)
		}
		if _, err := s.Entity(ctx, 999999, EntityQuery{}); !errors.Is(err, ErrNotFound) {
			t.Errorf("Entity(missing) error = %v, want ErrNotFound", err)
		}
	})
}

func TestNothingDoubled(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		putAll(t, s, corpus()...)
		// Same sources again: nothing new.
		for _, r := range putAll(t, s, corpus()...) {
			if r.Added {
				t.Errorf("re-ingest added article %d", r.ID)
			}
		}
		// Same URL, different text (a fragment, an updated page): same article.
		again := art("https://EXAMPLE.com/a1#comments", "Tehran Times", "", "Updated text of the page.", nil, nil)
		if r := putAll(t, s, again)[0]; r.Added {
			t.Errorf("same URL stored twice")
		}
		// No URL: identity is the text, whitespace normalised.
		c := corpus()[2]
		c.Text = "  " + strings.ReplaceAll(c.Text, " ", "\n ")
		c.Quotes, c.Entities = nil, nil
		if r := putAll(t, s, c)[0]; r.Added {
			t.Errorf("same text without URL stored twice")
		}
		st, err := s.Stats(ctx, StatsQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if st.Articles != 3 || st.Quotes != 3 {
			t.Errorf("after re-ingest: %d articles, %d quotes; want 3, 3", st.Articles, st.Quotes)
		}
	})
}

func TestConcurrentPutsStoreEachOnce(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		var wg sync.WaitGroup
		var mu sync.Mutex
		added := 0
		for w := 0; w < 6; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for _, r := range corpus() {
					res, err := s.Put(context.Background(), Item{Record: r})
					if err != nil {
						t.Error(err)
						return
					}
					if res.Added {
						mu.Lock()
						added++
						mu.Unlock()
					}
				}
			}()
		}
		wg.Wait()
		st, err := s.Stats(context.Background(), StatsQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if added != 3 || st.Articles != 3 {
			t.Errorf("6 writers × 3 articles: added %d, stored %d; want 3 and 3", added, st.Articles)
		}
		ents, _ := s.Entities(context.Background(), EntityQuery{Name: "Rouhani"})
		if len(ents) != 1 {
			t.Errorf("concurrent writers made %d Rouhani entities, want 1", len(ents))
		}
		assertTotalsMatch(t, s)
	})
}

func TestFullTextSearch(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		putAll(t, s, corpus()...)
		tests := []struct {
			q    ArticleQuery
			want []string // URLs, or "" for the URL-less article, in order
		}{
			{ArticleQuery{Text: "sanctions"}, []string{"https://example.com/a2"}},
			{ArticleQuery{Text: "parliament sanctions"}, []string{"https://example.com/a2"}},
			{ArticleQuery{Text: `"dictate terms"`}, []string{"https://example.com/a1"}},
			{ArticleQuery{Text: `"terms dictate"`}, nil},
			{ArticleQuery{Text: "Tehran"}, []string{"https://example.com/a2", "https://example.com/a1"}}, // title match ranks first
			{ArticleQuery{Text: "Tehran", Until: "2018-09-21"}, []string{"https://example.com/a1"}},
			{ArticleQuery{Text: "Tehran", Source: "Gulf Daily"}, []string{"https://example.com/a2"}},
			{ArticleQuery{Since: "2018-09-21"}, []string{"", "https://example.com/a2"}}, // newest first
			{ArticleQuery{Text: "economies"}, []string{""}},                             // stemmed
			{ArticleQuery{Text: "U.S. -- (weird) input:"}, nil},                         // no syntax error
		}
		for _, tt := range tests {
			page, err := s.Articles(ctx, tt.q)
			if err != nil {
				t.Errorf("Articles(%+v): %v", tt.q, err)
				continue
			}
			var got []string
			for _, a := range page.Articles {
				got = append(got, a.URL)
			}
			if !reflect.DeepEqual(got, tt.want) || page.Total != len(tt.want) {
				t.Errorf("Articles(%+v) = %q (total %d), want %q", tt.q, got, page.Total, tt.want)
			}
		}
		page, _ := s.Articles(ctx, ArticleQuery{Text: "sanctions"})
		if len(page.Articles) == 1 && !strings.Contains(page.Articles[0].Snippet, "«") {
			t.Errorf("snippet %q does not mark the match", page.Articles[0].Snippet)
		}
		if len(page.Articles) == 1 && !strings.Contains(page.Articles[0].Marked, SnippetOpen+"sanctions"+SnippetClose) {
			t.Errorf("marked snippet %q does not mark the match", page.Articles[0].Marked)
		}
		if _, err := s.Articles(ctx, ArticleQuery{Since: "yesterday"}); err == nil {
			t.Errorf("bad date accepted")
		}
	})
}

func TestEntitiesMerge(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		putAll(t, s, corpus()...)
		people, err := s.Entities(ctx, EntityQuery{Type: "PERSON"})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]EntitySummary{}
		for _, e := range people {
			got[e.Name] = e
		}
		if len(people) != 2 {
			t.Errorf("PERSON entities = %+v, want Hassan Rouhani and Sarah Sanders", people)
		}
		r := got["Hassan Rouhani"]
		if r.Articles != 2 || r.Mentions != 3 || r.Quotes != 2 {
			t.Errorf("Rouhani merged across articles = %+v, want 2 articles, 3 mentions, 2 quotes", r)
		}
		if people[0].Name != "Hassan Rouhani" {
			t.Errorf("most-mentioned person first: got %s", people[0].Name)
		}
		orgs, _ := s.Entities(ctx, EntityQuery{Type: "ORG"})
		if len(orgs) != 1 || orgs[0].Articles != 2 {
			t.Errorf(`"The White House" and "White House" = %+v, want one ORG in 2 articles`, orgs)
		}
		gpe, _ := s.Entities(ctx, EntityQuery{Type: "GPE", Sort: "name"})
		var names []string
		for _, e := range gpe {
			names = append(names, e.Name)
		}
		if !reflect.DeepEqual(names, []string{"America", "Iran", "Tehran"}) {
			t.Errorf("GPE by name = %v", names)
		}
		byName, _ := s.Entities(ctx, EntityQuery{Name: "rouhani"})
		if len(byName) != 1 || byName[0].ID != r.ID {
			t.Errorf("Entities(Name: rouhani) = %+v", byName)
		}
		if none, _ := s.Entities(ctx, EntityQuery{Name: "rouh"}); len(none) != 0 {
			t.Errorf("name match is by whole words, got %+v for rouh", none)
		}
		inRange, _ := s.Entities(ctx, EntityQuery{Type: "PERSON", Until: "2018-09-21"})
		if len(inRange) != 1 || inRange[0].Articles != 1 || inRange[0].Quotes != 1 {
			t.Errorf("Entities until 2018-09-21 = %+v, want Rouhani with 1 article, 1 quote", inRange)
		}
		if _, err := s.Entities(ctx, EntityQuery{Sort: "bogus"}); err == nil {
			t.Errorf("unknown sort accepted")
		}

		d, err := s.Entity(ctx, r.ID, EntityQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(d.Aliases, []string{"Rouhani"}) {
			t.Errorf("aliases = %q", d.Aliases)
		}
		if len(d.Roles) != 1 || d.Roles[0] != (Role{Title: "President", Of: "Iran", Articles: 1}) {
			t.Errorf("roles = %+v", d.Roles)
		}
		if len(d.QuotesBy) != 2 || d.Quotes != 2 {
			t.Errorf("his quotes = %d %+v", d.Quotes, d.QuotesBy)
		}
		wantDays := []DayCount{{"2018-09-20", 2}, {"2018-09-25", 1}} // mentions, not articles: 3 in all
		if !reflect.DeepEqual(d.PerDay, wantDays) {
			t.Errorf("per day = %+v, want %+v", d.PerDay, wantDays)
		}
		co := map[string]int{}
		for _, c := range d.CoOccurs {
			co[c.Name] = c.Articles
		}
		if co["Tehran"] != 2 || co["America"] != 1 || co["Iran"] != 1 || len(co) != 4 {
			t.Errorf("co-occurring = %v", co)
		}
		var america int64
		for _, e := range gpe {
			if e.Name == "America" {
				america = e.ID
			}
		}
		ad, _ := s.Entity(ctx, america, EntityQuery{})
		if len(ad.QuotedIn) != 1 || ad.QuotedIn[0].SpeakerID != r.ID {
			t.Errorf("quotes mentioning America = %+v", ad.QuotedIn)
		}
	})
}

func TestQuoteQueries(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		putAll(t, s, corpus()...)
		tests := []struct {
			query string
			want  []string // first word of each quote, in order
		}{
			{`speaker:Rouhani`, []string{"sanctions", "America"}},
			{`speaker:"Hassan Rouhani"`, []string{"sanctions", "America"}},
			{`speaker:Rouhani about:America`, []string{"America"}},
			{`about:Iran`, []string{"sanctions"}},
			{`speaker:Rouhani since:2018-09-21`, []string{"sanctions"}},
			{`since:2018-09 until:2018-09`, []string{"sanctions", "America"}},
			{`economy`, []string{"the"}},
			{`"dictate terms" speaker:Rouhani`, []string{"America"}},
			{`speaker:Sanders source:Wire`, []string{"the"}},
			{`speaker:Sanders source:Gulf`, nil},
			{`speaker:Nobody`, nil},
		}
		for _, tt := range tests {
			q, err := ParseQuoteQuery(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			quotes, err := s.Quotes(ctx, q)
			if err != nil {
				t.Errorf("Quotes(%s): %v", tt.query, err)
				continue
			}
			var got []string
			for _, x := range quotes {
				got = append(got, strings.Fields(x.Text)[0])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Quotes(%s) = %q, want %q", tt.query, got, tt.want)
			}
			q.Limit = 1 // the count ignores the page
			if n, err := s.CountQuotes(ctx, q); err != nil || n != len(tt.want) {
				t.Errorf("CountQuotes(%s) = %d, %v; want %d", tt.query, n, err, len(tt.want))
			}
		}
		qs, _ := s.Quotes(ctx, QuoteQuery{Speaker: "Rouhani", About: "America"})
		if len(qs) == 1 {
			q := qs[0]
			if q.Speaker != "Hassan Rouhani" || q.Day != "2018-09-20" || q.Kind != "direct" || len(q.About) != 1 || q.About[0].Name != "America" || q.ArticleTitle != "Iran rejects talks" {
				t.Errorf("quote fields = %+v", q)
			}
		}
	})
}

func TestNetworkAndStats(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		putAll(t, s, corpus()...)
		edges, err := s.Network(ctx, NetworkQuery{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range edges {
			got = append(got, fmt.Sprintf("%s->%s:%d", e.From.Name, e.To.Name, e.Weight))
		}
		want := []string{"Hassan Rouhani->America:1", "Hassan Rouhani->Iran:1"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("network = %v, want %v", got, want)
		}
		if e, _ := s.Network(ctx, NetworkQuery{Since: "2018-09-21"}); len(e) != 1 || e[0].To.Name != "Iran" {
			t.Errorf("network since 2018-09-21 = %+v", e)
		}
		if e, _ := s.Network(ctx, NetworkQuery{TargetType: "ORG"}); len(e) != 0 {
			t.Errorf("network to ORG = %+v", e)
		}
		// Types keeps edges with both ends of the given types.
		for _, tt := range []struct {
			types []string
			edges int
		}{{[]string{"PERSON", "GPE"}, 2}, {[]string{"GPE"}, 0}, {[]string{"PERSON", "ORG"}, 0}} {
			if e, err := s.Network(ctx, NetworkQuery{Types: tt.types}); err != nil || len(e) != tt.edges {
				t.Errorf("network of types %v = %+v, %v; want %d edges", tt.types, e, err, tt.edges)
			}
		}
		st, err := s.Stats(ctx, StatsQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if st.Articles != 3 || st.Stories != 3 || st.Quotes != 3 || st.Entities != 6 {
			t.Errorf("stats totals = %+v", st)
		}
		if len(st.PerDay) != 3 || len(st.Sources) != 3 || st.TopSpeakers[0].Name != "Hassan Rouhani" || st.TopSpeakers[0].Count != 2 {
			t.Errorf("stats lists = %+v", st)
		}
		if st.TopEntities[0].Count != 2 {
			t.Errorf("top entity = %+v", st.TopEntities[0])
		}
	})
}

// TestTiedSourcesInByteOrder checks that sources come largest first and,
// with the same count, in byte order on every backend (PostgreSQL's
// collation could otherwise put "bbc" before "Zeit").
func TestTiedSourcesInByteOrder(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		for i, src := range []string{"bbc", "Zeit", "AP", "Xinhua", "Xinhua"} {
			putAll(t, s, art(fmt.Sprintf("https://example.org/tie%d", i), src, "2024-05-0"+fmt.Sprint(i+1),
				fmt.Sprintf("Story number %d about the harbour.", i), nil, nil))
		}
		want := []NameCount{{"Xinhua", 2}, {"AP", 1}, {"Zeit", 1}, {"bbc", 1}}
		src, err := s.Sources(ctx)
		if err != nil || !reflect.DeepEqual(src, want) {
			t.Errorf("Sources = %v, %v; want %v", src, err, want)
		}
		st, err := s.Stats(ctx, StatsQuery{Top: 2})
		if err != nil || !reflect.DeepEqual(st.Sources, want[:2]) {
			t.Errorf("Stats sources = %v, %v; want %v", st.Sources, err, want[:2])
		}
	})
}

func TestCountEntitiesAndSources(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		putAll(t, s, corpus()...)
		for _, q := range []EntityQuery{
			{}, {Type: "PERSON"}, {Type: "GPE"}, {Name: "Rouhani"}, {Name: "nobody"},
			{Since: "2018-09-21"}, {Until: "2018-09-20", Type: "GPE"}, {Since: "2030-01-01"},
		} {
			all, err := s.Entities(ctx, EntityQuery{Type: q.Type, Name: q.Name, Since: q.Since, Until: q.Until, Limit: 1000})
			if err != nil {
				t.Fatal(err)
			}
			q.Limit = 1
			n, err := s.CountEntities(ctx, q)
			if err != nil || n != len(all) {
				t.Errorf("CountEntities(%+v) = %d, %v; Entities lists %d", q, n, err, len(all))
			}
		}
		if _, err := s.CountEntities(ctx, EntityQuery{Since: "yesterday"}); !errors.Is(err, ErrInvalid) {
			t.Errorf("CountEntities with a bad date: err = %v, want ErrInvalid", err)
		}
		st, err := s.Stats(ctx, StatsQuery{Top: 100})
		if err != nil {
			t.Fatal(err)
		}
		src, err := s.Sources(ctx)
		if err != nil || !reflect.DeepEqual(src, st.Sources) {
			t.Errorf("Sources = %+v, %v; Stats says %+v", src, err, st.Sources)
		}
	})
}

const wireStory = `The central bank raised its main interest rate by a quarter of a percentage point on Thursday, the third increase this year, saying inflation remained too high and the labour market was still tight. Economists had expected the move. The governor told reporters that further increases could not be ruled out if prices kept rising faster than wages over the coming months.`

func TestStories(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		governor := []ent{{id: "g", typ: "PERSON", name: "The governor", forms: []string{"The governor"}}}
		said := []quo{{text: "further increases could not be ruled out", speaker: "g", kind: "indirect"}}
		copy1 := art("https://a.example/rates", "Outlet A", "2019-03-07", "Rates rise. "+wireStory, governor, said)
		copy2 := art("https://b.example/economy/rates", "Outlet B", "2019-03-08", "Bank lifts rates. "+strings.Replace(wireStory, "on Thursday", "on Thursday, officials said", 1)+" Reporting by staff.", governor, said)
		res := putAll(t, s, append(corpus(), copy1, copy2)...)
		if res[3].StoryID != res[3].ID || res[4].StoryID != res[3].ID {
			t.Errorf("copies: story ids %d and %d, want both %d", res[3].StoryID, res[4].StoryID, res[3].ID)
		}
		if res[0].StoryID == res[3].StoryID {
			t.Errorf("unrelated article joined the wire story")
		}
		stories, err := s.Stories(ctx, StoryQuery{MinSize: 2})
		if err != nil {
			t.Fatal(err)
		}
		want := []Story{{ID: res[3].ID, Title: "Rates rise", Articles: 2, Sources: []string{"Outlet A", "Outlet B"}, First: "2019-03-07", Last: "2019-03-08"}}
		if !reflect.DeepEqual(stories, want) {
			t.Errorf("stories = %+v, want %+v", stories, want)
		}
		page, _ := s.Articles(ctx, ArticleQuery{Story: res[3].ID})
		if page.Total != 2 {
			t.Errorf("articles in story = %d, want 2", page.Total)
		}
		st, _ := s.Stats(ctx, StatsQuery{})
		if st.Articles != 5 || st.Stories != 4 {
			t.Errorf("stats: %d articles in %d stories, want 5 in 4", st.Articles, st.Stories)
		}
		governorQuotes := 0
		for _, e := range st.TopSpeakers {
			if e.Name == "The governor" {
				governorQuotes = e.Count
			}
		}
		if governorQuotes != 2 {
			t.Errorf("top speakers per copy = %+v, want the governor with 2 quotes", st.TopSpeakers)
		}
		ps, _ := s.Stats(ctx, StatsQuery{PerStory: true})
		for _, e := range append(ps.TopSpeakers, ps.TopEntities...) {
			if e.Name == "The governor" && e.Count != 1 {
				t.Errorf("per story, the governor counts %d, want 1", e.Count)
			}
		}
		ents, _ := s.Entities(ctx, EntityQuery{Name: "governor"})
		if len(ents) != 1 || ents[0].Articles != 2 || ents[0].Stories != 1 {
			t.Errorf("governor entity = %+v, want 2 articles in 1 story", ents)
		}
	})
}

func TestNamesakesStayApart(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		putAll(t, s,
			art("https://example.com/h1", "Wire", "2005-01-10", "Michael Howard spoke. Howard left.",
				[]ent{{id: "e1", name: "Michael Howard", typ: "PERSON", aliases: []string{"Howard"}, forms: []string{"Michael Howard", "Howard"}}}, nil),
			art("https://example.com/h2", "Wire", "2005-01-11", "Tim Howard saved twice. Howard was calm.",
				[]ent{{id: "e1", name: "Tim Howard", typ: "PERSON", aliases: []string{"Howard"}, forms: []string{"Tim Howard", "Howard"}}}, nil),
			art("https://example.com/h3", "Wire", "2005-01-12", "Michael Howard returned.",
				[]ent{{id: "e1", name: "Michael Howard", typ: "PERSON"}}, nil),
		)
		people, err := s.Entities(ctx, EntityQuery{Type: "PERSON"})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, e := range people {
			got[e.Name] = e.Articles
		}
		if len(people) != 2 || got["Michael Howard"] != 2 || got["Tim Howard"] != 1 {
			t.Errorf("people = %v, want Michael Howard in 2 articles and Tim Howard in 1", got)
		}
	})
}
