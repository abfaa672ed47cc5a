package main

import (
	"bytes"
	"regexp"
	"testing"
)

// TestBench runs bench on the bundled examples and checks every figure it
// promises is there, with a positive rate.
func TestBench(t *testing.T) {
	if testing.Short() {
		t.Skip("bench tags for two seconds")
	}
	var out, errOut bytes.Buffer
	if code := dispatch([]string{"bench", "--limit", "4", "../../examples/articles"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, re := range []string{
		`model load: \d`,
		`tagging, 1 core: [1-9]\d* tokens/s`,
		`analyze, 1 core: [0-9.]+ articles/s`,
		`analyze, \d+ workers: [0-9.]+ articles/s`,
		`store into SQLite, 1 per transaction: [0-9.]*[1-9][0-9.]* articles/s`,
		`store into SQLite, 32 per transaction: [0-9.]*[1-9][0-9.]* articles/s`,
		`peak memory \(max RSS\): \d+ MB`,
	} {
		if !regexp.MustCompile(re).MatchString(out.String()) {
			t.Errorf("bench output lacks %q:\n%s", re, out.String())
		}
	}
}
