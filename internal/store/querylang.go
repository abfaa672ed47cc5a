package store

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ParseQuoteQuery reads the quote query language:
//
//	speaker:Rouhani about:America since:2018-09-01 until:2018-09-30 "free text"
//
// Fields are speaker:, about:, since:, until:, source:, kind: and
// article:; a value with spaces is quoted (speaker:"Hassan Rouhani").
// Everything else is free text, matched against quote text (quoted
// phrases stay phrases). Dates are YYYY-MM-DD; since: and until: also take
// YYYY-MM or YYYY, meaning the first or last day of that period.
func ParseQuoteQuery(s string) (QuoteQuery, error) {
	var q QuoteQuery
	var free []string
	toks, err := tokenize(s)
	if err != nil {
		return q, err
	}
	for _, t := range toks {
		if t.field == "" {
			free = append(free, t.text())
			continue
		}
		v := t.value
		switch t.field {
		case "speaker":
			q.Speaker = v
		case "about":
			q.About = v
		case "source":
			q.Source = v
		case "kind":
			switch v {
			case "direct", "indirect", "mixed":
				q.Kind = v
			default:
				return q, fmt.Errorf("kind:%s: want direct, indirect or mixed", v)
			}
		case "since", "until":
			d, err := periodBound(v, t.field == "until")
			if err != nil {
				return q, fmt.Errorf("%s:%s: %v", t.field, v, err)
			}
			if t.field == "since" {
				q.Since = d
			} else {
				q.Until = d
			}
		case "article":
			id, err := strconv.ParseInt(v, 10, 64)
			if err != nil || id <= 0 {
				return q, fmt.Errorf("article:%s: want an article id", v)
			}
			q.Article = id
		default:
			// An unknown field is most likely text with a colon in it
			// ("3:30"), so it is searched for rather than refused.
			free = append(free, t.text())
		}
	}
	q.Text = strings.Join(free, " ")
	return q, nil
}

// token is one word, quoted phrase or field:value of a query.
type token struct {
	field  string // "" for free text
	value  string
	quoted bool
}

func (t token) text() string {
	v := t.value
	if t.quoted {
		v = `"` + v + `"`
	}
	if t.field != "" {
		return t.field + ":" + v
	}
	return v
}

func tokenize(s string) ([]token, error) {
	var toks []token
	r := []rune(s)
	for i := 0; i < len(r); {
		if r[i] == ' ' || r[i] == '\t' || r[i] == '\n' {
			i++
			continue
		}
		var t token
		// field name: letters up to a colon
		j := i
		for j < len(r) && (r[j] >= 'a' && r[j] <= 'z' || r[j] >= 'A' && r[j] <= 'Z') {
			j++
		}
		if j > i && j < len(r) && r[j] == ':' && j+1 < len(r) && r[j+1] != ' ' {
			t.field = strings.ToLower(string(r[i:j]))
			i = j + 1
		}
		if r[i] == '"' || r[i] == '“' {
			end := i + 1
			for end < len(r) && r[end] != '"' && r[end] != '”' {
				end++
			}
			if end == len(r) {
				return nil, fmt.Errorf("unclosed quote at character %d", i+1)
			}
			t.value, t.quoted = string(r[i+1:end]), true
			i = end + 1
		} else {
			end := i
			for end < len(r) && r[end] != ' ' && r[end] != '\t' && r[end] != '\n' {
				end++
			}
			t.value = string(r[i:end])
			i = end
		}
		if t.value == "" && !t.quoted {
			continue
		}
		toks = append(toks, t)
	}
	return toks, nil
}

// periodBound turns YYYY-MM-DD, YYYY-MM or YYYY into a day: the first day
// of the period, or the last when end is set.
func periodBound(v string, end bool) (string, error) {
	for _, layout := range []struct {
		layout string
		years  int
		months int
	}{{"2006-01-02", 0, 0}, {"2006-01", 0, 1}, {"2006", 1, 0}} {
		t, err := time.Parse(layout.layout, v)
		if err != nil {
			continue
		}
		if end && (layout.years > 0 || layout.months > 0) {
			t = t.AddDate(layout.years, layout.months, -1)
		}
		return t.Format("2006-01-02"), nil
	}
	return "", fmt.Errorf("want a date YYYY-MM-DD, YYYY-MM or YYYY")
}

// ValidDay reports whether s is empty or a YYYY-MM-DD date.
func ValidDay(s string) bool {
	if s == "" {
		return true
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}
