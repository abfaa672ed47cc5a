package main

import (
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"newsgraph/internal/store"
)

// TestServeCompresses: pages and API answers (of a kilobyte or more) are
// gzipped for a client that asks, and plain for one that does not.
func TestServeCompresses(t *testing.T) {
	db := corpusOf(t, `{"id": "n1", "title": "Bridge", "text": "The mayor of Lyon said the bridge would reopen in October. `+strings.Repeat("The council met again about the bridge. ", 60)+`"}`)
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv := httptest.NewServer(serveHandler(st))
	defer srv.Close()
	for _, path := range []string{"/article/1", "/api/v1/articles/1"} {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		req.Header.Set("Accept-Encoding", "gzip") // set by hand, so the client leaves the body compressed
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != 200 || resp.Header.Get("Content-Encoding") != "gzip" {
			t.Errorf("%s: status %d, Content-Encoding %q; want 200, gzip", path, resp.StatusCode, resp.Header.Get("Content-Encoding"))
			resp.Body.Close()
			continue
		}
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		body, err := io.ReadAll(zr)
		resp.Body.Close()
		if err != nil || !strings.Contains(string(body), "Bridge") {
			t.Errorf("%s: gunzipped body %.200q, %v; want the article", path, body, err)
		}
	}
	req, _ := http.NewRequest("GET", srv.URL+"/api/v1/articles/1", nil)
	req.Header.Set("Accept-Encoding", "identity")
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Header.Get("Content-Encoding") != "" {
		t.Errorf("a client without gzip got Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}
}

// TestServeTimeouts: every phase of a connection has a limit. With only
// ReadHeaderTimeout set, a client could keep any number of idle
// keep-alive connections, or a response it never reads, open forever.
func TestServeTimeouts(t *testing.T) {
	srv := newServer(http.NotFoundHandler())
	for _, tt := range []struct {
		name string
		d    time.Duration
	}{
		{"ReadHeaderTimeout", srv.ReadHeaderTimeout},
		{"ReadTimeout", srv.ReadTimeout},
		{"WriteTimeout", srv.WriteTimeout},
		{"IdleTimeout", srv.IdleTimeout},
	} {
		if tt.d <= 0 {
			t.Errorf("%s not set", tt.name)
		}
	}
}
