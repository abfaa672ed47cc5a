// Package web is newsgraph's browser UI: server-rendered pages for the
// corpus overview, search, one article with its entities, quotes and dates
// marked in the text, one entity with its timeline and quotes, and the
// network of who speaks about whom.
//
// Pages are html/template output over a Data source (FromStore adapts the
// corpus store). JavaScript is used only where interaction needs it (the
// network drawing), from static files embedded in the binary; the
// Content-Security-Policy forbids inline script, and all article text is
// escaped, so hostile articles cannot run code in the reader's browser.
// Third-party files (cytoscape) come from npm at build time into
// static/vendor; without them the network page falls back to a table.
package web

import (
	"embed"
	"errors"
	"io/fs"
	"log"
	"net/http"
	"strconv"
	"strings"
	"time"

	"newsgraph/internal/store"
	_ "time/tzdata" // publication times are shown in their own zone on any machine
)

//go:embed static templates
var files embed.FS

// contentPolicy allows nothing but this server's own files: no inline
// script or style, no plugins, no framing, no remote anything.
const contentPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// server holds the parsed templates and the data source.
type server struct {
	data     Data
	pages    pages
	hasGraph bool // static/vendor/cytoscape.min.js was built in
	logf     func(format string, args ...any)
}

// Handler serves the UI over the corpus store. Mount it at "/"; it serves
// /, /corpus, /search, /article/{id}, /entity/{id}, /network,
// /network.json and /static/.
func Handler(st store.Store) http.Handler { return New(FromStore(st)) }

// New serves the UI over any Data.
func New(d Data) http.Handler {
	static, err := fs.Sub(files, "static")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	return newHandler(d, static)
}

// newHandler serves the UI with static files from static, which may lack
// the vendor files (a build without npm).
func newHandler(d Data, static fs.FS) http.Handler {
	s := &server{data: d, pages: parsePages(), logf: log.Printf}
	if _, err := fs.Stat(static, "vendor/cytoscape.min.js"); err == nil {
		s.hasGraph = true
	}
	serveStatic := http.StripPrefix("/static/", cacheFor(time.Hour, http.FileServerFS(static)))
	mux := http.NewServeMux()
	for path, serve := range map[string]http.HandlerFunc{
		"/{$}":          s.corpus,
		"/corpus":       s.corpus,
		"/search":       s.search,
		"/article/{id}": s.article,
		"/entity/{id}":  s.entity,
		"/network":      s.network,
		"/network.json": s.networkJSON,
		"/static/": func(w http.ResponseWriter, r *http.Request) {
			if strings.HasSuffix(r.URL.Path, "/") { // no directory listings
				s.notFound(w, r)
				return
			}
			serveStatic.ServeHTTP(w, r)
		},
	} {
		mux.HandleFunc("GET "+path, serve)
		// Other methods would fall to the catch-all and read as "no page".
		mux.HandleFunc(path, s.notAllowed)
	}
	mux.HandleFunc("/", s.notFound)
	return secure(mux)
}

// secure adds the headers every response carries.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

func cacheFor(d time.Duration, next http.Handler) http.Handler {
	value := "public, max-age=" + strconv.Itoa(int(d.Seconds()))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", value)
		next.ServeHTTP(w, r)
	})
}

func (s *server) notFound(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusNotFound, "error", errorPage{Title: "Not found", Message: "There is no page at this address."})
}

// notAllowed answers a method other than GET or HEAD on a page: every
// page only reads.
func (s *server) notAllowed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	s.render(w, r, http.StatusMethodNotAllowed, "error", errorPage{Title: "Method not allowed", Message: "This page can only be read (GET)."})
}

// fail answers a request whose data could not be read: 400 for invalid
// filters, 404 for unknown ids, 500 (logged, with no detail shown)
// otherwise.
func (s *server) fail(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, ErrInvalid) {
		s.render(w, r, http.StatusBadRequest, "error", errorPage{Title: "Check the filters", Message: "The search could not be run: " + err.Error()})
		return
	}
	if errors.Is(err, ErrNotFound) {
		s.render(w, r, http.StatusNotFound, "error", errorPage{Title: "Not found", Message: "Nothing in the corpus has this id."})
		return
	}
	s.logf("web: %s %s: %v", r.Method, r.URL.Path, err)
	s.render(w, r, http.StatusInternalServerError, "error", errorPage{Title: "Something went wrong", Message: "The corpus could not be read. The server log says why."})
}

type errorPage struct{ Title, Message string }
