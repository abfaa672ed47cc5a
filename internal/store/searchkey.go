package store

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Names are searched by a key of their own, not by NormalizeName: that
// is the merge key and keeps accents and glues hyphenated parts together
// ("Gonzalez-López" → "gonzalezlópez"), so "lopez" or "gonzalez" found
// nothing. The search key drops accents and makes each part a word; the
// merge key stays as it was, so stores keep merging entities the same way.

// SearchKey is the form a searched-for name is matched in: accents
// dropped (NFKD, combining marks on Latin, Greek and Cyrillic letters
// removed, ł ø ß … spelt out), lower case, hyphens, apostrophes and dots
// splitting words ("Gonzalez-López" → "gonzalez lopez"), other
// punctuation a space, spaces collapsed and a leading "the " removed as
// NormalizeName does. It only has letters, digits and single spaces, so
// it is safe inside a LIKE pattern.
func SearchKey(s string) string {
	return foldName(s, ' ')
}

// storedSearchKey is what the search_key and speaker_key columns hold for
// a name: its SearchKey, followed, when the name has in-word punctuation,
// by " | " and the same with those parts joined ("gonzalez lopez |
// gonzalezlopez", "u s | us"), so "gonzalezlopez" and "US" are found as
// they were before. No searched key holds "|", so a whole-word match
// never spans the two halves.
func storedSearchKey(s string) string {
	split, joined := foldName(s, ' '), foldName(s, -1)
	if joined == split {
		return split
	}
	return split + " | " + joined
}

// foldName is SearchKey with inWord (a space, or -1 to delete) for the
// punctuation inside words.
func foldName(s string, inWord rune) string {
	s = strings.ToLower(norm.NFKD.String(s))
	var b strings.Builder
	b.Grow(len(s))
	var base rune // the last letter that was no combining mark
	for _, r := range s {
		switch {
		case unicode.IsMark(r):
			if unicode.Is(unicode.Mn, r) && foldsMarks(base) {
				continue
			}
			b.WriteRune(r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			base = r
			if f, ok := spelt[r]; ok {
				b.WriteString(f)
			} else {
				b.WriteRune(r)
			}
		case inWordPunct(r):
			base = 0
			if inWord >= 0 {
				b.WriteRune(inWord)
			}
		default:
			base = 0
			b.WriteByte(' ')
		}
	}
	// NFC puts back together what was decomposed and kept (Hangul,
	// Japanese voicing marks, Indic vowel signs).
	out := strings.Join(strings.Fields(norm.NFC.String(b.String())), " ")
	return strings.TrimPrefix(out, "the ")
}

// foldsMarks reports whether accents on r are dropped: on Latin, Greek
// and Cyrillic letters they are (writers and wires often leave them out);
// in other scripts a combining mark can be part of the letter (Japanese
// ガ is カ and a voicing mark), so those keep theirs.
func foldsMarks(r rune) bool {
	return unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic)
}

// inWordPunct is the punctuation NormalizeName deletes inside a name
// ("U.S.", "O'Brien", "Al-Qaeda"), with the typographic hyphens and
// apostrophes too.
func inWordPunct(r rune) bool {
	switch r {
	case '-', '‐', '\'', '’', 'ʼ', '.':
		return true
	}
	return false
}

// spelt are the lower-case letters that carry an accent or a stroke
// without decomposing into a base letter and a mark, written as a reader
// without them would ("Łódź" → "lodz", "Ørsted" → "orsted").
var spelt = map[rune]string{
	'ł': "l", 'ø': "o", 'đ': "d", 'ð': "d", 'ħ': "h", 'ı': "i", 'ŧ': "t",
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ς': "σ",
}

// searchKeyMigration is migration 5, the same for both dialects: the
// search key columns, filled by fillSearchKeys. No index: a whole-word
// LIKE ('% x %') cannot use one, as the norm search before could not.
const searchKeyMigration = `ALTER TABLE entity_aliases ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
ALTER TABLE quotes ADD COLUMN speaker_key TEXT NOT NULL DEFAULT ''`

// fillBatch is how many rows fillSearchKeys reads and updates at a time:
// one UPDATE per batch, with three parameters a row, well under either
// database's limit on parameters. A variable, so a test can cross batches.
var fillBatch = 500

// fillSearchKeys is migration 5's Go step: the search keys of the names
// stored before it. SQL cannot drop accents portably, so the keys are
// computed here and written back a batch at a time.
func fillSearchKeys(x execer) error {
	if err := fillAliasKeys(x); err != nil {
		return fmt.Errorf("entity alias search keys: %w", err)
	}
	if err := fillSpeakerKeys(x); err != nil {
		return fmt.Errorf("quote speaker search keys: %w", err)
	}
	return nil
}

// fillAliasKeys sets search_key on every entity alias, walking the
// primary key (type, norm); no type is "" (Put stores "MISC" for none).
func fillAliasKeys(x execer) error {
	lastType, lastNorm := "", ""
	for {
		var args []any
		err := readRows(x, func(r scanner) error {
			var typ, norm, alias string
			if err := r.Scan(&typ, &norm, &alias); err != nil {
				return err
			}
			lastType, lastNorm = typ, norm
			args = append(args, typ, norm, storedSearchKey(alias))
			return nil
		}, `SELECT type, norm, alias FROM entity_aliases WHERE type > ? OR (type = ? AND norm > ?) ORDER BY type, norm LIMIT `+strconv.Itoa(fillBatch),
			lastType, lastType, lastNorm)
		if err != nil || len(args) == 0 {
			return err
		}
		if err := x.exec(`UPDATE entity_aliases SET search_key = v.column3 FROM (VALUES `+rowsOf(len(args)/3, 3)+`) AS v
			WHERE entity_aliases.type = v.column1 AND entity_aliases.norm = v.column2`, args...); err != nil {
			return err
		}
	}
}

// fillSpeakerKeys sets speaker_key on every quote with a speaker as
// written; the others keep an empty key.
func fillSpeakerKeys(x execer) error {
	var last int64
	for {
		var args []any
		err := readRows(x, func(r scanner) error {
			var name string
			if err := r.Scan(&last, &name); err != nil {
				return err
			}
			args = append(args, last, storedSearchKey(name))
			return nil
		}, `SELECT id, speaker_name FROM quotes WHERE id > ? AND speaker_name <> '' ORDER BY id LIMIT `+strconv.Itoa(fillBatch), last)
		if err != nil || len(args) == 0 {
			return err
		}
		row := "(CAST(? AS BIGINT), ?)" // PostgreSQL would take an untyped id in VALUES for text
		rows := strings.TrimSuffix(strings.Repeat(row+", ", len(args)/2), ", ")
		if err := x.exec(`UPDATE quotes SET speaker_key = v.column2 FROM (VALUES `+rows+`) AS v WHERE quotes.id = v.column1`, args...); err != nil {
			return err
		}
	}
}

// readRows runs a query and calls each for every row, closing the rows
// before it returns: a migration's transaction cannot update while it
// still reads.
func readRows(x execer, each func(scanner) error, query string, args ...any) error {
	rows, err := x.query(query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := each(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
