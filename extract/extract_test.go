package extract

import (
	"fmt"
	"os"
	"slices"
	"testing"
)

// TestMain waits for the lexicons, which the package's tests read directly,
// not through analyse.
func TestMain(m *testing.M) {
	waitLexicons()
	os.Exit(m.Run())
}

// TestMentionOrder checks sortByStart and mergeByStart against a stable
// sort: mentions in text order, and of those that start together, the
// earlier list's first, in their order.
func TestMentionOrder(t *testing.T) {
	mk := func(list int, starts ...int) []Mention {
		var ms []Mention
		for i, s := range starts {
			ms = append(ms, Mention{Span: Span{Start: s}, Kind: fmt.Sprint(list, ".", i)})
		}
		return ms
	}
	tests := []struct {
		name  string
		lists [][]Mention
	}{
		{"none", nil},
		{"empty lists", [][]Mention{nil, nil}},
		{"one", [][]Mention{mk(0, 1, 4, 9)}},
		{"interleaved", [][]Mention{mk(0, 1, 10, 20), mk(1, 5, 15), mk(2, 0, 30)}},
		{"ties", [][]Mention{mk(0, 3, 3, 7), mk(1, 3, 7), mk(2, 7, 3)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []Mention
			for _, l := range tt.lists {
				want = append(want, l...)
			}
			slices.SortStableFunc(want, func(a, b Mention) int { return a.Start - b.Start })
			// each list in order first, as mergeByStart needs
			lists := make([][]Mention, len(tt.lists))
			for k, l := range tt.lists {
				lists[k] = slices.Clone(l)
				sortByStart(lists[k], mentionStart)
				sorted := slices.Clone(l)
				slices.SortStableFunc(sorted, func(a, b Mention) int { return a.Start - b.Start })
				if !slices.EqualFunc(lists[k], sorted, func(a, b Mention) bool { return a.Kind == b.Kind }) {
					t.Fatalf("sortByStart(list %d) = %v, want %v", k, kinds(lists[k]), kinds(sorted))
				}
			}
			if tt.name == "ties" {
				// list 2 was out of order: the merge takes the lists sorted
				want = nil
				for _, l := range lists {
					want = append(want, l...)
				}
				slices.SortStableFunc(want, func(a, b Mention) int { return a.Start - b.Start })
			}
			got := mergeByStart(nil, lists...)
			if !slices.EqualFunc(got, want, func(a, b Mention) bool { return a.Kind == b.Kind }) {
				t.Errorf("mergeByStart = %v, want %v", kinds(got), kinds(want))
			}
		})
	}
}

// kinds lists the Kind of each mention (the tests above label them there).
func kinds(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Kind)
	}
	return out
}
