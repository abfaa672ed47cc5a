package web

import (
	"strconv"
	"time"
)

// chart is a bar chart laid out in Go and drawn by the templates as inline
// SVG, so it needs no script and prints. Coordinates are in the SVG's
// viewBox units.
type chart struct {
	Width, Height int
	Bars          []bar
	Ticks         []tick // dates under the x axis
	Max           int    // the value of the top of the plot
	MaxY          int    // where Max sits
	Baseline      int
	Label         string // what the chart shows, for screen readers
}

type bar struct {
	X, Y, W, H int
	Class      string // series: "s-main", "s-quotes"
	Title      string // on hover
}

type tick struct {
	X      int
	Text   string
	Anchor string // text-anchor: start, middle or end
}

const (
	chartWidth  = 720
	chartHeight = 180
	chartLeft   = 34 // room for the max label
	chartBottom = 22 // room for the dates
	chartTop    = 8
	maxGapDays  = 120 // longer ranges show only days that have counts
)

// articleChart draws articles per day.
func articleChart(days []DayCount) *chart {
	return newChart(days, false, "articles per day")
}

// timelineChart draws an entity's mentions and its quotes per day, side
// by side.
func timelineChart(days []DayCount) *chart {
	return newChart(days, true, "mentions and quotes per day")
}

func newChart(days []DayCount, quotes bool, label string) *chart {
	days = fillDays(days)
	if len(days) == 0 {
		return nil
	}
	c := &chart{Width: chartWidth, Height: chartHeight, Label: label,
		Baseline: chartHeight - chartBottom, MaxY: chartTop}
	for _, d := range days {
		c.Max = max(c.Max, d.Count, d.Quotes)
	}
	c.Max = max(c.Max, 1)
	plotH := c.Baseline - chartTop
	slot := float64(chartWidth-chartLeft) / float64(len(days))
	height := func(n int) int { return n * plotH / c.Max }
	for i, d := range days {
		x := chartLeft + int(float64(i)*slot)
		// Bars are at most 36 units wide, so a few days do not look
		// like a wall.
		w := min(max(int(slot*0.8), 1), 36)
		if quotes {
			w = min(max(int(slot*0.4), 1), 18)
		}
		if d.Count > 0 {
			h := max(height(d.Count), 1)
			title := day(d.Day) + ": " + plural(d.Count, "article", "articles")
			if quotes {
				title = day(d.Day) + ": " + plural(d.Count, "mention", "mentions")
			}
			c.Bars = append(c.Bars, bar{X: x, Y: c.Baseline - h, W: w, H: h, Class: "s-main", Title: title})
		}
		if quotes && d.Quotes > 0 {
			h := max(height(d.Quotes), 1)
			c.Bars = append(c.Bars, bar{X: x + w, Y: c.Baseline - h, W: w, H: h, Class: "s-quotes",
				Title: day(d.Day) + ": " + plural(d.Quotes, "quote", "quotes")})
		}
	}
	// First, last and, when there is room, middle date under the axis.
	for _, i := range uniqueInts(0, len(days)/2, len(days)-1) {
		t := tick{X: chartLeft + int(float64(i)*slot), Text: day(days[i].Day), Anchor: "middle"}
		switch {
		case i == 0:
			t.Anchor = "start"
		case i == len(days)-1:
			t.Anchor, t.X = "end", chartWidth
		}
		c.Ticks = append(c.Ticks, t)
	}
	return c
}

// fillDays adds the missing days between the first and the last as zeros,
// so bars sit on a time axis, unless the range is too long for daily bars.
func fillDays(days []DayCount) []DayCount {
	if len(days) < 2 {
		return days
	}
	first, err1 := time.Parse("2006-01-02", days[0].Day)
	last, err2 := time.Parse("2006-01-02", days[len(days)-1].Day)
	if err1 != nil || err2 != nil || last.Sub(first) > maxGapDays*24*time.Hour || last.Before(first) {
		return days
	}
	have := map[string]DayCount{}
	for _, d := range days {
		have[d.Day] = d
	}
	var out []DayCount
	for t := first; !t.After(last); t = t.AddDate(0, 0, 1) {
		k := t.Format("2006-01-02")
		d, ok := have[k]
		if !ok {
			d = DayCount{Day: k}
		}
		out = append(out, d)
	}
	return out
}

func uniqueInts(xs ...int) []int {
	var out []int
	for _, x := range xs {
		if len(out) == 0 || out[len(out)-1] != x {
			out = append(out, x)
		}
	}
	return out
}

// MaxText is the top value as text, for the axis label.
func (c *chart) MaxText() string { return strconv.Itoa(c.Max) }
