package web

import (
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"newsgraph/internal/record"
	"newsgraph/internal/store"
)

func get(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

func mustContain(t *testing.T, page, body string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(body, w) {
			t.Errorf("%s: missing %q", page, w)
		}
	}
}

// entityID finds the entity page link whose text is name in body.
func entityID(t *testing.T, body, name string) string {
	t.Helper()
	i := strings.Index(body, ">"+name+"</a>")
	if i < 0 {
		t.Fatalf("no link to %s", name)
	}
	j := strings.LastIndex(body[:i], `href="/entity/`)
	rest := body[j+len(`href="/entity/`):]
	return rest[:strings.IndexByte(rest, '"')]
}

func TestPages(t *testing.T) {
	srv, ids := fixtureServer(t)
	harbour := strconv.FormatInt(ids[0], 10)

	resp, body := get(t, srv.URL+"/")
	if resp.StatusCode != 200 {
		t.Fatalf("/: %s", resp.Status)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("Content-Security-Policy = %q", csp)
	}
	mustContain(t, "/", body, "<strong>3</strong> articles", "<strong>3</strong> events", "Aster Gazette", "Wire Weekly", "Top speakers", ">Ada Lind</a>", "<svg")

	_, body = get(t, srv.URL+"/article/"+harbour)
	lind := entityID(t, body, "Ada Lind")
	mustContain(t, "article", body,
		"Harbour to reopen, mayor says",
		"Mon 4 Mar 2024 09:30 IST (Asia/Jerusalem)",
		`<a class="chip" href="/entity/`+lind+`" aria-label="quote by Ada Lind">Ada Lind</a><mark class="quote k-direct"`,
		"the harbour &lt;will&gt; reopen &amp; stay open.",
		`<time class="date" datetime="2024-03-04" title="2024-03-04 (day)">Monday</time>`,
		"The harbour at dawn &lt;b&gt;", "Photo: J. Doe", "Updated at noon.", "Gazette Media",
		"Other copies of this story", "Wire Weekly",
		`<span class="etype">CONSULT</span>`, "Ada Lind → Coastal Union", "“talks”")

	_, body = get(t, srv.URL+"/entity/"+lind)
	// The copy in Wire Weekly repeats one of her quotes: listed once.
	mustContain(t, "entity", body, "<h1>", "Ada Lind", "Mayor of Port Aster", "What Ada Lind said <span class=\"count\">2</span>",
		`<span class="copies">and 1 other copy of the story</span>`,
		"We will not let Port Aster down,", `<rect class="s-quotes"`, "Appears with", ">Coastal Union</a>",
		`What Ada Lind did and what was done to them <span class="count">2</span>`)
	// The events timeline, newest first (a tie on the day: the one stored
	// later first): what was done to her, then what she did.
	_, did, _ := strings.Cut(body, `id="did-h"`)
	did, _, _ = strings.Cut(did, "</section>")
	union := entityID(t, body, "Coastal Union")
	support := strings.Index(did, `<span class="etype">SUPPORT</span>`)
	consult := strings.Index(did, `<span class="etype">CONSULT</span>`)
	if support < 0 || consult < support {
		t.Errorf("entity events: SUPPORT then CONSULT wanted:\n%s", did)
	}
	mustContain(t, "entity events", did, `<li class="r-target">`, `<li class="r-source">`,
		`<time datetime="2024-03-04">4 Mar 2024</time>`, `<span class="dir">by</span>`, `<span class="dir">→</span>`,
		`<a class="chip t-ORG" href="/entity/`+union+`">Coastal Union</a>`, `<span class="kind">reported</span>`,
		`<a href="/article/`+harbour+`">Lind spoke in Port Aster after talks with the Coastal Union.</a> · Harbour to reopen, mayor says`)

	_, body = get(t, srv.URL+"/search?q=harbour")
	mustContain(t, "search", body, "2 articles, 2 quotes, 0 entities", `<mark class="hit">`)
	_, body = get(t, srv.URL+"/search?q=&type=ORG")
	mustContain(t, "search by type", body, "1 entity", ">Coastal Union</a>", `<option value="WORK_OF_ART">work of art</option>`)
	_, body = get(t, srv.URL+"/search?q=harbour&from=2024-03-05&to=2024-03-05")
	mustContain(t, "search by date", body, "1 article,")

	_, body = get(t, srv.URL+"/network")
	mustContain(t, "network", body, "<table>", ">Ada Lind</a>", ">Port Aster</a>", `data-src="/network.json?`,
		"Who speaks about whom", `<input type="radio" name="kind" value="quotes" checked>`)
	_, body = get(t, srv.URL+"/network?kind=events")
	mustContain(t, "event network", body, "Who acts on whom", `<input type="radio" name="kind" value="events" checked>`,
		`<th scope="col">Acts on</th>`, `data-src="/network.json?kind=events&amp;`)
	if strings.Contains(body, ">Port Aster</a>") {
		t.Errorf("event network shows Port Aster, which is in no event")
	}
	_, body = get(t, srv.URL+"/network.json?kind=events&type=PERSON&type=ORG")
	var ev Graph
	if err := json.Unmarshal([]byte(body), &ev); err != nil {
		t.Fatal(err)
	}
	if len(ev.Edges) != 2 || len(ev.Nodes) != 2 {
		t.Errorf("event network.json = %s, want Ada Lind → Coastal Union and back", body)
	}

	resp, body = get(t, srv.URL+"/network.json?type=PERSON&type=GPE")
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("network.json Content-Type %q", ct)
	}
	var g Graph
	if err := json.Unmarshal([]byte(body), &g); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range g.Edges {
		found = found || e.Source == lind
	}
	if !found || len(g.Nodes) < 2 {
		t.Errorf("network.json has no edge from Ada Lind (%s): %s", lind, body)
	}
	for _, n := range g.Nodes {
		if n.Type != "PERSON" && n.Type != "GPE" {
			t.Errorf("type filter let through %+v", n)
		}
	}

	for _, path := range []string{"/article/999", "/article/x", "/entity/0", "/nope", "/static/", "/static/vendor/"} {
		if resp, _ := get(t, srv.URL+path); resp.StatusCode != 404 {
			t.Errorf("%s: %s, want 404", path, resp.Status)
		}
	}
	if resp, body := get(t, srv.URL+"/search?q=x&from=2024-02-31"); resp.StatusCode != 400 || !strings.Contains(body, "2024-02-31") {
		t.Errorf("search with 31 February: %s, want 400 naming the date", resp.Status)
	}
	if resp, _ := get(t, srv.URL+"/network.json?from=2024-13-01"); resp.StatusCode != 400 {
		t.Errorf("network.json with month 13: %s, want 400", resp.Status)
	}
	resp, body = get(t, srv.URL+"/static/style.css")
	if resp.StatusCode != 200 || !strings.Contains(body, "Okabe") {
		t.Errorf("style.css: %s", resp.Status)
	}
}

