package reader

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

const jsonlSample = `{"id":"a1","text":"First story.\r\nSecond line.","title":"One","source":"Planet","url":"https://p.example/1","published":"2024-01-02T03:04:05-05:00","author":"Mara Quill"}
{"id": 7, "text": "Numbered id.", "publisher": "Courier", "date": "2024-01-03", "authors": ["A. B", "C. D"]}

{"text": "No id here."}
{"id": "bad json", "text": "unterminated
{"id": "nofield", "title": "Only a title"}
{"id": "empty", "text": "  "}
{"id": "nul", "text": "x\u0000y"}
{"id": "latin", "text": "caf` + "\xe9" + `"}
{"id": "h1", "html": "<html><head><meta property=\"og:title\" content=\"From HTML\"></head><body><article><p>The paragraph from the page, long enough to be taken as the main text of this small page.</p><p>Another paragraph follows it with more words in it.</p></article></body></html>", "source": "Given"}
`

func TestJSONL(t *testing.T) {
	fsys := fstest.MapFS{"d/feed.jsonl": {Data: []byte(jsonlSample)}, "d/z.jsonl.gz": {Data: gz(t, `{"text":"zipped"}`+"\n")}}
	arts, bad := collect(t, fsys, "d", Options{})
	got := map[string]Article{}
	var ids []string
	for _, a := range arts {
		got[a.ID] = a
		ids = append(ids, a.ID)
	}
	if want := []string{"a1", "7", "feed:4", "h1", "z:1"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("ids = %q, want %q", ids, want)
	}
	a1 := got["a1"]
	want := Article{ID: "a1", Title: "One", Source: "Planet", URL: "https://p.example/1", Published: "2024-01-02T03:04:05-05:00",
		Author: "Mara Quill", Text: "First story.\nSecond line.", Origin: "d/feed.jsonl:1"}
	if !reflect.DeepEqual(a1, want) {
		t.Errorf("a1 = %+v\nwant %+v", a1, want)
	}
	if a := got["7"]; a.Source != "Courier" || a.Published != "2024-01-03" || a.Author != "A. B, C. D" || a.Origin != "d/feed.jsonl:2" {
		t.Errorf("7 = %+v", a)
	}
	if a := got["h1"]; a.Title != "From HTML" || a.Source != "Given" || !strings.HasPrefix(a.Text, "The paragraph from the page") || !strings.Contains(a.Text, "\n\nAnother paragraph") {
		t.Errorf("h1 = %+v", a)
	}
	wantBad := []string{
		"d/feed.jsonl:5: invalid JSON: unexpected end of JSON input",
		`d/feed.jsonl:6: no "text" or "html" field`,
		"d/feed.jsonl:7: empty text",
		"d/feed.jsonl:8: binary data, not text",
		"d/feed.jsonl:9: invalid UTF-8 at byte 28 of the line",
	}
	if !reflect.DeepEqual(bad, wantBad) {
		t.Errorf("problems:\n got %q\nwant %q", bad, wantBad)
	}
}

func TestJSONStream(t *testing.T) {
	fsys := fstest.MapFS{
		"arr.jsonl": {Data: []byte("[\n  {\"id\": \"x\", \"text\": \"In an array.\", \"authors\": \"['Ana Ruiz', \\\"Bo O'Lin\\\"]\"},\n  {\"id\": \"y\"}\n]\n")},
		"one.json":  {Data: []byte("{\n  \"text\": \"Pretty printed.\"\n}\n{\"text\": \"Second.\"}\n{\"text\": \n")},
	}
	arts, bad := collect(t, fsys, ".", Options{})
	var got []string
	for _, a := range arts {
		got = append(got, a.ID+"|"+a.Origin+"|"+a.Author+"|"+a.Text)
	}
	want := []string{"x|arr.jsonl:2|Ana Ruiz, Bo O'Lin|In an array.", "one:1|one.json:1||Pretty printed.", "one:4|one.json:4||Second."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("articles:\n got %q\nwant %q", got, want)
	}
	wantBad := []string{`arr.jsonl:3: no "text" or "html" field`, "one.json:5: invalid JSON: unexpected EOF"}
	if !reflect.DeepEqual(bad, wantBad) {
		t.Errorf("problems:\n got %q\nwant %q", bad, wantBad)
	}
}

func TestJSONLRawAndLongLines(t *testing.T) {
	long := strings.Repeat("word ", 1<<20) // 5 MB line
	data := `{"id":"raw","text":"\ufeffa\r\nb"}` + "\n" + `{"id":"long","text":"` + long + `"}` + "\n" + `{"id":"after","text":"still read"}`
	arts, bad := collect(t, fstest.MapFS{"x.jsonl": {Data: []byte(data)}}, "x.jsonl", Options{Raw: true})
	if len(bad) != 0 || len(arts) != 3 {
		t.Fatalf("got %d articles, problems %q", len(arts), bad)
	}
	if arts[0].Text != "\ufeffa\r\nb" || len(arts[1].Text) != len(long) || arts[2].Text != "still read" {
		t.Errorf("texts changed: %q, %d bytes, %q", arts[0].Text, len(arts[1].Text), arts[2].Text)
	}
	_, bad = collect(t, fstest.MapFS{"x.jsonl": {Data: []byte(data)}}, "x.jsonl", Options{MaxBytes: 1 << 20})
	if want := []string{"x.jsonl:2: line longer than 2101248 bytes (twice the limit for one article, for JSON escapes)"}; !reflect.DeepEqual(bad, want) {
		t.Errorf("problems %q, want %q", bad, want)
	}
}

