package ner

import (
	"bufio"
	"fmt"
	"strings"

	"newsgraph/internal/conll"
)

// ReadClusters reads a word-cluster file: one "word<TAB>path" per line,
// where path is the cluster's bit string (as Brown clustering writes it;
// extra columns such as counts are ignored). Words are lower-cased.
func ReadClusters(path string) (map[string]string, error) {
	rc, err := conll.Open(path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(rc)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 2 || f[0] == "" || f[1] == "" {
			return nil, fmt.Errorf("%s:%d: want word<TAB>path", path, line)
		}
		out[strings.ToLower(f[0])] = f[1]
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}
