package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalEvents(t *testing.T) {
	gold := `{"id": "t1", "text": "Germany condemned the Russian air strikes.", "gold_event_type": "ACCUSE", "source_actors": [{"actorText": "Germany", "code": "DEU"}], "target_actors": [{"actorText": "Russian", "code": "RUS"}]}
{"id": "t2", "text": "Police arrested dozens of protesters in Nairobi.", "gold_event_type": "COERCE", "source_actors": [{"actorText": "Police", "code": "KEN", "sector": "COP"}], "target_actors": [{"actorText": "protesters", "code": "KEN", "sector": "CVL"}]}
`
	path := filepath.Join(t.TempDir(), "gold.jsonl")
	if err := os.WriteFile(path, []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := dispatch([]string{"eval", "events", "--gold", path, "--errors"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{
		"records 2,",
		"event-type accuracy (any)  1.000 (2/2)",
		"source country accuracy    1.000 (2/2)",
		"ACCUSE",
		"COERCE",
		"time: pipeline",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}

	out.Reset()
	if code := dispatch([]string{"eval", "events", "--gold", path, "--json"}, &out, &errOut); code != 0 {
		t.Fatalf("--json: exit %d: %s", code, errOut.String())
	}
	var rep struct {
		Records int                      `json:"records"`
		TypeAny struct{ Hit, Total int } `json:"type_any"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil || rep.Records != 2 || rep.TypeAny.Total != 2 {
		t.Errorf("--json gave %+v (%v):\n%s", rep, err, out.String())
	}

	if code := dispatch([]string{"eval", "events"}, &out, &errOut); code != 2 {
		t.Errorf("without --gold: exit %d, want 2", code)
	}
}
