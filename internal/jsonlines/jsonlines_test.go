package jsonlines

import (
	"errors"
	"strings"
	"testing"
)

type rec struct {
	A int    `json:"a"`
	B string `json:"b"`
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name, in string
		want     []rec
		lines    []int
		err      string
	}{
		{"plain", "{\"a\":1}\n{\"a\":2,\"b\":\"x\"}\n", []rec{{1, ""}, {2, "x"}}, []int{1, 2}, ""},
		{"blank lines skipped, numbers kept", "\n{\"a\":1}\n  \n{\"a\":3}", []rec{{1, ""}, {3, ""}}, []int{2, 4}, ""},
		{"bad line named", "{\"a\":1}\n{\"a\":\n", []rec{{1, ""}}, []int{1}, "f.jsonl:2: "},
		{"wrong type", "{\"a\":\"one\"}\n", nil, nil, "f.jsonl:1: "},
		{"empty", "", nil, nil, ""},
	}
	for _, tt := range tests {
		var got []rec
		var lines []int
		err := Decode(strings.NewReader(tt.in), "f.jsonl", func(n int, v *rec) error {
			got, lines = append(got, *v), append(lines, n)
			return nil
		})
		if tt.err == "" && err != nil || tt.err != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.err)) {
			t.Errorf("%s: err = %v, want prefix %q", tt.name, err, tt.err)
		}
		if len(got) != len(tt.want) || len(lines) != len(tt.lines) {
			t.Errorf("%s: got %v at lines %v, want %v at %v", tt.name, got, lines, tt.want, tt.lines)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] || lines[i] != tt.lines[i] {
				t.Errorf("%s: got %v at lines %v, want %v at %v", tt.name, got, lines, tt.want, tt.lines)
				break
			}
		}
	}
}

func TestDecodeStopsOnCallbackError(t *testing.T) {
	stop := errors.New("no more")
	n := 0
	err := Decode(strings.NewReader("{}\n{}\n{}\n"), "g", func(int, *rec) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 || !strings.HasPrefix(err.Error(), "g:2: ") {
		t.Errorf("err = %v after %d records", err, n)
	}
}
