// Package dates finds temporal expressions ("on Friday", "yesterday",
// "last week", "Sept. 11, 2001") and pins them to calendar dates from the
// article's publication time, in the article's time zone.
//
// News uses weekdays relative to the day of writing, and mostly about the
// past: a bare "Friday" in a story published on a Saturday is the day
// before, and in a story published on a Friday it is that very day. Future
// tense ("will meet on Tuesday") looks forward instead. Without a
// publication time relative expressions stay unresolved: a date is never
// guessed.
package dates

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"newsgraph/internal/doc"
)

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

const (
	monthRe   = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)`
	weekdayRe = `(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
)

// Each pattern is tried in order; earlier matches win over overlapping
// later ones.
var patterns = []struct {
	re   *regexp.Regexp
	kind string
	need wordClass // the pattern runs only on sentences with all of these
}{
	{regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`), "iso", hasNumber},
	{regexp.MustCompile(`\b` + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`), "mdy", hasMonth | hasNumber},
	{regexp.MustCompile(`\b(\d{1,2})\s+` + monthRe + `,?\s+(\d{4})\b`), "dmy", hasMonth | hasNumber},
	{regexp.MustCompile(`\b(?:(last|next|this|on|On|Last|Next|This|early|late)\s+)?` + weekdayRe + `(?:\s+(morning|afternoon|evening|night))?\b`), "weekday", hasWeekday},
	{regexp.MustCompile(`\b` + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?\b`), "md", hasMonth},
	{regexp.MustCompile(`\b(\d{1,2})\s+` + monthRe + `\b`), "dm", hasMonth},
	{regexp.MustCompile(`\b` + monthRe + `,?\s+(\d{4})\b`), "my", hasMonth | hasNumber},
	{regexp.MustCompile(`(?i)\b(yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening))\b`), "deictic", hasDeictic},
	{regexp.MustCompile(`(?i)\b(last|next|this|previous|coming)\s+(week|month|year)\b`), "relperiod", hasPeriod},
	{regexp.MustCompile(`\b(?:in|In|since|Since|by|until|till|during|of|to|and|through|before|after|between|from|From)\s+` + monthRe + `\b`), "month", hasMonth},
	{regexp.MustCompile(`\b(?:in|In|since|Since|by|until|during|of)\s+((?:19|20)\d{2})\b`), "year", hasNumber},
}

// wordClass is a set of the kinds of date word a sentence holds.
type wordClass uint8

const (
	hasNumber wordClass = 1 << iota // a four-digit number or an ISO date
	hasMonth
	hasWeekday
	hasDeictic // yesterday, today, tonight, tomorrow, this morning
	hasPeriod  // week, month, year
)

// Resolver resolves expressions relative to a reference day.
type Resolver struct {
	ref    time.Time // publication day at midnight in the article's zone; zero if unknown
	hasRef bool
}

// NewResolver returns a resolver for an article published at pub (zero if
// unknown), with dates read in loc.
func NewResolver(pub time.Time, loc *time.Location) Resolver {
	if pub.IsZero() {
		return Resolver{}
	}
	if loc == nil {
		loc = time.UTC
	}
	p := pub.In(loc)
	return Resolver{ref: time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, loc), hasRef: true}
}

// Find fills d.Dates with the temporal expressions of d.Text, resolved
// against d.Published in d.Location.
func Find(d *doc.Doc) {
	r := NewResolver(d.Published, d.Location)
	d.Dates = d.Dates[:0]
	var taken []doc.Span
	// Regular expressions are slow next to everything else in the
	// pipeline, so they run only over sentences with a word that can
	// start or anchor a date.
	for _, sent := range dateSentences(d) {
		from := sent.Start
		chunk := d.Text[sent.Start:sent.End]
		for _, p := range patterns {
			if sent.class&p.need != p.need {
				continue
			}
			for _, m := range p.re.FindAllStringSubmatchIndex(chunk, -1) {
				for k := range m {
					if m[k] >= 0 {
						m[k] += from
					}
				}
				sp := doc.Span{Start: m[0], End: m[1]}
				if overlapsAny(taken, sp) || p.kind == "year" && counted(d.Text, sp) {
					continue
				}
				groups := make([]string, len(m)/2)
				for g := range groups {
					if m[2*g] >= 0 {
						groups[g] = d.Text[m[2*g]:m[2*g+1]]
					}
				}
				// Keep the span to the date itself, not a leading "on"/"in".
				sp = trimPreposition(d.Text, sp)
				if inPersonName(d, sp) {
					continue // "rejected by May": Theresa May, not the month
				}
				dt, ok := r.resolve(p.kind, groups, future(d, sp))
				if !ok && !dt.unresolvedOK {
					continue
				}
				taken = append(taken, sp)
				d.Dates = append(d.Dates, doc.Date{Span: sp, Value: dt.value, Grain: dt.grain, Time: dt.t})
			}
		}
	}
	sortDates(d.Dates)
}

// classedSpan is a sentence and the kinds of date word it holds.
type classedSpan struct {
	doc.Span
	class wordClass
}

// dateSentences returns the sentences that hold a date word, with the
// kinds they hold; the whole text when d is not segmented.
func dateSentences(d *doc.Doc) []classedSpan {
	if len(d.Sentences) == 0 {
		return []classedSpan{{doc.Span{Start: 0, End: len(d.Text)}, 0xff}}
	}
	var out []classedSpan
	for _, s := range d.Sentences {
		var c wordClass
		for k := s.FirstToken; k < s.EndToken; k++ {
			c |= dateWord(d.TokenText(k))
		}
		if c != 0 {
			out = append(out, classedSpan{s.Span, c})
		}
	}
	return out
}

func dateWord(w string) wordClass {
	if len(w) < 3 || len(w) > 10 {
		return 0
	}
	if w[0] >= '0' && w[0] <= '9' {
		if len(w) >= 4 && w[1] >= '0' && w[1] <= '9' && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9' {
			return hasNumber
		}
		return 0
	}
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	if _, ok := months[lw]; ok {
		return hasMonth
	}
	if _, ok := weekdays[lw]; ok {
		return hasWeekday
	}
	switch lw {
	case "yesterday", "today", "tonight", "tomorrow",
		"morning", "afternoon", "evening": // "this morning"
		return hasDeictic
	case "week", "month", "year":
		return hasPeriod
	}
	return 0
}

// inPersonName reports whether sp lies inside a person's name, as the
// entity layer (which runs first, and leaves its mentions in text order)
// found it. Only the mentions starting shortly before sp are read, so a
// huge article costs no more per date than a short one.
func inPersonName(d *doc.Doc, sp doc.Span) bool {
	const longestName = 256 // bytes; far more than any person's name
	i := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Start > sp.Start })
	for k := i - 1; k >= 0 && d.Mentions[k].Start >= sp.Start-longestName; k-- {
		if m := d.Mentions[k]; m.Type == "PERSON" && m.Kind == doc.Name && sp.End <= m.End {
			return true
		}
	}
	return false
}

// counted reports whether a "year" match is a number of things: "a force
// of 2000 troops", "a total of 1998 people". Only after "of", where "the
// elections of 2019" is the other reading.
func counted(text string, sp doc.Span) bool {
	if !strings.HasPrefix(text[sp.Start:], "of ") {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(text[sp.End:], " "), " ")
	next = strings.TrimRight(next, ".,;:")
	switch next {
	case "people", "police", "men", "women", "children", "personnel":
		return true
	case "does":
		return false
	}
	return len(next) > 3 && strings.HasSuffix(next, "s") && !strings.HasSuffix(next, "ss") && strings.ToLower(next) == next
}

func trimPreposition(text string, sp doc.Span) doc.Span {
	s := text[sp.Start:sp.End]
	k := strings.IndexFunc(s, unicode.IsSpace)
	if k < 0 || !datePrepositions[strings.ToLower(s[:k])] {
		return sp
	}
	rest := strings.TrimLeftFunc(s[k:], unicode.IsSpace)
	return doc.Span{Start: sp.End - len(rest), End: sp.End}
}

// datePrepositions are the words the patterns take before a date and
// trimPreposition leaves out of its span ("in March", "until\nFriday").
var datePrepositions = map[string]bool{
	"on": true, "in": true, "since": true, "by": true, "until": true, "till": true, "during": true, "of": true,
	"to": true, "and": true, "through": true, "before": true, "after": true, "between": true, "from": true,
}

func overlapsAny(spans []doc.Span, s doc.Span) bool {
	for _, t := range spans {
		if t.Overlaps(s) {
			return true
		}
	}
	return false
}

func sortDates(ds []doc.Date) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Start < ds[j-1].Start; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

type resolved struct {
	value, grain string
	t            time.Time
	unresolvedOK bool // a real date expression we cannot pin without a reference
}

func day(t time.Time) resolved {
	return resolved{value: t.Format("2006-01-02"), grain: "day", t: t}
}

// nearby is how far from publication a month and day without a year may
// lie in the direction its clause does not point before it is taken to be
// in the year before (or, in a future clause, after).
const nearby = 120 * 24 * time.Hour

func (r Resolver) resolve(kind string, g []string, fut bool) (resolved, bool) {
	loc := time.UTC
	if r.hasRef {
		loc = r.ref.Location()
	}
	switch kind {
	case "iso":
		y, _ := strconv.Atoi(g[1])
		m, _ := strconv.Atoi(g[2])
		dd, _ := strconv.Atoi(g[3])
		if m < 1 || m > 12 || !exists(y, time.Month(m), dd) {
			return resolved{}, false
		}
		return day(time.Date(y, time.Month(m), dd, 0, 0, 0, 0, loc)), true
	case "mdy", "dmy":
		mo, dd, y := g[1], g[2], g[3]
		if kind == "dmy" {
			dd, mo = g[1], g[2]
		}
		m := monthOf(mo)
		n, _ := strconv.Atoi(dd)
		yr, _ := strconv.Atoi(y)
		if m == 0 || !exists(yr, m, n) {
			return resolved{}, false
		}
		return day(time.Date(yr, m, n, 0, 0, 0, 0, loc)), true
	case "md", "dm":
		mo, dd := g[1], g[2]
		if kind == "dm" {
			dd, mo = g[1], g[2]
		}
		m := monthOf(mo)
		n, _ := strconv.Atoi(dd)
		if m == 0 || !exists(2000, m, n) { // 2000 has a 29 February
			return resolved{}, false
		}
		if !r.hasRef {
			return resolved{unresolvedOK: true, grain: "day"}, false
		}
		// The nearest such date: this year, or last year when that would
		// lie more than a few months ahead of publication; in a future
		// clause next year when it lies as far behind ("will meet on
		// Jan. 5" written in December).
		t := time.Date(r.ref.Year(), m, n, 0, 0, 0, 0, loc)
		if t.Sub(r.ref) > nearby && !fut {
			t = t.AddDate(-1, 0, 0)
		}
		if r.ref.Sub(t) > nearby && fut {
			t = t.AddDate(1, 0, 0)
		}
		return day(leapDay(t, n, fut)), true
	case "my":
		m := monthOf(g[1])
		yr, _ := strconv.Atoi(g[2])
		return resolved{value: fmt.Sprintf("%04d-%02d", yr, m), grain: "month", t: time.Date(yr, m, 1, 0, 0, 0, 0, loc)}, true
	case "month":
		m := monthOf(g[1])
		if !r.hasRef {
			return resolved{unresolvedOK: true, grain: "month"}, false
		}
		yr := r.ref.Year()
		if m > r.ref.Month() && !fut {
			yr--
		}
		if m < r.ref.Month() && fut {
			yr++ // "will vote in January", written in December
		}
		return resolved{value: fmt.Sprintf("%04d-%02d", yr, m), grain: "month", t: time.Date(yr, m, 1, 0, 0, 0, 0, loc)}, true
	case "year":
		yr, _ := strconv.Atoi(g[1])
		return resolved{value: g[1], grain: "year", t: time.Date(yr, 1, 1, 0, 0, 0, 0, loc)}, true
	case "weekday":
		mod := strings.ToLower(g[1])
		wd := weekdays[strings.ToLower(g[2])]
		if !r.hasRef {
			return resolved{unresolvedOK: true, grain: "day"}, false
		}
		return day(r.weekday(wd, mod, fut)), true
	case "deictic":
		if !r.hasRef {
			return resolved{unresolvedOK: true, grain: "day"}, false
		}
		switch w := strings.ToLower(g[1]); {
		case w == "yesterday":
			return day(r.ref.AddDate(0, 0, -1)), true
		case w == "tomorrow":
			return day(r.ref.AddDate(0, 0, 1)), true
		default: // today, tonight, this morning...
			return day(r.ref), true
		}
	case "relperiod":
		if !r.hasRef {
			return resolved{unresolvedOK: true}, false
		}
		off := 0
		switch strings.ToLower(g[1]) {
		case "last", "previous":
			off = -1
		case "next", "coming":
			off = 1
		}
		switch strings.ToLower(g[2]) {
		case "week":
			t := r.ref.AddDate(0, 0, 7*off)
			y, w := t.ISOWeek()
			monday := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
			return resolved{value: fmt.Sprintf("%04d-W%02d", y, w), grain: "week", t: monday}, true
		case "month":
			t := time.Date(r.ref.Year(), r.ref.Month()+time.Month(off), 1, 0, 0, 0, 0, loc)
			return resolved{value: t.Format("2006-01"), grain: "month", t: t}, true
		case "year":
			yr := r.ref.Year() + off
			return resolved{value: strconv.Itoa(yr), grain: "year", t: time.Date(yr, 1, 1, 0, 0, 0, 0, loc)}, true
		}
	}
	return resolved{}, false
}

// weekday pins a weekday name. mod is "", "on", "last", "next", "this".
func (r Resolver) weekday(wd time.Weekday, mod string, fut bool) time.Time {
	diff := int(r.ref.Weekday()) - int(wd) // days back to the most recent such day
	if diff < 0 {
		diff += 7
	}
	back := r.ref.AddDate(0, 0, -diff)
	ahead := diff
	if ahead != 0 {
		ahead = 7 - diff
	}
	forward := r.ref.AddDate(0, 0, ahead)
	switch mod {
	case "last":
		if diff == 0 {
			return r.ref.AddDate(0, 0, -7)
		}
		return back
	case "next":
		if ahead == 0 {
			return r.ref.AddDate(0, 0, 7)
		}
		return forward
	}
	if fut {
		return forward
	}
	return back
}

// exists reports whether day n of month m is a date in year y: time.Date
// would quietly move "Feb. 30" to 1 March.
func exists(y int, m time.Month, n int) bool {
	return n >= 1 && time.Date(y, m, n, 0, 0, 0, 0, time.UTC).Day() == n
}

// leapDay moves a 29 February that time.Date carried into March (t, in a
// year without one) to the nearest leap year back, or ahead in a future
// clause: "on Feb. 29" written in March 2021 is 2020's.
func leapDay(t time.Time, n int, fut bool) time.Time {
	step := -1
	if fut {
		step = 1
	}
	for y := t.Year(); t.Day() != n; {
		y += step
		t = time.Date(y, time.February, n, 0, 0, 0, 0, t.Location())
	}
	return t
}

func monthOf(s string) time.Month {
	return months[strings.ToLower(strings.TrimSuffix(s, "."))]
}

var futureRe = regexp.MustCompile(`(?i)\b(will|shall|'ll|is to|are to|is due|are due|plans? to|planning to|scheduled|expected to|is set to|are set to|going to|next|upcoming)\b`)

// pastRe finds past-tense auxiliaries and reporting verbs, which overrule
// a future word before them: "the next round was held on Tuesday", "Iran
// will respond, the minister said on Tuesday".
var pastRe = regexp.MustCompile(`(?i)\b(was|were|had|did|said|told)\b`)

// clauseRe finds where a new clause starts: "it will retaliate, and on
// Wednesday its forces attacked" puts Wednesday in the past, and so does
// a quotation's end in "\"We will respond,\" the minister warned on
// Tuesday".
var clauseRe = regexp.MustCompile(`;|, (?:and|but|while|whereas)\b|["“”]`)

// future reports whether the clause around sp speaks of the future: a
// modal or "planned" verb between the clause start and the expression,
// with no past-tense auxiliary after it.
func future(d *doc.Doc, sp doc.Span) bool {
	start := sp.Start - 80
	if start < 0 {
		start = 0
	}
	// Stay within the clause: cut at the last sentence end or clause start.
	window := d.Text[start:sp.Start]
	if k := strings.LastIndexAny(window, ".!?\n"); k >= 0 {
		window = window[k+1:]
	}
	if ms := clauseRe.FindAllStringIndex(window, -1); len(ms) > 0 {
		window = window[ms[len(ms)-1][1]:]
	}
	return lastStart(futureRe, window) > lastStart(pastRe, window)
}

// lastStart returns where re's last match in s starts, -1 when none.
func lastStart(re *regexp.Regexp, s string) int {
	ms := re.FindAllStringIndex(s, -1)
	if len(ms) == 0 {
		return -1
	}
	return ms[len(ms)-1][0]
}
