package reader

import (
	"encoding/json"
	"strings"
	"unicode"

	"newsgraph/internal/clean"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page says about itself, outside its main text.
type pageMeta struct {
	title, author, published, siteName, publisher, language, url string
	docTitle                                                     string // the <title> element
	captions, credits                                            []string
}

// Meta names in order of trust: the first one present wins.
var (
	titleKeys     = []string{"og:title", "twitter:title", "dc.title"}
	authorKeys    = []string{"author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"}
	publishedKeys = []string{"article:published_time", "og:article:published_time", "datepublished",
		"pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dc.date", "dcterms.created",
		"sailthru.date", "parsely-pub-date", "og:updated_time"}
	siteKeys = []string{"og:site_name", "application-name"}
)

// Caption and credit elements found by class are this short at most;
// longer ones are page sections that merely carry the word.
const (
	maxCaptionBytes = 600
	maxCreditBytes  = 150
)

// nearImage reports an image in the element that holds n, or in n: a
// caption captions something, a "caption" class far from any image is
// page furniture.
func nearImage(n *html.Node) bool {
	scope := n
	if n.Parent != nil {
		scope = n.Parent
	}
	var found func(*html.Node) bool
	found = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				switch c.DataAtom {
				case atom.Img, atom.Picture, atom.Video, atom.Figure:
					return true
				}
				if found(c) {
					return true
				}
			}
		}
		return false
	}
	return found(scope)
}

// isLink reports a caption-classed element that is a link or sits in
// one, as teaser cards for other stories and subscribe buttons do.
func isLink(n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.A {
			return true
		}
	}
	var linked func(*html.Node) bool
	linked = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.A || linked(c)) {
				return true
			}
		}
		return false
	}
	return linked(n) && len(strings.TrimSpace(textOf(n))) < 200
}

// unescapeAgain trims a meta value and undoes a second round of entity
// escaping that some CMSs apply ("La Naci&#xF3;n").
func unescapeAgain(v string) string {
	v = strings.TrimSpace(v)
	if strings.Contains(v, "&") && strings.Contains(v, ";") {
		v = html.UnescapeString(v)
	}
	return v
}

// hasFigcaption reports a <figcaption> under n, which is read on its own.
func hasFigcaption(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Figcaption || hasFigcaption(c)) {
			return true
		}
	}
	return false
}

// creditClasses mark markup inside a caption that holds a photo credit.
var creditClasses = []string{"credit", "copyright", "photographer", "attribution", "source"}

// readMeta walks the whole page once for its meta tags, JSON-LD and
// figure captions.
func readMeta(root *html.Node) pageMeta {
	metas := map[string]string{}
	var m pageMeta
	var ld []string
	var walk func(n *html.Node, furniture bool)
	walk = func(n *html.Node, furniture bool) {
		if n.Type == html.ElementNode {
			if n.DataAtom == atom.Nav || n.DataAtom == atom.Footer {
				furniture = true // their "credits" are the site's, not a photo's
			}
			if !furniture && n.DataAtom != atom.Figcaption && n.DataAtom != atom.Script {
				switch class := strings.ToLower(attr(n, "class")); {
				case strings.Contains(class, "caption") && nearImage(n) && !hasFigcaption(n) && !isLink(n) && len(textOf(n)) <= maxCaptionBytes:
					m.addCaption(n)
					return
				case (strings.Contains(class, "credit") || strings.Contains(class, "photographer")) && len(textOf(n)) <= maxCreditBytes:
					if t := strings.Join(strings.Fields(textOf(n)), " "); t != "" {
						m.credits = append(m.credits, t)
					}
					return
				}
			}
			switch n.DataAtom {
			case atom.Html:
				m.language = attr(n, "lang")
			case atom.Title:
				if m.docTitle == "" {
					m.docTitle = strings.TrimSpace(nodeText(n))
				}
			case atom.Meta:
				key := strings.ToLower(firstOf(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				if v := unescapeAgain(attr(n, "content")); key != "" && v != "" && metas[key] == "" {
					metas[key] = v
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
					m.url = attr(n, "href")
				}
			case atom.Time:
				if strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") {
					if v := strings.TrimSpace(attr(n, "datetime")); v != "" && metas["datepublished"] == "" {
						metas["datepublished"] = v
					}
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					ld = append(ld, n.FirstChild.Data)
				}
				return
			case atom.Figcaption:
				m.addCaption(n)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, furniture)
		}
	}
	walk(root, false)

	j := readJSONLD(ld)
	m.title = firstOf(pick(metas, titleKeys), j.headline, m.docTitle)
	m.author = firstOf(notURL(pick(metas, authorKeys)), j.author)
	m.published = firstOf(pick(metas, publishedKeys), j.published)
	m.siteName = firstOf(pick(metas, siteKeys), j.publisher)
	m.publisher = j.publisher
	m.url = firstOf(metas["og:url"], m.url, j.url)
	if m.language == "" {
		m.language = metas["og:locale"]
	}
	return m
}

// addCaption splits a <figcaption> into its caption and credit: markup
// whose class names a credit, else a credit written at its end ("Photo:
// X", "X/Reuters").
func (m *pageMeta) addCaption(fig *html.Node) {
	var credits []string
	var strip func(*html.Node)
	strip = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && hasCreditClass(c) {
				if t := strings.TrimSpace(nodeText(c)); t != "" {
					credits = append(credits, t)
				}
				n.RemoveChild(c)
			} else {
				strip(c)
			}
			c = next
		}
	}
	fig = cloneTree(fig)
	strip(fig)
	caption := strings.TrimSpace(strings.Join(strings.Fields(textOf(fig)), " "))
	switch {
	case len(credits) > 0:
	case clean.IsCredit(caption): // "(Photo by Jane Roe / AFP)" alone
		caption, credits = "", []string{strings.Trim(caption, "()")}
	default:
		if c, credit, ok := clean.SplitCredit(caption); ok {
			caption, credits = c, []string{credit}
		}
	}
	if strings.IndexFunc(caption, unicode.IsLetter) >= 0 {
		m.captions = append(m.captions, caption)
	}
	m.credits = append(m.credits, credits...)
}

