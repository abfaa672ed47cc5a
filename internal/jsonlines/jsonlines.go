// Package jsonlines decodes files of one JSON object a line (JSONL), the
// format of the annotated data the eval commands score against.
package jsonlines

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// MaxLine is the longest line Decode accepts: a whole annotated article
// fits in one line.
const MaxLine = 64 << 20

// Decode reads r line by line, unmarshals each non-blank line into a new
// T and hands it to each with its line number. A line that is not a
// valid T, or an error from each, stops the reading with an error that
// names the file (name) and the line.
func Decode[T any](r io.Reader, name string, each func(line int, v *T) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), MaxLine)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		v := new(T)
		if err := json.Unmarshal(sc.Bytes(), v); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if err := each(line, v); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: after line %d: %w", name, line, err)
	}
	return nil
}
