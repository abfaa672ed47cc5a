package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"newsgraph/internal/record"
)

// act is an event actor for evt: local is a record entity id or "".
func act(local, name, code, sector string) record.Actor {
	return record.Actor{Entity: local, Name: name, Code: code, Sector: sector}
}

// evt adds an event to r whose evidence is sentence (which must occur in
// r.Text), with code point offsets.
func evt(r *record.Record, typ, modality, date, sentence, quote string, sources, targets []record.Actor) {
	b := strings.Index(r.Text, sentence)
	if b < 0 {
		panic("evidence not in text: " + sentence)
	}
	start := len([]rune(r.Text[:b]))
	end := start + len([]rune(sentence))
	r.Events = append(r.Events, record.Event{ID: fmt.Sprintf("v%d", len(r.Events)+1), Type: typ, Modality: modality,
		Date: record.NullDate(date), Sources: sources, Targets: targets, Quote: quote,
		Trigger:  record.Mention{Start: start, End: start + 1, Text: sentence[:1]},
		Evidence: record.Mention{Start: start, End: end, Text: sentence}})
}

// eventCorpus is corpus() with events, and a fourth article whose text
// has multi-byte characters before its event. Newest first, the events
// are DISAPPROVE (a4, 2018-10-01), CONSULT (a3, dated 2018-09-25),
// SANCTION and THREATEN (a2, 2018-09-25), ACCUSE (a1, 2018-09-20) and
// REJECT (a1, dated 2018-09-19): the three on 2018-09-25 tie on the day.
func eventCorpus() []*record.Record {
	recs := corpus()
	a1, a2, a3 := recs[0], recs[1], recs[2]
	evt(a1, "ACCUSE", "asserted", "", `Hassan Rouhani said on Thursday that "America cannot dictate terms to the Iranian nation."`, "q1",
		[]record.Actor{act("e1", "Hassan Rouhani", "IRN", "GOV")}, []record.Actor{act("e2", "America", "USA", "")})
	evt(a1, "REJECT", "reported", "2018-09-19", "Iran rejects talks.", "",
		[]record.Actor{act("", "Iran", "IRN", "")}, nil)
	evt(a2, "THREATEN", "denied", "", "The White House declined to comment.", "",
		[]record.Actor{act("x3", "The White House", "USA", "GOV")}, []record.Actor{act("x1", "Rouhani", "IRN", "GOV")})
	evt(a2, "SANCTION", "asserted", "", "Sanctions bite in Tehran.", "",
		[]record.Actor{act("x3", "The White House", "USA", "GOV")}, []record.Actor{act("x2", "Iran", "IRN", "")})
	evt(a3, "CONSULT", "planned", "2018-09-25", "Markets steady.", "",
		[]record.Actor{act("m2", "Sarah Sanders", "USA", "GOV")}, []record.Actor{act("m1", "White House", "USA", "GOV"), act("m2", "Sarah Sanders", "USA", "GOV")})
	a4 := art("https://example.com/a4", "Wire", "2018-10-05", "Erdoğan’s week — in brief. Turkey’s parliament condemned Israel on Monday.",
		[]ent{{id: "t1", typ: "GPE", name: "Turkey"}, {id: "t2", typ: "GPE", name: "Israel"}}, nil)
	evt(a4, "DISAPPROVE", "asserted", "2018-10-01", "Turkey’s parliament condemned Israel on Monday.", "",
		[]record.Actor{act("t1", "Turkey’s parliament", "TUR", "LEG")}, []record.Actor{act("t2", "Israel", "ISR", "")})
	return append(recs, a4)
}

func eventTypes(evs []Event) []string {
	out := []string{}
	for _, e := range evs {
		out = append(out, e.Type)
	}
	return out
}

