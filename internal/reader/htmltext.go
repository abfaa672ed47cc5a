package reader

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags end a paragraph where they open and close.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Main: true,
	atom.Table: true, atom.Tr: true, atom.Hr: true, atom.Address: true,
	atom.Details: true, atom.Summary: true, atom.Body: true,
}

// skipTags never hold article text; figure captions are collected apart.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Figcaption: true, atom.Head: true,
	atom.Button: true, atom.Select: true, atom.Svg: true, atom.Iframe: true,
}

// nodeText renders n as plain text: inline whitespace collapsed, one
// paragraph per block element, paragraphs separated by a blank line, <br>
// as a line break.
func nodeText(n *html.Node) string {
	var t textBuilder
	t.walk(n, false)
	t.flush()
	return strings.Join(t.paras, "\n\n")
}

type textBuilder struct {
	paras        []string
	cur          strings.Builder
	last         byte // last byte written to cur
	pendingSpace bool
}

func (t *textBuilder) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		if pre {
			t.cur.WriteString(n.Data)
			if n.Data != "" {
				t.last = n.Data[len(n.Data)-1]
			}
		} else {
			t.inline(n.Data)
		}
		return
	case html.ElementNode:
		a := n.DataAtom
		if skipTags[a] {
			return
		}
		if a == atom.Br {
			t.lineBreak()
			return
		}
		if a == atom.Td || a == atom.Th {
			t.inline(" ")
		}
		if blockTags[a] {
			t.flush()
			defer t.flush()
		}
		pre = pre || a == atom.Pre
	case html.CommentNode, html.DoctypeNode:
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.walk(c, pre)
	}
}

// inline appends text with runs of HTML white space collapsed to one
// space; the space is written only before the next word, so paragraphs
// never start or end with one.
func (t *textBuilder) inline(s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isSpace(c) {
			t.pendingSpace = true
			continue
		}
		if t.pendingSpace && t.cur.Len() > 0 && t.last != '\n' {
			t.cur.WriteByte(' ')
		}
		t.pendingSpace = false
		t.cur.WriteByte(c)
		t.last = c
	}
}

func (t *textBuilder) lineBreak() {
	t.pendingSpace = false
	if t.cur.Len() > 0 && t.last != '\n' {
		t.cur.WriteByte('\n')
		t.last = '\n'
	}
}

func (t *textBuilder) flush() {
	p := strings.TrimRight(t.cur.String(), "\n")
	t.cur.Reset()
	t.pendingSpace, t.last = false, 0
	if p != "" {
		t.paras = append(t.paras, p)
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
