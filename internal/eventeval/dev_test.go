package eventeval_test

import (
	"errors"
	"io/fs"
	"strings"
	"testing"

	"newsgraph/internal/doc"
	"newsgraph/internal/eventeval"
	"newsgraph/internal/pipeline"
	"newsgraph/internal/reader"
)

// TestPloverDev runs the whole pipeline over the PLOVER gold-standard
// development sentences and holds the targets: event-type
// accuracy and source-country accuracy of at least 0.80.
func TestPloverDev(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline over 163 sentences")
	}
	golds, err := eventeval.ReadGoldFile("../../../shared/data/plover-gsr/dev.jsonl")
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("../shared/data/plover-gsr/dev.jsonl is absent")
	}
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Options{Raw: true})
	if err != nil {
		t.Fatal(err)
	}
	r, _, err := eventeval.Run(golds, func(id, text string) (*doc.Doc, error) {
		return p.Analyze(reader.Article{ID: id, Text: text})
	})
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	r.Write(&sb)
	t.Log("\n" + sb.String())
	if r.TypeAny.Rate() < 0.80 {
		t.Errorf("event-type accuracy %v, want at least 0.80", r.TypeAny)
	}
	if r.SourceCountry.Rate() < 0.80 {
		t.Errorf("source country accuracy %v, want at least 0.80", r.SourceCountry)
	}
}