// entityID is the id of the one entity named name.
func entityID(t *testing.T, s Store, name string) int64 {
	t.Helper()
	es, err := s.Entities(context.Background(), EntityQuery{Name: name, Sort: "name"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.Name == name {
			return e.ID
		}
	}
	t.Fatalf("no entity %q among %+v", name, es)
	return 0
}

func TestEventQueries(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		res := putAll(t, s, eventCorpus()...)
		putAll(t, s, eventCorpus()...) // stored once
		rouhani := entityID(t, s, "Hassan Rouhani")
		tests := []struct {
			name string
			q    EventQuery
			want []string
		}{
			{"all, newest first, ties newest stored first", EventQuery{}, []string{"DISAPPROVE", "CONSULT", "SANCTION", "THREATEN", "ACCUSE", "REJECT"}},
			{"entity either side", EventQuery{Entity: rouhani}, []string{"THREATEN", "ACCUSE"}},
			{"entity as source", EventQuery{SourceEntity: rouhani}, []string{"ACCUSE"}},
			{"entity as target", EventQuery{TargetEntity: rouhani}, []string{"THREATEN"}},
			{"type", EventQuery{Type: "SANCTION"}, []string{"SANCTION"}},
			{"modality", EventQuery{Modality: "denied"}, []string{"THREATEN"}},
			{"source", EventQuery{Source: "Gulf Daily"}, []string{"SANCTION", "THREATEN"}},
			{"article", EventQuery{Article: res[0].ID}, []string{"ACCUSE", "REJECT"}},
			// REJECT's own date (09-19) counts, not its article's (09-20).
			{"dates", EventQuery{Since: "2018-09-20", Until: "2018-09-25"}, []string{"CONSULT", "SANCTION", "THREATEN", "ACCUSE"}},
			{"until", EventQuery{Until: "2018-09-19"}, []string{"REJECT"}},
			{"combined", EventQuery{Entity: rouhani, Modality: "asserted"}, []string{"ACCUSE"}},
			{"nothing", EventQuery{Type: "MOBILIZE"}, []string{}},
			{"page", EventQuery{Limit: 2, Offset: 1}, []string{"CONSULT", "SANCTION"}},
		}
		for _, tt := range tests {
			evs, err := s.Events(ctx, tt.q)
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			if got := eventTypes(evs); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s: Events(%+v) = %v, want %v", tt.name, tt.q, got, tt.want)
			}
			n, err := s.CountEvents(ctx, tt.q)
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			want := len(tt.want)
			if tt.q.Limit != 0 {
				want = 6
			}
			if n != want {
				t.Errorf("%s: CountEvents = %d, want %d", tt.name, n, want)
			}
		}
		if _, err := s.Events(ctx, EventQuery{Since: "Sept 2018"}); !errors.Is(err, ErrInvalid) {
			t.Errorf("Events with a bad date: %v, want ErrInvalid", err)
		}
		if _, err := s.CountEvents(ctx, EventQuery{Until: "x"}); !errors.Is(err, ErrInvalid) {
			t.Errorf("CountEvents with a bad date: %v, want ErrInvalid", err)
		}
	})
}

func TestEventFields(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		res := putAll(t, s, eventCorpus()...)
		quotes, err := s.Quotes(ctx, QuoteQuery{Article: res[0].ID})
		if err != nil || len(quotes) != 1 {
			t.Fatalf("quotes of a1: %v %+v", err, quotes)
		}
		evs, err := s.Events(ctx, EventQuery{Article: res[0].ID})
		if err != nil || len(evs) != 2 {
			t.Fatalf("events of a1: %v %+v", err, evs)
		}
		accuse, reject := evs[0], evs[1]
		rouhani := &EntityRef{ID: entityID(t, s, "Hassan Rouhani"), Name: "Hassan Rouhani", Type: "PERSON"}
		america := &EntityRef{ID: entityID(t, s, "America"), Name: "America", Type: "GPE"}
		want := Event{ID: accuse.ID, ArticleID: res[0].ID, ArticleTitle: "Iran rejects talks", URL: "https://example.com/a1",
			Source: "Tehran Times", ArticleDay: "2018-09-20", Day: "2018-09-20", StoryID: res[0].StoryID,
			Type: "ACCUSE", Modality: "asserted", Trigger: "H",
			Sentence: `Hassan Rouhani said on Thursday that "America cannot dictate terms to the Iranian nation."`, Start: 20, End: 110,
			QuoteID: quotes[0].ID,
			Sources: []Actor{{Name: "Hassan Rouhani", Code: "IRN", Sector: "GOV", Entity: rouhani}},
			Targets: []Actor{{Name: "America", Code: "USA", Entity: america}}}
		if !reflect.DeepEqual(accuse, want) {
			t.Errorf("ACCUSE event:\ngot  %+v\nwant %+v", accuse, want)
		}
		if reject.Day != "2018-09-19" || reject.QuoteID != 0 || reject.Sentence != "Iran rejects talks." ||
			len(reject.Sources) != 1 || reject.Sources[0].Entity != nil || reject.Sources[0].Name != "Iran" || reject.Targets == nil || len(reject.Targets) != 0 {
			t.Errorf("REJECT event (unresolved source, no target, own date): %+v", reject)
		}
		// The evidence span counts code points: ğ, ’ and — come before it.
		far, err := s.Events(ctx, EventQuery{Article: res[3].ID})
		if err != nil || len(far) != 1 || far[0].Sentence != "Turkey’s parliament condemned Israel on Monday." {
			t.Errorf("event after multi-byte characters: %v %+v", err, far)
		}
	})
}

