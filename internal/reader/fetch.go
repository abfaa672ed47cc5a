package reader

import (
	"fmt"
	"net/http"
	"path"
	"strings"
	"time"
)

// httpClient fetches URLs given to Walk; a var so tests can shorten it.
var httpClient = &http.Client{Timeout: 60 * time.Second}

// walkURL fetches an http(s) URL (typically a feed) and reads it like a
// file, its format taken from Options, else the Content-Type, else the
// URL's extension and the content.
func walkURL(url string, opt Options, fn func(Article) error, bad func(Problem)) error {
	w, err := newWalker(nil, opt, fn, bad)
	if err != nil {
		return err
	}
	resp, err := httpClient.Get(url)
	if err != nil {
		return err // the error names the URL
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	if w.opt.Format == "" {
		w.opt.Format = formatOfType(resp.Header.Get("Content-Type"))
	}
	id := strings.TrimSuffix(path.Base(strings.SplitN(url, "?", 2)[0]), "/")
	return w.readStream(resp.Body, url, idOf(id))
}

// formatOfType maps an HTTP Content-Type to a reader format, or "" to
// sniff.
func formatOfType(ctype string) string {
	ctype = strings.ToLower(ctype)
	switch {
	case strings.Contains(ctype, "html"): // before xml: application/xhtml+xml
		return FormatHTML
	case strings.Contains(ctype, "rss"), strings.Contains(ctype, "atom"), strings.Contains(ctype, "xml"):
		return FormatFeed
	case strings.Contains(ctype, "ndjson"), strings.Contains(ctype, "jsonl"):
		return FormatJSONL
	case strings.Contains(ctype, "warc"):
		return FormatWARC
	}
	return ""
}
