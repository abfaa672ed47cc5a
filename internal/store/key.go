package store

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// KeyFor is an article's identity: "url:" and its normalised URL when it
// has one, else "text:" and the SHA-256 of its normalised text. Two copies
// of a page that differ only in URL fragment, tracking-free case of the
// host or in whitespace and Unicode form of the text get the same key.
func KeyFor(rawURL, text string) string {
	if u := NormalizeURL(rawURL); u != "" {
		return "url:" + u
	}
	sum := sha256.Sum256([]byte(NormalizeText(text)))
	return "text:" + hex.EncodeToString(sum[:])
}

// NormalizeURL lower-cases scheme and host, drops the fragment, a default
// port and a trailing slash on the path. It returns "" for an empty or
// relative URL (no scheme and host), which is no identity.
func NormalizeURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return ""
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	u.Host = strings.TrimSuffix(strings.TrimSuffix(u.Host, ":80"), ":443")
	u.Fragment, u.RawFragment = "", ""
	if len(u.Path) > 1 {
		u.Path = strings.TrimSuffix(u.Path, "/")
		u.RawPath = ""
	}
	return u.String()
}

// NormalizeText is the text an identity hash is taken over: NFC, every run
// of white space one space, trimmed.
func NormalizeText(s string) string {
	return strings.Join(strings.FieldsFunc(norm.NFC.String(s), unicode.IsSpace), " ")
}

// NormalizeName is the key corpus entities are merged on, with the type:
// NFKC, case-folded, punctuation other than in-word dots/hyphens/apostrophes
// dropped, white space collapsed, and a leading "the " removed, so "The
// White House" and "White House" are one entity.
func NormalizeName(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return r
		case r == '\'' || r == '’' || r == '.' || r == '-':
			return -1 // "U.S." = "US", "O'Brien" = "OBrien"
		default:
			return ' '
		}
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimPrefix(s, "the ")
}

// Day returns the calendar day of a publication time, as the publisher
// dated it (in the time's own zone): "2018-09-20" for "2018-09-20",
// "2018-09-20T23:30:00-04:00" or "Thu, 20 Sep 2018 23:30:00 -0400". It
// returns "" when published is empty or not a date it knows.
func Day(published string) string {
	p := strings.TrimSpace(published)
	if len(p) >= 10 && isISODay(p[:10]) {
		return p[:10]
	}
	for _, layout := range dayLayouts {
		if t, err := time.Parse(layout, p); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// dayLayouts are the feed and mail date forms (RSS pubDate is RFC 822,
// often with a four-digit year or a single-digit day).
var dayLayouts = []string{
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04 -0700", "2 Jan 2006 15:04:05 -0700", time.RFC822Z, time.RFC822, time.RFC850,
	"January 2, 2006", "2 January 2006", "Jan 2, 2006",
}

func isISODay(d string) bool {
	for i, c := range d {
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return ValidDay(d)
}

// displayTitle is the title an article is listed and searched under: its
// own, else the start of its first line.
func displayTitle(title, text string) string {
	if t := strings.TrimSpace(title); t != "" {
		return t
	}
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	line = strings.Join(strings.Fields(line), " ")
	if r := []rune(line); len(r) > 100 {
		cut := strings.LastIndex(string(r[:100]), " ")
		if cut < 40 {
			cut = len(string(r[:100]))
		}
		line = string(r[:100])[:cut] + "…"
	}
	return line
}
