package wordclusters

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{`"Syria's army," he said.`, `" Syria 's army , " he said .`},
		{"They don't (really) know U.S. plans...", "They do n't ( really ) know U.S. plans ..."},
		{"Rome\u2019s mayor", "Rome \u2019s mayor"},
		{"  ", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(Tokenize(tt.in, nil), " "); got != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// corpus has two word families used in different frames: towns after "in"
// and before "today", weekdays after "on" and before "morning".
func corpus() *Counter {
	c := NewCounter()
	towns := []string{"Lyon", "Graz", "Turku", "Gdansk", "Porto", "Split"}
	days := []string{"monday", "tuesday", "friday", "sunday"}
	for i := 0; i < 400; i++ {
		town, day := towns[i%len(towns)], days[(i/5)%len(days)]
		c.Add(strings.Fields(fmt.Sprintf("we stayed in %s today and left on %s morning .", town, day)))
		c.Add(strings.Fields(fmt.Sprintf("news from %s today : rain on %s morning .", town, day)))
	}
	return c
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func TestBuildGroupsWordsByContext(t *testing.T) {
	c := corpus()
	got := c.Build(Options{Seed: 3, Depth: 8, Dims: 64})
	for _, w := range []string{"lyon", "graz", "monday", "friday"} {
		if got[w].Path == "" {
			t.Fatalf("no cluster for %q", w)
		}
	}
	same := commonPrefix(got["lyon"].Path, got["graz"].Path)
	cross := commonPrefix(got["lyon"].Path, got["monday"].Path)
	if same <= cross {
		t.Errorf("lyon %s graz %s monday %s: towns share %d bits, town and day %d",
			got["lyon"].Path, got["graz"].Path, got["monday"].Path, same, cross)
	}
	if got["lyon"].Casing != 'a' || got["monday"].Casing != 'n' {
		t.Errorf("casing lyon %q monday %q, want 'a' and 'n'", got["lyon"].Casing, got["monday"].Casing)
	}
	if again := corpus().Build(Options{Seed: 3, Depth: 8, Dims: 64}); !reflect.DeepEqual(again, got) {
		t.Error("two builds with the same seed differ")
	}
}