func TestEventsOnEntityPageNetworkAndStats(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		putAll(t, s, eventCorpus()...)
		rouhani := entityID(t, s, "Hassan Rouhani")
		d, err := s.Entity(ctx, rouhani, EntityQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if got := eventTypes(d.Events); !reflect.DeepEqual(got, []string{"THREATEN", "ACCUSE"}) {
			t.Errorf("Rouhani's page events = %v", got)
		}
		if d, _ := s.Entity(ctx, rouhani, EntityQuery{Limit: 1}); d == nil || len(d.Events) != 1 {
			t.Errorf("entity page events not bounded by Limit: %+v", d)
		}
		if d, _ := s.Entity(ctx, rouhani, EntityQuery{Until: "2018-09-20"}); d == nil || !reflect.DeepEqual(eventTypes(d.Events), []string{"ACCUSE"}) {
			t.Errorf("entity page events until 2018-09-20: %+v", d)
		}

		edges := func(q NetworkQuery) []string {
			t.Helper()
			es, err := s.Network(ctx, q)
			if err != nil {
				t.Fatalf("Network(%+v): %v", q, err)
			}
			out := []string{}
			for _, e := range es {
				out = append(out, fmt.Sprintf("%s->%s:%d", e.From.Name, e.To.Name, e.Weight))
			}
			return out
		}
		// Heaviest first, then by source and target id (entities in the
		// order they were first stored). Sanders → herself makes no edge;
		// The White House and White House are one entity.
		tests := []struct {
			q    NetworkQuery
			want []string
		}{
			{NetworkQuery{Kind: "events"}, []string{"Hassan Rouhani->America:1", "The White House->Hassan Rouhani:1", "The White House->Iran:1", "Sarah Sanders->The White House:1", "Turkey->Israel:1"}},
			{NetworkQuery{Kind: "events", EventType: "SANCTION"}, []string{"The White House->Iran:1"}},
			{NetworkQuery{Kind: "events", SpeakerType: "PERSON"}, []string{"Hassan Rouhani->America:1", "Sarah Sanders->The White House:1"}},
			{NetworkQuery{Kind: "events", TargetType: "PERSON"}, []string{"The White House->Hassan Rouhani:1"}},
			{NetworkQuery{Kind: "events", Entity: rouhani}, []string{"Hassan Rouhani->America:1", "The White House->Hassan Rouhani:1"}},
			{NetworkQuery{Kind: "events", Since: "2018-09-25", Until: "2018-09-30"}, []string{"The White House->Hassan Rouhani:1", "The White House->Iran:1", "Sarah Sanders->The White House:1"}},
			{NetworkQuery{Kind: "events", MinWeight: 2}, []string{}},
			{NetworkQuery{Kind: "quotes"}, []string{"Hassan Rouhani->America:1", "Hassan Rouhani->Iran:1"}},
		}
		for _, tt := range tests {
			if got := edges(tt.q); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Network(%+v) = %v, want %v", tt.q, got, tt.want)
			}
		}
		// Weights count events: a second White House sanction on Iran.
		more := art("https://example.com/a5", "Wire", "2018-10-06", "The White House sanctioned Iran again.",
			[]ent{{id: "w1", typ: "ORG", name: "White House"}, {id: "w2", typ: "GPE", name: "Iran"}}, nil)
		evt(more, "SANCTION", "asserted", "", "The White House sanctioned Iran again.", "",
			[]record.Actor{act("w1", "The White House", "USA", "GOV")}, []record.Actor{act("w2", "Iran", "IRN", "")})
		putAll(t, s, more)
		if got := edges(NetworkQuery{Kind: "events", MinWeight: 2}); !reflect.DeepEqual(got, []string{"The White House->Iran:2"}) {
			t.Errorf("event network with a repeated pair = %v", got)
		}
		for _, bad := range []NetworkQuery{{Kind: "gossip"}, {EventType: "SANCTION"}} {
			if _, err := s.Network(ctx, bad); !errors.Is(err, ErrInvalid) {
				t.Errorf("Network(%+v): %v, want ErrInvalid", bad, err)
			}
		}

		st, err := s.Stats(ctx, StatsQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if st.Events != 7 {
			t.Errorf("stats events = %d, want 7", st.Events)
		}
		if st, _ := s.Stats(ctx, StatsQuery{Since: "2018-10-01"}); st == nil || st.Events != 2 {
			t.Errorf("stats events since 2018-10-01 = %+v, want 2", st)
		}
	})
}
