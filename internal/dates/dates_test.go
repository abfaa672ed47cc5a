package dates

import (
	"strings"
	"testing"
	"time"

	"newsgraph/internal/doc"
	"newsgraph/internal/segment"
)

func find(t *testing.T, text, published, zone string) map[string]string {
	t.Helper()
	d := doc.New(text)
	if published != "" {
		p, err := time.Parse(time.RFC3339, published)
		if err != nil {
			t.Fatal(err)
		}
		d.Published = p
	}
	if zone != "" {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Fatal(err)
		}
		d.Location = loc
	}
	Find(d)
	got := map[string]string{}
	for _, dt := range d.Dates {
		got[d.Str(dt.Span)] = dt.Value
	}
	return got
}

// checkAll reports each phrase in want whose resolved value in got differs.
func checkAll(t *testing.T, got, want map[string]string) {
	t.Helper()
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%q = %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
}

func TestWeekdaysFromPublication(t *testing.T) {
	// A Friday afternoon in Jerusalem.
	text := "He said on Friday that it was over. On Tuesday, officials warned. She spoke on Wednesday. A report on Thursday claimed it. They will meet on Monday. It happened last Friday and yesterday."
	got := find(t, text, "2018-09-07T15:00:00+03:00", "Asia/Jerusalem")
	want := map[string]string{
		"Friday":      "2018-09-07",
		"Tuesday":     "2018-09-04",
		"Wednesday":   "2018-09-05",
		"Thursday":    "2018-09-06",
		"Monday":      "2018-09-10",
		"last Friday": "2018-08-31",
		"yesterday":   "2018-09-06",
	}
	checkAll(t, got, want)
}

func TestZoneDecidesTheDay(t *testing.T) {
	// 23:30 UTC on a Thursday is already Friday in Jerusalem.
	got := find(t, "It happened today.", "2018-09-06T23:30:00Z", "Asia/Jerusalem")
	if got["today"] != "2018-09-07" {
		t.Errorf("today = %q, want 2018-09-07", got["today"])
	}
	got = find(t, "It happened today.", "2018-09-06T23:30:00Z", "UTC")
	if got["today"] != "2018-09-06" {
		t.Errorf("today in UTC = %q, want 2018-09-06", got["today"])
	}
}

func TestAbsoluteAndPeriods(t *testing.T) {
	got := find(t, "The attacks of Sept. 11, 2001 and 7 July 2005. Talks resume March 3. It grew last week and in 2016, and last month.", "2018-09-07T10:00:00Z", "UTC")
	want := map[string]string{
		"Sept. 11, 2001": "2001-09-11",
		"7 July 2005":    "2005-07-07",
		"March 3":        "2018-03-03",
		"last week":      "2018-W35",
		"2016":           "2016",
		"last month":     "2018-08",
	}
	checkAll(t, got, want)
}

func TestNoPublicationNoGuess(t *testing.T) {
	got := find(t, "He said on Friday that Sept. 11, 2001 changed everything.", "", "")
	if v, ok := got["Friday"]; !ok || v != "" {
		t.Errorf("Friday without publication time = %q (present %v), want unresolved", v, ok)
	}
	if got["Sept. 11, 2001"] != "2001-09-11" {
		t.Errorf("absolute date = %q", got["Sept. 11, 2001"])
	}
}

func TestFutureCrossesTheYear(t *testing.T) {
	// Published on Thursday 20 December 2018: a future January or early
	// February is next year's; a past December date stays this year's.
	tests := []struct{ text, phrase, want string }{
		{"Iraq will hold elections in January.", "January", "2019-01"},
		{"The two leaders will meet on Jan. 5.", "Jan. 5", "2019-01-05"},
		{"The summit is due on Feb. 2.", "Feb. 2", "2019-02-02"},
		{"Police arrested him in January.", "January", "2018-01"},
		{"Police arrested him on Dec. 3.", "Dec. 3", "2018-12-03"},
		{"The vote will be held in December.", "December", "2018-12"},
	}
	for _, tt := range tests {
		got := find(t, tt.text, "2018-12-20T10:00:00Z", "UTC")
		if got[tt.phrase] != tt.want {
			t.Errorf("%q: %q = %q, want %q", tt.text, tt.phrase, got[tt.phrase], tt.want)
		}
	}
}

func TestImpossibleDays(t *testing.T) {
	// Published on 2 March 2021, not a leap year.
	tests := []struct{ text, phrase, want string }{
		{"The deal was signed on Feb. 30, 2020.", "Feb. 30, 2020", ""},
		{"Troops withdrew on 2019-02-29.", "2019-02-29", ""},
		{"They met on 31 April 2018.", "31 April 2018", ""},
		{"Rebels attacked the town on Feb. 29.", "Feb. 29", "2020-02-29"},
		{"Elections were held on Feb. 29, 2020.", "Feb. 29, 2020", "2020-02-29"},
	}
	for _, tt := range tests {
		got := find(t, tt.text, "2021-03-02T10:00:00Z", "UTC")
		if got[tt.phrase] != tt.want {
			t.Errorf("%q: %q = %q, want %q (all: %v)", tt.text, tt.phrase, got[tt.phrase], tt.want, got)
		}
	}
}

