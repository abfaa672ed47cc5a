package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestSecondIngestWaitsForTheFirst runs two ingests into one SQLite file.
// The first reads a URL that answers only when the test says so, so it
// is still running, deterministically, when the second starts: the
// second must say that it waits and store nothing until the first is
// done (before, it raced the first for SQLite's write lock), --no-wait
// must exit 75 pointing to PostgreSQL, a query must answer meanwhile,
// and both ingests must then complete.
func TestSecondIngestWaitsForTheFirst(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "corpus.db")
	local := filepath.Join(dir, "b.jsonl")
	os.WriteFile(local, jsonlArticles("b", 2), 0o644)

	requested, release := make(chan struct{}), make(chan struct{})
	var once, released sync.Once
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		once.Do(func() { close(requested) })
		<-release
		w.Header().Set("Content-Type", "application/x-ndjson")
		w.Write(jsonlArticles("a", 2))
	}))
	defer srv.Close()
	letGo := func() { released.Do(func() { close(release) }) }
	defer letGo() // before srv.Close, which waits for the handler

	args := []string{"ingest", "--db", db, "--no-tagger", "--progress", "none"}
	first := startCommand(append(args, srv.URL+"/a.jsonl"))
	defer func() { letGo(); first.wait() }() // the temporary directory outlives it
	select {
	case <-requested: // the first ingest has its lock and the store open
	case <-first.done:
		t.Fatalf("the first ingest ended (exit %d) before reading its source:\n%s", first.code, first.errs)
	case <-time.After(20 * time.Second):
		t.Fatal("the first ingest did not read its source in 20 s")
	}

	second := startCommand(append(args, local))
	defer second.wait()
	waiting := fmt.Sprintf("another ingest (pid %d) is writing to %s; waiting", os.Getpid(), db)
	for deadline := time.Now().Add(20 * time.Second); !strings.Contains(second.errs.String(), waiting); {
		select {
		case <-second.done:
			t.Fatalf("the second ingest did not wait for the first: exit %d, stderr:\n%s", second.code, second.errs)
		case <-time.After(10 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %q on stderr in 20 s:\n%s", waiting, second.errs)
		}
	}
	if n := storedArticles(t, db); n != 0 {
		t.Errorf("%d articles stored while the first ingest held the file, want 0", n)
	}
	code, _, noWait := run(t, "", append(args, "--no-wait", local)...)
	if code != exitBusy || !strings.Contains(noWait, "another ingest (pid ") || !strings.Contains(noWait, "PostgreSQL") {
		t.Errorf("--no-wait: exit %d (want %d), stderr:\n%s", code, exitBusy, noWait)
	}

	letGo()
	if code := first.wait(); code != 0 {
		t.Errorf("first ingest: exit %d, stderr:\n%s", code, first.errs)
	}
	if code := second.wait(); code != 0 || !strings.Contains(second.errs.String(), "the other ingest has ended") {
		t.Errorf("second ingest: exit %d, stderr:\n%s", code, second.errs)
	}
	if n := storedArticles(t, db); n != 4 {
		t.Errorf("%d articles stored by the two ingests, want 4", n)
	}
}

// jsonlArticles is n short JSONL articles with URLs under prefix.
func jsonlArticles(prefix string, n int) []byte {
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, `{"id": "%s%d", "url": "https://example.com/%s/%d", "title": "Story %s%d", "text": "The mayor of Lyon said on Monday that bridge %s%d would reopen in October."}`+"\n",
			prefix, i, prefix, i, prefix, i, prefix, i)
	}
	return b.Bytes()
}

// background is a newsgraph command running in a goroutine: done is
// closed when it ends, with its exit code in code; errs fills as it runs.
type background struct {
	done chan struct{}
	code int
	errs *syncBuffer
}

func startCommand(args []string) *background {
	b := &background{done: make(chan struct{}), errs: &syncBuffer{}}
	go func() {
		defer close(b.done)
		var out bytes.Buffer
		b.code = dispatch(args, &out, b.errs)
	}()
	return b
}

// wait waits for the command to end (any number of times) and returns
// its exit code.
func (b *background) wait() int {
	<-b.done
	return b.code
}

// storedArticles asks `query stats` how many articles db holds: a reader,
// which an ingest holding the write lock must not hold up.
func storedArticles(t *testing.T, db string) int {
	t.Helper()
	code, out, errs := run(t, "", "query", "stats", "--db", db, "--format", "csv")
	var n int
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "total,articles,") {
			fmt.Sscan(strings.TrimPrefix(line, "total,articles,"), &n)
		}
	}
	if code != 0 {
		t.Fatalf("query stats: exit %d, %s", code, errs)
	}
	return n
}

// syncBuffer is a bytes.Buffer safe to write and read from two goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
