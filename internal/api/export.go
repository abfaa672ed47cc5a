package api

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"
	"text/tabwriter"

	"newsgraph/internal/output"
)

// Formats that Write accepts.
var Formats = []string{"json", "jsonl", "csv", "table"}

// Result is one query result, ready to be written in any format.
type Result struct {
	// Value is what JSON shows (a page, a list, one object).
	Value any
	// Items is the slice JSONL writes one line per element of; nil writes
	// Value as one line.
	Items any
	// Table gives the rows CSV and table write.
	Table func() Table
}

// Table is a result as rows of strings.
type Table struct {
	Header []string
	Rows   [][]string
}

// Write writes r in format: json (indented), jsonl (one item per line),
// csv (a header row, then RFC 4180 rows) or table (aligned columns for
// people, long text cut short).
func Write(w io.Writer, format string, r Result) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(r.Value)
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		if r.Items == nil {
			return enc.Encode(r.Value)
		}
		v := reflect.ValueOf(r.Items)
		for i := 0; i < v.Len(); i++ {
			if err := enc.Encode(v.Index(i).Interface()); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		t := r.Table()
		cw := csv.NewWriter(w)
		if err := cw.Write(t.Header); err != nil {
			return err
		}
		if err := cw.WriteAll(t.Rows); err != nil {
			return err
		}
		return cw.Error()
	case "table":
		t := r.Table()
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, strings.Join(upper(t.Header), "\t"))
		for _, row := range t.Rows {
			cells := make([]string, len(row))
			for i, c := range row {
				cells[i] = output.Clip(c, 70)
			}
			fmt.Fprintln(tw, strings.Join(cells, "\t"))
		}
		return tw.Flush()
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

func upper(h []string) []string {
	out := make([]string, len(h))
	for i, s := range h {
		out[i] = strings.ToUpper(s)
	}
	return out
}
