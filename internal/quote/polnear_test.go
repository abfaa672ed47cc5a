package quote

import (
	"bytes"
	"os"
	"testing"

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
	if _, err := os.Stat(path); err != nil {
		t.Skip("PolNeAR dev split not found at " + path)
	}
	arts, err := quoteeval.ReadGold(path)
	if err != nil {
		t.Fatal(err)
	}
	res := quoteeval.NewResult()
	for _, a := range arts {
		d := doc.New(a.Text)
		segment.Segment(d)
		Attribute(d)
		res.Score(a.Text, a.Quotes, quoteeval.FromDoc(d))
	}
	var buf bytes.Buffer
	res.WriteText(&buf)
	t.Log("\n" + buf.String())
	all := res["all"].Scores()
	if all.F1[quoteeval.Loose] < 0.5 || all.E2EF1 < 0.4 {
		t.Errorf("dev quote F1 %.3f, end-to-end F1 %.3f: below the floor", all.F1[quoteeval.Loose], all.E2EF1)
	}
}
