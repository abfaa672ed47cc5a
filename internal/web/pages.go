package web

import (
	"bytes"
	"html/template"
	"net/http"
	"strconv"
	"strings"
	"time"

	"newsgraph/internal/store"
)

// pages maps a page name to its template: templates/layout.html with
// templates/NAME.html, which defines "title" and "main".
type pages map[string]*template.Template

var pageNames = []string{"corpus", "search", "article", "entity", "network", "error"}

var funcs = template.FuncMap{
	"entityURL":  entityURL,
	"articleURL": articleURL,
	"typeClass":  typeClass,
	"typeLabel":  typeLabel,
	"kindLabel":  kindLabel,
	"published":  published,
	"day":        day,
	"plural":     plural,
	"highlight":  highlight,
	"listCap":    func() int { return entityListCap },
	"cut":        cutAt,
}

// listCut says that a list shows Shown of Total matches.
type listCut struct{ Shown, Total int }

// cutAt is the listCut of a search list that stops at limit, nil when
// every match is shown.
func cutAt(total, limit int) *listCut {
	if total <= limit {
		return nil
	}
	return &listCut{Shown: limit, Total: total}
}

func parsePages() pages {
	p := pages{}
	for _, name := range pageNames {
		p[name] = template.Must(template.New("layout.html").Funcs(funcs).
			ParseFS(files, "templates/layout.html", "templates/parts.html", "templates/"+name+".html"))
	}
	return p
}

// view is what the layout gets: the page's own data and what every page
// shows (the search box keeps its text).
type view struct {
	Page     any
	Query    string
	HasGraph bool
	Nav      string // which navigation link is the current page
}

// render executes a page into a buffer first, so a template error becomes
// a clean 500 rather than half a page.
func (s *server) render(w http.ResponseWriter, r *http.Request, status int, name string, page any) {
	var buf bytes.Buffer
	v := view{Page: page, Query: r.URL.Query().Get("q"), HasGraph: s.hasGraph, Nav: name}
	if err := s.pages[name].Execute(&buf, v); err != nil {
		s.logf("web: render %s: %v", name, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// published shows a publication time in the zone it was given in, or in
// tz (an IANA name) when that loads: "Fri 7 Sep 2018 15:00 IDT
// (Asia/Jerusalem)". Dates and unparsable values are shown as given.
func published(value, tz string) string {
	t, err := time.Parse(time.RFC3339, value)
	if err != nil {
		return value
	}
	zone := ""
	if loc, err := time.LoadLocation(tz); err == nil && tz != "" {
		t, zone = t.In(loc), " ("+tz+")"
	}
	return t.Format("Mon 2 Jan 2006 15:04 MST") + zone
}

// day shows a YYYY-MM-DD date as "7 Sep 2018".
func day(value string) string {
	if len(value) >= 10 {
		if t, err := time.Parse("2006-01-02", value[:10]); err == nil {
			return t.Format("2 Jan 2006")
		}
	}
	return value
}

// plural says "1 quote" or "3 quotes".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// highlight shows a search snippet, escaped, with the matches the store
// marked between store.SnippetOpen and SnippetClose in <mark>. (Not
// between « and », as the API shows them: the text may have its own.)
func highlight(snippet string) template.HTML {
	const open1, close1 = store.SnippetOpen, store.SnippetClose
	var b strings.Builder
	open := false
	for _, part := range strings.SplitAfter(snippet, close1) {
		before, match, found := strings.Cut(part, open1)
		b.WriteString(esc(strings.TrimSuffix(before, close1)))
		if found {
			b.WriteString(`<mark class="hit">`)
			open = true
			b.WriteString(esc(strings.TrimSuffix(match, close1)))
		}
		if open && strings.HasSuffix(part, close1) {
			b.WriteString("</mark>")
			open = false
		}
	}
	if open {
		b.WriteString("</mark>")
	}
	return template.HTML(b.String())
}
