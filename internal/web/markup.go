package web

import (
	"cmp"
	"html/template"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"newsgraph/internal/record"
)

// Layers of markup, outermost first. When two spans overlap without
// nesting, the inner layer's element is closed and reopened around the
// outer one's boundary, so the output is always well-formed.
const (
	layerParagraph = iota
	layerQuote
	layerEntity
	layerSpeaker
	layerDate
	layerCue
)

// span is one element to wrap around [start, end) bytes of the text.
type span struct {
	start, end int
	layer      int
	seq        int    // input order, the last tie-breaker
	open       string // opening tag, already escaped
	close      string
	// first is emitted just before the element's first piece (a quote's
	// speaker chip); group shares the "already emitted" flag between the
	// spans of one discontinuous quote.
	first string
	group *bool
}

// markText renders rec.Text as HTML: paragraphs, quotes with their speaker
// chips, entity mentions by type (links when ids maps them to corpus
// entities), speaker mentions, dates with their resolved value on hover,
// and speech cues. Offsets in rec are code points; spans out of range are
// dropped. Every piece of text and every attribute is escaped here.
func markText(rec *record.Record, ids map[string]string) template.HTML {
	text := rec.Text
	// byteAt[i] is the byte offset of code point i; byteAt[n] = len(text).
	byteAt := make([]int, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	toBytes := func(start, end int) (int, int, bool) {
		if start < 0 || end > len(byteAt)-1 || start >= end {
			return 0, 0, false
		}
		return byteAt[start], byteAt[end], true
	}

	var spans []span
	add := func(start, end, layer int, open, close string) *span {
		s, e, ok := toBytes(start, end)
		if !ok {
			return nil
		}
		spans = append(spans, span{start: s, end: e, layer: layer, seq: len(spans), open: open, close: close})
		return &spans[len(spans)-1]
	}

	paragraphs := rec.Paragraphs
	if len(paragraphs) == 0 {
		paragraphs = splitParagraphs(text)
	}
	for _, p := range paragraphs {
		add(p.Start, p.End, layerParagraph, "<p>", "</p>")
	}

	names := map[string]*record.Entity{}
	for i := range rec.Entities {
		e := &rec.Entities[i]
		names[e.ID] = e
		title := esc(e.Name + " · " + typeLabel(e.Type))
		open, close := `<span class="ent t-`+typeClass(e.Type)+`" title="`+title+`">`, "</span>"
		if id := ids[e.ID]; id != "" {
			open, close = `<a class="ent t-`+typeClass(e.Type)+`" href="`+entityURL(id)+`" title="`+title+`">`, "</a>"
		}
		for _, m := range e.Mentions {
			add(m.Start, m.End, layerEntity, open, close)
		}
	}

	for _, q := range rec.Quotes {
		parts := q.Spans
		if len(parts) == 0 {
			parts = [][2]int{{q.Start, q.End}}
		}
		speaker, chip := "unattributed", ""
		if q.Speaker != nil {
			name := q.Speaker.Name
			if e := names[q.Speaker.Entity]; e != nil {
				name = e.Name
			}
			if name != "" {
				speaker = name
				chip = `<span class="chip">` + esc(name) + `</span>`
				if id := ids[q.Speaker.Entity]; id != "" {
					chip = `<a class="chip" href="` + entityURL(id) + `" aria-label="` + esc("quote by "+name) + `">` + esc(name) + `</a>`
				}
			}
			if m := q.Speaker.Mention; m != nil {
				add(m.Start, m.End, layerSpeaker, `<span class="speaker">`, "</span>")
			}
		}
		open := `<mark class="quote k-` + typeClass(q.Kind) + `" data-quote="` + esc(q.ID) + `" title="` + esc(kindLabel(q.Kind)+" quote: "+speaker) + `">`
		shown := new(bool)
		for _, p := range parts {
			if s := add(p[0], p[1], layerQuote, open, "</mark>"); s != nil {
				s.first, s.group = chip, shown
			}
		}
		if q.Cue != nil {
			add(q.Cue.Start, q.Cue.End, layerCue, `<span class="cue">`, "</span>")
		}
	}

	for _, d := range rec.Dates {
		title := "date not resolved"
		if d.Value != "" {
			title = d.Value
			if d.Grain != "" {
				title += " (" + d.Grain + ")"
			}
		}
		open := `<time class="date" title="` + esc(title) + `">`
		if isoDay.MatchString(d.Value) {
			open = `<time class="date" datetime="` + d.Value + `" title="` + esc(title) + `">`
		}
		add(d.Start, d.End, layerDate, open, "</time>")
	}

	return template.HTML(render(text, spans))
}

// render writes text with spans wrapped around it. The text is cut at every
// span boundary; for each piece the wanted stack of open elements is the
// spans covering it, outermost layer first. Elements shared with the
// current stack stay open; the rest are closed and opened.
func render(text string, spans []span) string {
	cuts := []int{0, len(text)}
	for _, s := range spans {
		cuts = append(cuts, s.start, s.end)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)

	order := func(a, b *span) int {
		return cmp.Or(cmp.Compare(a.layer, b.layer), cmp.Compare(a.start, b.start),
			cmp.Compare(b.end, a.end), cmp.Compare(a.seq, b.seq))
	}
	var out strings.Builder
	out.Grow(len(text) * 2)
	var stack, want []*span
	for i := 0; i+1 < len(cuts); i++ {
		from, to := cuts[i], cuts[i+1]
		want = want[:0]
		for j := range spans {
			if spans[j].start <= from && spans[j].end >= to {
				want = append(want, &spans[j])
			}
		}
		slices.SortFunc(want, order)
		keep := 0
		for keep < len(stack) && keep < len(want) && stack[keep] == want[keep] {
			keep++
		}
		for j := len(stack) - 1; j >= keep; j-- {
			out.WriteString(stack[j].close)
		}
		stack = append(stack[:keep], want[keep:]...)
		for _, s := range want[keep:] {
			if s.group != nil && !*s.group {
				*s.group = true
				out.WriteString(s.first)
			}
			out.WriteString(s.open)
		}
		out.WriteString(esc(text[from:to]))
	}
	for j := len(stack) - 1; j >= 0; j-- {
		out.WriteString(stack[j].close)
	}
	return out.String()
}

// splitParagraphs finds paragraphs (runs of text between blank lines) as
// code point spans, for records written without them.
func splitParagraphs(text string) []record.Span {
	var out []record.Span
	pos := 0 // code points
	for _, block := range strings.SplitAfter(text, "\n\n") {
		n := utf8.RuneCountInString(block)
		trimmed := strings.TrimRight(block, "\n")
		if strings.TrimSpace(trimmed) != "" {
			out = append(out, record.Span{Start: pos, End: pos + utf8.RuneCountInString(trimmed)})
		}
		pos += n
	}
	return out
}

var isoDay = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func esc(s string) string { return template.HTMLEscapeString(s) }

// typeClass makes a type or kind safe as part of a class name.
func typeClass(t string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, t)
}

func entityURL(id string) string  { return "/entity/" + url.PathEscape(id) }
func articleURL(id string) string { return "/article/" + url.PathEscape(id) }

var typeLabels = map[string]string{
	"PERSON": "person", "ORG": "organisation", "GPE": "country, city or state",
	"LOC": "place", "NORP": "nationality or group", "FAC": "building or facility",
	"EVENT": "event", "PRODUCT": "product", "WORK_OF_ART": "work of art", "LAW": "law", "MISC": "other",
}

// typeLabel says an entity type in words.
func typeLabel(t string) string {
	if l, ok := typeLabels[t]; ok {
		return l
	}
	return strings.ToLower(t)
}

func kindLabel(k string) string {
	if k == "" {
		return "reported"
	}
	return k
}
