package reader

import (
	"encoding/json"
	"strings"
)

type ldArticle struct{ headline, author, published, publisher, url string }

// readJSONLD takes the first news-like object from the page's JSON-LD
// blocks (a single object, a list, or an @graph).
func readJSONLD(blocks []string) ldArticle {
	var out ldArticle
	for _, b := range blocks {
		var v any
		if json.Unmarshal([]byte(b), &v) != nil {
			continue
		}
		for _, obj := range ldObjects(v) {
			if !isArticleType(obj["@type"]) {
				continue
			}
			out.headline = firstOf(out.headline, ldString(obj["headline"]))
			out.author = firstOf(out.author, ldName(obj["author"]))
			out.published = firstOf(out.published, ldString(obj["datePublished"]))
			out.publisher = firstOf(out.publisher, ldName(obj["publisher"]))
			out.url = firstOf(out.url, ldString(obj["url"]))
		}
	}
	return out
}

func ldObjects(v any) []map[string]any {
	switch t := v.(type) {
	case map[string]any:
		out := []map[string]any{t}
		if g, ok := t["@graph"]; ok {
			out = append(out, ldObjects(g)...)
		}
		return out
	case []any:
		var out []map[string]any
		for _, e := range t {
			out = append(out, ldObjects(e)...)
		}
		return out
	}
	return nil
}

func isArticleType(t any) bool {
	switch v := t.(type) {
	case string:
		return strings.Contains(v, "Article") || v == "ReportageNews" || v == "BlogPosting" || v == "WebPage"
	case []any:
		for _, e := range v {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

// ldName reads a name from a string, a {"name": …} object, or a list of
// either (joined with ", ").
func ldName(v any) string {
	switch t := v.(type) {
	case string:
		return notURL(strings.TrimSpace(t))
	case map[string]any:
		return ldString(t["name"])
	case []any:
		var names []string
		for _, e := range t {
			if n := ldName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}
