// Package output writes analysed records for people and programs: JSON,
// JSON Lines, and a readable text summary of who said what, when, about
// whom.
package output

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"newsgraph/internal/record"
)

// JSON writes v (a record, or a list of them), indented.
func JSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// JSONLine writes one record on one line.
func JSONLine(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

var typeHeadings = []struct{ typ, heading string }{
	{"PERSON", "People"}, {"ORG", "Organisations"}, {"GPE", "Places"}, {"LOC", "Places"}, {"FAC", "Places"},
	{"NORP", "Groups"}, {"EVENT", "Events named"}, {"WORK_OF_ART", "Works"}, {"LAW", "Laws"}, {"PRODUCT", "Products"},
}

// Text writes a readable summary of r.
func Text(w io.Writer, r *record.Record) error {
	b := &strings.Builder{}
	title := r.Title
	if title == "" {
		title = firstLine(r.Text, 80)
	}
	fmt.Fprintf(b, "== %s\n", title)
	if r.ID != "" && r.ID != title {
		fmt.Fprintf(b, "   id: %s\n", r.ID)
	}
	if r.Published != "" {
		fmt.Fprintf(b, "   published: %s (%s)\n", r.Published, r.TimeZone)
	}
	md := r.Metadata
	if md.Publisher != "" {
		fmt.Fprintf(b, "   publisher: %s\n", md.Publisher)
	}
	for _, c := range md.Captions {
		fmt.Fprintf(b, "   caption removed: %q\n", c)
	}
	for _, c := range md.Credits {
		fmt.Fprintf(b, "   credit removed: %q\n", c)
	}
	for _, n := range md.Notes {
		fmt.Fprintf(b, "   note removed: %q\n", Clip(n, 100))
	}
	fmt.Fprintf(b, "   %d paragraphs, %d sentences, %d tokens\n", len(r.Paragraphs), len(r.Sentences), r.Tokens)

	byHeading := map[string][]string{}
	var order []string
	for _, th := range typeHeadings {
		if _, ok := byHeading[th.heading]; !ok {
			byHeading[th.heading] = nil
			order = append(order, th.heading)
		}
	}
	for _, e := range r.Entities {
		heading := "Other"
		for _, th := range typeHeadings {
			if th.typ == e.Type {
				heading = th.heading
			}
		}
		s := e.Name
		var roles []string
		for _, ro := range e.Roles {
			if ro.Of != "" {
				roles = append(roles, ro.Title+" of "+ro.Of)
			} else {
				roles = append(roles, ro.Title)
			}
		}
		if len(roles) > 0 {
			s += " (" + strings.Join(roles, "; ") + ")"
		}
		if len(e.Aliases) > 0 {
			s += " aka " + strings.Join(e.Aliases, ", ")
		}
		if len(e.Mentions) > 0 {
			s += fmt.Sprintf(" ×%d", len(e.Mentions))
		} else if e.InMetadata {
			s += " (metadata only)"
		}
		byHeading[heading] = append(byHeading[heading], s)
	}
	if _, ok := byHeading["Other"]; ok {
		order = append(order, "Other")
	}
	for _, h := range order {
		if len(byHeading[h]) == 0 {
			continue
		}
		fmt.Fprintf(b, "\n%s:\n", h)
		for _, s := range byHeading[h] {
			fmt.Fprintf(b, "  - %s\n", s)
		}
	}
	if len(r.Quotes) > 0 {
		fmt.Fprintf(b, "\nQuotes:\n")
	}
	for i, q := range r.Quotes {
		who := "(unattributed)"
		if q.Speaker != nil {
			who = q.Speaker.Name
			if q.Speaker.Mention != nil && q.Speaker.Mention.Text != q.Speaker.Name {
				who += fmt.Sprintf(" [%q]", q.Speaker.Mention.Text)
			}
		}
		var info []string
		info = append(info, q.Kind)
		if q.Cue != nil {
			info = append(info, "cue "+q.Cue.Text)
		}
		if q.Date != "" {
			info = append(info, q.Date)
		}
		if q.AccordingTo != nil {
			info = append(info, "according to "+q.AccordingTo.Name)
		}
		fmt.Fprintf(b, "  %d. %s (%s):\n     “%s”\n", i+1, who, strings.Join(info, ", "), Clip(q.Text, 160))
	}
	if len(r.Events) > 0 {
		fmt.Fprintf(b, "\nEvents:\n")
	}
	for _, ev := range r.Events {
		fmt.Fprintf(b, "  - %s: %s → %s", ev.Type, actors(ev.Sources), actors(ev.Targets))
		var info []string
		if ev.Date != "" {
			info = append(info, string(ev.Date))
		}
		if ev.Location != nil {
			info = append(info, "in "+ev.Location.Name)
		}
		if ev.Modality != "" && ev.Modality != "asserted" {
			info = append(info, ev.Modality)
		}
		if ev.AccordingTo != nil {
			info = append(info, "according to "+ev.AccordingTo.Name)
		}
		if len(info) > 0 {
			fmt.Fprintf(b, " (%s)", strings.Join(info, ", "))
		}
		fmt.Fprintf(b, " — %q\n", ev.Trigger.Text)
	}
	var dates []string
	for _, d := range r.Dates {
		if d.Value != "" {
			dates = append(dates, fmt.Sprintf("%s = %s", d.Text, d.Value))
		} else {
			dates = append(dates, d.Text+" = ?")
		}
	}
	if len(dates) > 0 {
		slices.Sort(dates)
		dates = slices.Compact(dates)
		fmt.Fprintf(b, "\nDates: %s\n", strings.Join(dates, "; "))
	}
	for _, warn := range r.Warnings {
		fmt.Fprintf(b, "warning: %s\n", warn)
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func actors(as []record.Actor) string {
	if len(as) == 0 {
		return "?"
	}
	var parts []string
	for _, a := range as {
		s := a.Name
		code := strings.Trim(a.Code+"/"+a.Sector, "/")
		if code != "" {
			s += " [" + code + "]"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " + ")
}

func firstLine(s string, n int) string {
	if k := strings.IndexByte(s, '\n'); k >= 0 {
		s = s[:k]
	}
	return Clip(s, n)
}

// Clip squeezes white space in s and shortens it to at most n
// characters, on a rune boundary, ending it with "…" when cut.
func Clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
