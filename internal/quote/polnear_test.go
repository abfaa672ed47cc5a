package quote

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
	"time"

	"newsgraph/internal/doc"
	"newsgraph/internal/quoteeval"
	"newsgraph/internal/segment"
)

// TestPolNeARDev scores attribution on PolNeAR's dev split with the
// segmenter alone (no entity layer, so speakers resolve only by overlap)
// and guards against regressions. The full pipeline's figures come from
// "newsgraph eval quotes".
func TestPolNeARDev(t *testing.T) {
	path := "../../../shared/data/polnear/dev.jsonl.gz"
	if p := os.Getenv("QUOTE_GOLD"); p != "" {
		path = p // for error analysis on another split
	}
	if _, err := os.Stat(path); err != nil {
		t.Skip("PolNeAR dev split not found at " + path)
	}
	arts, err := quoteeval.ReadGold(path)
	if err != nil {
		t.Fatal(err)
	}
	var dump *json.Encoder
	if p := os.Getenv("QUOTE_DUMP"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		dump = json.NewEncoder(f)
	}
	res := quoteeval.NewResult()
	var spent time.Duration
	for _, a := range arts {
		d := doc.New(a.Text)
		segment.Segment(d)
		t0 := time.Now()
		Attribute(d)
		spent += time.Since(t0)
		pred := quoteeval.FromDoc(d)
		res.Score(a.Text, a.Quotes, pred)
		if dump != nil {
			_ = dump.Encode(map[string]any{"id": a.ID, "quotes": pred})
		}
	}
	var buf bytes.Buffer
	res.WriteText(&buf)
	t.Logf("attribution took %v for %d articles\n%s", spent, len(arts), buf.String())
	all := res["all"].Scores()
	if all.F1[quoteeval.Loose] < 0.815 || all.E2EF1 < 0.745 {
		t.Errorf("dev quote F1 %.3f, end-to-end F1 %.3f: below the floor", all.F1[quoteeval.Loose], all.E2EF1)
	}
}
