package ingest

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"reflect"
	"testing"
	"time"

	"newsgraph/internal/store"
)

const (
	helperEnv     = "NEWSGRAPH_INGEST_HELPER_DB"
	killArticles  = 300
	killAfterRows = 40
)

// TestHelperIngest is not a test: TestKillAndRerun runs the test binary
// again with only this function, as a separate ingest process to kill.
func TestHelperIngest(t *testing.T) {
	db := os.Getenv(helperEnv)
	if db == "" {
		t.Skip("helper process for TestKillAndRerun")
	}
	// Slow enough that the run is still going when the parent, polling
	// the database, sees the first articles (the writer commits them in
	// batches, so they appear dozens at a time).
	if err := ingestInto(db, 10*time.Millisecond); err != nil {
		t.Fatal(err)
	}
}

func ingestInto(db string, delay time.Duration) error {
	s, err := store.OpenSQLite(context.Background(), db)
	if err != nil {
		return err
	}
	defer s.Close()
	_, err = Run(context.Background(), s, fakeAnalyzer{delay: delay}, []string{"good"}, Options{Workers: 2, Walk: sliceWalk(articles(killArticles))})
	return err
}

// TestKillAndRerun kills an ingest process (SIGKILL, no chance to clean
// up) part way, runs it again, and checks the store ends with exactly the
// articles and records of a clean run.
func TestKillAndRerun(t *testing.T) {
	dir := t.TempDir()
	clean, killed := dir+"/clean.db", dir+"/killed.db"
	if err := ingestInto(clean, 0); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperIngest$")
	cmd.Env = append(os.Environ(), helperEnv+"="+killed)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stored := waitForArticles(t, killed, killAfterRows)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	n := count(t, killed)
	t.Logf("killed after %d articles were stored (%d when the kill was sent)", n, stored)
	if n >= killArticles {
		t.Fatalf("the helper finished all %d articles before the kill: the test proved nothing", n)
	}

	cmd = exec.Command(os.Args[0], "-test.run=^TestHelperIngest$")
	cmd.Env = append(os.Environ(), helperEnv+"="+killed)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	want, got := contents(t, clean), contents(t, killed)
	if n := count(t, killed); n != killArticles {
		t.Errorf("after kill and rerun the store holds %d articles, want %d", n, killArticles)
	}
	if !reflect.DeepEqual(got, want) {
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s: after kill and rerun %s, clean run %s", k, got[k], v)
			}
		}
		for k := range got {
			if _, ok := want[k]; !ok {
				t.Errorf("%s: stored after kill and rerun, not by a clean run", k)
			}
		}
	}
}

func waitForArticles(t *testing.T, db string, n int) int {
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if _, err := os.Stat(db); err == nil {
			if c := count(t, db); c >= n {
				return c
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("the helper stored fewer than %d articles in 30 s", n)
	return 0
}

func count(t *testing.T, db string) int {
	s, err := store.OpenSQLite(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background(), store.StatsQuery{})
	if err != nil {
		t.Fatal(err)
	}
	return st.Articles
}

// contents maps each stored article's key to its record JSON and entity
// count, which is what a rerun must reproduce exactly.
func contents(t *testing.T, db string) map[string]string {
	ctx := context.Background()
	s, err := store.OpenSQLite(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	out := map[string]string{}
	page, err := s.Articles(ctx, store.ArticleQuery{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, sum := range page.Articles {
		a, err := s.Article(ctx, sum.ID)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(a.Record)
		out[a.Key] = string(b)
	}
	ents, err := s.Entities(ctx, store.EntityQuery{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		b, _ := json.Marshal([]any{e.Name, e.Type, e.Articles, e.Mentions})
		out["entity:"+e.Name] = string(b)
	}
	return out
}