// TestHostileArticleIsEscaped checks the server side of the untrusted-text
// rule on every page the hostile article reaches; the browser test checks
// that nothing runs.
func TestHostileArticleIsEscaped(t *testing.T) {
	srv, ids := fixtureServer(t)
	_, article := get(t, srv.URL+"/article/"+strconv.FormatInt(ids[2], 10))
	eve := entityID(t, article, "Eve Stone&lt;script&gt;window.__pwned=1&lt;/script&gt;")
	pages := map[string]string{"article": article}
	for name, path := range map[string]string{"entity": "/entity/" + eve, "search": "/search?q=pwned",
		"corpus": "/", "network": "/network"} {
		_, pages[name] = get(t, srv.URL+path)
	}
	for name, body := range pages {
		for _, bad := range []string{"<script>window", "<img src=x", "onerror=\"", "onload=\"", "onmouseover=\"", `href="javascript:`} {
			if strings.Contains(body, bad) {
				t.Errorf("%s page contains %q", name, bad)
			}
		}
	}
	mustContain(t, "hostile article", article, "&lt;script&gt;window.__pwned=1&lt;/script&gt; is a test", `href="#ZgotmplZ"`)
}

func TestHighlight(t *testing.T) {
	marks := strings.NewReplacer("[", store.SnippetOpen, "]", store.SnippetClose) // [match]
	for in, want := range map[string]string{
		"the [harbour] <b>reopens</b> [x": `the <mark class="hit">harbour</mark> &lt;b&gt;reopens&lt;/b&gt; <mark class="hit">x</mark>`,
		"no marks ] here":                 "no marks  here",
		"[a][b]":                          `<mark class="hit">a</mark><mark class="hit">b</mark>`,
		"«le [port]» rouvre":              `«le <mark class="hit">port</mark>» rouvre`,
	} {
		if got := string(highlight(marks.Replace(in))); got != want {
			t.Errorf("highlight(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPagesAreFast measures server time for each page, which the issue
// wants under 200 ms on the demo corpus (the corpus page is the first).
func TestPagesAreFast(t *testing.T) {
	srv, ids := fixtureServer(t)
	_, article := get(t, srv.URL+"/article/"+strconv.FormatInt(ids[0], 10))
	lind := entityID(t, article, "Ada Lind")
	for _, path := range []string{"/", "/article/" + strconv.FormatInt(ids[0], 10), "/entity/" + lind,
		"/search?q=harbour", "/network", "/network.json"} {
		get(t, srv.URL+path) // warm the connection and the store's caches
		const n = 5
		start := time.Now()
		for range n {
			if resp, _ := get(t, srv.URL+path); resp.StatusCode != 200 {
				t.Fatalf("%s: %s", path, resp.Status)
			}
		}
		per := time.Since(start) / n
		if per > 200*time.Millisecond {
			t.Errorf("%s took %v, want under 200ms", path, per)
		}
		t.Logf("%-20s %v per request", path, per)
	}
}

// TestWithoutVendorFiles checks the build without npm: the network page
// loads no third-party script and keeps its table of links.
func TestWithoutVendorFiles(t *testing.T) {
	st, _ := openStore(t, fixtureRecords(t)...)
	static, err := fs.Sub(files, "static")
	if err != nil {
		t.Fatal(err)
	}
	bare := fstest.MapFS{}
	for _, name := range []string{"style.css", "network.js"} {
		data, err := fs.ReadFile(static, name)
		if err != nil {
			t.Fatal(err)
		}
		bare[name] = &fstest.MapFile{Data: data}
	}
	srv := httptest.NewServer(newHandler(FromStore(st), bare))
	defer srv.Close()
	_, body := get(t, srv.URL+"/network")
	if strings.Contains(body, "vendor/") {
		t.Error("network page loads a vendor script that was not built")
	}
	mustContain(t, "network", body, `<script src="/static/network.js">`, `<details id="edges" class="edges" open>`, ">Ada Lind</a>")
}

// TestSearchTotalsCountPastThePage checks that search totals count every
// match, not only the page shown.
func TestSearchTotalsCountPastThePage(t *testing.T) {
	// More quotes than the store returns in one call (countCap), where
	// totals once stopped.
	const n = countCap + 5
	var text strings.Builder
	for i := range n {
		fmt.Fprintf(&text, "Ada Lind said point %d matters. ", i)
	}
	long := newRecord(t, "long", "A long briefing", "Long Wire", "2024-03-05T10:00:00Z", text.String()).
		entity("e1", "Ada Lind", "PERSON", "Ada Lind")
	for i := range n {
		long.quote(fmt.Sprintf("point %d matters", i), "indirect", "e1", "Ada Lind", "")
	}
	st, _ := openStore(t, append(fixtureRecords(t), long.rec)...)
	ctx := context.Background()
	allEnts, err := st.Entities(ctx, store.EntityQuery{Limit: 1000})
	if err != nil || len(allEnts) < 2 {
		t.Fatalf("entities: %d, %v", len(allEnts), err)
	}
	res, err := FromStore(st).Search(ctx, Query{Source: "Long Wire", Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Quotes) != 1 || res.TotalQuotes != n {
		t.Errorf("quotes: %d shown, total %d; want 1 shown, total %d", len(res.Quotes), res.TotalQuotes, n)
	}
	if len(res.Entities) != 1 || res.TotalEntities != len(allEnts) {
		t.Errorf("entities: %d shown, total %d; want 1 shown, total %d", len(res.Entities), res.TotalEntities, len(allEnts))
	}
	if len(res.Sources) < 2 {
		t.Errorf("sources offered: %v", res.Sources)
	}
	// The page says the list stops: 50 of the quotes, not all.
	srv := httptest.NewServer(Handler(st))
	defer srv.Close()
	_, body := get(t, srv.URL+"/search?source=Long+Wire")
	mustContain(t, "search cut", body, fmt.Sprintf("The first 50 of %d are listed", n))
}

// TestUntitledArticleListedByItsFirstLine checks that search lists an
// article with no title under the start of its text, which the store
// keeps as its display title.
func TestUntitledArticleListedByItsFirstLine(t *testing.T) {
	plain := newRecord(t, "plain", "", "Plain Wire", "2024-03-06T08:00:00Z", "Ada Lind opened the new ferry terminal.\nMore later.")
	st, _ := openStore(t, plain.rec)
	res, err := FromStore(st).Search(context.Background(), Query{Source: "Plain Wire"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 1 || res.Articles[0].Title != "Ada Lind opened the new ferry terminal." {
		t.Errorf("articles = %+v", res.Articles)
	}
}

// TestMethodNotAllowed checks that a method other than GET or HEAD on a
// page is a 405 naming the methods it takes, not the "no page at this
// address" of an unknown path.
func TestMethodNotAllowed(t *testing.T) {
	srv, ids := fixtureServer(t)
	article := "/article/" + strconv.FormatInt(ids[0], 10)
	tests := []struct {
		method, path string
		status       int
	}{
		{"POST", "/", 405},
		{"POST", "/search?q=harbour", 405},
		{"PUT", article, 405},
		{"DELETE", "/entity/1", 405},
		{"OPTIONS", "/network.json", 405},
		{"POST", "/static/style.css", 405},
		{"HEAD", article, 200},
		{"POST", "/nowhere", 404},
	}
	for _, tt := range tests {
		req, err := http.NewRequest(tt.method, srv.URL+tt.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tt.status {
			t.Errorf("%s %s: %s, want %d", tt.method, tt.path, resp.Status, tt.status)
		}
		if allow := resp.Header.Get("Allow"); tt.status == 405 && allow != "GET, HEAD" {
			t.Errorf("%s %s: Allow %q", tt.method, tt.path, allow)
		}
	}
}

// TestEntityListsSayWhenCut checks that an entity page whose lists stop
// at entityListCap says how many there are in all. The headings counted
// only the items read, so an entity quoted 5,000 times read as quoted
// about 500 times.
func TestEntityListsSayWhenCut(t *testing.T) {
	const n = entityListCap + 5
	var text strings.Builder
	for i := range n {
		fmt.Fprintf(&text, "Ada Lind said Port Aster gains %d berths. ", i)
	}
	var aster []string // every mention, so that every quote is about it
	for i := range n {
		aster = append(aster, fmt.Sprintf("Port Aster#%d", i))
	}
	long := newRecord(t, "long", "A long briefing", "Long Wire", "2024-03-05T10:00:00Z", text.String()).
		entity("e1", "Ada Lind", "PERSON", "Ada Lind").
		entity("e2", "Port Aster", "GPE", aster...)
	for i := range n {
		long.quote(fmt.Sprintf("Port Aster gains %d berths", i), "indirect", "e1", fmt.Sprintf("Ada Lind#%d", i), "")
		s, e := long.find(fmt.Sprintf("Ada Lind said Port Aster gains %d berths.", i))
		long.rec.Events = append(long.rec.Events, record.Event{ID: fmt.Sprint("v", i), Type: "SUPPORT", Modality: "asserted",
			Sources: []record.Actor{{Entity: "e1", Name: "Ada Lind"}}, Targets: []record.Actor{{Entity: "e2", Name: "Port Aster"}},
			Evidence: record.Mention{Start: s, End: e}})
	}
	st, _ := openStore(t, long.rec)
	srv := httptest.NewServer(Handler(st))
	defer srv.Close()
	ents, err := st.Entities(context.Background(), store.EntityQuery{})
	if err != nil || len(ents) != 2 {
		t.Fatalf("entities: %v, %v", ents, err)
	}
	ids := map[string]int64{}
	for _, e := range ents {
		ids[e.Name] = e.ID
	}
	cut := fmt.Sprintf("The newest %d of %d are listed.", entityListCap, n)
	tests := []struct {
		entity, list string
	}{
		{"Ada Lind", "said-h"},
		{"Port Aster", "about-h"},
		{"Port Aster", "did-h"},
		{"Ada Lind", "did-h"},
	}
	for _, tt := range tests {
		_, body := get(t, fmt.Sprintf("%s/entity/%d", srv.URL, ids[tt.entity]))
		_, section, _ := strings.Cut(body, `aria-labelledby="`+tt.list+`"`)
		section, _, _ = strings.Cut(section, "</section>")
		if !strings.Contains(section, cut) {
			t.Errorf("%s, %s: no %q in\n%.300s", tt.entity, tt.list, cut, section)
		}
	}
}

// TestArticleLinksEntitiesAsStored checks that an article page links each
// entity to the corpus entity the store merged it into. The page guessed
// by name instead, and an entity merged by an alias ("Council" into Port
// Aster Council) that several corpus names contain was left unlinked,
// though the API's entity_ids had it.
func TestArticleLinksEntitiesAsStored(t *testing.T) {
	first := newRecord(t, "council-1", "Council meets", "Aster Gazette", "2024-03-07T09:00:00Z",
		"The Port Aster Council met the Council Estates Board on Thursday.").
		entity("e1", "Port Aster Council", "ORG", "Port Aster Council").
		entity("e2", "Council Estates Board", "ORG", "Council Estates Board")
	first.rec.Entities[0].Aliases = []string{"Council"}
	second := newRecord(t, "council-2", "Council votes", "Aster Gazette", "2024-03-08T09:00:00Z",
		"The Council voted on Friday to rebuild the pier.").
		entity("e1", "Council", "ORG", "Council")
	st, ids := openStore(t, append(fixtureRecords(t), first.rec, second.rec)...)
	srv := httptest.NewServer(Handler(st))
	defer srv.Close()
	for _, id := range ids {
		a, err := st.Article(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		_, body := get(t, fmt.Sprintf("%s/article/%d", srv.URL, id))
		for _, e := range a.Record.Entities {
			eid, ok := a.EntityIDs[e.ID]
			if !ok {
				continue
			}
			link := fmt.Sprintf(`href="/entity/%d" title="%s · `, eid, template.HTMLEscapeString(e.Name))
			if !strings.Contains(body, link) {
				t.Errorf("article %d (%s): %s not linked to entity %d", id, a.Record.ID, e.Name, eid)
			}
		}
	}
}

// TestNetworkTypesFilterTheWholeCorpus checks that the network's type
// filter finds edges of those types however many heavier edges of other
// types there are. The page read the countCap heaviest edges of any type
// and filtered them, so a filter to places only showed "No one is quoted
// speaking about anyone" where the API found place-to-place edges.
func TestNetworkTypesFilterTheWholeCorpus(t *testing.T) {
	const n = countCap + 1
	var text strings.Builder
	for i := range n {
		fmt.Fprintf(&text, "Ada Lind said Town%d thrives. Ada Lind said Town%d grows. ", i, i)
	}
	text.WriteString("Mount Brae said Lake Orr is calm.")
	town := newRecord(t, "towns", "Towns", "Town Wire", "2024-03-05T10:00:00Z", text.String()).
		entity("e0", "Ada Lind", "PERSON", "Ada Lind")
	// Ada Lind speaks twice about each town; the one edge between places
	// weighs 1, the lightest.
	for i := range n {
		name := fmt.Sprintf("Town%d", i)
		town.entity(fmt.Sprint("t", i), name, "GPE", name+" ", name+" #1")
		town.quote(name+" thrives", "indirect", "e0", fmt.Sprintf("Ada Lind#%d", 2*i), "")
		town.quote(name+" grows", "indirect", "e0", fmt.Sprintf("Ada Lind#%d", 2*i+1), "")
	}
	town.entity("m", "Mount Brae", "LOC", "Mount Brae").entity("l", "Lake Orr", "LOC", "Lake Orr").
		quote("Lake Orr is calm", "indirect", "m", "Mount Brae", "")
	st, _ := openStore(t, town.rec)
	tests := []struct {
		types []string
		limit int
		edges int
	}{
		{[]string{"LOC"}, 300, 1},
		{[]string{"LOC", "NORP"}, 300, 1},
		{[]string{"PERSON", "GPE"}, 300, 300},
		{[]string{"PERSON", "GPE", "LOC"}, 2000, countCap},
		{[]string{"ORG"}, 300, 0},
	}
	for _, tt := range tests {
		g, err := FromStore(st).Network(context.Background(), NetworkQuery{Kind: "quotes", Types: tt.types, Limit: tt.limit})
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Edges) != tt.edges {
			t.Errorf("types %v, limit %d: %d edges, want %d", tt.types, tt.limit, len(g.Edges), tt.edges)
		}
	}
}

// brokenData is a corpus that cannot be read.
type brokenData struct {
	Data
	err error
}

func (b brokenData) Network(context.Context, NetworkQuery) (*Graph, error) { return nil, b.err }

// TestNetworkJSONErrors checks that /network.json answers JSON with a JSON
// content type whatever fails: its 500 came as text/plain.
func TestNetworkJSONErrors(t *testing.T) {
	tests := []struct {
		err    error
		status int
		body   string
	}{
		{invalid{"until 2024-03-01 is before since 2024-03-05"}, 400, "until 2024-03-01 is before since 2024-03-05"},
		{fmt.Errorf("store: disk on fire"), 500, "the corpus could not be read"},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		srv := newHandler(brokenData{err: tt.err}, fstest.MapFS{})
		srv.ServeHTTP(rec, httptest.NewRequest("GET", "/network.json", nil))
		var body map[string]string
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || rec.Code != tt.status ||
			rec.Header().Get("Content-Type") != "application/json" || body["error"] != tt.body {
			t.Errorf("%v: %d %q %q (%v); want %d, JSON, %q", tt.err, rec.Code, rec.Header().Get("Content-Type"), rec.Body, err, tt.status, tt.body)
		}
	}
}

// TestSnippetKeepsTheTextsGuillemets checks that a search snippet marks
// only the matches. The store marked matches with « and », so the text's
// own French quotation marks vanished and what they enclosed was shown
// as a match.
func TestSnippetKeepsTheTextsGuillemets(t *testing.T) {
	fr := newRecord(t, "fr", "Le maire parle", "Gazette de Brest", "2024-04-01T09:00:00Z",
		"Le maire Ada Lind a déclaré: «Le port rouvrira bientôt», devant le conseil de Brest.")
	st, _ := openStore(t, fr.rec)
	srv := httptest.NewServer(Handler(st))
	defer srv.Close()
	tests := []struct {
		q, want string
	}{
		{"conseil", `a déclaré: «Le port rouvrira bientôt», devant le <mark class="hit">conseil</mark> de Brest.`},
		{"port", `a déclaré: «Le <mark class="hit">port</mark> rouvrira bientôt», devant`},
	}
	for _, tt := range tests {
		_, body := get(t, srv.URL+"/search?q="+tt.q)
		if !strings.Contains(body, tt.want) {
			_, snippet, _ := strings.Cut(body, `<p class="snippet">`)
			t.Errorf("q=%s: snippet %.200s; want it to contain %s", tt.q, snippet, tt.want)
		}
	}
}
