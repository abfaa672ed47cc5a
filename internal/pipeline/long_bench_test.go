package pipeline

import (
	"fmt"
	"strings"
	"testing"

	"newsgraph/internal/reader"
)

// longArticle is n paragraphs of wire copy: quotes direct and reported,
// named and pronoun speakers, dates, events, people and places that come
// back, as in a long live blog or a transcript.
func longArticle(n int) string {
	people := []string{"Anna Berg", "Tomas Ruiz", "Leila Haddad", "Piotr Nowak", "Grace Mensah"}
	places := []string{"Geneva", "Ankara", "Athens", "Nairobi", "Lima"}
	var b strings.Builder
	for i := range n {
		p, q, c := people[i%len(people)], people[(i+2)%len(people)], places[i%len(places)]
		fmt.Fprintf(&b, "Foreign Minister %s met %s in %s on Tuesday. \"We listened, and we will keep talking,\" %s told reporters, adding that the talks would resume next week.\n\n", p, q, c, p)
		fmt.Fprintf(&b, "%s warned that sanctions could follow, according to a statement from the ministry. She said the government had agreed to send aid.\n\n", q)
	}
	return b.String()
}

// BenchmarkAnalyzeLong analyses one article of growing length. Time per
// kilobyte should stay flat: a stage that compares every quote, mention
// or event with every other makes a huge article (the readers allow
// 20 MB) take hours.
func BenchmarkAnalyzeLong(b *testing.B) {
	p, err := New(Options{Published: "2024-05-17T10:00:00Z"})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{50, 500, 5000} {
		text := longArticle(n)
		b.Run(fmt.Sprintf("%dKB", len(text)>>10), func(b *testing.B) {
			for b.Loop() {
				if _, err := p.Analyze(reader.Article{ID: "long", Text: text}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(len(text)>>10), "µs/KB")
		})
	}
}
