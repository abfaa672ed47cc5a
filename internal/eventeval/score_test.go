package eventeval

import (
	"strings"
	"testing"
)

const goldLines = `{"id": "a", "text": "Ruritania shelled the border town.", "gold_event_type": "ASSAULT", "source_actors": [{"actorText": "Ruritania", "code": "RUR"}], "target_actors": [{"actorText": "border town", "code": "FRE", "sector": "CVLeth"}]}

{"id": "b", "text": "Freedonia asked Ruritania for talks.", "gold_event_type": "request", "source_actors": [{"actorText": "Freedonia", "code": "FRE", "sector": "GOV"}], "target_actors": []}
{"id": "c", "text": "Unknown gunmen attacked a bus.", "gold_event_type": "ASSAULT", "source_actors": [{"actorText": "gunmen", "code": "***", "sector": "***"}], "target_actors": [{"actorText": "a bus", "code": "FRE", "sector": "CIV"}]}
`

func TestReadGold(t *testing.T) {
	golds, err := ReadGold(strings.NewReader(goldLines), "test")
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) != 3 {
		t.Fatalf("read %d records, want 3 (blank lines skipped)", len(golds))
	}
	if golds[1].Type != "REQUEST" {
		t.Errorf("type %q, want it upper-cased", golds[1].Type)
	}
	if g := golds[0].Targets[0]; g.Code != "FRE" || g.Sector != "CVL" {
		t.Errorf("target %+v, want FRE/CVL (suffix dropped)", g)
	}
	if g := golds[2].Sources[0]; g.Code != "" || g.Sector != "" {
		t.Errorf("placeholder actor %+v, want empty code and sector", g)
	}
	if g := golds[2].Targets[0]; g.Sector != "CVL" {
		t.Errorf("sector CIV read as %q, want CVL", g.Sector)
	}
	if _, err := ReadGold(strings.NewReader(`{"id": "x", "text": ""}`), "bad"); err == nil {
		t.Error("a record without text or type was accepted")
	}
}

func TestScore(t *testing.T) {
	golds, err := ReadGold(strings.NewReader(goldLines), "test")
	if err != nil {
		t.Fatal(err)
	}
	items := []Item{
		// Right type, but only second; source right, target sector wrong.
		{Gold: golds[0], Predicted: []Predicted{
			{Type: "THREATEN", Sources: []Actor{{Code: "FRE"}}},
			{Type: "ASSAULT", Sources: []Actor{{Code: "RUR"}}, Targets: []Actor{{Code: "FRE", Sector: "MIL"}}},
		}},
		// Wrong type: actors judged on the first event.
		{Gold: golds[1], Predicted: []Predicted{{Type: "CONSULT", Sources: []Actor{{Code: "FRE", Sector: "GOV"}}}}},
		// Nothing found.
		{Gold: golds[2]},
	}
	r := Score(items)
	checks := []struct {
		name string
		got  Count
		want Count
	}{
		{"type any", r.TypeAny, Count{1, 3}},
		{"type top1", r.TypeTop1, Count{0, 3}},
		{"source country", r.SourceCountry, Count{2, 2}},
		{"source sector", r.SourceSector, Count{1, 1}},
		{"target country", r.TargetCountry, Count{1, 2}},
		{"target sector", r.TargetSector, Count{0, 2}},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if r.NoEvent != 1 || r.PredictedTotal != 3 {
		t.Errorf("no-event %d, predicted %d; want 1 and 3", r.NoEvent, r.PredictedTotal)
	}
	per := map[string]TypeScore{}
	for _, ts := range r.PerType {
		per[ts.Type] = ts
	}
	if a := per["ASSAULT"]; a.Any != (Count{1, 2}) || a.Top1 != (Count{0, 2}) {
		t.Errorf("ASSAULT %+v, want any 1/2, top1 0/2", a)
	}
	if th := per["THREATEN"]; th.Precision != (Count{0, 1}) {
		t.Errorf("THREATEN precision %v, want 0/1", th.Precision)
	}
	var sb strings.Builder
	r.Write(&sb)
	for _, want := range []string{"event-type accuracy (any)  0.333 (1/3)", "ASSAULT", "REQUEST"} {
		if !strings.Contains(sb.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, sb.String())
		}
	}
}
