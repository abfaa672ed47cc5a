package reader

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

// collect walks name in fsys and returns the articles and problems.
func collect(t *testing.T, fsys fstest.MapFS, name string, opt Options) ([]Article, []string) {
	t.Helper()
	var arts []Article
	var bad []string
	err := WalkFS(fsys, name, opt, func(a Article) error { arts = append(arts, a); return nil },
		func(p Problem) { bad = append(bad, p.String()) })
	if err != nil {
		t.Fatalf("WalkFS(%s): %v", name, err)
	}
	return arts, bad
}

func gz(t testing.TB, s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	zw.Close()
	return b.Bytes()
}

func TestWalkText(t *testing.T) {
	fsys := fstest.MapFS{
		"in/b.txt":          {Data: []byte("\uFEFFLine one.\r\nLine two.\rEnd.")},
		"in/a/story":        {Data: []byte("A story with no extension.\n")},
		"in/.hidden.txt":    {Data: []byte("never read")},
		"in/empty.txt":      {Data: []byte(" \n\t\n")},
		"in/image":          {Data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")},
		"in/photo.jpg":      {Data: []byte("\xff\xd8\xff\x00")},
		"in/README.md":      {Data: []byte("About this folder.")},
		"in/latin1.txt":     {Data: []byte("caf\xe9 au lait")},
		"in/c.txt.gz":       {Data: gz(t, "Zipped text.")},
		"in/truncated.gz":   {Data: gz(t, strings.Repeat("Long zipped text. ", 500))[:60]},
		"in/sub/deep/d.txt": {Data: []byte("Deep.")},
	}
	arts, bad := collect(t, fsys, "in", Options{})
	var got []string
	for _, a := range arts {
		got = append(got, a.ID+"|"+a.Origin+"|"+a.Text)
	}
	want := []string{
		"a/story|in/a/story|A story with no extension.\n",
		"b|in/b.txt|Line one.\nLine two.\nEnd.",
		"c|in/c.txt.gz|Zipped text.",
		"sub/deep/d|in/sub/deep/d.txt|Deep.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("articles:\n got %q\nwant %q", got, want)
	}
	wantBad := []string{
		"in/empty.txt: empty text",
		"in/image: binary data, not text",
		"in/latin1.txt: invalid UTF-8 at byte 3",
		"in/truncated.gz: truncated gzip data",
	}
	if !reflect.DeepEqual(bad, wantBad) {
		t.Errorf("problems:\n got %q\nwant %q", bad, wantBad)
	}
}

func TestWalkRawKeepsBytes(t *testing.T) {
	in := "\uFEFFa\r\nb\rc"
	arts, _ := collect(t, fstest.MapFS{"x.txt": {Data: []byte(in)}}, "x.txt", Options{Raw: true})
	if _, bad := collect(t, fstest.MapFS{"p.png": {Data: []byte("\x89PNG\x00")}}, "p.png", Options{}); len(bad) != 1 {
		t.Errorf("a binary file named directly: problems %q", bad)
	}
	if len(arts) != 1 || arts[0].Text != in || arts[0].ID != "x" {
		t.Fatalf("got %+v", arts)
	}
}

func TestWalkErrors(t *testing.T) {
	fsys := fstest.MapFS{"a.txt": {Data: []byte("one")}, "b.txt": {Data: []byte("two")}}
	if err := WalkFS(fsys, "missing", Options{}, func(Article) error { return nil }, nil); err == nil {
		t.Error("missing path: no error")
	}
	if err := WalkFS(fsys, ".", Options{Format: "pdf"}, func(Article) error { return nil }, nil); err == nil {
		t.Error("unknown format: no error")
	}
	stop := errors.New("stop")
	n := 0
	err := WalkFS(fsys, ".", Options{}, func(Article) error { n++; return stop }, nil)
	if err != stop || n != 1 {
		t.Errorf("fn error: got %v after %d articles, want stop after 1", err, n)
	}
}

func TestWalkMaxBytes(t *testing.T) {
	_, bad := collect(t, fstest.MapFS{"big.txt": {Data: []byte("0123456789")}}, "big.txt", Options{MaxBytes: 5})
	if want := []string{"big.txt: larger than 5 bytes, the limit for one article"}; !reflect.DeepEqual(bad, want) {
		t.Errorf("got %q, want %q", bad, want)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct{ ext, head, want string }{
		{".txt", "<html>", FormatText},
		{".htm", "x", FormatHTML},
		{".ndjson", "", FormatJSONL},
		{".xml", `<?xml version="1.0"?><rss version="2.0">`, FormatFeed},
		{"", "\n  <feed xmlns=\"http://www.w3.org/2005/Atom\">", FormatFeed},
		{"", "<!doctype html><p>x", FormatHTML},
		{"", "WARC/1.1\r\n", FormatWARC},
		{"", `{"text":"x"}`, FormatJSONL},
		{".md", "# Title", FormatText},
	}
	for _, tc := range tests {
		if got := sniff(tc.ext, []byte(tc.head)); got != tc.want {
			t.Errorf("sniff(%q, %q) = %q, want %q", tc.ext, tc.head, got, tc.want)
		}
	}
}

func TestSeedArticle(t *testing.T) {
	const seed = "../../../shared/examples/rouhani-idlib.txt"
	if _, err := os.Stat(seed); err != nil {
		t.Skip("seed article not present:", err)
	}
	var arts []Article
	if err := Walk(seed, Options{}, func(a Article) error { arts = append(arts, a); return nil }, func(p Problem) { t.Error(p) }); err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].ID != "rouhani-idlib" || !strings.HasPrefix(arts[0].Text, "Hassan Rouhani\nHassan RouhaniReuters\n\nIranian") {
		t.Fatalf("got %d articles, first %.80q", len(arts), arts)
	}
}

func TestWalkStdin(t *testing.T) {
	tests := []struct {
		name, in, format, wantID, wantText string
	}{
		{"sniffed JSONL", `{"text":"From a pipe."}` + "\n", "", "stdin:1", "From a pipe."},
		{"sniffed text", "Plain words.", "", "stdin", "Plain words."},
		{"given format", `{"not": "json lines"}`, "text", "stdin", `{"not": "json lines"}`},
		{"gzipped", string(gz(t, "Zipped pipe.")), "", "stdin", "Zipped pipe."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := os.CreateTemp(t.TempDir(), "stdin")
			if err != nil {
				t.Fatal(err)
			}
			f.WriteString(tc.in)
			f.Seek(0, 0)
			saved := os.Stdin
			os.Stdin = f
			defer func() { os.Stdin = saved; f.Close() }()
			var arts []Article
			err = Walk("-", Options{Format: tc.format}, func(a Article) error { arts = append(arts, a); return nil }, func(p Problem) { t.Error(p) })
			if err != nil || len(arts) != 1 || arts[0].ID != tc.wantID || arts[0].Text != tc.wantText {
				t.Errorf("got %+v, %v", arts, err)
			}
		})
	}
}

