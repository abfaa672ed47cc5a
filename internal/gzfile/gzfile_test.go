package gzfile

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestOpenPlainAndGzipped(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "a.txt")
	os.WriteFile(plain, []byte("hello"), 0o644)
	zipped := filepath.Join(dir, "a.txt.gz")
	f, _ := os.Create(zipped)
	z := gzip.NewWriter(f)
	z.Write([]byte("hello"))
	z.Close()
	f.Close()
	for _, p := range []string{plain, zipped} {
		rc, err := Open(p)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil || string(b) != "hello" {
			t.Errorf("%s: read %q, %v", p, b, err)
		}
	}
	bad := filepath.Join(dir, "bad.gz")
	os.WriteFile(bad, []byte("not gzip"), 0o644)
	if _, err := Open(bad); err == nil {
		t.Error("a .gz file that is not gzip opened without error")
	}
}
