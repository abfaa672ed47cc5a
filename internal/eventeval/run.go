package eventeval

import (
	"newsgraph/internal/doc"
)

// Analyzer runs the system on one text and returns the annotated
// document with its events.
type Analyzer func(id, text string) (*doc.Doc, error)

// Run analyses every gold text and scores the events. It returns the
// scored items too, for listing errors.
func Run(golds []Gold, analyze Analyzer) (Report, []Item, error) {
	items := make([]Item, 0, len(golds))
	for _, g := range golds {
		d, err := analyze(g.ID, g.Text)
		if err != nil {
			return Report{}, nil, err
		}
		items = append(items, Item{Gold: g, Predicted: FromDoc(d)})
	}
	return Score(items), items, nil
}

// FromDoc turns a document's events into predictions, in its order.
func FromDoc(d *doc.Doc) []Predicted {
	out := make([]Predicted, 0, len(d.Events))
	for _, e := range d.Events {
		p := Predicted{Type: e.Type}
		for _, a := range e.Sources {
			p.Sources = append(p.Sources, Actor{Code: a.Code, Sector: a.Sector})
		}
		for _, a := range e.Targets {
			p.Targets = append(p.Targets, Actor{Code: a.Code, Sector: a.Sector})
		}
		out = append(out, p)
	}
	return out
}