func hasCreditClass(n *html.Node) bool {
	class := strings.ToLower(attr(n, "class"))
	for _, c := range creditClasses {
		if strings.Contains(class, c) {
			return true
		}
	}
	return false
}

// textOf is every text node under n, tags ignored (a figcaption is one
// line, so nodeText's skipping of figcaption must not apply).
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript) {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Br {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func cloneTree(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: n.Attr}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(cloneTree(k))
	}
	return c
}

type ldArticle struct{ headline, author, published, publisher, url string }

// readJSONLD takes the first news-like object from the page's JSON-LD
// blocks (a single object, a list, or an @graph).
func readJSONLD(blocks []string) ldArticle {
	var out ldArticle
	for _, b := range blocks {
		var v any
		if json.Unmarshal([]byte(b), &v) != nil {
			continue
		}
		for _, obj := range ldObjects(v) {
			if !isArticleType(obj["@type"]) {
				continue
			}
			out.headline = firstOf(out.headline, ldString(obj["headline"]))
			out.author = firstOf(out.author, ldName(obj["author"]))
			out.published = firstOf(out.published, ldString(obj["datePublished"]))
			out.publisher = firstOf(out.publisher, ldName(obj["publisher"]))
			out.url = firstOf(out.url, ldString(obj["url"]))
		}
	}
	return out
}

func ldObjects(v any) []map[string]any {
	switch t := v.(type) {
	case map[string]any:
		out := []map[string]any{t}
		if g, ok := t["@graph"]; ok {
			out = append(out, ldObjects(g)...)
		}
		return out
	case []any:
		var out []map[string]any
		for _, e := range t {
			out = append(out, ldObjects(e)...)
		}
		return out
	}
	return nil
}

func isArticleType(t any) bool {
	switch v := t.(type) {
	case string:
		return strings.Contains(v, "Article") || v == "ReportageNews" || v == "BlogPosting" || v == "WebPage"
	case []any:
		for _, e := range v {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

// ldName reads a name from a string, a {"name": …} object, or a list of
// either (joined with ", ").
func ldName(v any) string {
	switch t := v.(type) {
	case string:
		return notURL(strings.TrimSpace(t))
	case map[string]any:
		return ldString(t["name"])
	case []any:
		var names []string
		for _, e := range t {
			if n := ldName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

func pick(metas map[string]string, keys []string) string {
	for _, k := range keys {
		if v := metas[k]; v != "" {
			return v
		}
	}
	return ""
}

// notURL drops author values that are profile links, not names.
func notURL(s string) string {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return ""
	}
	return s
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
