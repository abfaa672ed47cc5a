package reader

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

// warcRecord builds one WARC/1.1 record around payload.
func warcRecord(kind, uri, ctype, payload string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2024-03-08T12:00:00Z\r\nWARC-Target-URI: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		kind, strings.TrimPrefix(uri, "https://"), uri, ctype, len(payload), payload)
}

func httpResponse(ctype, body string) string {
	return fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", ctype, len(body), body)
}

func warcPage(title, text string) string {
	return `<html><head><meta property="og:title" content="` + title + `"></head><body><article><p>` + text + `</p><p>` + strings.Repeat("More words follow in the second paragraph of the page. ", 4) + `</p></article></body></html>`
}

// warcSample holds, in order: warcinfo, a request, an HTML response, an
// image response, an HTML resource, and a response with a broken HTTP
// header.
func warcSample() []string {
	return []string{
		warcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n"),
		warcRecord("request", "https://a.example/1", "application/http; msgtype=request", "GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n"),
		warcRecord("response", "https://a.example/1", "application/http; msgtype=response", httpResponse("text/html; charset=utf-8", warcPage("First", "The first page says the port reopened."))),
		warcRecord("response", "https://a.example/i.png", "application/http; msgtype=response", httpResponse("image/png", "\x89PNG")),
		warcRecord("resource", "https://a.example/2", "text/html", warcPage("Second", "The second page says the talks resumed.")),
		warcRecord("response", "https://a.example/3", "application/http; msgtype=response", "garbage\r\n\r\n"),
	}
}

func TestWARC(t *testing.T) {
	recs := warcSample()
	plain := strings.Join(recs, "")
	var zipped bytes.Buffer
	for _, r := range recs { // one gzip member per record, as crawlers write them
		zw := gzip.NewWriter(&zipped)
		zw.Write([]byte(r))
		zw.Close()
	}
	// the last broken record starts after the lines of the ones before it
	brokenLine := 1 + strings.Count(strings.Join(recs[:5], ""), "\n")
	for _, name := range []string{"crawl.warc", "crawl.warc.gz"} {
		data := []byte(plain)
		if strings.HasSuffix(name, ".gz") {
			data = zipped.Bytes()
		}
		arts, bad := collect(t, fstest.MapFS{name: {Data: data}}, name, Options{})
		var got []string
		for _, a := range arts {
			got = append(got, strings.Join([]string{a.ID, a.URL, a.Title, a.Published, a.Origin, strings.SplitN(a.Text, "\n", 2)[0]}, "|"))
		}
		want := []string{
			"urn:uuid:a.example/1|https://a.example/1|First|2024-03-08T12:00:00Z|" + name + ":" + fmt.Sprint(1+strings.Count(strings.Join(recs[:2], ""), "\n")) + "|The first page says the port reopened.",
			"urn:uuid:a.example/2|https://a.example/2|Second|2024-03-08T12:00:00Z|" + name + ":" + fmt.Sprint(1+strings.Count(strings.Join(recs[:4], ""), "\n")) + "|The second page says the talks resumed.",
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s articles:\n got %q\nwant %q", name, got, want)
		}
		if len(bad) != 1 || !strings.HasPrefix(bad[0], fmt.Sprintf("%s:%d: WARC response: bad HTTP header", name, brokenLine)) {
			t.Errorf("%s problems %q (broken record at line %d)", name, bad, brokenLine)
		}
	}
}

func TestWARCTruncated(t *testing.T) {
	recs := warcSample()
	whole := recs[0] + recs[2]
	cut := whole[:len(whole)-200]
	_, bad := collect(t, fstest.MapFS{"t.warc": {Data: []byte(cut)}}, "t.warc", Options{})
	if len(bad) != 1 || !strings.Contains(bad[0], "t.warc:") {
		t.Errorf("problems %q", bad)
	}
	_, bad = collect(t, fstest.MapFS{"t.warc": {Data: []byte("WARC/1.1\r\nWARC-Type: response\r\n\r\nxx")}}, "t.warc", Options{})
	if want := []string{"t.warc:1: WARC record without a valid Content-Length"}; !reflect.DeepEqual(bad, want) {
		t.Errorf("problems %q, want %q", bad, want)
	}
	_, bad = collect(t, fstest.MapFS{"t.warc": {Data: []byte("WARC/1.1\r\nnot a header\r\n\r\n")}}, "t.warc", Options{})
	if want := []string{`t.warc:1: bad WARC header line "not a header"`}; !reflect.DeepEqual(bad, want) {
		t.Errorf("problems %q, want %q", bad, want)
	}
}

// A record with neither WARC-Record-ID nor WARC-Target-URI still gets an
// id: the file's id and the record's line, as JSONL lines without one do.
func TestWARCRecordWithoutID(t *testing.T) {
	page := warcPage("Anon", "A page nobody named.")
	rec := fmt.Sprintf("WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(page), page)
	arts, bad := collect(t, fstest.MapFS{"anon.warc": {Data: []byte(rec + rec)}}, "anon.warc", Options{})
	if len(bad) != 0 || len(arts) != 2 {
		t.Fatalf("articles %d, problems %q", len(arts), bad)
	}
	second := 1 + strings.Count(rec, "\n")
	if arts[0].ID != "anon:1" || arts[1].ID != fmt.Sprintf("anon:%d", second) {
		t.Errorf("ids %q, %q", arts[0].ID, arts[1].ID)
	}
}
