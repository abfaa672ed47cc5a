package quote

import "testing"

// TestOddInputs makes sure attribution survives text that news scrapers
// produce: unbalanced and stray marks, marks only, cues at the very end.
func TestOddInputs(t *testing.T) {
	for _, text := range []string{
		``,
		`"`,
		`“”`,
		`'' ''`,
		`He said:`,
		`He said: "`,
		"\"Unclosed quote runs on and on\n\n\"and on into the next paragraph",
		`said`,
		`according to`,
		`"A," he said, "`,
		`, said`,
		"The statement:\n\n",
		`“Mismatched" marks" everywhere“ said the man.`,
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%q: panic %v", text, r)
				}
			}()
			d2 := attribute(text)
			for _, q := range d2.Quotes {
				for _, s := range q.Spans {
					if s.Start < 0 || s.End > len(text) || s.Start > s.End {
						t.Errorf("%q: bad span %v", text, s)
					}
				}
			}
		}()
	}
}
