package quoteeval

import "newsgraph/internal/doc"

// FromDoc converts an analysed document's quotes to scorer quotes, with
// code point offsets.
func FromDoc(d *doc.Doc) []Quote {
	out := make([]Quote, 0, len(d.Quotes))
	for _, q := range d.Quotes {
		p := Quote{Kind: string(q.Kind), SpeakerName: q.SpeakerName}
		for _, s := range q.Spans {
			p.Spans = append(p.Spans, [2]int{d.RuneOffset(s.Start), d.RuneOffset(s.End)})
		}
		if q.Speaker.End > q.Speaker.Start {
			p.HasSpeaker = true
			p.Speaker = [2]int{d.RuneOffset(q.Speaker.Start), d.RuneOffset(q.Speaker.End)}
			p.SpeakerText = d.Str(q.Speaker)
		}
		if q.Cue.End > q.Cue.Start {
			p.Cue = d.Str(q.Cue)
		}
		out = append(out, p)
	}
	return out
}
