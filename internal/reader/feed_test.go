package reader

import (
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

const rssSample = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>The Coastal Courier</title>
<language>en</language>
<item>
  <title>Harbour reopens</title>
  <link>https://courier.example/harbour</link>
  <guid>courier-1</guid>
  <pubDate>Fri, 08 Mar 2024 14:05:00 +0200</pubDate>
  <dc:creator>Mara Quill</dc:creator>
  <description>Short summary.</description>
  <content:encoded><![CDATA[<figure><img src="a.jpg"><figcaption>Boats return <span class="credit">Tom Vale</span></figcaption></figure><p>The harbour reopened on Friday.</p><p>Ferries resume on Monday.</p>]]></content:encoded>
</item>
<item>
  <title>Empty item</title>
  <link>https://courier.example/empty</link>
</item>
<item>
  <title>Description only</title>
  <link>https://courier.example/desc</link>
  <description>&lt;p&gt;Only a &lt;b&gt;description&lt;/b&gt; here.&lt;/p&gt;</description>
</item>
</channel>
</rss>
`

const atomSample = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Planet Wire</title>
  <entry>
    <title>Talks resume</title>
    <id>tag:planet.example,2024:1</id>
    <link href="https://planet.example/talks"/>
    <published>2024-03-09T08:00:00-05:00</published>
    <author><name>Ana Ruiz</name></author>
    <content type="html">&lt;p&gt;Talks resumed in Geneva.&lt;/p&gt;</content>
  </entry>
</feed>
`

func TestFeeds(t *testing.T) {
	fsys := fstest.MapFS{"news.rss": {Data: []byte(rssSample)}, "wire.xml": {Data: []byte(atomSample)}, "broken.rss": {Data: []byte("<rss><channel><item>")}}
	arts, bad := collect(t, fsys, ".", Options{})
	if len(arts) != 3 {
		t.Fatalf("got %d articles: %+v", len(arts), arts)
	}
	want := Article{ID: "courier-1", Title: "Harbour reopens", Source: "The Coastal Courier", SiteName: "The Coastal Courier",
		URL: "https://courier.example/harbour", Published: "Fri, 08 Mar 2024 14:05:00 +0200", Author: "Mara Quill", Language: "en",
		Text: "The harbour reopened on Friday.\n\nFerries resume on Monday.", Captions: []string{"Boats return"}, Credits: []string{"Tom Vale"},
		Origin: "news.rss:6"}
	if !reflect.DeepEqual(arts[0], want) {
		t.Errorf("rss item:\n got %+v\nwant %+v", arts[0], want)
	}
	if a := arts[1]; a.Text != "Only a description here." || a.ID != "https://courier.example/desc" || a.Origin != "news.rss:19" {
		t.Errorf("description item: %+v", a)
	}
	if a := arts[2]; a.Published != "2024-03-09T08:00:00-05:00" || a.Author != "Ana Ruiz" || a.Text != "Talks resumed in Geneva." || a.Source != "Planet Wire" {
		t.Errorf("atom entry: %+v", a)
	}
	if len(bad) != 2 || !strings.HasPrefix(bad[0], "broken.rss: feed: ") || bad[1] != "news.rss:15: feed item without text" {
		t.Errorf("problems %q", bad)
	}
}

func TestWalkURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(rssSample))
	}))
	defer srv.Close()
	var n int
	if err := Walk(srv.URL+"/feed", Options{}, func(Article) error { n++; return nil }, nil); err != nil || n != 2 {
		t.Errorf("feed URL: %d articles, err %v", n, err)
	}
	if err := Walk(srv.URL+"/missing", Options{}, func(Article) error { return nil }, nil); err == nil {
		t.Error("404 URL: no error")
	}
}

// TestTruncatedFeeds: a feed cut off in the middle of an item keeps the
// whole items before the break, and says where it broke.
func TestTruncatedFeeds(t *testing.T) {
	cut := func(s, at string) []byte { return []byte(s[:strings.Index(s, at)+len(at)]) }
	atomTwo := strings.Replace(atomSample, "</entry>", "</entry>\n  <entry>\n    <title>Second</title>\n    <content type=\"html\">&lt;p&gt;Cut off here", 1)
	fsys := fstest.MapFS{
		"cut.rss":  {Data: cut(rssSample, "<title>Description only</title>")},
		"cut.atom": {Data: []byte(atomTwo[:strings.Index(atomTwo, "Cut off here")+len("Cut off")])},
		"none.rss": {Data: []byte("<rss><channel><title>T</title><item><title>A</title><description>half")},
	}
	arts, bad := collect(t, fsys, ".", Options{})
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if !reflect.DeepEqual(ids, []string{"tag:planet.example,2024:1", "courier-1"}) {
		t.Errorf("articles %q, want the Atom entry and the first RSS item, both whole", ids)
	}
	want := []string{"cut.atom:11: feed: broken after the last whole item", "cut.rss:18: feed: broken after the last whole item",
		"cut.rss:15: feed item without text", "none.rss: feed: "}
	if len(bad) != len(want) {
		t.Fatalf("problems %q, want %d", bad, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(bad[i], w) {
			t.Errorf("problem %d = %q, want it to start %q", i, bad[i], w)
		}
	}
}
