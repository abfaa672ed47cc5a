package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// sharedData is the shared datasets directory, a sibling of the repository.
const sharedData = "../../../../shared/data"

// TestGenerateDeterministic runs the generator twice and checks that the
// outputs are identical to each other and to the embedded files, so the
// committed data is what the generator makes from today's sources.
func TestGenerateDeterministic(t *testing.T) {
	if _, err := os.Stat(filepath.Join(sharedData, "geonames", "cities15000.txt.gz")); err != nil {
		t.Skipf("shared datasets not found at %s: %v", sharedData, err)
	}
	if testing.Short() {
		t.Skip("generator run skipped in -short mode")
	}
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if err := run(sharedData, dir); err != nil {
			t.Fatal(err)
		}
	}
	files, _ := filepath.Glob(filepath.Join(a, "*"))
	if len(files) == 0 {
		t.Fatal("generator wrote no files")
	}
	for _, fa := range files {
		name := filepath.Base(fa)
		x, _ := os.ReadFile(fa)
		y, _ := os.ReadFile(filepath.Join(b, name))
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs", name)
		}
		embedded, err := os.ReadFile(filepath.Join("..", "data", name))
		if err != nil || !bytes.Equal(x, embedded) {
			t.Errorf("data/%s is not what the generator makes now (err %v): rerun it", name, err)
		}
	}
}

func TestPlausibleName(t *testing.T) {
	tests := map[string]bool{
		"Idleb": true, "Big Apple": true, "New York": true, "Teherán": true,
		"MOW": false, "mosko": false, "Москва": false, "Ab": false, "The": false, "N1": false,
	}
	for name, want := range tests {
		if got := plausibleName(name); got != want {
			t.Errorf("plausibleName(%q) = %v; want %v", name, got, want)
		}
	}
}
