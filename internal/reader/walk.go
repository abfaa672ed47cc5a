package reader

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Walk reads every article in path ("-" = stdin; an http(s) URL is
// fetched; a directory is read recursively in lexical order, taking only
// the files articleFileName accepts), calling fn for each good article and bad for each bad
// record, which is skipped. It returns an error only when path cannot be
// read at all, or when fn returns one (that error, unwrapped).
func Walk(path string, opt Options, fn func(Article) error, bad func(Problem)) error {
	switch {
	case path == "-":
		w, err := newWalker(nil, opt, fn, bad)
		if err != nil {
			return err
		}
		return w.readStream(os.Stdin, "stdin", "stdin")
	case strings.HasPrefix(path, "http://") || strings.HasPrefix(path, "https://"):
		return walkURL(path, opt, fn, bad)
	}
	return WalkFS(osFS{}, path, opt, fn, bad)
}

// Read reads the articles in one stream, such as an upload: name gives
// the messages' origin and, by its extension, the format when opt.Format
// is empty (the content decides otherwise); gzip is undone first.
func Read(r io.Reader, name string, opt Options, fn func(Article) error, bad func(Problem)) error {
	w, err := newWalker(nil, opt, fn, bad)
	if err != nil {
		return err
	}
	return w.readStream(r, name, idOf(path.Base(name)))
}

// WalkFS is Walk over any file system: osFS for disk, fstest.MapFS in
// tests, or an archive a caller opened.
func WalkFS(fsys fs.FS, name string, opt Options, fn func(Article) error, bad func(Problem)) error {
	w, err := newWalker(fsys, opt, fn, bad)
	if err != nil {
		return err
	}
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return err // the error names the path
	}
	if !info.IsDir() {
		f, err := fsys.Open(name)
		if err != nil {
			return err // the error names the path
		}
		defer f.Close()
		return w.readStream(f, name, idOf(path.Base(name)))
	}
	return w.walkDir(name, "")
}

type walker struct {
	fsys fs.FS
	opt  Options
	fn   func(Article) error
	bad  func(Problem)
}

func newWalker(fsys fs.FS, opt Options, fn func(Article) error, bad func(Problem)) (*walker, error) {
	format, ok := canonicalFormat(opt.Format)
	if !ok {
		return nil, fmt.Errorf("reader: unknown format %q (want text, html, jsonl, rss or warc)", opt.Format)
	}
	opt.Format = format
	if bad == nil {
		bad = func(Problem) {}
	}
	return &walker{fsys: fsys, opt: opt, fn: fn, bad: bad}, nil
}

func (w *walker) walkDir(dir, rel string) error {
	return w.walkDirIn(dir, rel, nil)
}

// walkDirIn walks dir; above holds the directories it is inside of, so a
// symbolic link back up the tree is reported instead of walked forever.
func (w *walker) walkDirIn(dir, rel string, above []fs.FileInfo) error {
	entries, err := fs.ReadDir(w.fsys, dir)
	if err != nil {
		if rel == "" {
			return err // the error names the path
		}
		w.problem(dir, "cannot read directory: "+errText(err))
		return nil
	}
	if info, err := fs.Stat(w.fsys, dir); err == nil {
		above = append(above, info)
	}
	for _, e := range entries {
		name, sub := path.Join(dir, e.Name()), path.Join(rel, e.Name())
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			// A link is followed: a folder of articles is often a link
			// to where a crawler keeps them.
			info, err := fs.Stat(w.fsys, name)
			if err != nil {
				w.problem(name, "broken link: "+errText(err))
				continue
			}
			mode = info.Mode().Type()
		}
		if strings.HasPrefix(e.Name(), ".") || !articleFileName(e.Name()) && !mode.IsDir() {
			continue
		}
		switch {
		case mode.IsDir():
			if loop := w.linksBack(name, above); loop {
				w.problem(name, "link to a folder it is inside of: not walked again")
				continue
			}
			if err := w.walkDirIn(name, sub, above); err != nil {
				return err
			}
			continue
		case !mode.IsRegular():
			// A named pipe or a device would block the walk or never end.
			w.problem(name, "not a regular file: skipped")
			continue
		}
		if err := w.readFile(name, idOf(sub)); err != nil {
			return err
		}
	}
	return nil
}

// linksBack reports whether directory name is one of above.
func (w *walker) linksBack(name string, above []fs.FileInfo) bool {
	info, err := fs.Stat(w.fsys, name)
	if err != nil {
		return false
	}
	for _, a := range above {
		if os.SameFile(info, a) {
			return true
		}
	}
	return false
}

