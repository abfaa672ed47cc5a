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
