package wordclusters

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"newsgraph/internal/gzfile"
)

// The clusters file, as 'newsgraph train clusters' writes it and
// 'newsgraph train ner --clusters' reads it: one "word<TAB>path" line per
// word, with "<TAB>casing" after the path when the word's casing is
// known, in byte order of the words. Words are lower-cased.

// Write writes clusters in the file format.
func Write(w io.Writer, clusters map[string]Word) error {
	bw := bufio.NewWriter(w)
	for _, word := range slices.Sorted(maps.Keys(clusters)) {
		c := clusters[word]
		if c.Casing != 0 {
			fmt.Fprintf(bw, "%s\t%s\t%c\n", word, c.Path, c.Casing)
		} else {
			fmt.Fprintf(bw, "%s\t%s\n", word, c.Path)
		}
	}
	return bw.Flush()
}

// WriteFile writes clusters to a file at path.
func WriteFile(path string, clusters map[string]Word) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := Write(f, clusters); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// ReadFile reads a clusters file (gzipped when its name ends in .gz).
func ReadFile(path string) (map[string]Word, error) {
	rc, err := gzfile.Open(path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return Read(rc, path)
}

// Read reads clusters in the file format; name is used in messages.
func Read(r io.Reader, name string) (map[string]Word, error) {
	out := map[string]Word{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 2 || f[0] == "" || f[1] == "" {
			return nil, fmt.Errorf("%s:%d: want word<TAB>path", name, line)
		}
		info := Word{Path: f[1]}
		if len(f) > 2 && len(f[2]) == 1 {
			info.Casing = f[2][0]
		}
		out[strings.ToLower(f[0])] = info
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}
