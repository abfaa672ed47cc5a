package main

import (
	"strings"
	"testing"
)

// A mistyped flag is an error: the message goes to stderr with exit 2,
// and nothing goes to stdout, where it would end up inside the JSON or
// CSV a script redirected there.
func TestBadFlagWritesOnlyToStderr(t *testing.T) {
	tests := []struct {
		args []string
		want string // in stderr
	}{
		{[]string{"analyze", "--bogus", "-"}, "-bogus"},
		{[]string{"analyze", "--workers", "many", "-"}, "-workers"},
		{[]string{"ingest", "--nope", "x.jsonl"}, "-nope"},
		{[]string{"query", "article", "-5"}, "-5"},
		{[]string{"serve", "--port", "80"}, "-port"},
		{[]string{"eval", "ner", "--gld", "x"}, "-gld"},
	}
	for _, tc := range tests {
		code, out, errs := run(t, "", tc.args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", tc.args, code)
		}
		if out != "" {
			t.Errorf("%v: stdout %q, want nothing", tc.args, firstLine(out))
		}
		if !strings.Contains(errs, tc.want) || !strings.Contains(errs, "see --help") {
			t.Errorf("%v: stderr %q lacks %q and a pointer to --help", tc.args, errs, tc.want)
		}
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// A negative number is a usage error in every command, before any work:
// some commands read one as "not given" and went on with the default.
func TestNegativeNumbersAreUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"analyze", "--workers", "-3", "../../examples/articles"},
		{"bench", "--limit", "-1", "../../examples/articles"},
		{"ingest", "--workers=-2", "../../examples/articles"},
		{"train", "ner", "--data", "x", "--out", "y", "--rate", "-0.1"},
		{"eval", "quotes", "--gold", "x", "--limit", "-5"},
	} {
		code, out, errs := run(t, "", args...)
		if code != 2 || out != "" || !strings.Contains(errs, "want a number ≥ 0") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and a note on stderr", args, code, out, errs)
		}
	}
}
