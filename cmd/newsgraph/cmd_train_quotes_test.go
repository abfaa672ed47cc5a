package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// The shipped quote models must be what 'newsgraph train quotes' makes of
// PolNeAR's train split with the code as it is: rules feed the models'
// training (the frame model's labels check speakers), so a rule change
// that is not followed by retraining would leave models no command
// reproduces.
func TestShippedQuoteModelsReproduce(t *testing.T) {
	if testing.Short() {
		t.Skip("retrains the quote models (a few seconds)")
	}
	data := filepath.Join("..", "..", "..", "shared", "data", "polnear", "train.jsonl.gz")
	if _, err := os.Stat(data); err != nil {
		t.Skipf("PolNeAR train split not found at %s (../shared absent): skipping", data)
	}
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	if code := dispatch([]string{"train", "quotes", "--data", data, "--out", dir}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, name := range []string{"cuemodel.bin.gz", "framemodel.bin.gz"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("..", "..", "internal", "quote", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: retraining gives %d bytes that differ from the shipped %d; run newsgraph train quotes --data %s --out internal/quote and check the dev figures",
				name, len(got), len(want), data)
		}
	}
}
