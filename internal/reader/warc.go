package reader

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
)

// readWARC reads a WARC file (gzipped ones arrive already decompressed:
// a .warc.gz is a run of gzip members, which gzip.Reader reads as one
// stream). Every HTML "response" record (and "resource" record) becomes
// an article with WARC-Target-URI as its URL; the page's own publication
// time is kept, WARC-Date (the crawl time) stands in only when the page
// has none. Other records are skipped without a word; a malformed record
// is a bad record, and one whose length cannot be trusted ends the file.
func (w *walker) readWARC(f *file) error {
	r := &warcReader{r: f.r, line: 0}
	for {
		start, headers, err := r.next()
		origin := originAt(f.name, start)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			w.problem(origin, err.Error())
			return nil
		}
		length, err := strconv.ParseInt(strings.TrimSpace(headers.Get("Content-Length")), 10, 64)
		if err != nil || length < 0 {
			w.problem(origin, "WARC record without a valid Content-Length")
			return nil
		}
		payload := io.LimitReader(r, length)
		a, reason := w.warcArticle(headers, payload)
		if _, err := io.Copy(io.Discard, payload); err != nil {
			w.problem(origin, errText(err))
			return nil
		}
		if r.consumed < length {
			w.problem(origin, fmt.Sprintf("truncated WARC record: %d of %d bytes", r.consumed, length))
			return nil
		}
		r.consumed = 0
		switch {
		case reason != "":
			w.problem(origin, reason)
		case a.Text != "":
			a.Origin = origin
			if a.ID == "" { // neither WARC-Record-ID nor WARC-Target-URI
				a.ID = f.id + ":" + strconv.Itoa(start)
			}
			if err := w.emit(a); err != nil {
				return err
			}
		}
	}
}

// warcArticle reads one record's payload. An empty article with no
// reason means the record is not an HTML page and is skipped.
func (w *walker) warcArticle(h http.Header, payload io.Reader) (Article, string) {
	kind := strings.ToLower(h.Get("WARC-Type"))
	ctype := h.Get("Content-Type")
	var body io.Reader
	switch {
	case kind == "response" && strings.HasPrefix(strings.ToLower(ctype), "application/http"):
		resp, err := http.ReadResponse(bufio.NewReader(payload), nil)
		if err != nil {
			return Article{}, "WARC response: bad HTTP header: " + err.Error()
		}
		defer resp.Body.Close()
		ctype = resp.Header.Get("Content-Type")
		if resp.StatusCode != http.StatusOK || !isHTMLType(ctype) {
			return Article{}, ""
		}
		body, err = decodeContent(resp.Header.Get("Content-Encoding"), resp.Body)
		if err != nil {
			return Article{}, "WARC response: " + err.Error()
		}
	case kind == "resource" && isHTMLType(ctype):
		body = payload
	default:
		return Article{}, ""
	}
	max := w.opt.maxBytes()
	page, err := io.ReadAll(io.LimitReader(body, max+1))
	if err != nil {
		return Article{}, "WARC payload: " + errText(err)
	}
	if int64(len(page)) > max {
		return Article{}, "WARC page larger than " + sizeText(max) + ", the limit for one article"
	}
	uri := strings.Trim(h.Get("WARC-Target-URI"), "<>")
	a, err := ParseHTML(page, ctype, uri)
	if err != nil {
		return Article{}, err.Error()
	}
	a.ID = firstOf(strings.Trim(h.Get("WARC-Record-ID"), "<>"), uri)
	a.URL = firstOf(uri, a.URL)
	a.Published = firstOf(a.Published, h.Get("WARC-Date"))
	return a, ""
}

func isHTMLType(ctype string) bool {
	ctype = strings.ToLower(ctype)
	return strings.Contains(ctype, "text/html") || strings.Contains(ctype, "application/xhtml")
}

func decodeContent(encoding string, body io.Reader) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity":
		return body, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, fmt.Errorf("Content-Encoding gzip: %v", err)
		}
		return zr, nil
	case "deflate":
		return flate.NewReader(body), nil
	}
	return nil, fmt.Errorf("unsupported Content-Encoding %q", encoding)
}

// warcReader reads WARC headers and payloads, counting lines so that
// each record can be named by the line of its version line.
type warcReader struct {
	r        *bufio.Reader
	line     int   // lines consumed so far
	consumed int64 // payload bytes read since the last header
}

// Read reads payload bytes, counting the newlines in them.
func (wr *warcReader) Read(p []byte) (int, error) {
	n, err := wr.r.Read(p)
	wr.line += bytes.Count(p[:n], []byte{'\n'})
	wr.consumed += int64(n)
	return n, err
}

// maxHeaderLine bounds one header line, so garbage cannot eat memory.
const maxHeaderLine = 64 << 10

func (wr *warcReader) readLine() (string, error) {
	b, tooLong, err := readLine(wr.r, maxHeaderLine)
	if err == nil || len(b) > 0 || tooLong {
		wr.line++
	}
	if tooLong {
		return "", errors.New("WARC header line too long")
	}
	if err != nil && (err != io.EOF || len(b) == 0) {
		return "", err
	}
	return strings.TrimSuffix(string(b), "\r"), nil
}

// next reads the next record's version line and headers, returning the
// version line's line number. Blank lines between records are skipped.
func (wr *warcReader) next() (int, http.Header, error) {
	var l string
	var err error
	for l == "" {
		if l, err = wr.readLine(); err != nil {
			return wr.line + 1, nil, err
		}
	}
	start := wr.line
	if !strings.HasPrefix(l, "WARC/") {
		return start, nil, fmt.Errorf("expected a WARC/1.x version line, got %q", clip(l, 40))
	}
	h := http.Header{}
	var last string
	for {
		l, err := wr.readLine()
		if err == io.EOF {
			return start, nil, errors.New("truncated WARC header")
		}
		if err != nil {
			return start, nil, err
		}
		if l == "" {
			return start, h, nil
		}
		if (l[0] == ' ' || l[0] == '\t') && last != "" { // folded continuation
			vs := h[last]
			vs[len(vs)-1] += " " + strings.TrimSpace(l)
			continue
		}
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			return start, nil, fmt.Errorf("bad WARC header line %q", clip(l, 40))
		}
		last = http.CanonicalHeaderKey(strings.TrimSpace(name))
		h[last] = append(h[last], strings.TrimSpace(value))
	}
}

func clip(s string, n int) string {
	if len(s) > n {
		return strings.ToValidUTF8(s[:n], "") + "…"
	}
	return s
}
