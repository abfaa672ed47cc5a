//go:build unix

package reader

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// TestWalkFollowsLinks walks a folder on disk with a link to another
// folder (followed), a link back to the folder itself (reported, not
// walked forever), a broken link and a named pipe (reported; reading the
// pipe would block the run).
func TestWalkFollowsLinks(t *testing.T) {
	root := t.TempDir()
	corpus, elsewhere := filepath.Join(root, "corpus"), filepath.Join(root, "crawl")
	for _, d := range []string{corpus, elsewhere} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p, text string) {
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(corpus, "a.txt"), "The council met on Monday.")
	write(filepath.Join(elsewhere, "b.txt"), "The mayor spoke on Tuesday.")
	for link, target := range map[string]string{"more": elsewhere, "loop": corpus, "gone.txt": filepath.Join(root, "nothing")} {
		if err := os.Symlink(target, filepath.Join(corpus, link)); err != nil {
			t.Skip("no symbolic links here: ", err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(corpus, "pipe.txt"), 0o644); err != nil {
		t.Skip("no named pipes here: ", err)
	}
	var ids, problems []string
	err := Walk(corpus, Options{}, func(a Article) error { ids = append(ids, a.ID); return nil },
		func(p Problem) { problems = append(problems, p.String()) })
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(ids)
	if !slices.Equal(ids, []string{"a", "more/b"}) {
		t.Errorf("articles %v, want a and more/b (through the link)", ids)
	}
	for _, want := range []string{"gone.txt: broken link", "loop: link to a folder it is inside of", "pipe.txt: not a regular file"} {
		if !slices.ContainsFunc(problems, func(p string) bool { return strings.Contains(p, want) }) {
			t.Errorf("problems %q lack %q", problems, want)
		}
	}
}
