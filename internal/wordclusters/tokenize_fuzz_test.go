package wordclusters

import (
	"strings"
	"testing"
)

// FuzzTokenize checks that tokenizing never panics and loses or adds no
// byte: the tokens put together are the text without its spaces.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"U.S. officials didn't say.", "\xff", "(\xffx\xfe)", "“Rouhani’s”...", "a\u2019s \xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := strings.Join(Tokenize(text, nil), "")
		if want := strings.Join(strings.Fields(text), ""); got != want {
			t.Errorf("Tokenize(%q) joined = %q, want %q", text, got, want)
		}
	})
}