func TestRead(t *testing.T) {
	var arts []Article
	err := Read(strings.NewReader(`{"text":"Uploaded."}`+"\n"), "up.jsonl", Options{}, func(a Article) error { arts = append(arts, a); return nil }, func(p Problem) { t.Error(p) })
	if err != nil || len(arts) != 1 || arts[0].ID != "up:1" || arts[0].Origin != "up.jsonl:1" {
		t.Errorf("got %+v, %v", arts, err)
	}
}

// utf16 encodes s as UTF-16 with a byte order mark, as Windows tools
// ("Unicode" in Notepad, PowerShell's Out-File) write text.
func utf16(s string, bigEndian bool) []byte {
	b := []byte{0xff, 0xfe}
	if bigEndian {
		b = []byte{0xfe, 0xff}
	}
	for _, u := range utf16Units(s) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func utf16Units(s string) []uint16 {
	var out []uint16
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			out = append(out, uint16(0xd800+(r>>10)), uint16(0xdc00+(r&0x3ff)))
			continue
		}
		out = append(out, uint16(r))
	}
	return out
}

// A UTF-16 file with a byte order mark is text, not "binary data": it is
// read as the same text in UTF-8, whatever its format.
func TestWalkUTF16(t *testing.T) {
	page := "<html><body><article><p>The minister said on Tuesday that the talks would resume next week in Geneva, after a pause of several months.</p></article></body></html>"
	tests := []struct {
		name string
		data []byte
		want []string // texts
	}{
		{"le.txt", utf16("Café in Zürich, 北京 and 𝄞.\r\nSecond line.", false), []string{"Café in Zürich, 北京 and 𝄞.\nSecond line."}},
		{"be.txt", utf16("Big-endian text.", true), []string{"Big-endian text."}},
		{"a.jsonl", utf16(`{"id":"a","text":"One."}`+"\r\n"+`{"id":"b","text":"Two."}`+"\r\n", false), []string{"One.", "Two."}},
		{"p.html", utf16(page, false), []string{"The minister said on Tuesday that the talks would resume next week in Geneva, after a pause of several months."}},
		{"z.txt.gz", gz(t, string(utf16("Zipped.", false))), []string{"Zipped."}},
	}
	for _, tc := range tests {
		arts, bad := collect(t, fstest.MapFS{tc.name: {Data: tc.data}}, tc.name, Options{})
		var got []string
		for _, a := range arts {
			got = append(got, a.Text)
		}
		if len(bad) != 0 || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: texts %q, problems %q; want %q", tc.name, got, bad, tc.want)
		}
	}
}
