package output

import (
	"bytes"
	"testing"

	"newsgraph/internal/record"
)

// TestJSONRecordsMatchesJSON: streamed output is byte for byte what JSON
// writes for the whole list (the single record alone, [] for none).
func TestJSONRecordsMatchesJSON(t *testing.T) {
	recs := []*record.Record{
		{ID: "a", Text: "Rouhani said <x> & \"y\".", Entities: []record.Entity{{ID: "e1", Name: "Rouhani", Type: "PERSON"}}},
		{ID: "b", Text: "Second."},
		{ID: "c", Text: "Third.\nLine two."},
	}
	for n := 0; n <= len(recs); n++ {
		var got, want bytes.Buffer
		j := NewJSONRecords(&got)
		for _, r := range recs[:n] {
			if err := j.Add(r); err != nil {
				t.Fatal(err)
			}
		}
		if err := j.Close(); err != nil {
			t.Fatal(err)
		}
		switch n {
		case 0:
			JSON(&want, []*record.Record{})
		case 1:
			JSON(&want, recs[0])
		default:
			JSON(&want, recs[:n])
		}
		if got.String() != want.String() {
			t.Errorf("%d records:\ngot\n%s\nwant\n%s", n, got.String(), want.String())
		}
	}
}
