package reader

import (
	"bytes"
	"fmt"
	"io"
	nurl "net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// readHTMLFile makes one article of a whole HTML page.
func (w *walker) readHTMLFile(f *file) error {
	b, reason := w.readAll(f)
	if reason == "" && mostlyControl(b) {
		reason = "binary data, not HTML"
	}
	if reason != "" {
		w.problem(f.name, reason)
		return nil
	}
	a, err := ParseHTML(b, "", "")
	if err != nil {
		w.problem(f.name, err.Error())
		return nil
	}
	a.ID, a.Origin = f.id, f.name
	return w.emit(a)
}

// ParseHTML extracts an article from a web page: the main text (by
// go-trafilatura, paragraphs kept as blank-line separated blocks), the
// title, author, publication time (as written, zone kept), site name,
// language and URL from the page's meta tags and JSON-LD, and figure
// captions and photo credits from the markup. contentType (from HTTP or
// WARC; may be "") and the page's own <meta charset> decide the encoding.
// pageURL, when known, helps trafilatura resolve relative links.
func ParseHTML(page []byte, contentType, pageURL string) (Article, error) {
	utf8Page, err := toUTF8(page, contentType)
	if err != nil {
		return Article{}, err
	}
	root, err := html.Parse(bytes.NewReader(utf8Page))
	if err != nil {
		return Article{}, fmt.Errorf("HTML: %v", err)
	}
	m := readMeta(root)
	opts := trafilatura.Options{ExcludeComments: true, HtmlDateMode: trafilatura.Disabled}
	if pageURL != "" {
		if u, err := nurl.ParseRequestURI(pageURL); err == nil {
			opts.OriginalURL = u
		}
	}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err == nil && res != nil && utf8.RuneCountInString(res.ContentText) < trafilatura.DefaultConfig().MinExtractedSize {
		// A short page sends trafilatura to its "baseline" rescue, which
		// glues all paragraphs into one; the normal extractor, allowed to
		// return little, keeps them apart.
		short := opts
		short.Config = trafilatura.DefaultConfig()
		short.Config.MinExtractedSize = 1
		if r2, err2 := trafilatura.ExtractDocument(root, short); err2 == nil && r2 != nil && strings.TrimSpace(r2.ContentText) != "" {
			res = r2
		}
	}
	if err != nil || res == nil || res.ContentNode == nil {
		return Article{}, fmt.Errorf("HTML: no main text found")
	}
	a := Article{
		Title:     firstOf(m.title, res.Metadata.Title),
		Author:    firstOf(m.author, res.Metadata.Author),
		Published: m.published,
		SiteName:  firstOf(m.siteName, res.Metadata.Sitename),
		Language:  firstOf(m.language, res.Metadata.Language),
		URL:       firstOf(pageURL, m.url, res.Metadata.URL),
		Text:      nodeText(res.ContentNode),
		Captions:  m.captions,
		Credits:   m.credits,
	}
	if a.Published == "" && !res.Metadata.Date.IsZero() {
		a.Published = res.Metadata.Date.Format("2006-01-02") // trafilatura keeps no time or zone
	}
	a.Source = firstOf(m.publisher, a.SiteName)
	a.Published = unixTime(a.Published)
	if t := strings.TrimSpace(a.Text); t == "" || t == a.Title || t == m.docTitle {
		// trafilatura's last resort returns the <title> of a page with no body text
		return Article{}, fmt.Errorf("HTML: no main text found")
	}
	return a, nil
}

// unixTime rewrites a bare Unix timestamp, which some pages put in their
// date meta tags, as RFC 3339 in UTC; anything else is kept as written.
func unixTime(s string) string {
	if len(s) < 9 || len(s) > 10 || strings.Trim(s, "0123456789") != "" {
		return s
	}
	secs, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return s
	}
	return time.Unix(secs, 0).UTC().Format(time.RFC3339)
}

// toUTF8 decodes a page by its HTTP content type, byte order mark or
// <meta charset>, falling back to UTF-8; bytes that do not decode become
// U+FFFD rather than failing the page.
func toUTF8(page []byte, contentType string) ([]byte, error) {
	// Valid UTF-8 with non-ASCII in it is UTF-8 whatever the page
	// declares: legacy text almost never passes for it by accident, while
	// pages that declare Latin-1 and are UTF-8 are common.
	if utf8.Valid(page) {
		return page, nil
	}
	enc, name, _ := charset.DetermineEncoding(page, contentType)
	if name == "utf-8" {
		return bytes.ToValidUTF8(page, []byte("\uFFFD")), nil
	}
	out, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(page)))
	if err != nil {
		return nil, fmt.Errorf("HTML: decoding %s: %v", name, err)
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), nil
}
