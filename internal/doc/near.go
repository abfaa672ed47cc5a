package doc

import "sort"

// Bounds is the span itself; types that embed a Span (Mention, Date,
// Token) get it too, which lets Near take any of them.
func (s Span) Bounds() Span { return s }

// Spanned is anything with a span of the text.
type Spanned interface{ Bounds() Span }

// Near returns the part items[lo:hi] of items that may overlap or
// contain sp: items sorted by Start, none longer than longest bytes
// (MaxLen). Stages that ask, for
// each sentence or phrase, which mentions or dates lie in it read this
// window instead of the whole layer, so a long text costs them time in
// proportion to its length, not to its square. The window may hold items
// that do not overlap sp; callers still test each.
func Near[T Spanned](items []T, sp Span, longest int) (lo, hi int) {
	end := sp.End
	if end == sp.Start {
		end++ // an empty span lies inside an item that starts where it does
	}
	lo = sort.Search(len(items), func(i int) bool { return items[i].Bounds().Start >= sp.Start-longest })
	hi = lo + sort.Search(len(items)-lo, func(i int) bool { return items[lo+i].Bounds().Start >= end })
	return lo, hi
}

// MaxLen returns the length of the longest item and whether items are
// sorted by Start, as Near needs them.
func MaxLen[T Spanned](items []T) (longest int, sorted bool) {
	sorted = true
	for i, it := range items {
		b := it.Bounds()
		longest = max(longest, b.Len())
		if i > 0 && b.Start < items[i-1].Bounds().Start {
			sorted = false
		}
	}
	return longest, sorted
}
