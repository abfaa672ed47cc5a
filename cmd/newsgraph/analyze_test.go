package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	if stdin != "" {
		f, err := os.CreateTemp(t.TempDir(), "stdin")
		if err != nil {
			t.Fatal(err)
		}
		f.WriteString(stdin)
		f.Seek(0, 0)
		old := os.Stdin
		os.Stdin = f
		defer func() { os.Stdin = old; f.Close() }()
	}
	code = dispatch(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestAnalyzeSkipsBadRecordsAndSaysWhere(t *testing.T) {
	dir := t.TempDir()
	jsonl := filepath.Join(dir, "batch.jsonl")
	lines := []string{
		`{"id": "a1", "text": "Prime Minister Justin Trudeau said on Monday that Canada would help."}`,
		`{"id": "a2", "text": `, // invalid JSON
		`{"id": "a3", "text": ""}`,
		`{"id": "a4", "text": "The mayor of Lyon said the bridge would reopen."}`,
	}
	os.WriteFile(jsonl, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	code, out, errs := run(t, "", "analyze", "--format", "jsonl", "--no-tagger", jsonl)
	if code != 1 {
		t.Errorf("exit code %d, want 1 when records were skipped", code)
	}
	for _, want := range []string{jsonl + ":2:", jsonl + ":3:", "2 article(s) analysed, 2 skipped"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct{ ID string }
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("output line is not JSON: %v", err)
		}
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, ",") != "a1,a4" {
		t.Errorf("analysed %v, want a1,a4 in input order", ids)
	}
}

func TestAnalyzeStdinAndFlags(t *testing.T) {
	code, out, errs := run(t, "Chancellor Olaf Scholz visited Paris on Friday.\n", "analyze", "--format", "json", "--no-tagger", "--published", "2023-06-10", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r struct {
		Dates []struct{ Text, Value string }
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not one JSON record: %v", err)
	}
	if len(r.Dates) != 1 || r.Dates[0].Value != "2023-06-09" {
		t.Errorf("dates %+v, want Friday = 2023-06-09", r.Dates)
	}
	if code, _, _ := run(t, "", "analyze", "--format", "xml", "-"); code != 2 {
		t.Errorf("unknown format: exit %d, want 2", code)
	}
	if code, _, _ := run(t, "", "analyze", "--published", "soon", "-"); code != 2 {
		t.Errorf("bad --published: exit %d, want 2", code)
	}
	if code, out, _ := run(t, "", "analyze", "--help"); code != 0 || !strings.Contains(out, "--published") {
		t.Errorf("--help: exit %d, output %q", code, out)
	}
}

func TestEveryCommandHasHelp(t *testing.T) {
	for name := range commands {
		code, out, errs := run(t, "", name, "--help")
		if code != 0 || !strings.Contains(out, "Usage") {
			t.Errorf("%s --help: exit %d, stdout %q, stderr %q", name, code, out, errs)
		}
	}
}

// failingWriter fails every write, as stdout does when its reader has gone.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

// When writing fails, analyze stops: it reports the write error once and
// reads no further input (it used to say "stopped" for every input left).
func TestAnalyzeStopsWhenOutputFails(t *testing.T) {
	dir := t.TempDir()
	var inputs []string
	for i := range 3 {
		path := filepath.Join(dir, fmt.Sprintf("batch%d.jsonl", i))
		var b strings.Builder
		for j := range 40 {
			fmt.Fprintf(&b, `{"id": "a%d-%d", "text": "The mayor of Lyon said on Monday that the old stone bridge over the river would reopen in May after repairs."}`+"\n", i, j)
		}
		os.WriteFile(path, []byte(b.String()), 0o644)
		inputs = append(inputs, path)
	}
	var errb bytes.Buffer
	code := dispatch(append([]string{"analyze", "--format", "jsonl", "--no-tagger", "--workers", "1"}, inputs...), failingWriter{}, &errb)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if n := strings.Count(errb.String(), "broken pipe"); n != 1 {
		t.Errorf("write error reported %d times, want once:\n%s", n, errb.String())
	}
	if strings.Contains(errb.String(), "stopped") {
		t.Errorf("stderr reports a stop as an input error:\n%s", errb.String())
	}
}

// --max-mb sets the largest article read: a larger one is reported with
// the limit and skipped, and the limit can be raised.
func TestAnalyzeMaxMB(t *testing.T) {
	big := filepath.Join(t.TempDir(), "long.txt")
	para := "The council met on Monday and agreed to repair the old harbour bridge.\n\n"
	os.WriteFile(big, []byte(strings.Repeat(para, (1<<20)/len(para)+1)), 0o644)
	code, _, errs := run(t, "", "analyze", "--format", "jsonl", "--no-tagger", "--max-mb", "1", big)
	if code != 1 || !strings.Contains(errs, big+": larger than 1 MB, the limit for one article") {
		t.Errorf("--max-mb 1: exit %d, stderr %q; want 1 and the limit named", code, errs)
	}
	if code, _, errs := run(t, "", "analyze", "--format", "jsonl", "--no-tagger", "--max-mb", "2", big); code != 0 {
		t.Errorf("--max-mb 2: exit %d, stderr %q", code, errs)
	}
	if code, _, errs := run(t, "", "analyze", "--max-mb", "0", big); code != 2 || !strings.Contains(errs, "--max-mb 0: want 1 or more") {
		t.Errorf("--max-mb 0: exit %d, stderr %q", code, errs)
	}
}
