package reader

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readFeed makes one article of each RSS or Atom item, its text from the
// item's content (or description) HTML. Published is the item's date as
// the feed writes it, so its zone survives. An item without text is a bad
// record; a feed that does not parse keeps the whole items before its
// break (salvageFeed), else it is one bad record for the file.
func (w *walker) readFeed(f *file) error {
	max := 8 * w.opt.maxBytes() // a feed holds many articles
	b, reason := readLimited(f, max)
	if reason != "" {
		w.problem(f.name, reason)
		return nil
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		// A feed cut off in transfer (or broken near its end) still holds
		// whole items before the break: read those, and report the rest.
		kept, cutLine, ok := salvageFeed(b)
		if !ok {
			w.problem(f.name, "feed: "+err.Error())
			return nil
		}
		if feed, ok = parseFeed(kept); !ok {
			w.problem(f.name, "feed: "+err.Error())
			return nil
		}
		w.problem(originAt(f.name, cutLine),
			"feed: broken after the last whole item, which ends here ("+err.Error()+"): the items before it are read, what follows is lost")
		b = kept
	}
	lines := itemLines(b)
	for i, it := range feed.Items {
		line := 0
		if i < len(lines) {
			line = lines[i]
		}
		origin := originAt(f.name, line)
		a, reason := feedArticle(feed, it)
		if reason != "" {
			w.problem(origin, reason)
			continue
		}
		if a.ID == "" {
			a.ID = f.id + "#" + strconv.Itoa(i+1)
		}
		a.Origin = origin
		if err := w.emit(a); err != nil {
			return err
		}
	}
	return nil
}

func parseFeed(b []byte) (*gofeed.Feed, bool) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	return feed, err == nil
}

// salvageFeed cuts a feed after its last whole item (RSS) or entry
// (Atom), on line cutLine, and closes the elements left open, for a feed
// whose end is missing or broken; false when it has no whole item to
// keep.
func salvageFeed(b []byte) (kept []byte, cutLine int, ok bool) {
	cut := -1
	for _, end := range []string{"</item>", "</entry>"} {
		if i := bytes.LastIndex(b, []byte(end)); i >= 0 {
			cut = max(cut, i+len(end))
		}
	}
	if cut < 0 {
		return nil, 0, false
	}
	head := b[:min(len(b), 1024)]
	var closing string
	switch {
	case bytes.Contains(head, []byte("<rdf:RDF")):
		closing = "\n</rdf:RDF>\n" // RSS 1.0: items are the channel's siblings
	case bytes.Contains(head, []byte("<rss")):
		closing = "\n</channel>\n</rss>\n"
	case bytes.Contains(head, []byte("<feed")):
		closing = "\n</feed>\n"
	default:
		return nil, 0, false
	}
	return append(b[:cut:cut], closing...), 1 + bytes.Count(b[:cut], []byte("\n")), true
}

func feedArticle(feed *gofeed.Feed, it *gofeed.Item) (Article, string) {
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	text, captions, credits := fragmentText(body)
	if strings.TrimSpace(text) == "" {
		return Article{}, "feed item without text"
	}
	a := Article{
		ID:        firstOf(strings.TrimSpace(it.GUID), strings.TrimSpace(it.Link)),
		Title:     strings.TrimSpace(it.Title),
		Source:    strings.TrimSpace(feed.Title),
		SiteName:  strings.TrimSpace(feed.Title),
		URL:       strings.TrimSpace(it.Link),
		Published: strings.TrimSpace(firstOf(it.Published, it.Updated)),
		Language:  feed.Language,
		Text:      text,
		Captions:  captions,
		Credits:   credits,
	}
	var names []string
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			names = append(names, strings.TrimSpace(p.Name))
		}
	}
	a.Author = strings.Join(names, ", ")
	if a.Author == "" && it.DublinCoreExt != nil && len(it.DublinCoreExt.Creator) > 0 {
		a.Author = strings.Join(it.DublinCoreExt.Creator, ", ")
	}
	return a, ""
}

// fragmentText renders an HTML fragment (a feed item's body) as text, its
// figure captions and credits apart. Plain text, which many feeds send,
// comes through with its words intact.
func fragmentText(s string) (text string, captions, credits []string) {
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return normalize(strings.TrimSpace(s)), nil, nil
	}
	root := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	m := readMeta(root)
	return nodeText(root), m.captions, m.credits
}

// itemLines finds the line of each <item> or <entry> start tag, in order,
// so a bad item can be named by line.
func itemLines(b []byte) []int {
	var out []int
	line := 1
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '\n':
			line++
		case '<':
			rest := b[i+1:]
			for _, tag := range [][]byte{[]byte("item"), []byte("entry")} {
				if bytes.HasPrefix(rest, tag) && len(rest) > len(tag) && (rest[len(tag)] == '>' || rest[len(tag)] == ' ' || rest[len(tag)] == '\n' || rest[len(tag)] == '\t' || rest[len(tag)] == '\r') {
					out = append(out, line)
				}
			}
		}
	}
	return out
}
