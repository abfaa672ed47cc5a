// Package gzfile opens data files that may be gzipped: training and gold
// files (CoNLL, JSONL, TSV) come either way.
package gzfile

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
)

// Open opens path for reading, decompressing it when its name ends in
// ".gz". The caller closes the result, which closes the file too.
func Open(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(path, ".gz") {
		return f, nil
	}
	z, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return gzReadCloser{z, f}, nil
}

type gzReadCloser struct {
	*gzip.Reader
	file *os.File
}

func (g gzReadCloser) Close() error {
	g.Reader.Close()
	return g.file.Close()
}