func (w *walker) readFile(name, id string) error {
	f, err := w.fsys.Open(name)
	if err != nil {
		w.problem(name, "cannot open: "+errText(err))
		return nil
	}
	defer f.Close()
	return w.readStream(f, name, id)
}

// file is one input stream, already decompressed, with what its readers
// need to name it.
type file struct {
	name string // for messages: the path as walked, or "stdin"
	id   string // base of the articles' ids
	ext  string // lower-case extension, ".gz" dropped
	r    *bufio.Reader
}

// readStream decompresses r when it is gzip, picks its format and reads it.
func (w *walker) readStream(r io.Reader, name, id string) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			w.problem(name, "bad gzip header: "+errText(err))
			return nil
		}
		defer zr.Close()
		br = bufio.NewReaderSize(gzipErrors{zr}, 64<<10)
	}
	if mark, _ := br.Peek(2); len(mark) == 2 && (mark[0] == 0xff && mark[1] == 0xfe || mark[0] == 0xfe && mark[1] == 0xff) {
		// UTF-16 with a byte order mark, as Windows tools write "Unicode"
		// text: every reader wants UTF-8, and would call it binary.
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		br = bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
	}
	base := trimGz(name)
	f := &file{name: name, id: id, ext: strings.ToLower(path.Ext(base)), r: br}
	format := w.opt.Format
	if format == "" {
		head, _ := br.Peek(1024)
		format = sniff(f.ext, head)
	}
	return w.readFormat(format, f)
}

func (w *walker) readFormat(format string, f *file) error {
	switch format {
	case FormatHTML:
		return w.readHTMLFile(f)
	case FormatJSONL:
		return w.readJSONL(f)
	case FormatFeed:
		return w.readFeed(f)
	case FormatWARC:
		return w.readWARC(f)
	}
	return w.readText(f)
}

// readAll reads a whole single-article stream, or says why it could not.
func (w *walker) readAll(f *file) ([]byte, string) { return readLimited(f, w.opt.maxBytes()) }

// readLimited reads all of f up to max bytes, or says why it could not.
func readLimited(f *file, max int64) ([]byte, string) {
	b, err := io.ReadAll(io.LimitReader(f.r, max+1))
	if err != nil {
		return nil, errText(err)
	}
	if int64(len(b)) > max {
		return nil, "larger than " + sizeText(max) + ", the limit for one article"
	}
	return b, ""
}

func (w *walker) problem(origin, reason string) { w.bad(Problem{Origin: origin, Reason: reason}) }

func (w *walker) emit(a Article) error { return w.fn(a) }

// articleFileName says whether a file met in a directory walk is read:
// not a dot file or a README/LICENSE, and with an article extension (also
// under .gz) or none at all, when its content decides. Files named
// directly are always read, whatever their name.
func articleFileName(name string) bool {
	upper := strings.ToUpper(name)
	for _, p := range []string{"README", "LICENSE", "LICENCE", "COPYING", "NOTICE", "CHANGELOG"} {
		if strings.HasPrefix(upper, p) {
			return false
		}
	}
	base := trimGz(name)
	switch strings.ToLower(path.Ext(base)) {
	case "", ".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".shtml", ".jsonl", ".ndjson", ".json",
		".xml", ".rss", ".atom", ".rdf", ".warc":
		return true
	}
	return false
}

// idOf drops a path's extensions (".jsonl.gz" whole): "sub/a.txt" → "sub/a".
func idOf(rel string) string {
	dir, base := path.Split(rel)
	base = trimGz(base)
	if ext := path.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return dir + base
}

// trimGz drops a ".gz" (or ".GZ") extension: "a.jsonl.gz" → "a.jsonl".
func trimGz(name string) string {
	return strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".GZ")
}

// gzipErrors names gzip failures so a bad record says what went wrong.
type gzipErrors struct{ r io.Reader }

func (g gzipErrors) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = errors.New("truncated gzip data")
		} else {
			err = fmt.Errorf("corrupt gzip data: %w", err)
		}
	}
	return n, err
}

func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// osFS opens paths on disk as given (relative or absolute), unlike
// os.DirFS, which wants one root.
type osFS struct{}

func (osFS) Open(name string) (fs.File, error)          { return os.Open(name) }
func (osFS) Stat(name string) (fs.FileInfo, error)      { return os.Stat(name) }
func (osFS) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }
