package reader

import (
	"bytes"
	"strings"
)

// canonicalFormat maps the names a user may give to the reader formats.
func canonicalFormat(s string) (string, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return "", true
	case "text", "txt", "plain":
		return FormatText, true
	case "html", "htm":
		return FormatHTML, true
	case "jsonl", "ndjson", "json":
		return FormatJSONL, true
	case "rss", "atom", "feed", "xml":
		return FormatFeed, true
	case "warc":
		return FormatWARC, true
	}
	return "", false
}

// sniff picks a format from a file's extension (without ".gz"), then from
// its first bytes; plain text is the fallback.
func sniff(ext string, head []byte) string {
	switch strings.ToLower(ext) {
	case ".txt", ".text":
		return FormatText
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	case ".jsonl", ".ndjson", ".json":
		return FormatJSONL
	case ".rss", ".atom", ".rdf":
		return FormatFeed
	case ".warc":
		return FormatWARC
	}
	return sniffContent(head)
}

func sniffContent(head []byte) string {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, " \t\r\n")
	switch {
	case bytes.HasPrefix(head, []byte("WARC/")):
		return FormatWARC
	case len(head) > 0 && head[0] == '{':
		return FormatJSONL
	case len(head) == 0 || head[0] != '<':
		return FormatText
	}
	lower := bytes.ToLower(head)
	for _, tag := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if bytes.Contains(lower, []byte(tag)) {
			return FormatFeed
		}
	}
	return FormatHTML
}
