package reader

import (
	"strings"
	"unicode"

	"newsgraph/internal/clean"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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
