package quote

import (
	"hash/fnv"
	"testing"
)

// The shipped models were trained with features hashed from whole
// strings; hashing the parts must give the same buckets.
func TestHashPartsMatchesWholeString(t *testing.T) {
	for _, parts := range [][]string{{"w=", "said"}, {"p1w=", "he", "|", "said"}, {"b"}, {"", "x", ""}} {
		whole := ""
		for _, p := range parts {
			whole += p
		}
		h := fnv.New32a()
		h.Write([]byte(whole))
		want := h.Sum32() & (1<<modelBits - 1)
		if got := hashParts(parts...); got != want {
			t.Errorf("hashParts(%q) = %d, FNV-1a of %q = %d", parts, got, whole, want)
		}
	}
	if hashFeature("said") == hashFeature("says") {
		t.Error("different features share a bucket in this small case")
	}
}
