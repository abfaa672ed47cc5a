package reader

import "strconv"

// DefaultMaxBytes bounds one article (a text or HTML file, a JSONL line's
// text, a WARC payload) when Options.MaxBytes is 0.
const DefaultMaxBytes = 20 << 20

// Formats that Options.Format accepts; "" sniffs from the name and the
// content.
const (
	FormatText  = "text"
	FormatHTML  = "html"
	FormatJSONL = "jsonl"
	FormatFeed  = "rss" // RSS, Atom (and JSON Feed) alike
	FormatWARC  = "warc"
)

// Options control how input is read.
type Options struct {
	// Format forces one reader for every file: text, html, jsonl, rss
	// (also "atom" or "feed") or warc. Empty sniffs each file from its
	// extension, then its content.
	Format string
	// MaxBytes bounds one article; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Raw keeps plain and JSONL text byte for byte (no BOM or CRLF
	// normalisation), so gold code point offsets still line up.
	Raw bool
}

// sizeText writes a size in whole megabytes when it is one (the limits
// users set with --max-mb), else in bytes.
func sizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return strconv.FormatInt(n>>20, 10) + " MB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// Problem is one bad record that was skipped.
type Problem struct {
	Origin string // "FILE:LINE" or "FILE"
	Reason string
}

func (p Problem) String() string { return p.Origin + ": " + p.Reason }

// originAt formats "FILE:LINE" (or "FILE" when line is 0).
func originAt(file string, line int) string {
	if line <= 0 {
		return file
	}
	return file + ":" + strconv.Itoa(line)
}
