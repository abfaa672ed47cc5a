package clean

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// maxHeadLines bounds how far down captions are looked for.
const maxHeadLines = 8

// shareLine is a row of social buttons: "14.7K Shares Facebook", "Twitter".
var shareLine = regexp.MustCompile(`(?i)^(?:[\d.,]+[KM]?\s+shares?\s*)?(?:facebook|twitter|reddit|e-?mail|whatsapp|pinterest|linkedin|print|share|tweet|copy link|comments?|flipboard|telegram|messenger)?$`)

func isShareLine(t string) bool { return t != "" && shareLine.MatchString(t) }

// leadingCaptions classifies the short lines at the top of the text as
// captions and credits. It returns pieces only up to the last credit it
// found, so that a headline or a first paragraph is never taken: a line is
// a caption only when a credit follows it (on the next line, repeated with
// the credit glued on, or in its own marked form "(Photo: X)").
func leadingCaptions(text string, lines []line) []piece {
	var out []piece
	var pending *line // a short line not yet known to be a caption
	kept := 0         // pieces in out that a credit has confirmed
	seen := 0
	for i := range lines {
		l := &lines[i]
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		if seen++; seen > maxHeadLines {
			break
		}
		if isShareLine(t) || (notePrefix.MatchString(t) && utf8.RuneCountInString(t) <= 200) {
			// share buttons and newsletter pitches scraped above the story
			if pending != nil {
				return out[:kept]
			}
			out = append(out, piece{l.start, l.end, "note", t, ""})
			kept = len(out)
			continue
		}
		if !headLike(t) {
			break
		}
		switch {
		case IsByline(t):
			if pending != nil { // a headline above the byline stays
				return out[:kept]
			}
			out = append(out, piece{l.start, l.end, "credit", t, ""})
		case IsCredit(t):
			if pending != nil {
				out = append(out, piece{pending.start, pending.end, "caption", strings.TrimSpace(pending.text), ""})
				pending = nil
			}
			out = append(out, piece{l.start, l.end, "credit", t, ""})
		case pending != nil && strings.HasPrefix(t, strings.TrimSpace(pending.text)) &&
			IsCredit(t[len(strings.TrimSpace(pending.text)):]):
			// "Hassan Rouhani" then "Hassan RouhaniReuters": the caption
			// repeated with its credit glued on.
			caption := strings.TrimSpace(pending.text)
			out = append(out, piece{pending.start, pending.end, "caption", caption, ""},
				piece{l.start, l.end, "credit", strings.TrimSpace(t[len(caption):]), ""})
			pending = nil
		default:
			if c, credit, ok := SplitCredit(t); ok {
				if pending != nil { // the line before had no credit of its own
					return out[:kept]
				}
				out = append(out, piece{l.start, l.end, "caption", c, ""}, piece{l.start, l.end, "credit", credit, ""})
				kept = len(out)
				continue
			}
			if pending != nil {
				return out[:kept]
			}
			pending = l
			continue
		}
		kept = len(out)
	}
	return out[:kept]
}

// headLike is a short line without the closing punctuation of a sentence:
// what a caption or credit looks like, and a paragraph does not.
func headLike(t string) bool {
	if utf8.RuneCountInString(t) > 160 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	switch last {
	case '.', '!', '?', ':', ';', '"', '”', '…':
		return IsCredit(t) // "AP Photo/J. Doe." style credits still count
	}
	return true
}
