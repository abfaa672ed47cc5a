package reader

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

func TestParseHTMLPage(t *testing.T) {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := ParseHTML(page, "", "")
	if err != nil {
		t.Fatal(err)
	}
	want := Article{
		Title: "Harbour reopens after storm", Source: "The Coastal Courier", SiteName: "The Coastal Courier",
		URL: "https://courier.example/harbour-reopens", Published: "2024-03-08T14:05:00+02:00",
		Author: "Mara Quill", Language: "en",
		Captions: []string{"Boats return to the harbour on Friday"}, Credits: []string{"Tom Vale/Courier"},
	}
	got := a
	got.Text = ""
	if !reflect.DeepEqual(got, want) {
		t.Errorf("meta:\n got %+v\nwant %+v", got, want)
	}
	paras := strings.Split(a.Text, "\n\n")
	if len(paras) != 3 || !strings.HasPrefix(paras[0], "The harbour at Port Selby") || !strings.Contains(paras[1], "its normal timetable") {
		t.Errorf("paragraphs = %q", paras)
	}
	for _, junk := range []string{"Home", "Privacy policy", "Boats return", "Tom Vale"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text keeps %q: %q", junk, a.Text)
		}
	}
}

func TestParseHTMLMetaSources(t *testing.T) {
	body := `<article><p>` + strings.Repeat("The minister said the talks in the capital would go on for days. ", 6) + `</p></article>`
	tests := []struct {
		name, head, ctype string
		check             func(Article) string
	}{
		{"json-ld", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"LD headline","datePublished":"2023-05-01T09:00:00-04:00","author":[{"@type":"Person","name":"Ana Ruiz"},{"name":"Bo Lin"}],"publisher":{"@type":"Organization","name":"LD News"}}]}</script>`, "",
			func(a Article) string {
				if a.Title != "LD headline" || a.Published != "2023-05-01T09:00:00-04:00" || a.Author != "Ana Ruiz, Bo Lin" || a.Source != "LD News" {
					return "wrong JSON-LD metadata"
				}
				return ""
			}},
		{"author URL dropped, time element", `<meta property="article:author" content="https://x.example/ana"><title>Doc title</title>`, "",
			func(a Article) string {
				if a.Author != "" || a.Title != "Doc title" {
					return "author URL kept or <title> ignored"
				}
				return ""
			}},
		{"windows-1252 charset", `<meta charset="windows-1252"><meta property="og:title" content="Caf` + "\xe9" + `">`, "",
			func(a Article) string {
				if a.Title != "Café" {
					return "charset not decoded"
				}
				return ""
			}},
		{"figcaption with marked credit", `</head><body><figure><figcaption>Troops at the border (Photo: Jane Roe)</figcaption></figure>`, "",
			func(a Article) string {
				if !reflect.DeepEqual(a.Captions, []string{"Troops at the border"}) || !reflect.DeepEqual(a.Credits, []string{"Photo: Jane Roe"}) {
					return "caption/credit not split"
				}
				return ""
			}},
		{"caption and credit by class", `</head><body><div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">Soldiers at the gate. Photo: Jane Roe</p></div><span class="photo-credit">AFP</span><footer><span class="credits">Site by Acme</span></footer>`, "",
			func(a Article) string {
				if !reflect.DeepEqual(a.Captions, []string{"Soldiers at the gate."}) || !reflect.DeepEqual(a.Credits, []string{"Photo: Jane Roe", "AFP"}) || strings.Contains(a.Text, "Soldiers") {
					return "class-marked caption/credit not collected"
				}
				return ""
			}},
		{"unix time, double-escaped site name, UTF-8 declared as Latin-1", `<meta charset="iso-8859-1"><meta name="pubdate" content="1651626439"><meta property="og:site_name" content="La Naci&amp;#xF3;n"><meta property="og:title" content="Café">`, "",
			func(a Article) string {
				if a.Published != "2022-05-04T01:07:19Z" || a.SiteName != "La Nación" || a.Title != "Café" {
					return "meta values not repaired"
				}
				return ""
			}},
		{"credit-only caption, teaser captions in links skipped", `</head><body><figure><img src="a.jpg"><figcaption>(Photo by Jo Poe / AFP)</figcaption></figure><a href="/other"><img src="b.jpg"><span class="caption">Read another story</span></a>`, "",
			func(a Article) string {
				if len(a.Captions) != 0 || !reflect.DeepEqual(a.Credits, []string{"Photo by Jo Poe / AFP"}) {
					return "credit-only caption or linked teaser mishandled"
				}
				return ""
			}},
	}
	for _, tc := range tests {
		a, err := ParseHTML([]byte("<html><head>"+tc.head+"</head><body>"+body+"</body></html>"), tc.ctype, "")
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if msg := tc.check(a); msg != "" {
			t.Errorf("%s: %s: %+v", tc.name, msg, a)
		}
	}
}

func TestHTMLFileWithStrayNUL(t *testing.T) {
	page := "<html><body><article><p>" + strings.Repeat("Words of the story go here. ", 12) + "</p>\x00\x00</article></body></html>"
	arts, bad := collect(t, fstest.MapFS{"p.html": {Data: []byte(page)}, "bin.html": {Data: []byte(strings.Repeat("\x00\x01\x02", 100))}}, ".", Options{})
	if len(arts) != 1 || arts[0].ID != "p" || !reflect.DeepEqual(bad, []string{"bin.html: binary data, not HTML"}) {
		t.Errorf("got %d articles, problems %q", len(arts), bad)
	}
}

func TestParseHTMLEmpty(t *testing.T) {
	if _, err := ParseHTML([]byte("<html><head><title>T</title></head><body><script>var x = 1;</script><img src=a.png></body></html>"), "", ""); err == nil {
		t.Error("page without text: no error")
	}
}

func BenchmarkParseHTML(b *testing.B) {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := ParseHTML(page, "", ""); err != nil {
			b.Fatal(err)
		}
	}
}
