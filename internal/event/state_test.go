package event_test

import (
	"testing"

	"newsgraph/internal/doc"
	"newsgraph/internal/pipeline"
	"newsgraph/internal/reader"
)

// An actor that acts for a state without naming an entity links to the
// country's entity (Syria, not Damascus, named first); civilians do not.
func TestStateActorsLinkToTheirCountry(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{Published: "2024-03-08T12:00:00Z"})
	if err != nil {
		t.Fatal(err)
	}
	text := "Damascus rejected the proposal on Monday, and Syria recalled its ambassador.\n\n" +
		"Government forces shelled rebel positions near Idlib on Tuesday.\n\n" +
		"Protesters attacked a police station in Aleppo on Wednesday."
	d, err := p.Analyze(reader.Article{ID: "t", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	syria := -1
	for i, e := range d.Entities {
		if e.Name == "Syria" {
			syria = i
		}
	}
	if syria < 0 {
		t.Fatalf("no Syria entity among %v", names(d))
	}
	var forces, protesters *doc.Actor
	for _, ev := range d.Events {
		for i, a := range ev.Sources {
			switch d.Str(a.Span) {
			case "Government forces":
				forces = &ev.Sources[i]
			case "Protesters":
				protesters = &ev.Sources[i]
			}
		}
	}
	if forces == nil || protesters == nil {
		t.Fatalf("missing actors (forces %v, protesters %v) in %+v", forces, protesters, d.Events)
	}
	if forces.Sector != "MIL" || forces.Entity != syria {
		t.Errorf("government forces: sector %q, entity %d; want MIL and Syria's entity %d", forces.Sector, forces.Entity, syria)
	}
	if protesters.Entity >= 0 {
		t.Errorf("protesters (%s/%s) linked to entity %q; want none", protesters.Code, protesters.Sector, d.Entities[protesters.Entity].Name)
	}
}

func names(d *doc.Doc) []string {
	var out []string
	for _, e := range d.Entities {
		out = append(out, e.Name)
	}
	return out
}
