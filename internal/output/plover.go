package output

import (
	"io"

	"newsgraph/internal/record"
)

// PloverActor is an actor as PLOVER data sets write it.
type PloverActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code,omitempty"`
	Sector    string `json:"sector,omitempty"`
}

// PloverEvent is one event in the shape of PLOVER/POLECAT records, with
// newsgraph's provenance fields (modality, according_to, sentence).
type PloverEvent struct {
	ID              string        `json:"id"`
	StoryID         string        `json:"story_id"`
	URL             string        `json:"url,omitempty"`
	PublicationDate string        `json:"publication_date,omitempty"`
	EventDate       string        `json:"event_date,omitempty"`
	EventType       string        `json:"event_type"`
	Mode            string        `json:"mode,omitempty"`
	Context         []string      `json:"context,omitempty"`
	CameoRoot       string        `json:"cameo_root,omitempty"`
	SourceActors    []PloverActor `json:"source_actors"`
	TargetActors    []PloverActor `json:"target_actors"`
	EventText       string        `json:"event_text"`
	Sentence        string        `json:"text"`
	Location        *PloverPlace  `json:"event_location,omitempty"`
	Modality        string        `json:"modality"`
	AccordingTo     string        `json:"according_to,omitempty"`
}

// PloverPlace is an event's location.
type PloverPlace struct {
	Name string `json:"name"`
}

// Plover writes r's events, one PLOVER-style JSON object per line.
func Plover(w io.Writer, r *record.Record) error {
	for _, ev := range PloverEvents(r) {
		if err := JSONLine(w, ev); err != nil {
			return err
		}
	}
	return nil
}

// PloverEvents converts r's events.
func PloverEvents(r *record.Record) []PloverEvent {
	out := make([]PloverEvent, 0, len(r.Events))
	for _, ev := range r.Events {
		pe := PloverEvent{
			ID: r.ID + "#" + ev.ID, StoryID: r.ID, URL: r.URL, PublicationDate: r.Published, EventDate: string(ev.Date),
			EventType: ev.Type, Mode: ev.Mode, Context: ev.Context, CameoRoot: ev.CameoRoot,
			SourceActors: ploverActors(ev.Sources), TargetActors: ploverActors(ev.Targets),
			EventText: ev.Trigger.Text, Sentence: ev.Evidence.Text, Modality: ev.Modality,
		}
		if ev.Location != nil {
			pe.Location = &PloverPlace{Name: ev.Location.Name}
		}
		if ev.AccordingTo != nil {
			pe.AccordingTo = ev.AccordingTo.Name
		}
		out = append(out, pe)
	}
	return out
}

func ploverActors(as []record.Actor) []PloverActor {
	out := make([]PloverActor, 0, len(as))
	for _, a := range as {
		out = append(out, PloverActor{ActorText: a.Name, Code: a.Code, Sector: a.Sector})
	}
	return out
}
