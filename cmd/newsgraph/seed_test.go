package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsgraph/internal/record"
)

// seedPath is the article the project started from, beside the repository.
var seedPath = filepath.Join("..", "..", "..", "shared", "examples", "rouhani-idlib.txt")

// analyzeSeed runs the acceptance command of issue 2 and decodes its record.
func analyzeSeed(t *testing.T) *record.Record {
	t.Helper()
	if _, err := os.Stat(seedPath); err != nil {
		t.Skipf("seed article not found at %s (../shared is absent): %v", seedPath, err)
	}
	var out, errb bytes.Buffer
	code := dispatch([]string{"analyze", "--published", "2018-09-07T15:00:00+03:00", "--tz", "Asia/Jerusalem", "--format", "json", seedPath}, &out, &errb)
	if code != 0 {
		t.Fatalf("analyze exited %d: %s", code, errb.String())
	}
	var r record.Record
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("decoding the record: %v\n%s", err, out.String())
	}
	return &r
}

func TestSeedOffsetsAreCodePoints(t *testing.T) {
	r := analyzeSeed(t)
	runes := []rune(r.Text)
	check := func(what string, m record.Mention) {
		if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
			t.Errorf("%s: bad span [%d,%d)", what, m.Start, m.End)
			return
		}
		if got := string(runes[m.Start:m.End]); got != m.Text {
			t.Errorf("%s: text[%d:%d] = %q, record says %q", what, m.Start, m.End, got, m.Text)
		}
	}
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			check("entity "+e.Name, m)
		}
	}
	for _, q := range r.Quotes {
		if q.Cue != nil {
			check("cue of "+q.ID, *q.Cue)
		}
		if q.Speaker != nil && q.Speaker.Mention != nil {
			check("speaker of "+q.ID, *q.Speaker.Mention)
		}
		for _, sp := range q.Spans {
			if sp[0] < q.Start || sp[1] > q.End {
				t.Errorf("quote %s: span %v outside [%d,%d)", q.ID, sp, q.Start, q.End)
			}
		}
	}
	for _, d := range r.Dates {
		check("date", record.Mention{Start: d.Start, End: d.End, Text: d.Text})
	}
}

func TestSeedCleaning(t *testing.T) {
	r := analyzeSeed(t)
	if !strings.HasPrefix(r.Text, "Iranian President Hassan Rouhani said on Friday") {
		t.Errorf("text does not start with the first paragraph: %q", r.Text[:60])
	}
	if !strings.HasSuffix(r.Text, "Israel refused to comment on the claims.") {
		t.Errorf("text does not end with the last paragraph of the body: %q", r.Text[len(r.Text)-60:])
	}
	if strings.Contains(r.Text, "RouhaniReuters") || strings.Contains(r.Text, "North American desk") {
		t.Error("caption, credit or desk note left in text")
	}
	md := r.Metadata
	if !slices.Equal(md.Captions, []string{"Hassan Rouhani"}) || !slices.Equal(md.Credits, []string{"Reuters"}) {
		t.Errorf("captions %q credits %q, want [Hassan Rouhani] [Reuters]", md.Captions, md.Credits)
	}
	if len(md.Notes) != 1 || !strings.Contains(md.Notes[0], "Israeli time") {
		t.Errorf("notes = %q, want the desk note", md.Notes)
	}
	if md.Publisher != "Arutz Sheva" {
		t.Errorf("publisher = %q, want Arutz Sheva", md.Publisher)
	}
}

func TestSeedEntities(t *testing.T) {
	r := analyzeSeed(t)
	byName := map[string]record.Entity{}
	var names []string
	for _, e := range r.Entities {
		byName[e.Name] = e
		names = append(names, e.Name)
	}
	want := map[string]string{
		"Hassan Rouhani": "PERSON", "Vladimir Putin": "PERSON", "Recep Tayyip Erdogan": "PERSON",
		"Bashar Al-Assad": "PERSON", "Donald J. Trump": "PERSON",
		"Reuters": "ORG", "White House": "ORG", "Foreign Policy": "ORG", "Islamic State": "ORG", "Arutz Sheva": "ORG",
		"Syria": "GPE", "Iran": "GPE", "Russia": "GPE", "Turkey": "GPE", "Israel": "GPE", "United States": "GPE",
		"Tehran": "GPE", "Idlib": "GPE", "New York": "GPE",
	}
	for name, typ := range want {
		e, ok := byName[name]
		if !ok {
			t.Errorf("entity %q missing", name)
			continue
		}
		if e.Type != typ {
			t.Errorf("%s: type %s, want %s", name, e.Type, typ)
		}
	}
	for _, n := range names {
		if _, ok := want[n]; !ok {
			t.Errorf("spurious entity %q", n)
		}
	}
	mentions := func(name string) []string {
		var out []string
		for _, m := range byName[name].Mentions {
			out = append(out, m.Text)
		}
		return out
	}
	if ms := mentions("Bashar Al-Assad"); len(ms) != 6 || !slices.Contains(ms, "Bashar al-Assad") || !slices.Contains(ms, "Assad") {
		t.Errorf("Assad mentions = %q, want his six mentions", ms)
	}
	if ms := mentions("Donald J. Trump"); !slices.Contains(ms, "Donald J. Trump") || !slices.Contains(ms, "Trump") {
		t.Errorf("Trump mentions = %q", ms)
	}
	if ms := mentions("Iran"); !slices.Contains(ms, "Iranian") {
		t.Errorf("Iran mentions = %q, want \"Iranian\" among them", ms)
	}
	if ms := mentions("United States"); !slices.Contains(ms, "America") {
		t.Errorf("United States mentions = %q, want \"America\"", ms)
	}
	if !slices.Contains(byName["Islamic State"].Aliases, "ISIS") {
		t.Errorf("Islamic State aliases = %q, want ISIS", byName["Islamic State"].Aliases)
	}
	hasRole := func(name, title, of string) bool {
		for _, ro := range byName[name].Roles {
			if ro.Title == title && ro.Of == of {
				return true
			}
		}
		return false
	}
	if !hasRole("Hassan Rouhani", "President", "Iran") {
		t.Errorf("Rouhani roles = %+v, want President of Iran", byName["Hassan Rouhani"].Roles)
	}
}

