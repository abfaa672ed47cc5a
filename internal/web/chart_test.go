package web

import (
	"slices"
	"testing"
)

// TestChartSaysWhatItCounts checks the words on each chart: the entity
// timeline counts mentions (the store sums them per day), and its bars
// said "articles", so one article naming someone twelve times read as
// twelve articles that day.
func TestChartSaysWhatItCounts(t *testing.T) {
	days := []DayCount{{Day: "2024-03-05", Count: 12, Quotes: 1}}
	tests := []struct {
		name   string
		c      *chart
		label  string
		titles []string
	}{
		{"corpus", articleChart(days), "articles per day", []string{"5 Mar 2024: 12 articles"}},
		{"entity", timelineChart(days), "mentions and quotes per day", []string{"5 Mar 2024: 12 mentions", "5 Mar 2024: 1 quote"}},
	}
	for _, tt := range tests {
		var titles []string
		for _, b := range tt.c.Bars {
			titles = append(titles, b.Title)
		}
		if tt.c.Label != tt.label || !slices.Equal(titles, tt.titles) {
			t.Errorf("%s chart: label %q, bars %q; want %q, %q", tt.name, tt.c.Label, titles, tt.label, tt.titles)
		}
	}
}
