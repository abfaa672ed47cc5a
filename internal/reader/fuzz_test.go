package reader

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// fuzzWalk reads data as one file of the given format and checks what any
// input must give: no panic, valid UTF-8 articles with text, and problems
// that name their origin.
func fuzzWalk(t *testing.T, name, format string, data []byte) {
	fsys := fstest.MapFS{name: {Data: data}}
	err := WalkFS(fsys, name, Options{Format: format, MaxBytes: 1 << 20}, func(a Article) error {
		if strings.TrimSpace(a.Text) == "" {
			t.Errorf("article %q with empty text", a.ID)
		}
		if format != FormatText && format != FormatJSONL && !utf8.ValidString(a.Text) {
			t.Errorf("article %q text is not UTF-8", a.ID)
		}
		if a.ID == "" || !strings.HasPrefix(a.Origin, name) {
			t.Errorf("article without id or origin: %q %q", a.ID, a.Origin)
		}
		return nil
	}, func(p Problem) {
		if !strings.HasPrefix(p.Origin, name) || p.Reason == "" {
			t.Errorf("problem without origin or reason: %q", p.String())
		}
	})
	if err != nil {
		t.Fatalf("WalkFS: %v", err)
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{"Plain text.", "\uFEFFa\r\nb\rc", "", "\x00\x01", "caf\xe9", gzString(f, "zipped")} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzWalk(t, "f.txt", FormatText, data) })
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{warcPage("T", "Some text."), "<html><body><figure><figcaption>A (Photo: B)</figcaption></figure><p>x</p>",
		`<script type="application/ld+json">[{"@type":["NewsArticle"],"author":{"name":1}}]</script><p>y</p>`, "<", "", "<meta charset=shift_jis><p>\x82\xa0</p>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzWalk(t, "f.html", FormatHTML, data) })
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{jsonlSample, `{"text":"a"}`, `{"html":"<p>b</p>"}`, `{"id":[1],"date":null,"text":"c"}`, "{", "\n\n", gzString(f, `{"text":"z"}`)} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzWalk(t, "f.jsonl", FormatJSONL, data) })
}

func FuzzFeed(f *testing.F) {
	for _, s := range []string{rssSample, atomSample, "<rss><channel><item><description>x</description></item></channel></rss>", "<feed>", "{}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzWalk(t, "f.rss", FormatFeed, data) })
}

func FuzzWARC(f *testing.F) {
	recs := warcSample()
	f.Add([]byte(strings.Join(recs, "")))
	for _, r := range recs {
		f.Add([]byte(r))
	}
	f.Add([]byte(gzString(f, recs[2])))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Add([]byte("WARC/1.0\r\n continued\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzWalk(t, "f.warc", FormatWARC, data) })
}

func gzString(tb testing.TB, s string) string { return string(gz(tb, s)) }

func BenchmarkJSONL(b *testing.B) {
	var sb strings.Builder
	para := strings.Repeat("The minister said on Tuesday that the talks would resume. ", 8)
	for i := 0; i < 500; i++ {
		fmt.Fprintf(&sb, `{"id":"b%d","title":"T","source":"S","date":"2024-01-02","text":%q}`+"\n", i, para+"\n\n"+para)
	}
	fsys := fstest.MapFS{"b.jsonl": {Data: []byte(sb.String())}}
	b.SetBytes(int64(sb.Len()))
	for b.Loop() {
		n := 0
		if err := WalkFS(fsys, "b.jsonl", Options{}, func(Article) error { n++; return nil }, nil); err != nil || n != 500 {
			b.Fatalf("%d articles, %v", n, err)
		}
	}
}
