package eventeval

import (
	"fmt"
	"io"
	"slices"
	"sort"
)

// Actor is a predicted actor's coding.
type Actor struct {
	Code   string
	Sector string
}

// Predicted is one predicted event, in the order the system ranks them.
type Predicted struct {
	Type    string
	Sources []Actor
	Targets []Actor
}

// Item pairs a gold record with what the system predicted for its text.
type Item struct {
	Gold      Gold
	Predicted []Predicted
}

// Count is a fraction with its parts.
type Count struct {
	Hit   int `json:"hit"`
	Total int `json:"total"`
}

// Rate is Hit/Total, 0 when there is nothing to count.
func (c Count) Rate() float64 {
	if c.Total == 0 {
		return 0
	}
	return float64(c.Hit) / float64(c.Total)
}

func (c Count) String() string { return fmt.Sprintf("%.3f (%d/%d)", c.Rate(), c.Hit, c.Total) }

// TypeScore is the per-type breakdown: how often the type was found
// anywhere, how often first, and how often the first prediction of that
// type was right (precision of top-1).
type TypeScore struct {
	Type      string `json:"type"`
	Any       Count  `json:"any"`       // recall: over gold records of this type
	Top1      Count  `json:"top1"`      // recall of the first prediction
	Precision Count  `json:"precision"` // over records whose top-1 prediction is this type
}

// Report is the result of Score.
type Report struct {
	Records        int         `json:"records"`
	NoEvent        int         `json:"no_event"`       // records with no predicted event at all
	TypeAny        Count       `json:"type_any"`       // some predicted event has the gold type
	TypeTop1       Count       `json:"type_top1"`      // the first predicted event has the gold type
	SourceCountry  Count       `json:"source_country"` // over gold sources with a code
	SourceSector   Count       `json:"source_sector"`  // over gold sources with a sector
	TargetCountry  Count       `json:"target_country"`
	TargetSector   Count       `json:"target_sector"`
	PerType        []TypeScore `json:"per_type"`
	PredictedTotal int         `json:"predicted_events"`
}

// Score compares predictions with gold. Actors are compared on the
// predicted event that matches the gold type (the first such), or the
// first predicted event when none does: actor coding is judged on the
// system's best guess even when its type is wrong. A gold source counts
// as right when any predicted source has its code (or its sector).
func Score(items []Item) Report {
	var r Report
	per := map[string]*TypeScore{}
	get := func(t string) *TypeScore {
		if per[t] == nil {
			per[t] = &TypeScore{Type: t}
		}
		return per[t]
	}
	for _, it := range items {
		r.Records++
		r.PredictedTotal += len(it.Predicted)
		g := it.Gold
		ts := get(g.Type)
		ts.Any.Total++
		ts.Top1.Total++
		r.TypeAny.Total++
		r.TypeTop1.Total++
		if len(it.Predicted) == 0 {
			r.NoEvent++
		} else {
			top := it.Predicted[0].Type
			get(top).Precision.Total++
			if top == g.Type {
				get(top).Precision.Hit++
				ts.Top1.Hit++
				r.TypeTop1.Hit++
			}
		}
		var chosen *Predicted
		for i := range it.Predicted {
			if it.Predicted[i].Type == g.Type {
				chosen = &it.Predicted[i]
				break
			}
		}
		if chosen != nil {
			ts.Any.Hit++
			r.TypeAny.Hit++
		} else if len(it.Predicted) > 0 {
			chosen = &it.Predicted[0]
		}
		var src, tgt []Actor
		if chosen != nil {
			src, tgt = chosen.Sources, chosen.Targets
		}
		scoreActors(g.Sources, src, &r.SourceCountry, &r.SourceSector)
		scoreActors(g.Targets, tgt, &r.TargetCountry, &r.TargetSector)
	}
	for _, ts := range per {
		r.PerType = append(r.PerType, *ts)
	}
	sort.Slice(r.PerType, func(i, j int) bool { return r.PerType[i].Type < r.PerType[j].Type })
	return r
}

func scoreActors(gold []GoldActor, pred []Actor, country, sector *Count) {
	for _, g := range gold {
		if g.Code != "" {
			country.Total++
			if slices.ContainsFunc(pred, func(p Actor) bool { return p.Code == g.Code }) {
				country.Hit++
			}
		}
		if g.Sector != "" {
			sector.Total++
			if slices.ContainsFunc(pred, func(p Actor) bool { return p.Sector == g.Sector }) {
				sector.Hit++
			}
		}
	}
}

// Write prints the report as a table.
func (r Report) Write(w io.Writer) {
	fmt.Fprintf(w, "records %d, predicted events %d, records with no event %d\n", r.Records, r.PredictedTotal, r.NoEvent)
	fmt.Fprintf(w, "event-type accuracy (any)  %s\n", r.TypeAny)
	fmt.Fprintf(w, "event-type accuracy (top1) %s\n", r.TypeTop1)
	fmt.Fprintf(w, "source country accuracy    %s\n", r.SourceCountry)
	fmt.Fprintf(w, "source sector accuracy     %s\n", r.SourceSector)
	fmt.Fprintf(w, "target country accuracy    %s\n", r.TargetCountry)
	fmt.Fprintf(w, "target sector accuracy     %s\n", r.TargetSector)
	fmt.Fprintf(w, "\n%-10s %5s %8s %8s %9s\n", "type", "gold", "any", "top1", "top1-prec")
	for _, ts := range r.PerType {
		fmt.Fprintf(w, "%-10s %5d %8.3f %8.3f %9s\n", ts.Type, ts.Any.Total, ts.Any.Rate(), ts.Top1.Rate(), precision(ts.Precision))
	}
}

func precision(c Count) string {
	if c.Total == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", c.Rate())
}
