// Package clean strips what scrapers leave around a news article's body:
// photo captions and credits above it, and publisher notes below it
// (desk notes, "Follow us", newsletters, copyright lines, "Reporting by").
// It never touches the middle of the body: the cleaned text is one
// contiguous slice of the input, so offsets map back by adding Start.
package clean

import "strings"

// Result is a cleaned article.
type Result struct {
	// Text is the body: Input[Start:Start+len(Text)], byte for byte.
	Text  string
	Start int
	// Captions and Credits came from the top (photo captions and their
	// credits) and the bottom ("Reporting by X; Editing by Y").
	Captions, Credits []string
	// Notes are the publisher notes removed from the end, in text order.
	Notes []string
	// Publisher is the outlet a note names ("Arutz Sheva" from "Arutz
	// Sheva's North American desk"), or "".
	Publisher string
	// Removed lists every removed span, in text order.
	Removed []Removal
}

// Removal is one span taken out of the input.
type Removal struct {
	Start, End int    // byte offsets into the input
	What       string // "caption", "credit", "caption+credit" or "note"
}

// Clean removes captions and credits from the top of text and publisher
// notes from its end. White space around the body is trimmed; nothing
// inside it changes. A text that would be left empty is returned whole.
func Clean(text string) Result {
	lines := splitLines(text)
	head := leadingCaptions(text, lines)
	from := 0
	if len(head) > 0 {
		from = head[len(head)-1].end
	}
	tail := trailingNotes(text, lines, from)
	to := len(text)
	if len(tail) > 0 {
		to = tail[0].start
	}
	start, end := trimSpace(text, from, to)
	if start == end { // everything looked like furniture: keep it all
		head, tail = nil, nil
		start, end = trimSpace(text, 0, len(text))
	}
	r := Result{Text: text[start:end], Start: start}
	for _, p := range append(head, tail...) {
		if n := len(r.Removed); n > 0 && r.Removed[n-1].Start == p.start && r.Removed[n-1].End == p.end {
			r.Removed[n-1].What += "+" + p.what // a caption with its credit on one line
		} else {
			r.Removed = append(r.Removed, Removal{Start: p.start, End: p.end, What: p.what})
		}
		switch p.what {
		case "caption":
			r.Captions = append(r.Captions, p.value)
		case "credit":
			r.Credits = append(r.Credits, p.value)
		default:
			r.Notes = append(r.Notes, p.value)
		}
		if p.publisher != "" && r.Publisher == "" {
			r.Publisher = p.publisher
		}
	}
	return r
}

// piece is one classified span of the input.
type piece struct {
	start, end int
	what       string
	value      string
	publisher  string
}

// line is one input line without its "\n"; end excludes the newline.
type line struct {
	start, end int
	text       string
}

func splitLines(text string) []line {
	var out []line
	for start := 0; start <= len(text); {
		i := strings.IndexByte(text[start:], '\n')
		if i < 0 {
			out = append(out, line{start, len(text), text[start:]})
			break
		}
		out = append(out, line{start, start + i, text[start : start+i]})
		start += i + 1
	}
	return out
}

func trimSpace(text string, start, end int) (int, int) {
	for start < end && isSpace(text[start]) {
		start++
	}
	for end > start && isSpace(text[end-1]) {
		end--
	}
	return start, end
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}
