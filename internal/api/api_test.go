package api

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"newsgraph/internal/record"
	"newsgraph/internal/store"
)

// testStore holds two articles: Rouhani quoted on America (and accusing
// it, an event), and Merkel (praising, reported, no target).
func testStore(t *testing.T) store.Store {
	st, err := store.OpenSQLite(context.Background(), t.TempDir()+"/api.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	text1 := `Iran talks. Rouhani said "America must, change course" on Monday.`
	text2 := `Berlin budget. Merkel said "the budget is balanced" in Berlin.`
	recs := []*record.Record{
		{URL: "https://example.com/1", Source: "Wire", Title: "Iran talks", Published: "2018-09-20", Text: text1,
			Entities: []record.Entity{
				{ID: "e1", Name: "Rouhani", Type: "PERSON", Mentions: []record.Mention{{Start: 12, End: 19, Text: "Rouhani"}}},
				{ID: "e2", Name: "America", Type: "GPE", Mentions: []record.Mention{{Start: 26, End: 33, Text: "America"}}}},
			Quotes: []record.Quote{{Text: "America must, change course", Start: 26, End: 53, Kind: "direct",
				Speaker: &record.Speaker{Entity: "e1", Name: "Rouhani"}}},
			Events: []record.Event{{Type: "ACCUSE", Modality: "asserted", Evidence: record.Mention{Start: 12, End: 65},
				Sources: []record.Actor{{Entity: "e1", Name: "Rouhani", Code: "IRN", Sector: "GOV"}},
				Targets: []record.Actor{{Entity: "e2", Name: "America", Code: "USA"}}}}},
		{URL: "https://example.com/2", Source: "Post", Title: "Berlin budget", Published: "2018-10-01", Text: text2,
			Entities: []record.Entity{{ID: "e1", Name: "Angela Merkel", Type: "PERSON", Mentions: []record.Mention{{Start: 15, End: 21, Text: "Merkel"}}}},
			Quotes: []record.Quote{{Text: "the budget is balanced", Start: 28, End: 50, Kind: "direct",
				Speaker: &record.Speaker{Entity: "e1", Name: "Merkel"}}},
			Events: []record.Event{{Type: "SUPPORT", Modality: "reported", Date: "2018-09-30", Evidence: record.Mention{Start: 15, End: 62},
				Sources: []record.Actor{{Entity: "e1", Name: "Merkel", Code: "DEU", Sector: "GOV"}}}}},
	}
	for _, r := range recs {
		if _, err := st.Put(context.Background(), store.Item{Record: r}); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func get(t *testing.T, h http.Handler, url string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest("GET", url, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestRoutes(t *testing.T) {
	h := Handler(testStore(t))
	tests := []struct {
		url      string
		status   int
		contains []string
	}{
		{"/api/v1/articles", 200, []string{`"total": 2`, "Berlin budget", "Iran talks"}},
		{"/api/v1/articles?q=budget", 200, []string{`"total": 1`, "«budget»"}},
		{"/api/v1/articles?since=2018-10-01", 200, []string{`"total": 1`, "Berlin budget"}},
		{"/api/v1/articles?source=Wire%00", 200, []string{`"total": 1`, "Iran talks"}},
		{"/api/v1/articles?source=Wire", 200, []string{`"total": 1`, "Iran talks"}},
		{"/api/v1/articles/1", 200, []string{`"record"`, `"entities"`, "Rouhani said"}},
		{"/api/v1/articles/99", 404, []string{`"error"`, "not found"}},
		{"/api/v1/articles/x", 400, []string{`"error"`}},
		{"/api/v1/articles?since=last-week", 400, []string{"since=\\\"last-week\\\""}},
		{"/api/v1/articles?limit=-3", 400, []string{"limit"}},
		{"/api/v1/entities?type=person", 200, []string{"Rouhani", "Angela Merkel"}},
		{"/api/v1/entities?name=merkel", 200, []string{"Angela Merkel"}},
		{"/api/v1/entities?sort=loudest", 400, []string{"sort"}},
		{"/api/v1/entities/1", 200, []string{`"quotes_by"`, "America must", `"per_day"`}},
		{"/api/v1/entities/1000", 404, []string{"not found"}},
		{"/api/v1/quotes?q=speaker:Rouhani+about:America", 200, []string{"America must, change course"}},
		{"/api/v1/quotes?speaker=Merkel", 200, []string{"the budget is balanced"}},
		{"/api/v1/quotes?q=since:2018-10", 200, []string{"the budget is balanced"}},
		{"/api/v1/quotes?q=%22unclosed", 400, []string{"unclosed quote"}},
		{"/api/v1/events", 200, []string{`"type": "SUPPORT"`, `"type": "ACCUSE"`, `"sentence": "Merkel said \"the budget is balanced\" in Berlin."`}},
		{"/api/v1/events?type=accuse", 200, []string{`"sentence": "Rouhani said \"America must, change course\" on Monday."`, `"name": "America"`, `"code": "USA"`}},
		{"/api/v1/events?modality=REPORTED&until=2018-09-30", 200, []string{"SUPPORT", `"day": "2018-09-30"`, `"article_day": "2018-10-01"`}},
		{"/api/v1/events?since=soon", 400, []string{"since"}},
		{"/api/v1/events?event_type=ACCUSE", 400, []string{"unknown parameter event_type: this endpoint takes", "type"}},
		{"/api/v1/articles?q=budget&sorce=Wire&format=jsonl", 400, []string{"unknown parameter sorce:", "source"}},
		{"/api/v1/events?type=praise", 400, []string{`unknown event type \"PRAISE\": want one of AGREE, CONSULT`}},
		{"/api/v1/events?modality=rumoured", 400, []string{`unknown modality \"rumoured\"`}},
		{"/api/v1/network?kind=events&event_type=praise", 400, []string{"unknown event type"}},
		{"/api/v1/events?entity=x", 400, []string{"entity"}},
		{"/api/v1/network?kind=events", 200, []string{`"weight": 1`, `"name": "Rouhani"`, `"name": "America"`}},
		{"/api/v1/network?kind=events&event_type=support", 200, []string{"[]"}},
		{"/api/v1/network?kind=gossip", 400, []string{"kind"}},
		{"/api/v1/network?event_type=ACCUSE", 400, []string{"event_type"}},
		{"/api/v1/stats", 200, []string{`"events": 2`}},
		{"/api/v1/stories", 200, []string{`"articles": 1`}},
		{"/api/v1/network", 200, []string{`"weight": 1`, "America"}},
		{"/api/v1/stats", 200, []string{`"articles": 2`, `"top_speakers"`}},
		{"/api/v1/stats?format=xml", 400, []string{"format"}},
		{"/api/v1/stats?per_story=true", 200, []string{`"top_entities"`}},
		{"/api/v1/stats?per_story=maybe", 400, []string{"per_story"}},
		{"/api/v1/nothing", 404, []string{"no such route"}},
		// A range that ends before it starts is a mistake (the dates
		// swapped), not a question whose answer is "nothing".
		{"/api/v1/quotes?since=2018-10-01&until=2018-09-01", 400, []string{"until 2018-09-01 is before since 2018-10-01"}},
		{"/api/v1/quotes?q=since:2019+until:2018", 400, []string{"until 2018-12-31 is before since 2019-01-01"}},
		{"/api/v1/articles?since=2018-10-02&until=2018-10-01", 400, []string{"is before since"}},
		{"/api/v1/entities?since=2018-10-02&until=2018-10-01", 400, []string{"is before since"}},
		{"/api/v1/events?since=2018-10-02&until=2018-10-01", 400, []string{"is before since"}},
		{"/api/v1/stats?since=2018-10-02&until=2018-10-01", 400, []string{"is before since"}},
		{"/api/v1/articles?since=2018-10-01&until=2018-10-01", 200, []string{`"total": 1`}},
		// Search terms cost the full-text index more than linearly: a
		// query of hundreds of words held a core for minutes.
		{"/api/v1/articles?q=" + strings.Repeat("budget+", 65), 400, []string{"65 words; at most 64"}},
		{"/api/v1/quotes?text=" + strings.Repeat("budget+", 65), 400, []string{"65 words; at most 64"}},
		{"/api/v1/quotes?q=%22" + strings.Repeat("budget+", 65) + "%22", 400, []string{"at most 64"}},
		{"/api/v1/articles?q=" + strings.Repeat("budget+", 64), 200, []string{`"total": 1`, "«budget»"}},
		// A name past SQLite's LIKE pattern limit (50,000 bytes) was a 500.
		{"/api/v1/entities?name=" + strings.Repeat("a", 60000), 400, []string{"name is 60000 characters long; at most 500"}},
		{"/api/v1/quotes?speaker=" + strings.Repeat("a", 60000), 400, []string{"at most 500"}},
		{"/api/v1/quotes?q=about:" + strings.Repeat("a", 501), 400, []string{"at most 500"}},
		{"/api/v1/entities?name=" + strings.Repeat("a", 500), 200, []string{"[]"}},
	}
	for _, tt := range tests {
		rec := get(t, h, tt.url)
		body := rec.Body.String()
		if rec.Code != tt.status {
			t.Errorf("GET %s: status %d, want %d; body %s", tt.url, rec.Code, tt.status, body)
			continue
		}
		if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("GET %s: Content-Type %q", tt.url, ct)
		}
		for _, c := range tt.contains {
			if !strings.Contains(body, c) {
				t.Errorf("GET %s: body lacks %q:\n%s", tt.url, c, body)
			}
		}
	}
	if rec := get(t, h, "/api/v1/articles"); strings.Contains(rec.Body.String(), `"quotes": null`) {
		t.Errorf("null list in JSON")
	}
}

func TestExportFormats(t *testing.T) {
	h := Handler(testStore(t))
	// CSV by parameter, quoted fields intact.
	rec := get(t, h, "/api/v1/quotes?format=csv")
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
		t.Fatalf("Content-Type %q", ct)
	}
	rows, err := csv.NewReader(strings.NewReader(rec.Body.String())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || rows[0][0] != "id" || rows[0][3] != "quote" || rows[0][len(rows[0])-1] != "story_id" || rows[1][len(rows[1])-1] == "0" {
		t.Fatalf("CSV rows = %q (the last column, story_id, tells copies of one story apart)", rows)
	}
	found := false
	for _, r := range rows[1:] {
		if r[3] == "America must, change course" && r[2] == "Rouhani" && r[4] == "America" {
			found = true
		}
	}
	if !found {
		t.Errorf("CSV lost the quote with a comma: %q", rows)
	}
	if cd := rec.Header().Get("Content-Disposition"); !strings.Contains(cd, "quotes.csv") {
		t.Errorf("Content-Disposition %q", cd)
	}
	// JSONL by Accept: one object per line.
	rec = get(t, h, "/api/v1/entities", "Accept", "application/x-ndjson")
	lines := strings.Split(strings.TrimSpace(rec.Body.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("JSONL lines = %q", lines)
	}
	for _, l := range lines {
		var e store.EntitySummary
		if err := json.Unmarshal([]byte(l), &e); err != nil || e.ID == 0 || e.Name == "" {
			t.Errorf("JSONL line %q: %v", l, err)
		}
	}
	// CSV by Accept for a page: the articles, not the page.
	rec = get(t, h, "/api/v1/articles", "Accept", "text/csv")
	if !strings.HasPrefix(rec.Body.String(), "id,day,source,title,url,story_id,snippet\n") || strings.Count(rec.Body.String(), "\n") != 3 {
		t.Errorf("articles CSV:\n%s", rec.Body.String())
	}
}

func TestTableFormat(t *testing.T) {
	var b strings.Builder
	qs := []store.Quote{{ID: 1, Day: "2018-09-20", Speaker: "Rouhani", Text: strings.Repeat("long words ", 20), Kind: "direct"}}
	if err := Write(&b, "table", Quotes(qs)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.HasPrefix(out, "ID  DAY") || !strings.Contains(out, "…") || strings.Count(out, "\n") != 2 {
		t.Errorf("table:\n%s", out)
	}
	if err := Write(&b, "yaml", Quotes(qs)); err == nil {
		t.Errorf("unknown format accepted")
	}
}

// TestTotalCountHeader checks that paged quote and entity lists say how
// many items match in all.
func TestTotalCountHeader(t *testing.T) {
	h := Handler(testStore(t))
	tests := []struct {
		url, total string
		items      int
	}{
		{"/api/v1/quotes?limit=1", "2", 1},
		{"/api/v1/quotes?limit=1&offset=1", "2", 1},
		{"/api/v1/quotes?speaker=Merkel", "1", 1},
		{"/api/v1/entities?limit=1", "3", 1},
		{"/api/v1/entities?type=person&limit=1&format=jsonl", "2", 1},
		{"/api/v1/entities?name=nobody", "0", 0},
		{"/api/v1/events?limit=1", "2", 1},
		{"/api/v1/events?limit=1&offset=1&format=jsonl", "2", 1},
		{"/api/v1/events?type=SUPPORT", "1", 1},
		{"/api/v1/events?source=Nobody", "0", 0},
	}
	for _, tt := range tests {
		rec := get(t, h, tt.url)
		if got := rec.Header().Get("X-Total-Count"); rec.Code != 200 || got != tt.total {
			t.Errorf("GET %s: status %d, X-Total-Count %q, want %q", tt.url, rec.Code, got, tt.total)
		}
		var items []json.RawMessage
		if strings.Contains(tt.url, "format=jsonl") {
			for _, line := range strings.Split(strings.TrimSpace(rec.Body.String()), "\n") {
				if line != "" {
					items = append(items, json.RawMessage(line))
				}
			}
		} else if err := json.Unmarshal(rec.Body.Bytes(), &items); err != nil {
			t.Errorf("GET %s: %v", tt.url, err)
		}
		if len(items) != tt.items {
			t.Errorf("GET %s: %d items, want %d", tt.url, len(items), tt.items)
		}
	}
}

// TestEventFilters checks that each /events parameter reaches the store:
// every filter picks its one event out of two.
func TestEventFilters(t *testing.T) {
	h := Handler(testStore(t))
	var rouhani, merkel int64
	var es []store.EntitySummary
	json.Unmarshal(get(t, h, "/api/v1/entities?type=PERSON").Body.Bytes(), &es)
	for _, e := range es {
		switch e.Name {
		case "Rouhani":
			rouhani = e.ID
		case "Angela Merkel":
			merkel = e.ID
		}
	}
	tests := []struct {
		query, want string
	}{
		{fmt.Sprintf("entity=%d", rouhani), "ACCUSE"},
		{fmt.Sprintf("source_entity=%d", merkel), "SUPPORT"},
		{fmt.Sprintf("target_entity=%d", rouhani), ""},
		{"type=Support", "SUPPORT"},
		{"modality=asserted", "ACCUSE"},
		{"source=Wire", "ACCUSE"},
		{"article=2", "SUPPORT"},
		{"since=2018-09-21", "SUPPORT"},
		{"until=2018-09-20", "ACCUSE"},
	}
	for _, tt := range tests {
		rec := get(t, h, "/api/v1/events?"+tt.query)
		var evs []store.Event
		if err := json.Unmarshal(rec.Body.Bytes(), &evs); err != nil || rec.Code != 200 {
			t.Fatalf("GET /events?%s: %d %v %s", tt.query, rec.Code, err, rec.Body)
		}
		got := ""
		for _, e := range evs {
			got += e.Type
		}
		if got != tt.want {
			t.Errorf("GET /events?%s: %q, want %q", tt.query, got, tt.want)
		}
	}
	rec := get(t, h, "/api/v1/events?format=csv")
	rows, err := csv.NewReader(strings.NewReader(rec.Body.String())).ReadAll()
	if err != nil || len(rows) != 3 || rows[0][2] != "type" || rows[2][3] != "Rouhani" || rows[2][4] != "America" || rows[0][9] != "story_id" {
		t.Errorf("events CSV = %q (%v)", rows, err)
	}
}

// TestMalformedQuery checks that a query string Go cannot parse (a bare
// "%" typed into a search, a ";" separator) is refused: parsing drops the
// bad pair, so the filter vanished and every article came back as a match.
func TestMalformedQuery(t *testing.T) {
	h := Handler(testStore(t))
	tests := []string{
		"/api/v1/articles?q=100%",
		"/api/v1/articles?q=budget&source=Wire%zz",
		"/api/v1/quotes?speaker=Merkel&text=50%",
		"/api/v1/entities?name=merkel;type=PERSON",
		"/api/v1/entities/1?since=2018%2",
		"/api/v1/stats?top=1&format=%",
	}
	for _, url := range tests {
		rec := get(t, h, url)
		if rec.Code != 400 || !strings.Contains(rec.Body.String(), "malformed query string") {
			t.Errorf("GET %s: status %d, body %s; want 400, malformed query string", url, rec.Code, rec.Body)
		}
	}
}

// TestQuoteKind checks that the kind parameter is read like kind: in q:
// any case, and anything but direct, indirect or mixed refused, where a
// typo used to answer an empty list that looked like "no such quotes".
func TestQuoteKind(t *testing.T) {
	h := Handler(testStore(t))
	tests := []struct {
		url    string
		status int
		quotes int
	}{
		{"/api/v1/quotes?kind=direct", 200, 2},
		{"/api/v1/quotes?kind=DIRECT", 200, 2},
		{"/api/v1/quotes?kind=Indirect", 200, 0},
		{"/api/v1/quotes?q=kind:direct&kind=mixed", 200, 0},
		{"/api/v1/quotes?kind=drect", 400, 0},
		{"/api/v1/quotes?kind=reported", 400, 0},
	}
	for _, tt := range tests {
		rec := get(t, h, tt.url)
		if rec.Code != tt.status {
			t.Errorf("GET %s: status %d, want %d; body %s", tt.url, rec.Code, tt.status, rec.Body)
			continue
		}
		var qs []store.Quote
		if tt.status == 200 {
			if err := json.Unmarshal(rec.Body.Bytes(), &qs); err != nil || len(qs) != tt.quotes {
				t.Errorf("GET %s: %d quotes (%v), want %d", tt.url, len(qs), err, tt.quotes)
			}
		} else if !strings.Contains(rec.Body.String(), "want direct, indirect or mixed") {
			t.Errorf("GET %s: body %s", tt.url, rec.Body)
		}
	}
}

// TestMethodNotAllowed checks that a method other than GET or HEAD on a
// route is a 405 naming the methods it takes: it was a 404 "no such
// route", which sent clients looking for a route that is there.
func TestMethodNotAllowed(t *testing.T) {
	h := Handler(testStore(t))
	tests := []struct {
		method, url string
		status      int
	}{
		{"POST", "/api/v1/quotes", 405},
		{"DELETE", "/api/v1/articles/1", 405},
		{"OPTIONS", "/api/v1/stats", 405},
		{"PUT", "/api/v1/entities/1", 405},
		{"HEAD", "/api/v1/stats", 200},
		{"POST", "/api/v1/nothing", 404},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.url, nil))
		if rec.Code != tt.status {
			t.Errorf("%s %s: status %d, want %d; body %s", tt.method, tt.url, rec.Code, tt.status, rec.Body)
		}
		if allow := rec.Header().Get("Allow"); tt.status == 405 && allow != "GET, HEAD" {
			t.Errorf("%s %s: Allow %q", tt.method, tt.url, allow)
		}
	}
}

// TestNoSniff checks that every answer, data or error, tells browsers not
// to guess its type: article text in a CSV sniffed as HTML would run.
func TestNoSniff(t *testing.T) {
	h := Handler(testStore(t))
	for _, url := range []string{"/api/v1/articles?format=csv", "/api/v1/entities", "/api/v1/nope", "/api/v1/articles?q=100%"} {
		if got := get(t, h, url).Header().Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options %q, want nosniff", url, got)
		}
	}
}

// A store failure is a 500 whose body says so without the store's own
// words (a database error can name hosts, users, paths and SQL); the
// server log keeps them.
func TestStoreFailureIsA500WithoutDetail(t *testing.T) {
	st := testStore(t)
	h := Handler(st)
	st.Close()
	for _, url := range []string{"/api/v1/articles", "/api/v1/quotes?speaker=Rouhani", "/api/v1/entities?name=Merkel"} {
		rec := get(t, h, url)
		body := rec.Body.String()
		if rec.Code != http.StatusInternalServerError || !strings.Contains(body, "internal error") {
			t.Errorf("%s: %d %s, want 500 internal error", url, rec.Code, body)
		}
		if strings.Contains(body, "sql") || strings.Contains(body, "closed") {
			t.Errorf("%s: body %s shows the store's error", url, body)
		}
	}
}
