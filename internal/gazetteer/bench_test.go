package gazetteer

import (
	"os"
	"strings"
	"testing"
)

// benchTokens is the seed article split on white space, or a fixed
// sentence when the shared examples are absent.
func benchTokens(b *testing.B) []string {
	raw, err := os.ReadFile("../../../shared/examples/rouhani-idlib.txt")
	if err != nil {
		raw = []byte("Iranian President Hassan Rouhani said on Friday that America and Israel have learned they will not reach their goals by arming militants in Syria .")
	}
	return strings.Fields(string(raw))
}

func BenchmarkMatchInto(b *testing.B) {
	g := Default()
	toks := benchTokens(b)
	dst := make([]Tags, len(toks))
	b.SetBytes(int64(len(toks))) // "bytes" here are tokens: MB/s reads as M tokens/s
	b.ResetTimer()
	for b.Loop() {
		dst = g.MatchInto(toks, dst)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
