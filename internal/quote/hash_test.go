package quote

import "testing"

// The shipped models were trained with features hashed from whole
// strings; hashing the parts must give the same buckets.
func TestHashPartsMatchesWholeString(t *testing.T) {
	for _, parts := range [][]string{{"w=", "said"}, {"p1w=", "he", "|", "said"}, {"b"}, {"", "x", ""}} {
		whole := ""
		for _, p := range parts {
			whole += p
		}
		if got, want := hashParts(parts...), hashFeature(whole); got != want {
			t.Errorf("hashParts(%q) = %d, hashFeature(%q) = %d", parts, got, whole, want)
		}
	}
	if hashFeature("said") == hashFeature("says") {
		t.Error("different features share a bucket in this small case")
	}
}
