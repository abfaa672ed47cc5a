package store

import "testing"

func TestSearchKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Maria Gonzalez-López", "maria gonzalez lopez"},
		{"Erdoğan", "erdogan"},
		{"Sárközy", "sarkozy"},
		{"Müller", "muller"},
		{"The White House", "white house"},
		{"  Hassan   Rouhani ", "hassan rouhani"},
		{"U.S.", "u s"},
		{"O’Brien", "o brien"},
		{"Al-Qaeda (AQ)", "al qaeda aq"},
		{"100%_done", "100 done"},
		{"Łódź", "lodz"},
		{"Ørsted", "orsted"},
		{"Straße", "strasse"},
		{"İstanbul", "istanbul"},
		{"ＡＢＣ", "abc"},
		{"Ёлкин", "елкин"},
		{"Ἀθῆναι", "αθηναι"},
		{"ガンダム", "ガンダム"}, // a voicing mark is part of the kana
		{"서울", "서울"},
		{"-", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := SearchKey(tt.in); got != tt.want {
			t.Errorf("SearchKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStoredSearchKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Maria Gonzalez-López", "maria gonzalez lopez | maria gonzalezlopez"},
		{"Erdoğan", "erdogan"},
		{"U.S.", "u s | us"},
		{"The O'Briens", "o briens | obriens"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := storedSearchKey(tt.in); got != tt.want {
			t.Errorf("storedSearchKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
