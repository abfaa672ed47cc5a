package gazetteer

import "testing"

func TestGender(t *testing.T) {
	for _, tc := range []struct {
		word string
		got  Gender
		want Gender
	}{
		{"Katherine", FirstNameGender("Katherine"), Female},
		{"MICHAEL", FirstNameGender("MICHAEL"), Male},
		{"Kim", FirstNameGender("Kim"), Unknown}, // given to both
		{"Jordan", FirstNameGender("Jordan"), Unknown},
		{"Mr.", HonorificGender("Mr."), Male},
		{"Mrs", HonorificGender("Mrs"), Female},
		{"Dr", HonorificGender("Dr"), Unknown},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: %d, want %d", tc.word, tc.got, tc.want)
		}
	}
	for n, g := range firstNames {
		if n == "" || g == Unknown {
			t.Errorf("first name %q has gender %d", n, g)
		}
	}
}
