package recognise

import (
	"strings"
	"testing"

	"newsgraph/internal/doc"
	"newsgraph/internal/gazetteer"
	"newsgraph/internal/segment"
)

// What follows a person's name and a comma is no appositive of theirs
// when it names someone else: the next name in a list, with or without
// its own title, or the name again opening a clause.
func TestAppositiveOfAnotherPerson(t *testing.T) {
	tests := []struct {
		text, person string
		people       []string
		notTitle     string // the person must not get this title
		other        string // and, if set, this person must
	}{
		{"Critics including Governor Ann Perez, Senate Majority Leader Tom Weller, and others objected.",
			"Ann Perez", []string{"Ann Perez", "Tom Weller"}, "Majority Leader", "Tom Weller"},
		{"The plan was backed by Ann Perez, Tom Weller, the mayor of Dover, and two unions.",
			"Ann Perez", []string{"Ann Perez", "Tom Weller"}, "Mayor", ""},
		{"Since his warnings were ignored by Health Secretary Ann Perez, Perez has stood by the president's side.",
			"Ann Perez", []string{"Ann Perez", "Perez"}, "President", ""},
		{"Since the talks with Ann Perez, Tom Weller has kept the governor's confidence.",
			"Ann Perez", []string{"Ann Perez", "Tom Weller"}, "Governor", ""},
		// Possessives describe the person: they stay roles.
		{"The case fell apart after Ann Perez, Tom Weller's lawyer, filed the motion.",
			"Ann Perez", []string{"Ann Perez", "Tom Weller"}, "", ""},
		// A title right before a name is that name's, possessive or not.
		{"The case fell apart after Ann Perez, Senator Tom Weller's lawyer, filed the motion.",
			"Ann Perez", []string{"Ann Perez", "Tom Weller"}, "Senator", ""},
		// A name the tagger got wrong, or a firm named for its founder,
		// before a title that ends the phrase.
		{"The case fell apart after Ann Perez, Perez and Co lawyer, filed the motion.",
			"Ann Perez", []string{"Ann Perez", "Perez"}, "", ""},
		{"The case fell apart, said Ann Perez, Lexington Legal lawyer.",
			"Ann Perez", []string{"Ann Perez", "Lexington Legal"}, "", ""},
	}
	for _, tc := range tests {
		d := doc.New(tc.text)
		segment.Segment(d)
		New(personPhrases(tc.people), gazetteer.Default()).Recognise(d)
		e := mustEntity(t, d, tc.text, tc.person)
		if e == nil {
			continue
		}
		if tc.notTitle == "" {
			if !hasTitle(e, "Lawyer") {
				t.Errorf("%q: %s has roles %+v, want Lawyer", tc.text, tc.person, e.Roles)
			}
			continue
		}
		if hasTitle(e, tc.notTitle) {
			t.Errorf("%q: %s has roles %+v, none should be %s", tc.text, tc.person, e.Roles, tc.notTitle)
		}
		if tc.other != "" {
			if o := mustEntity(t, d, tc.text, tc.other); o != nil && !hasTitle(o, tc.notTitle) {
				t.Errorf("%q: %s has roles %+v, want %s", tc.text, tc.other, o.Roles, tc.notTitle)
			}
		}
	}
}

func hasTitle(e *doc.Entity, title string) bool {
	for _, r := range e.Roles {
		if strings.EqualFold(r.Title, title) {
			return true
		}
	}
	return false
}