func TestThisMorningInASegmentedText(t *testing.T) {
	// Find scans only sentences with a date word; "this morning" must
	// count as one even with no other date word beside it.
	tests := []struct{ text, phrase, want string }{
		{"Parliament met. The minister resigned this morning.", "this morning", "2018-09-07"},
		{"Protesters gathered this afternoon in the square.", "this afternoon", "2018-09-07"},
		{"This evening the army shelled the town.", "This evening", "2018-09-07"},
	}
	for _, tt := range tests {
		d := doc.New(tt.text)
		segment.Segment(d)
		d.Published = time.Date(2018, 9, 7, 15, 0, 0, 0, time.UTC)
		d.Location = time.UTC
		Find(d)
		got := map[string]string{}
		for _, dt := range d.Dates {
			got[d.Str(dt.Span)] = dt.Value
		}
		if got[tt.phrase] != tt.want {
			t.Errorf("%q: %q = %q, want %q (all: %v)", tt.text, tt.phrase, got[tt.phrase], tt.want, got)
		}
	}
}

func TestTenseOfTheClause(t *testing.T) {
	// Published on Friday 7 September 2018. A future word in an earlier
	// clause, or one the past tense has overtaken, does not make a weekday
	// point ahead.
	tests := []struct{ text, phrase, want string }{
		{"Iran said it will retaliate, and on Wednesday its forces attacked the base.", "Wednesday", "2018-09-05"},
		{"Iran vowed to strike back; on Wednesday its forces attacked the base.", "Wednesday", "2018-09-05"},
		{"The next round of talks was held on Tuesday.", "Tuesday", "2018-09-04"},
		{"The next meeting is on Tuesday.", "Tuesday", "2018-09-11"},
		{"\"We will respond,\" the minister warned on Tuesday.", "Tuesday", "2018-09-04"},
		{"Iran will respond, the minister said on Tuesday.", "Tuesday", "2018-09-04"},
		{"He said: \"We will meet them on Monday.\"", "Monday", "2018-09-10"},
		{"The army will move at 10:30 on Monday.", "Monday", "2018-09-10"},
		{"They will meet on Monday.", "Monday", "2018-09-10"},
		{"He said the talks, which were postponed, will resume on Monday.", "Monday", "2018-09-10"},
	}
	for _, tt := range tests {
		got := find(t, tt.text, "2018-09-07T15:00:00+03:00", "Asia/Jerusalem")
		if got[tt.phrase] != tt.want {
			t.Errorf("%q: %q = %q, want %q", tt.text, tt.phrase, got[tt.phrase], tt.want)
		}
	}
}

func TestCountsAreNoYears(t *testing.T) {
	// "of" and a four-digit number may be a year or a count.
	tests := []struct {
		text, phrase string
		year         bool
	}{
		{"A force of 2000 troops attacked the town.", "2000", false},
		{"The fighting left a total of 1998 people dead.", "1998", false},
		{"The elections of 2019 were disputed.", "2019", true},
		{"The war of 2006 killed thousands.", "2006", true},
		{"The summer of 2014, when the war began.", "2014", true},
	}
	for _, tt := range tests {
		got := find(t, tt.text, "2024-03-08T12:00:00Z", "UTC")
		if _, ok := got[tt.phrase]; ok != tt.year {
			t.Errorf("%q: %q found as a date %v, want %v", tt.text, tt.phrase, ok, tt.year)
		}
	}
}

func TestPersonNamedLikeAMonth(t *testing.T) {
	text := "The deal was rejected by May on Friday. Talks resume on May 5."
	d := doc.New(text)
	d.Published = time.Date(2018, 3, 2, 12, 0, 0, 0, time.UTC)
	segment.Segment(d)
	at := len("The deal was rejected by ")
	d.Mentions = []doc.Mention{{Span: doc.Span{Start: at, End: at + 3}, Type: "PERSON", Kind: doc.Name}}
	Find(d)
	var got []string
	for _, dt := range d.Dates {
		got = append(got, d.Str(dt.Span)+"="+dt.Value)
	}
	want := []string{"Friday=2018-03-02", "May 5=2018-05-05"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("dates %q, want %q: a person's name is no month", got, want)
	}
}

func TestMonthAfterMorePrepositions(t *testing.T) {
	// Published Friday 8 March 2024: months after "of", "and", "to" are
	// dates too, and the span leaves the word before out, whatever space
	// follows it.
	got := find(t, "Deposits fell in the first 10 days of March. Prices rose between January and March, and from October to\nDecember.",
		"2024-03-08T12:00:00Z", "UTC")
	checkAll(t, got, map[string]string{"March": "2024-03", "January": "2024-01", "October": "2023-10", "December": "2023-12"})
	for k := range got {
		if strings.ContainsAny(k, " \n") {
			t.Errorf("date span %q keeps the word before it", k)
		}
	}
}
