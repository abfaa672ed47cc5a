package storetest

import "testing"

func TestSchemaName(t *testing.T) {
	tests := []struct{ test, want string }{
		{"TestPut/postgres", "t_7_testput_postgres"},
		{"TestX/a-b=c.d é", "t_7_testx_a_b_c_d__"},
		{"TestAVeryLongNameThatGoesOnAndOnAndOnAndOnAndOnAndOnAndOn", "t_7_testaverylongnamethatgoesonandonandonandonandonandonando"},
	}
	for _, tt := range tests {
		if got := schemaName(tt.test, 7); got != tt.want {
			t.Errorf("schemaName(%q) = %q, want %q", tt.test, got, tt.want)
		}
	}
}