func TestSeedDates(t *testing.T) {
	r := analyzeSeed(t)
	got := map[string]string{}
	for _, d := range r.Dates {
		got[d.Text] = d.Value
	}
	want := map[string]string{"Friday": "2018-09-07", "Tuesday": "2018-09-04", "Wednesday": "2018-09-05", "Thursday": "2018-09-06"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %s (all: %v)", k, got[k], v, got)
		}
	}
}

func TestSeedQuotes(t *testing.T) {
	r := analyzeSeed(t)
	if len(r.Quotes) > 12 {
		t.Errorf("%d quotes, want at most 12", len(r.Quotes))
	}
	entityName := map[string]string{}
	for _, e := range r.Entities {
		entityName[e.ID] = e.Name
	}
	type want struct {
		contains    []string
		notContains string
		speaker     string // entity name
		kind        string
		date        string
		accordingTo string
		mention     string // speaker mention text, when it matters
	}
	wants := []want{
		{contains: []string{"will not reach their goals by arming militants in Syria"}, speaker: "Hassan Rouhani", kind: "direct", date: "2018-09-07"},
		{contains: []string{"America needs to end its military presence in Syria"}, speaker: "Hassan Rouhani", kind: "indirect", accordingTo: "Reuters"},
		{contains: []string{"The illegal presence and interference of America in Syria", "must end quickly"}, speaker: "Hassan Rouhani", kind: "direct"},
		{contains: []string{"the battle in Syria will continue"}, speaker: "Hassan Rouhani", kind: "indirect"},
		{contains: []string{"millions of innocent civilians are under threat"}, speaker: "White House", kind: "direct", date: "2018-09-04"},
		{contains: []string{"President Donald J. Trump has warned", "respond swiftly and appropriately"}, speaker: "White House", kind: "direct"},
		{contains: []string{"the world is watching"}, notContains: "judicious", speaker: "Donald J. Trump", kind: "direct", date: "2018-09-05"},
		{contains: []string{"They will hopefully be very, very judicious", "I am watching that very closely"}, speaker: "Donald J. Trump", kind: "direct", mention: "he"},
		{contains: []string{"Israel has been secretly backing 12 different rebel groups"}, speaker: "Foreign Policy", date: "2018-09-06"},
	}
	for _, w := range wants {
		var found *record.Quote
		for i := range r.Quotes {
			q := &r.Quotes[i]
			ok := w.notContains == "" || !strings.Contains(q.Text, w.notContains)
			for _, c := range w.contains {
				ok = ok && strings.Contains(q.Text, c)
			}
			if ok {
				found = q
				break
			}
		}
		if found == nil {
			t.Errorf("no quote containing %q", w.contains)
			continue
		}
		if found.Speaker == nil || entityName[found.Speaker.Entity] != w.speaker {
			t.Errorf("quote %q: speaker %+v, want entity %s", w.contains[0], found.Speaker, w.speaker)
		}
		if w.kind != "" && found.Kind != w.kind {
			t.Errorf("quote %q: kind %s, want %s", w.contains[0], found.Kind, w.kind)
		}
		if found.Date != w.date {
			t.Errorf("quote %q: date %q, want %q", w.contains[0], found.Date, w.date)
		}
		if w.accordingTo != "" && (found.AccordingTo == nil || found.AccordingTo.Name != w.accordingTo) {
			t.Errorf("quote %q: according_to %+v, want %s", w.contains[0], found.AccordingTo, w.accordingTo)
		}
		if w.mention != "" && (found.Speaker == nil || found.Speaker.Mention == nil || found.Speaker.Mention.Text != w.mention) {
			t.Errorf("quote %q: speaker mention %+v, want %q", w.contains[0], found.Speaker, w.mention)
		}
	}
	for _, q := range r.Quotes {
		if strings.Contains(q.Text, "refused to comment") {
			t.Errorf("spurious quote %q", q.Text)
		}
	}
}
