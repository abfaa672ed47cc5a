package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/klauspost/compress/gzhttp"
	"github.com/klauspost/compress/gzip"

	"newsgraph/internal/api"
	"newsgraph/internal/store"
	"newsgraph/internal/web"
)

func init() {
	register(&command{name: "serve", summary: "serve the corpus: web UI at / and JSON API at /api/v1/", run: runServe})
}

const serveHelp = `
Serves an ingested corpus over HTTP: the web UI at / and the JSON API under
/api/v1/ (docs/api.md; every list also as CSV or JSONL with ?format=csv or
?format=jsonl). Stops cleanly on Ctrl-C or SIGTERM.

Examples:
  newsgraph serve
  newsgraph serve --addr 0.0.0.0:8080 --db postgres://localhost/news
`

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", "[flags]", serveHelp, stdout)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	dsn := fs.String("db", store.DefaultDSN(), "corpus database: SQLite file or postgres:// URL (env NEWSGRAPH_DB)")
	if done, code := parseFlags(fs, args, stderr); done {
		return code
	}
	if fs.NArg() > 0 {
		return badUsage(stderr, "serve", fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	if err := corpusExists(*dsn); err != nil {
		return failed(stderr, "serve", err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, err := store.Open(ctx, *dsn)
	if err != nil {
		return failed(stderr, "serve", err)
	}
	defer st.Close()

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return failed(stderr, "serve", err)
	}
	srv := newServer(serveHandler(st))
	fmt.Fprintf(stderr, "newsgraph serve: %s on http://%s/ (API at /api/v1/)\n", *dsn, ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err = <-done:
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		err = srv.Shutdown(shut)
	}
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		return failed(stderr, "serve", err)
	}
	return 0
}

// newServer serves h with a limit on every phase of a connection:
// without them a client that opens connections and then sends, reads or
// asks nothing more holds each one, and its goroutine, for ever. Requests
// are GETs without a body, and the slowest answer (an entity page of a
// large corpus) takes about a second, so the limits are generous.
func newServer(h http.Handler) *http.Server {
	return &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute}
}

// serveHandler is the API and the web UI on one mux, their responses
// gzipped for clients that accept it: an entity page of a large corpus
// runs to hundreds of kilobytes of HTML, a tenth of that compressed.
func serveHandler(st store.Store) http.Handler {
	mux := http.NewServeMux()
	mux.Handle(api.Prefix, api.Handler(st))
	mux.Handle("/", web.Handler(st))
	// The fastest level: most of the saving at a small share of the CPU.
	wrap, err := gzhttp.NewWrapper(gzhttp.CompressionLevel(gzip.BestSpeed))
	if err != nil {
		panic(err) // the options are fixed here
	}
	return wrap(mux)
}
