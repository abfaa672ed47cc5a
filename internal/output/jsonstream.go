package output

import (
	"bytes"
	"encoding/json"
	"io"
)

// JSONRecords writes records as JSON does, one indented object for a
// single record and an indented array for several ([] for none), but as
// they come: it holds back only the first, until it knows whether an
// array is needed, so a large input is never all in memory.
type JSONRecords struct {
	w     io.Writer
	first any
	n     int
	buf   bytes.Buffer
}

// NewJSONRecords writes to w; Close ends the output.
func NewJSONRecords(w io.Writer) *JSONRecords { return &JSONRecords{w: w} }

// Add writes v, or holds it back when it is the first.
func (j *JSONRecords) Add(v any) error {
	j.n++
	switch j.n {
	case 1:
		j.first = v
		return nil
	case 2:
		if _, err := io.WriteString(j.w, "[\n"); err != nil {
			return err
		}
		if err := j.element(j.first); err != nil {
			return err
		}
		j.first = nil
	}
	if _, err := io.WriteString(j.w, ",\n"); err != nil {
		return err
	}
	return j.element(v)
}

// element writes v as an array element, indented as json.Encoder
// indents a slice's elements.
func (j *JSONRecords) element(v any) error {
	j.buf.Reset()
	j.buf.WriteString("  ")
	enc := json.NewEncoder(&j.buf)
	enc.SetIndent("  ", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := j.w.Write(bytes.TrimSuffix(j.buf.Bytes(), []byte("\n")))
	return err
}

// Close ends the output: the single record, the array's end, or [].
func (j *JSONRecords) Close() error {
	switch j.n {
	case 0:
		return JSON(j.w, []any{})
	case 1:
		return JSON(j.w, j.first)
	}
	_, err := io.WriteString(j.w, "\n]\n")
	return err
}