func TestJSONLTruncatedGzip(t *testing.T) {
	var lines strings.Builder
	for i := 0; i < 2000; i++ {
		lines.WriteString(`{"text":"line of text number something"}` + "\n")
	}
	z := gz(t, lines.String())
	arts, bad := collect(t, fstest.MapFS{"t.jsonl.gz": {Data: z[:len(z)/2]}}, "t.jsonl.gz", Options{})
	if len(arts) == 0 || len(bad) != 1 || !strings.HasSuffix(bad[0], ": truncated gzip data") || !strings.HasPrefix(bad[0], "t.jsonl.gz:") {
		t.Errorf("got %d articles, problems %q", len(arts), bad)
	}
}

// A byte order mark, which Windows tools write at the head of UTF-8
// files, is no part of the first record: that record is read like the
// others, whatever names the file or however it arrives.
func TestJSONLByteOrderMark(t *testing.T) {
	const lines = `{"id":"first","text":"One."}` + "\n" + `{"id":"second","text":"Two."}` + "\n"
	bom := "\xef\xbb\xbf" + lines
	tests := []struct {
		name string
		data []byte
		opt  Options
	}{
		{"a.jsonl", []byte(bom), Options{}},
		{"a.ndjson", []byte("\xef\xbb\xbf\r\n" + lines), Options{}},
		{"a.jsonl.gz", gz(t, bom), Options{}},
		{"noext", []byte(bom), Options{}},
		{"a.txt", []byte(bom), Options{Format: "jsonl"}},
		{"raw.jsonl", []byte(bom), Options{Raw: true}},
		{"array.json", []byte("\xef\xbb\xbf[" + strings.Replace(strings.TrimSpace(lines), "\n", ",\n", 1) + "]"), Options{}},
	}
	for _, tc := range tests {
		arts, bad := collect(t, fstest.MapFS{tc.name: {Data: tc.data}}, tc.name, tc.opt)
		var ids []string
		for _, a := range arts {
			ids = append(ids, a.ID)
		}
		if len(bad) != 0 || !reflect.DeepEqual(ids, []string{"first", "second"}) {
			t.Errorf("%s: ids %q, problems %q; want first, second and none", tc.name, ids, bad)
		}
	}
}

// A line that is JSON but no article object is named for what it is, in
// the user's terms rather than the reader's Go types.
func TestJSONLNotAnObject(t *testing.T) {
	tests := []struct {
		line string
		want string
	}{
		{`[1, 2, 3]`, "not a JSON object but an array"},
		{`"just a string"`, "not a JSON object but a string"},
		{`42`, "not a JSON object but a number"},
		{`null`, "not a JSON object but null"},
		{`true`, "not a JSON object but a boolean"},
		{`{"id": "n", "text": 5}`, `"text" is a number, not a string`},
		{`{"id": "n", "html": ["<p>a</p>"]}`, `"html" is an array, not a string`},
		{`{"id": "n", "text": "ok"`, "invalid JSON: unexpected end of JSON input"},
	}
	for _, tc := range tests {
		data := `{"id": "before", "text": "Read."}` + "\n" + tc.line + "\n" + `{"id": "after", "text": "Still read."}` + "\n"
		arts, bad := collect(t, fstest.MapFS{"x.jsonl": {Data: []byte(data)}}, "x.jsonl", Options{})
		if want := []string{"x.jsonl:2: " + tc.want}; !reflect.DeepEqual(bad, want) {
			t.Errorf("%s: problems %q, want %q", tc.line, bad, want)
		}
		if len(arts) != 2 || arts[1].ID != "after" {
			t.Errorf("%s: the lines around it were not read: %+v", tc.line, arts)
		}
	}
}

// What follows a JSON array's closing bracket is read too: another array
// (exports appended to one file) or more objects. It used to be dropped
// without a word, as was a missing closing bracket.
func TestJSONStreamAfterTheArray(t *testing.T) {
	tests := []struct {
		name, data string
		ids        []string
		bad        []string
	}{
		{"two.json", "[{\"id\":\"a\",\"text\":\"A.\"}]\n[{\"id\":\"b\",\"text\":\"B.\"},\n {\"id\":\"c\",\"text\":\"C.\"}]\n", []string{"a", "b", "c"}, nil},
		{"then.jsonl", "[{\"id\":\"a\",\"text\":\"A.\"}]\n{\"id\":\"b\",\"text\":\"B.\"}\n", []string{"a", "b"}, nil},
		{"empty.json", "[]\n[{\"id\":\"a\",\"text\":\"A.\"}]", []string{"a"}, nil},
		{"garbage.json", "[{\"id\":\"a\",\"text\":\"A.\"}]\n\ngarbage", []string{"a"}, []string{"garbage.json:3: invalid JSON: invalid character 'g' looking for beginning of value"}},
		{"unclosed.json", "[{\"id\":\"a\",\"text\":\"A.\"},\n", []string{"a"}, []string{"unclosed.json:2: invalid JSON: no closing ] for the array"}},
		{"one.json", "[{\"id\":\"a\",\"text\":\"A.\"}]\n", []string{"a"}, nil},
	}
	for _, tc := range tests {
		arts, bad := collect(t, fstest.MapFS{tc.name: {Data: []byte(tc.data)}}, tc.name, Options{})
		var ids []string
		for _, a := range arts {
			ids = append(ids, a.ID)
		}
		if !reflect.DeepEqual(ids, tc.ids) || !reflect.DeepEqual(bad, tc.bad) {
			t.Errorf("%s: ids %q, problems %q; want %q, %q", tc.name, ids, bad, tc.ids, tc.bad)
		}
	}
}
