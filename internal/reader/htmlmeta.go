package reader

import (
	"strings"

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

func pick(metas map[string]string, keys []string) string {
	for _, k := range keys {
		if v := metas[k]; v != "" {
			return v
		}
	}
	return ""
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
