package event_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"newsgraph/internal/doc"
	"newsgraph/internal/event"
	"newsgraph/internal/pipeline"
	"newsgraph/internal/reader"
)

// seedDoc runs the whole pipeline on the seed article with the
// publication time it was published with.
func seedDoc(t *testing.T) *doc.Doc {
	t.Helper()
	raw, err := os.ReadFile("../../../shared/examples/rouhani-idlib.txt")
	if err != nil {
		t.Skipf("seed article not available (../shared is absent): %v", err)
	}
	opt := pipeline.Options{Published: "2018-09-07T15:00:00+03:00", TZ: "Asia/Jerusalem"}
	p, err := pipeline.New(opt)
	if err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	d, err := p.Analyze(reader.Article{ID: "seed", Text: string(raw)})
	if err != nil {
		t.Fatalf("analyze: %v", err)
	}
	// The pipeline runs the events stage itself; running it again checks
	// that Extract is repeatable and keeps the test independent of how
	// the pipeline is configured.
	n := len(d.Events)
	event.Extract(d)
	if len(d.Events) != n && n != 0 {
		t.Errorf("Extract twice: %d events, then %d", n, len(d.Events))
	}
	return d
}

type actorWant struct{ code, sector, name string }

func hasActor(d *doc.Doc, as []doc.Actor, w actorWant) bool {
	for _, a := range as {
		if a.Code != w.code || (w.sector != "" && a.Sector != w.sector) {
			continue
		}
		if w.name == "" || strings.Contains(a.Name, w.name) || a.Entity >= 0 && strings.Contains(d.Entities[a.Entity].Name, w.name) {
			return true
		}
	}
	return false
}

func dateOf(d *doc.Doc, e doc.Event) string {
	if e.Date < 0 {
		return ""
	}
	return d.Dates[e.Date].Value
}

func entityName(d *doc.Doc, i int) string {
	if i < 0 {
		return ""
	}
	return d.Entities[i].Name
}

func describe(d *doc.Doc) string {
	var b strings.Builder
	for _, e := range d.Events {
		b.WriteString("\n  " + e.Type + " " + e.Modality + " " + dateOf(d, e) + " [" + d.Str(e.Trigger) + "]")
		for _, a := range e.Sources {
			b.WriteString(" S:" + a.Name + "/" + a.Code + "/" + a.Sector)
		}
		for _, a := range e.Targets {
			b.WriteString(" T:" + a.Name + "/" + a.Code + "/" + a.Sector)
		}
		if e.AccordingTo >= 0 {
			b.WriteString(" per " + entityName(d, e.AccordingTo))
		}
		if e.Location >= 0 {
			b.WriteString(" in " + entityName(d, e.Location))
		}
	}
	return b.String()
}

func TestSeedEvents(t *testing.T) {
	d := seedDoc(t)
	tests := []struct {
		name     string
		types    []string
		sources  []actorWant // every one must be a source (or, with anyRole, a source or target)
		targets  []actorWant
		anyRole  bool
		date     string
		modality string
		location string
		per      string // according_to entity name contains
	}{
		{name: "meeting in Tehran", types: []string{"CONSULT"}, anyRole: true,
			sources: []actorWant{{"IRN", "GOV", "Rouhani"}, {"RUS", "GOV", "Putin"}, {"TUR", "GOV", "Erdogan"}},
			date:    "2018-09-07", location: "Tehran"},
		{name: "Iran asks the US to leave Syria", types: []string{"REQUEST"},
			sources: []actorWant{{"IRN", "GOV", ""}}, targets: []actorWant{{"USA", "", ""}},
			modality: "reported", per: "Reuters"},
		{name: "White House warns Assad", types: []string{"THREATEN"},
			sources: []actorWant{{"USA", "GOV", "White House"}}, targets: []actorWant{{"SYR", "", "Assad"}},
			date: "2018-09-04"},
		{name: "US will respond if Assad uses chemical weapons", types: []string{"THREATEN"},
			sources: []actorWant{{"USA", "", ""}}, targets: []actorWant{{"SYR", "", "Assad"}},
			date: "2018-09-04", modality: "conditional"},
		{name: "Trump warns Assad", types: []string{"THREATEN"},
			sources: []actorWant{{"USA", "GOV", "Trump"}}, targets: []actorWant{{"SYR", "", "Assad"}},
			date: "2018-09-05"},
		{name: "offensive on Idlib", types: []string{"ASSAULT"},
			sources: []actorWant{{"SYR", "MIL", ""}}, targets: []actorWant{{"", "REB", "insurgents"}},
			modality: "planned", location: "Idlib"},
		{name: "Russia and Iran back Assad", types: []string{"SUPPORT", "AID"},
			sources: []actorWant{{"RUS", "", ""}, {"IRN", "", ""}}, targets: []actorWant{{"SYR", "", "Assad"}}},
		{name: "Israel arms rebel groups, says Foreign Policy", types: []string{"AID"},
			sources: []actorWant{{"ISR", "", "Israel"}}, targets: []actorWant{{"", "REB", "rebel groups"}},
			date: "2018-09-06", modality: "claimed", per: "Foreign Policy"},
	}
	for _, tc := range tests {
		found := false
		for _, e := range d.Events {
			if !slices.Contains(tc.types, e.Type) {
				continue
			}
			ok := true
			for _, w := range tc.sources {
				if !hasActor(d, e.Sources, w) && !(tc.anyRole && hasActor(d, e.Targets, w)) {
					ok = false
				}
			}
			for _, w := range tc.targets {
				if !hasActor(d, e.Targets, w) {
					ok = false
				}
			}
			ok = ok && (tc.date == "" || dateOf(d, e) == tc.date)
			ok = ok && (tc.modality == "" || e.Modality == tc.modality)
			ok = ok && (tc.location == "" || strings.Contains(entityName(d, e.Location), tc.location))
			ok = ok && (tc.per == "" || strings.Contains(entityName(d, e.AccordingTo), tc.per))
			ok = ok && event.RootFits(e.CameoRoot, e.Type)
			if ok {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("%s: no matching %v event; events:%s", tc.name, tc.types, describe(d))
		}
	}
}
