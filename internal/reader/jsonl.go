package reader

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// jsonRecord is one JSONL line. Fields that sources spell several ways, or
// give as a number, a list or null, are kept raw and read by flexString.
type jsonRecord struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	HTML      *string         `json:"html"`
	Title     json.RawMessage `json:"title"`
	Source    json.RawMessage `json:"source"`
	Publisher json.RawMessage `json:"publisher"`
	URL       json.RawMessage `json:"url"`
	Published json.RawMessage `json:"published"`
	Date      json.RawMessage `json:"date"`
	Author    json.RawMessage `json:"author"`
	Authors   json.RawMessage `json:"authors"`
	Language  json.RawMessage `json:"language"`
	Lang      json.RawMessage `json:"lang"`
}

// readJSONL reads one article per line. Blank lines are skipped; every
// other line that is not a usable article is a bad record. A .json file,
// or one that opens with "[", is read as a stream of JSON values instead
// (an array of articles, or objects spread over several lines).
func (w *walker) readJSONL(f *file) error {
	// A byte order mark (Windows tools write one) is the file's, not its
	// first record's, which JSON would reject for it.
	if bom, _ := f.r.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
		f.r.Discard(3)
	}
	if head, _ := f.r.Peek(512); f.ext == ".json" || bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("[")) {
		return w.readJSONStream(f)
	}
	limit := 2*w.opt.maxBytes() + 4096 // JSON escaping can double a text
	for lineNo := 1; ; lineNo++ {
		line, tooLong, err := readLine(f.r, limit)
		origin := originAt(f.name, lineNo)
		switch {
		case err != nil && err != io.EOF:
			w.problem(origin, errText(err)) // a partial line is no record
			return nil
		case tooLong:
			w.problem(origin, "line longer than "+sizeText(limit)+" (twice the limit for one article, for JSON escapes)")
		case len(bytes.TrimSpace(line)) > 0:
			if err := w.jsonLine(f, lineNo, line); err != nil {
				return err
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

func (w *walker) jsonLine(f *file, lineNo int, line []byte) error {
	origin := originAt(f.name, lineNo)
	if !utf8.Valid(line) {
		w.problem(origin, fmt.Sprintf("invalid UTF-8 at byte %d of the line", invalidAt(line)))
		return nil
	}
	var rec jsonRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		w.problem(origin, jsonProblem(err))
		return nil
	}
	if bytes.Equal(bytes.TrimSpace(line), []byte("null")) {
		w.problem(origin, "not a JSON object but null")
		return nil
	}
	a := Article{
		ID:        flexString(rec.ID),
		Title:     flexString(rec.Title),
		Source:    firstOf(flexString(rec.Source), flexString(rec.Publisher)),
		URL:       flexString(rec.URL),
		Published: firstOf(flexString(rec.Published), flexString(rec.Date)),
		Author:    pythonList(firstOf(flexString(rec.Author), flexString(rec.Authors))),
		Language:  firstOf(flexString(rec.Language), flexString(rec.Lang)),
		Origin:    origin,
	}
	if a.ID == "" {
		a.ID = f.id + ":" + strconv.Itoa(lineNo)
	}
	switch {
	case rec.Text != nil && strings.TrimSpace(*rec.Text) != "":
		if reason := checkText([]byte(*rec.Text)); reason != "" {
			w.problem(origin, reason)
			return nil
		}
		a.Text = *rec.Text
		if !w.opt.Raw {
			a.Text = normalize(a.Text)
		}
	case rec.HTML != nil && strings.TrimSpace(*rec.HTML) != "":
		page, err := ParseHTML([]byte(*rec.HTML), "", a.URL)
		if err != nil {
			w.problem(origin, err.Error())
			return nil
		}
		a = mergePage(a, page)
	case rec.Text != nil || rec.HTML != nil:
		w.problem(origin, "empty text")
		return nil
	default:
		w.problem(origin, `no "text" or "html" field`)
		return nil
	}
	return w.emit(a)
}

// jsonProblem says why a line did not decode as an article object, in
// the input's terms: encoding/json's own message names the reader's Go
// types ("cannot unmarshal array into Go value of type reader.jsonRecord").
func jsonProblem(err error) string {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		return "invalid JSON: " + err.Error()
	}
	kind := map[string]string{"array": "an array", "string": "a string", "number": "a number", "bool": "a boolean", "object": "an object"}[te.Value]
	if kind == "" {
		kind = te.Value
	}
	if te.Field == "" {
		return "not a JSON object but " + kind
	}
	return fmt.Sprintf("%q is %s, not a string", te.Field, kind)
}

// mergePage fills the fields a JSONL record left empty from its HTML page.
func mergePage(a, page Article) Article {
	a.Text = page.Text
	a.Title = firstOf(a.Title, page.Title)
	a.Source = firstOf(a.Source, page.Source)
	a.URL = firstOf(a.URL, page.URL)
	a.Published = firstOf(a.Published, page.Published)
	a.Author = firstOf(a.Author, page.Author)
	a.SiteName = firstOf(a.SiteName, page.SiteName)
	a.Language = firstOf(a.Language, page.Language)
	a.Captions, a.Credits = page.Captions, page.Credits
	return a
}

// readLine returns the next line without its "\n". A line longer than
// limit is consumed and reported as tooLong, so one huge line costs no
// more memory than limit. err is io.EOF after the last line.
func readLine(r *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, e := r.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > limit {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		return line, tooLong, e
	}
}

// readJSONStream reads JSON arrays of articles, or a run of JSON objects
// (the two may follow one another), each named by the line it starts on.
// A syntax error ends the file, since the next value cannot be found
// after it; so does an array left open.
func (w *walker) readJSONStream(f *file) error {
	b, reason := readLimited(f, 8*w.opt.maxBytes())
	if reason != "" {
		w.problem(f.name, reason)
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	lineAt := func(off int64) int {
		for off < int64(len(b)) && isSpace(b[off]) || off < int64(len(b)) && (b[off] == ',' || b[off] == '[') {
			off++
		}
		return 1 + bytes.Count(b[:off], []byte{'\n'})
	}
	// Arrays and objects may follow one another at the top level (exports
	// appended to one file): each array's items are articles.
	inArray := false
	for {
		line := lineAt(dec.InputOffset())
		if inArray && !dec.More() {
			if _, err := dec.Token(); err != nil { // the "]"
				reason := "invalid JSON: " + err.Error()
				if err == io.EOF {
					reason = "invalid JSON: no closing ] for the array"
				}
				w.problem(originAt(f.name, line), reason)
				return nil
			}
			inArray = false
			continue
		}
		if rest := bytes.TrimLeft(b[dec.InputOffset():], " \t\r\n"); !inArray && len(rest) > 0 && rest[0] == '[' {
			dec.Token() // the "["
			inArray = true
			continue
		}
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if err == io.EOF {
			if inArray {
				w.problem(originAt(f.name, line), "invalid JSON: no closing ] for the array")
			}
			return nil
		}
		if err != nil {
			w.problem(originAt(f.name, line), "invalid JSON: "+err.Error())
			return nil
		}
		if err := w.jsonLine(f, line, raw); err != nil {
			return err
		}
	}
}

// flexString reads a JSON string, number, or list of strings (joined with
// ", "); null and anything else give "".
func flexString(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		return strings.Join(list, ", ")
	}
	return ""
}

// pyItem is one quoted item of a Python list written as a string.
var pyItem = regexp.MustCompile(`'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"`)

// pythonList turns "['A', 'B']", which some corpora store in author
// fields, into "A, B"; any other string comes back unchanged.
func pythonList(s string) string {
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
		return s
	}
	inner := strings.TrimSpace(s[1 : len(s)-1])
	var items []string
	for _, m := range pyItem.FindAllStringSubmatch(inner, -1) {
		if it := strings.TrimSpace(m[1] + m[2]); it != "" {
			items = append(items, it)
		}
	}
	if len(items) == 0 && inner != "" {
		return s
	}
	return strings.Join(items, ", ")
}

func firstOf(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}
