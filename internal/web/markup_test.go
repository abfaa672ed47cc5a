package web

import (
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"newsgraph/internal/record"
)

// wellFormed checks that every element in fragment is closed in the order
// it was opened, and returns the text content.
func wellFormed(t *testing.T, fragment string) string {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(fragment))
	var stack []string
	var text strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				t.Fatal(z.Err())
			}
			if len(stack) > 0 {
				t.Fatalf("unclosed %v in %s", stack, fragment)
			}
			return text.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			stack = append(stack, string(name))
		case html.EndTagToken:
			name, _ := z.TagName()
			if len(stack) == 0 || stack[len(stack)-1] != string(name) {
				t.Fatalf("</%s> closes %v in %s", name, stack, fragment)
			}
			stack = stack[:len(stack)-1]
		case html.TextToken:
			text.Write(z.Text())
		case html.SelfClosingTagToken:
			t.Fatalf("unexpected self-closing tag in %s", fragment)
		}
	}
}

func TestMarkTextOffsetsAreCodePoints(t *testing.T) {
	// Curly quotes and "é" are several bytes each: byte offsets would cut
	// "Rouhani" wrong.
	text := "“Café” said Rouhani on Friday."
	rec := &record.Record{
		Text: text,
		Entities: []record.Entity{{ID: "e1", Name: "Hassan Rouhani", Type: "PERSON",
			Mentions: []record.Mention{{Start: 12, End: 19, Text: "Rouhani"}}}},
		Quotes: []record.Quote{{ID: "q1", Kind: "direct", Start: 0, End: 6, Spans: [][2]int{{0, 6}},
			Speaker: &record.Speaker{Entity: "e1", Name: "Rouhani", Mention: &record.Mention{Start: 12, End: 19}},
			Cue:     &record.Mention{Start: 7, End: 11, Text: "said"}}},
		Dates: []record.Date{{Text: "Friday", Start: 23, End: 29, Value: "2018-09-07", Grain: "day"}},
	}
	got := string(markText(rec, map[string]string{"e1": "p/42"}))
	if plain := wellFormed(t, got); plain != "Hassan Rouhani“Café” said Rouhani on Friday." {
		t.Errorf("text content = %q", plain)
	}
	for _, want := range []string{
		`<p><a class="chip" href="/entity/p%2F42" aria-label="quote by Hassan Rouhani">Hassan Rouhani</a><mark class="quote k-direct" data-quote="q1"`,
		`>“Café”</mark> <span class="cue">said</span> <a class="ent t-PERSON" href="/entity/p%2F42" title="Hassan Rouhani · person"><span class="speaker">Rouhani</span></a>`,
		`<time class="date" datetime="2018-09-07" title="2018-09-07 (day)">Friday</time>.</p>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s\nin %s", want, got)
		}
	}
}

func TestMarkTextSplitsCrossingSpans(t *testing.T) {
	// The quote ends inside the entity mention, and a date crosses the
	// paragraph break: each must be split, never produce crossed tags.
	text := "He said foo Bar Baz today\n\nand tomorrow."
	rec := &record.Record{
		Text: text,
		Entities: []record.Entity{{ID: "e1", Name: "Bar Baz", Type: "ORG",
			Mentions: []record.Mention{{Start: 12, End: 19}}}},
		Quotes: []record.Quote{{ID: "q1", Spans: [][2]int{{8, 15}}, Speaker: &record.Speaker{Name: "He"}}},
		Dates:  []record.Date{{Start: 20, End: 31}, {Start: -1, End: 3}, {Start: 30, End: 500}},
	}
	got := string(markText(rec, nil))
	if plain := wellFormed(t, got); plain != "He said Hefoo Bar Baz today\n\nand tomorrow." {
		t.Errorf("text content = %q", plain)
	}
	if n := strings.Count(got, `<span class="ent t-ORG"`); n != 2 {
		t.Errorf("entity split into %d pieces, want 2 (inside and after the quote):\n%s", n, got)
	}
	if n := strings.Count(got, `<time class="date"`); n != 3 {
		t.Errorf("date split into %d pieces, want 3 (paragraph, gap, paragraph):\n%s", n, got)
	}
	if n := strings.Count(got, `<p>`); n != 2 {
		t.Errorf("%d paragraphs, want 2", n)
	}
}

func TestMarkTextEscapesEverything(t *testing.T) {
	text := `<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1"> Evil"Corp`
	evil := `"><script>window.__pwned=1</script>`
	rec := &record.Record{
		Text: text,
		Entities: []record.Entity{{ID: `e1"`, Name: evil, Type: `X" onmouseover="alert(1)`,
			Mentions: []record.Mention{{Start: 0, End: 8}, {Start: 71, End: 80}}}},
		Quotes: []record.Quote{{ID: evil, Kind: evil, Start: 0, End: 34, Speaker: &record.Speaker{Entity: `e1"`, Name: evil}}},
		Dates:  []record.Date{{Start: 35, End: 39, Value: evil}},
	}
	got := string(markText(rec, map[string]string{`e1"`: `../x"y`}))
	wellFormed(t, got)
	for _, bad := range []string{"<script", "<img", `onmouseover="`, `onerror="`, `x"y`} {
		if strings.Contains(got, bad) {
			t.Errorf("unescaped %q in %s", bad, got)
		}
	}
	if !strings.Contains(got, `href="/entity/..%2Fx%22y"`) {
		t.Errorf("entity id not path-escaped: %s", got)
	}
}

// FuzzMarkText throws arbitrary text and spans (in range or not, crossing
// or not) at markText: the output must always be well-formed HTML whose
// text is the input text, with the speaker chip's name before the quote.
func FuzzMarkText(f *testing.F) {
	f.Add("“Café” said Rouhani on Friday.", 0, 6, 12, 19, 23, 29, 3, 15)
	f.Add("a<b>&c\n\nd", 1, 4, 2, 9, 0, 1, -1, 40)
	f.Fuzz(func(t *testing.T, text string, q0, q1, e0, e1, d0, d1, p0, p1 int) {
		const chip = "\uE000" // the speaker's name: a character the text lacks
		if !utf8.ValidString(text) || strings.ContainsAny(text, "\r\x00"+chip) {
			// Records are JSON, so always valid UTF-8; the tokenizer that
			// checks the output normalises CR and NUL.
			return
		}
		rec := &record.Record{
			Text:       text,
			Paragraphs: []record.Span{{Start: p0, End: p1}},
			Entities:   []record.Entity{{ID: "e1", Name: chip, Type: "PERSON", Mentions: []record.Mention{{Start: e0, End: e1}}}},
			Quotes:     []record.Quote{{ID: "q1", Spans: [][2]int{{q0, q1}, {e0, d1}}, Speaker: &record.Speaker{Entity: "e1", Name: chip}}},
			Dates:      []record.Date{{Start: d0, End: d1, Value: "2018-09-07"}},
		}
		got := string(markText(rec, map[string]string{"e1": "1"}))
		plain := wellFormed(t, got)
		if strings.Replace(plain, chip, "", 1) != text {
			t.Errorf("text content %q, want %q (plus the chip)", plain, text)
		}
	})
}
