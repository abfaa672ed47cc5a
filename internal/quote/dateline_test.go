package quote

import "testing"

func TestAfterDateline(t *testing.T) {
	tests := []struct {
		text string
		skip int // tokens of dateline
	}{
		{"BRUSSELS - Leaders met on Friday.", 2},
		{"WASHINGTON (Reuters) — The senator said no.", 5},
		{"SAN JUAN, Puerto Rico – Power returned on Monday.", 6},
		{"NEW YORK -- Stocks fell.", 4}, // "--" is two tokens
		{"NATO - the alliance - said it would help.", 0},
		{"The senator said no.", 0},
		{"US officials said no.", 0},
		{"BRUSSELS", 0},
		{"WASHINGTON (a b c d e f g h i j k l - Officials said no.", 0}, // unclosed bracket
	}
	for _, tt := range tests {
		d := attribute(tt.text)
		a := newAttributor(d)
		s := d.Sentences[0]
		if got := a.afterDateline(0, s.EndToken) - s.FirstToken; got != tt.skip {
			t.Errorf("%q: dateline of %d tokens, want %d", tt.text, got, tt.skip)
		}
	}
}
