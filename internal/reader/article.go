// Package reader turns input files into articles: plain text, HTML pages,
// JSONL (optionally gzipped), RSS/Atom feeds, WARC files and stdin. A bad
// record is reported with its file and line and skipped; it never stops
// the records after it.
package reader

// Article is one input article before analysis. Text is the body as read
// (HTML already reduced to its main content, paragraphs separated by blank
// lines); nothing has been cleaned yet.
type Article struct {
	ID        string
	Title     string
	Source    string // publisher or outlet name
	URL       string
	Published string // as given: RFC 3339, a date, or empty
	Author    string
	SiteName  string
	Language  string
	Text      string
	// Captions and Credits found in the page markup (HTML <figcaption>
	// and the like), which never reach Text.
	Captions []string
	Credits  []string
	// Origin is where the article came from, "FILE" or "FILE:LINE", for
	// messages.
	Origin string
}
