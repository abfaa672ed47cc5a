// Package conll reads token-per-line named-entity files in the common CoNLL
// variants and scores predicted tags against gold ones the way the
// conlleval script of the CoNLL shared tasks does (entity-level exact
// match).
//
// Accepted layouts: CoNLL-2003 ("word POS chunk tag"), OntoNotes-style
// "word POS tag", and two-column "word tag", separated by spaces or tabs.
// The tag is always the last column. "-DOCSTART-" lines start a new
// document and are not tokens; blank lines end sentences. Files ending in
// ".gz" are decompressed. Tags in IOB1 (an entity starts with I- unless it
// follows one of the same type) are converted to IOB2 on reading.
package conll

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"newsgraph/internal/gzfile"
)

// Sentence is one sentence of a CoNLL file.
type Sentence struct {
	Words []string
	Tags  []string // IOB2 gold tags; nil when the file has only words
	// DocStart is true for the first sentence after a -DOCSTART- line (and
	// for the first sentence of a file), so callers can group documents.
	DocStart bool
}

// ReadFile reads every sentence of the file at path (see Read).
func ReadFile(path string) ([]Sentence, error) {
	rc, err := gzfile.Open(path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	s, err := Read(rc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// IsDocStart reports whether a line's first field is the -DOCSTART- marker.
func IsDocStart(fields []string) bool {
	return len(fields) > 0 && fields[0] == "-DOCSTART-"
}

// Fields splits a line into columns on runs of spaces and tabs.
func Fields(line string) []string {
	return strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == '\t' })
}

// Read parses sentences from r. A file whose lines have one column gives
// sentences without tags; otherwise every token line must have a tag
// column. Tags are returned in IOB2.
func Read(r io.Reader) ([]Sentence, error) {
	var (
		out      []Sentence
		cur      Sentence
		docStart = true
		lineNo   int
		columns  int // 1 (words only) or 2+ (with tags), set by the first token line
	)
	flush := func() {
		if len(cur.Words) == 0 {
			return
		}
		cur.DocStart = docStart
		docStart = false
		if cur.Tags != nil {
			cur.Tags = IOB1ToIOB2(cur.Tags)
		}
		out = append(out, cur)
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	for sc.Scan() {
		lineNo++
		fields := Fields(sc.Text())
		switch {
		case len(fields) == 0:
			flush()
			continue
		case IsDocStart(fields):
			flush()
			docStart = true
			continue
		}
		hasTag := len(fields) >= 2
		if columns == 0 {
			columns = len(fields)
		}
		if (columns >= 2) != hasTag {
			return out, fmt.Errorf("line %d: %d column(s) but the first token line had %d", lineNo, len(fields), columns)
		}
		cur.Words = append(cur.Words, fields[0])
		if hasTag {
			tag := fields[len(fields)-1]
			if !validTag(tag) {
				return out, fmt.Errorf("line %d: %q is not an IOB tag (want O, B-TYPE or I-TYPE)", lineNo, tag)
			}
			cur.Tags = append(cur.Tags, tag)
		}
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("line %d: %w", lineNo+1, err)
	}
	flush()
	return out, nil
}

func validTag(t string) bool {
	if t == "O" {
		return true
	}
	return len(t) > 2 && t[1] == '-' && strings.ContainsRune("BIES", rune(t[0]))
}

// IOB1ToIOB2 returns tags with every entity starting in B-: an I-X that
// does not continue an entity of type X becomes B-X. IOB2 input comes back
// unchanged. E- and S- (IOBES) are mapped to I- and B-.
func IOB1ToIOB2(tags []string) []string {
	out := make([]string, len(tags))
	prevType := ""
	for i, t := range tags {
		prefix, typ := Split(t)
		switch prefix {
		case 'O':
			out[i], prevType = "O", ""
			continue
		case 'I', 'E':
			if prevType != typ {
				prefix = 'B'
			} else {
				prefix = 'I'
			}
		case 'S':
			prefix = 'B'
		}
		out[i] = string(prefix) + "-" + typ
		prevType = typ
		if t[0] == 'E' || t[0] == 'S' {
			prevType = "" // an IOBES entity ends here
		}
	}
	return out
}

// Split returns a tag's prefix letter ('B', 'I', 'E', 'S' or 'O') and its
// type ("" for O).
func Split(tag string) (prefix byte, typ string) {
	if tag == "O" || len(tag) < 2 || tag[1] != '-' {
		return 'O', ""
	}
	return tag[0], tag[2:]
}
