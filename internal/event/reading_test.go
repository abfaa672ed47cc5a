package event

import (
	"strings"
	"testing"
)

// triggerCase is a sentence and what its trigger word must yield: the
// event type, or "" for no event at all.
type triggerCase struct {
	text, trigger, want string
}

// typeOf returns the type of the event whose trigger starts with word,
// or "" when there is none.
func typeOf(text, word string) string {
	d := analyse(text)
	for _, e := range d.Events {
		if strings.HasPrefix(strings.ToLower(d.Str(e.Trigger)), word) {
			return e.Type
		}
	}
	return ""
}

func checkTriggers(t *testing.T, tests []triggerCase) {
	t.Helper()
	for _, tc := range tests {
		if got := typeOf(tc.text, tc.trigger); got != tc.want {
			t.Errorf("%q: %q gives %q, want %q", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// A modal is a request only when it asks its subject to act, and of
// someone other than the speaker's own country.
func TestModalRequestNeedsAnAct(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The Czech minister said the farmers should be compensated in full.", "should", ""},
		{"The Polish president said Poland should have acted sooner.", "should", ""},
		{"The Spanish foreign minister said Spain should recognise the new state.", "should", ""},
		{"Moscow said Ukraine must withdraw its troops.", "must", "REQUEST"},
		{"The Dutch premier said Germany should cut its deficit.", "should", "REQUEST"},
	})
}
