package ner

import (
	"bufio"
	"fmt"
	"strings"

	"newsgraph/internal/gzfile"
)

// ReadLexicon reads a word-cluster file as 'newsgraph train clusters'
// writes it: one "word<TAB>path[<TAB>casing]" per line, where path is the
// cluster's bit string and casing one of the letters WordInfo.Casing
// lists. Words are lower-cased.
func ReadLexicon(path string) (map[string]WordInfo, error) {
	rc, err := gzfile.Open(path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	out := map[string]WordInfo{}
	sc := bufio.NewScanner(rc)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 2 || f[0] == "" || f[1] == "" {
			return nil, fmt.Errorf("%s:%d: want word<TAB>path", path, line)
		}
		info := WordInfo{Path: f[1]}
		if len(f) > 2 && len(f[2]) == 1 {
			info.Casing = f[2][0]
		}
		out[strings.ToLower(f[0])] = info
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}
