package web

import (
	"testing"

	"newsgraph/internal/store"
)

// Copies of one story repeat its quotes and events; lists show each once
// with the number of other copies, and keep apart what only looks alike
// in another story.
func TestCopiesListedOnce(t *testing.T) {
	lind := &store.EntityRef{ID: 1, Name: "Ada Lind"}
	union := &store.EntityRef{ID: 2, Name: "Coastal Union"}
	quotes := []store.Quote{
		{ArticleID: 10, StoryID: 10, SpeakerID: 1, Speaker: "Ada Lind", Text: "The harbour will reopen."},
		{ArticleID: 11, StoryID: 10, SpeakerID: 1, Speaker: "Ada Lind", Text: "the harbour  will reopen."},
		{ArticleID: 12, StoryID: 12, SpeakerID: 1, Speaker: "Ada Lind", Text: "The harbour will reopen."},
		{ArticleID: 11, StoryID: 10, SpeakerID: 1, Speaker: "Ada Lind", Text: "Something else."},
	}
	qs := quoteRefs(quotes)
	if len(qs) != 3 || qs[0].Copies != 1 || qs[0].ArticleID != "10" || qs[1].Copies != 0 || qs[2].Copies != 0 {
		t.Errorf("quotes: %+v; want the story-10 quote once with 1 copy, the story-12 one and the other quote apart", qs)
	}
	consult := func(article, story int64, modality string) store.Event {
		return store.Event{ArticleID: article, StoryID: story, Type: "CONSULT", Modality: modality,
			Sources: []store.Actor{{Name: "Lind", Entity: lind}}, Targets: []store.Actor{{Name: "the union", Entity: union}}}
	}
	evs := eventRefs(1, []store.Event{consult(10, 10, "asserted"), consult(11, 10, "asserted"), consult(12, 10, "asserted"),
		consult(13, 13, "asserted"), consult(11, 10, "planned")})
	if len(evs) != 3 || evs[0].Copies != 2 || evs[1].Copies != 0 || evs[2].Modality != "planned" {
		t.Errorf("events: %+v; want story 10's CONSULT once with 2 copies, story 13's apart, the planned one apart", evs)
	}
}
