package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A two-quote gold file written for this test: one direct quote with its
// speaker after it, one indirect with the speaker before.
const quoteGold = `{"id":"t1","text":"\"The bridge opens in May,\" the mayor said.\n\nThe council said the budget would shrink next year.","date":"2024-03-01","quotes":[` +
	`{"quote":"The bridge opens in May,","quote_start":1,"quote_end":25,"quote_spans":[[1,25]],"speaker":"the mayor","speaker_start":27,"speaker_end":36,"cue":"said","cue_spans":[[37,41]],"kind":"direct"},` +
	`{"quote":"the budget would shrink next year","quote_start":61,"quote_end":94,"quote_spans":[[61,94]],"speaker":"The council","speaker_start":44,"speaker_end":55,"cue":"said","cue_spans":[[56,60]],"kind":"indirect"}]}` + "\n"

func TestEvalQuotes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gold.jsonl")
	if err := os.WriteFile(path, []byte(quoteGold), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := dispatch([]string{"eval", "quotes", "--gold", path}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	// stderr is no terminal here, so no running count is written to it.
	if !strings.Contains(out.String(), "end-to-end") || strings.Contains(errOut.String(), "articles,") {
		t.Errorf("unexpected output:\n%s\nstderr:\n%s", out.String(), errOut.String())
	}
	out.Reset()
	if code := dispatch([]string{"eval", "quotes", "--gold", path, "--json"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var report struct {
		Rows []struct {
			Kind     string `json:"kind"`
			Gold     int    `json:"gold"`
			EndToEnd struct {
				F1 float64 `json:"f1"`
			} `json:"end_to_end"`
		} `json:"rows"`
	}
	if err := json.Unmarshal(out.Bytes(), &report); err != nil {
		t.Fatalf("--json output: %v\n%s", err, out.String())
	}
	if len(report.Rows) == 0 || report.Rows[0].Kind != "all" || report.Rows[0].Gold != 2 {
		t.Fatalf("rows: %+v", report.Rows)
	}
	// Both statements are plain; the pipeline should get them right.
	if report.Rows[0].EndToEnd.F1 != 1 {
		t.Errorf("end-to-end F1 %.3f on two plain statements, want 1", report.Rows[0].EndToEnd.F1)
	}
	if code := dispatch([]string{"eval", "quotes"}, &out, &errOut); code != 2 {
		t.Errorf("missing --gold: exit %d, want 2", code)
	}
}
