package reader

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// normalize turns CRLF and lone CR into LF and drops a leading byte order
// mark. Nothing else changes: no Unicode normalisation, no trimming.
func normalize(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// checkText says why b is no usable article text, or "" when it is.
func checkText(b []byte) string {
	if looksBinary(b) {
		return "binary data, not text"
	}
	if !utf8.Valid(b) {
		return fmt.Sprintf("invalid UTF-8 at byte %d", invalidAt(b))
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\uFEFF")))) == 0 {
		return "empty text"
	}
	return ""
}

// looksBinary reports NUL bytes, or a sample in which more than one byte
// in ten is a control character that text never holds.
func looksBinary(b []byte) bool {
	return bytes.IndexByte(b, 0) >= 0 || mostlyControl(b)
}

// mostlyControl reports a sample of b in which more than one byte in ten
// is a control character (NUL included) that text never holds. Web pages
// are judged by this alone: real ones carry the odd stray NUL.
func mostlyControl(b []byte) bool {
	sample := b
	if len(sample) > 8192 {
		sample = sample[:8192]
	}
	odd := 0
	for _, c := range sample {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7f {
			odd++
		}
	}
	return odd*10 > len(sample)
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// readText makes one article of a whole plain text file.
func (w *walker) readText(f *file) error {
	b, reason := w.readAll(f)
	if reason == "" {
		reason = checkText(b)
	}
	if reason != "" {
		w.problem(originAt(f.name, 0), reason)
		return nil
	}
	text := string(b)
	if !w.opt.Raw {
		text = normalize(text)
	}
	return w.emit(Article{ID: f.id, Text: text, Origin: f.name})
}
