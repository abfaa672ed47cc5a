package wordclusters

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestFileRoundTrip(t *testing.T) {
	in := map[string]Word{"idlib": {Path: "0110", Casing: 'a'}, "said": {Path: "10"}, "aleppo": {Path: "0111", Casing: 'u'}}
	var buf bytes.Buffer
	if err := Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	if want := "aleppo\t0111\tu\nidlib\t0110\ta\nsaid\t10\n"; buf.String() != want {
		t.Errorf("written:\n%q\nwant\n%q", buf.String(), want)
	}
	got, err := Read(&buf, "c.tsv")
	if err != nil || !reflect.DeepEqual(got, in) {
		t.Errorf("read back %v, %v; want %v", got, err, in)
	}
}

func TestReadRejectsBadLines(t *testing.T) {
	for _, text := range []string{"word\n", "\t0101\n", "ok\t01\nbroken\n"} {
		if _, err := Read(strings.NewReader(text), "c.tsv"); err == nil || !strings.HasPrefix(err.Error(), "c.tsv:") {
			t.Errorf("Read(%q): err = %v, want one naming the file and line", text, err)
		}
	}
}
