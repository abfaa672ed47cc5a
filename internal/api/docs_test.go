package api

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestDocsListEveryRoute keeps docs/openapi.yaml and docs/api.md in step
// with the handler: every documented path is served, and every served
// path is documented in both.
func TestDocsListEveryRoute(t *testing.T) {
	spec, err := os.ReadFile("../../docs/openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	guide, err := os.ReadFile("../../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	documented := regexp.MustCompile(`(?m)^  (/[a-z/{}]+):$`).FindAllStringSubmatch(string(spec), -1)
	var served []string
	for _, rt := range (&handler{}).routes() {
		served = append(served, rt.path)
	}
	if len(documented) != len(served) {
		t.Errorf("openapi.yaml documents %d paths, the handler serves %d", len(documented), len(served))
	}
	h := Handler(testStore(t))
	for _, m := range documented {
		rec := get(t, h, "/api/v1"+strings.ReplaceAll(m[1], "{id}", "1"))
		if rec.Code != 200 {
			t.Errorf("documented path %s: status %d %s", m[1], rec.Code, rec.Body)
		}
	}
	for _, p := range served {
		if !strings.Contains(string(spec), "  "+p+":\n") {
			t.Errorf("openapi.yaml lacks %s", p)
		}
		if !strings.Contains(string(guide), "GET /api/v1"+p+"`") {
			t.Errorf("api.md lacks a section for GET /api/v1%s", p)
		}
	}
}
