package clean

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// maxNoteRunes bounds a trailing note: longer lines are body text.
const maxNoteRunes = 400

var (
	// deskNote is a parenthesised closing paragraph about the outlet
	// itself rather than the story.
	deskNote = regexp.MustCompile(`(?i)\b(desk|time posted|posted automatically|keeping you updated|contributed to this (?:report|story)|this (?:article|story) (?:was|has been) (?:updated|corrected|amended)|editor'?s note|updated at)\b`)
	// reportingCredit is Reuters-style staff credits.
	reportingCredit = regexp.MustCompile(`(?i)^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research|translated)\s+by\b`)
	// notePrefixes start the boilerplate lines publishers append.
	notePrefix = regexp.MustCompile(`(?i)^(?:follow (?:us|\S+(?: \S+){0,3}) on (?:twitter|facebook|instagram|x|telegram|google news|linkedin)|like us on facebook|join (?:us|our) |sign up (?:for|to)|subscribe (?:to|for|now|here)|get our |get the latest .{0,60}inbox|download (?:our|the) .*app|read more\b|read the (?:rest|full)|related:|click here|all rights reserved|this (?:article|story|piece|post) (?:was )?(?:originally |first )?(?:appeared|published|ran)\b|originally published|the views expressed|we want to hear|have a news tip|send us your|sources?: )`)
	// copyrightLine needs a year or "all rights reserved", so that a
	// closing list item "(c) ..." stays in the body.
	copyrightLine = regexp.MustCompile(`(?i)^(?:©|\(c\)|copyright\b).*(?:\b(?:19|20)\d\d\b|all rights reserved)`)
	// Publisher names as notes give them.
	publisherPatterns = []*regexp.Regexp{
		regexp.MustCompile(`\b((?:[A-Z][\p{L}&.-]*\s){0,4}[A-Z][\p{L}&.-]*)['’]s\s+(?:[\p{L}-]+\s+){0,3}desk\b`),
		regexp.MustCompile(`\ball\s+((?:[A-Z][\p{L}&.-]*\s){0,4}[A-Z][\p{L}&.-]*)\s+(?:articles|stories|content)\b`),
		regexp.MustCompile(`(?i:(?:appeared|published|ran))\s+(?i:on|in|at|by)\s+((?:[\p{Lu}0-9][\p{L}0-9&.'’-]*\s?){1,5})`),
		regexp.MustCompile(`^(?:©|\([cC]\)|(?i:copyright))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*((?:[\p{Lu}0-9][\p{L}0-9&.'’-]*\s?){1,5})`),
	}
)

// trailingNotes walks back from the end over lines that are publisher
// notes, stopping at the first line of body text. Lines before from
// (captions already taken) are never considered.
func trailingNotes(text string, lines []line, from int) []piece {
	var out []piece
	for i := len(lines) - 1; i >= 0 && lines[i].start >= from; i-- {
		l := lines[i]
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		p, ok := classifyNote(t)
		if !ok {
			break
		}
		p.start, p.end = l.start, l.end
		out = append([]piece{p}, out...)
	}
	return out
}

// classifyNote says whether a closing line is a note and of what kind.
func classifyNote(t string) (piece, bool) {
	if utf8.RuneCountInString(t) > maxNoteRunes {
		return piece{}, false
	}
	switch {
	case reportingCredit.MatchString(t):
		return piece{what: "credit", value: t}, true
	case isParenthesised(t) && deskNote.MatchString(t):
		return piece{what: "note", value: t, publisher: publisherIn(t)}, true
	case notePrefix.MatchString(t), copyrightLine.MatchString(t) && utf8.RuneCountInString(t) <= 200:
		return piece{what: "note", value: t, publisher: publisherIn(t)}, true
	}
	return piece{}, false
}

func isParenthesised(t string) bool {
	t = strings.TrimRight(t, ".")
	return strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") ||
		strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]")
}

// publisherIn finds the outlet a note names, or "".
func publisherIn(t string) string {
	for _, re := range publisherPatterns {
		if m := re.FindStringSubmatch(t); m != nil {
			name, _, _ := strings.Cut(strings.TrimSpace(m[1]), ". ") // "X. All rights reserved"
			name = strings.TrimRight(name, ".,;:")
			if name != "" && !strings.EqualFold(name, "the") {
				return name
			}
		}
	}
	return ""
}
