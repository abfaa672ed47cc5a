package pipeline

import (
	"fmt"
	"strings"

	"newsgraph/internal/doc"
	"newsgraph/internal/record"
)

// ToRecord converts an annotated document into its record, with code point
// offsets. tokens includes every token's span.
func ToRecord(d *doc.Doc, tokens bool) *record.Record {
	r := &record.Record{
		ID: d.ID, Title: d.Title, Source: d.Source, URL: d.URL,
		Published: d.PublishedRaw,
		Text:      d.Text,
		Metadata: record.Metadata{
			Captions: nonNil(d.Meta.Captions), Credits: nonNil(d.Meta.Credits), Notes: nonNil(d.Meta.Notes),
			Publisher: d.Meta.Publisher, Author: d.Meta.Author, SiteName: d.Meta.SiteName, Language: d.Meta.Language,
		},
		Tokens:   len(d.Tokens),
		Warnings: d.Warnings,
	}
	if d.Location != nil {
		r.TimeZone = d.Location.String()
	}
	span := func(s doc.Span) record.Span {
		return record.Span{Start: d.RuneOffset(s.Start), End: d.RuneOffset(s.End)}
	}
	r.Paragraphs = make([]record.Span, 0, len(d.Paragraphs))
	for _, p := range d.Paragraphs {
		r.Paragraphs = append(r.Paragraphs, span(p))
	}
	r.Sentences = make([]record.Span, 0, len(d.Sentences))
	for _, s := range d.Sentences {
		r.Sentences = append(r.Sentences, span(s.Span))
	}
	if tokens {
		for _, t := range d.Tokens {
			r.TokenSpans = append(r.TokenSpans, span(t.Span))
		}
	}
	r.Entities = make([]record.Entity, 0, len(d.Entities))
	for e, ent := range d.Entities {
		re := record.Entity{ID: entityID(e), Name: ent.Name, Type: ent.Type, Code: ent.Code,
			Aliases: nonNil(ent.Aliases), Roles: []record.Role{}, Mentions: []record.Mention{}, InMetadata: ent.Metadata}
		for _, ro := range ent.Roles {
			re.Roles = append(re.Roles, record.Role{Title: ro.Title, Of: ro.OfName, OfID: entityID(ro.Of), Source: ro.Source})
		}
		for _, mi := range ent.Mentions {
			re.Mentions = append(re.Mentions, *mention(d, d.Mentions[mi].Span))
		}
		r.Entities = append(r.Entities, re)
	}
	r.Dates = make([]record.Date, 0, len(d.Dates))
	for _, dt := range d.Dates {
		r.Dates = append(r.Dates, record.Date{Text: d.Str(dt.Span), Start: d.RuneOffset(dt.Start), End: d.RuneOffset(dt.End), Value: dt.Value, Grain: dt.Grain})
	}
	r.Quotes = make([]record.Quote, 0, len(d.Quotes))
	for i := range d.Quotes {
		q := &d.Quotes[i]
		ext := q.Extent()
		rq := record.Quote{ID: fmt.Sprintf("q%d", i+1), Start: d.RuneOffset(ext.Start), End: d.RuneOffset(ext.End),
			Kind: string(q.Kind), Sentence: d.SentenceOf(ext.Start)}
		var parts []string
		for _, s := range q.Spans {
			rq.Spans = append(rq.Spans, [2]int{d.RuneOffset(s.Start), d.RuneOffset(s.End)})
			parts = append(parts, d.Str(s))
		}
		rq.Text = strings.Join(parts, " … ")
		if q.Cue.End > q.Cue.Start {
			rq.Cue = mention(d, q.Cue)
		}
		if q.Speaker.End > q.Speaker.Start || q.SpeakerEnt >= 0 {
			sp := &record.Speaker{Entity: entityID(q.SpeakerEnt), Name: q.SpeakerName}
			if q.Speaker.End > q.Speaker.Start {
				sp.Mention = mention(d, q.Speaker)
				if sp.Name == "" {
					sp.Name = d.Str(q.Speaker)
				}
			}
			if q.SpeakerEnt >= 0 && sp.Name == "" {
				sp.Name = d.Entities[q.SpeakerEnt].Name
			}
			rq.Speaker = sp
		}
		if q.AccordingTo >= 0 {
			rq.AccordingTo = entitySource(d, q.AccordingTo)
		}
		if q.Date >= 0 && q.Date < len(d.Dates) {
			rq.Date = d.Dates[q.Date].Value
		}
		r.Quotes = append(r.Quotes, rq)
	}
	r.Events = make([]record.Event, 0, len(d.Events))
	for i := range d.Events {
		r.Events = append(r.Events, eventRecord(d, i))
	}
	return r
}

func eventRecord(d *doc.Doc, i int) record.Event {
	ev := &d.Events[i]
	actors := func(as []doc.Actor) []record.Actor {
		out := make([]record.Actor, 0, len(as))
		for _, a := range as {
			out = append(out, record.Actor{Entity: entityID(a.Entity), Name: a.Name, Code: a.Code, Sector: a.Sector})
		}
		return out
	}
	re := record.Event{ID: fmt.Sprintf("v%d", i+1), Type: ev.Type, Mode: ev.Mode, Context: ev.Context, CameoRoot: ev.CameoRoot,
		Sources: actors(ev.Sources), Targets: actors(ev.Targets), Modality: ev.Modality,
		Trigger: *mention(d, ev.Trigger), Evidence: *mention(d, ev.Evidence)}
	if ev.Date >= 0 && ev.Date < len(d.Dates) {
		re.Date = record.NullDate(d.Dates[ev.Date].Value)
	}
	if ev.Location >= 0 {
		re.Location = entitySource(d, ev.Location)
	}
	if ev.AccordingTo >= 0 {
		re.AccordingTo = entitySource(d, ev.AccordingTo)
	} else if ev.AccordingToName != "" {
		re.AccordingTo = &record.Source{Name: ev.AccordingToName}
	}
	if ev.Quote >= 0 {
		re.Quote = fmt.Sprintf("q%d", ev.Quote+1)
	}
	return re
}

// entityID is the record id of entity e ("e1", ...), or "" for none (e < 0).
func entityID(e int) string {
	if e < 0 {
		return ""
	}
	return fmt.Sprintf("e%d", e+1)
}

// entitySource names entity e (≥ 0) as a record source.
func entitySource(d *doc.Doc, e int) *record.Source {
	return &record.Source{Entity: entityID(e), Name: d.Entities[e].Name}
}

// mention is span s of d as a record mention, in code points.
func mention(d *doc.Doc, s doc.Span) *record.Mention {
	return &record.Mention{Start: d.RuneOffset(s.Start), End: d.RuneOffset(s.End), Text: d.Str(s)}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
