package pipeline

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"

	"newsgraph/internal/reader"
	"newsgraph/internal/record"
)

// Recorder analyses an article into its record: a Pipeline, or a stand-in
// in tests.
type Recorder interface {
	Record(reader.Article) (*record.Record, error)
}

// SafeRecord runs r.Record(a), turning a panic into an error that says
// where analysis broke, so that one odd article is reported and skipped
// instead of ending a batch.
func SafeRecord(r Recorder, a reader.Article) (rec *record.Record, err error) {
	defer func() {
		if p := recover(); p != nil {
			rec, err = nil, fmt.Errorf("analysis failed: %v%s", p, panicSite(debug.Stack()))
		}
	}()
	rec, err = r.Record(a)
	if err == nil && rec == nil {
		err = errors.New("analysis returned no record")
	}
	return rec, err
}

// panicSite finds the first frame of our own code below the panic in a
// stack trace: " (at internal/quote/attribute.go:123)".
func panicSite(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "panic(") && !strings.Contains(l, "runtime.gopanic") {
			continue
		}
		for _, f := range lines[i+1:] {
			f = strings.TrimSpace(f)
			if j := strings.Index(f, "/internal/"); j >= 0 && strings.Contains(f, ".go:") && !strings.Contains(f, "/internal/pipeline/guard.go") {
				if k := strings.Index(f, " +0x"); k >= 0 {
					f = f[:k]
				}
				return " (at " + f[j+1:] + ")"
			}
		}
	}
	return ""
}
