package gazetteer

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestTrie builds tries from token paths and checks every path, every
// prefix, and paths that are not there, through enough nodes to rehash the
// table several times.
func TestTrie(t *testing.T) {
	tests := []struct {
		name  string
		paths [][]string
	}{
		{"empty", nil},
		{"one token", [][]string{{"حلب"}}},
		{"shared prefix", [][]string{{"دير", "الزور"}, {"دير", "حافر"}, {"دير"}, {"الزور"}}},
		{"same token under different parents", [][]string{{"ريف", "حلب"}, {"مدينه", "حلب"}, {"حلب"}}},
		{"repeated path", [][]string{{"تل", "ابيض"}, {"تل", "ابيض"}, {"تل", "ابيض"}}},
		{"latin and digits", [][]string{{"M4"}, {"طريق", "M4"}, {"2"}}},
		{"many", synthPaths(5000)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkTrie(t, tc.paths) })
	}
}

// FuzzTrie builds a trie of the lines of its input, each line a path of
// space-separated tokens, and checks it as TestTrie does.
func FuzzTrie(f *testing.F) {
	f.Add("دير الزور\nدير حافر\nدير")
	f.Add("a b c\na b\na b c\n\nb")
	f.Fuzz(func(t *testing.T, s string) {
		var paths [][]string
		for _, line := range strings.Split(s, "\n") {
			if p := strings.Fields(line); len(p) > 0 {
				paths = append(paths, p)
			}
		}
		checkTrie(t, paths)
	})
}

// checkTrie builds a trie of paths (path i held by entry i, even entries
// places) and checks every path, every prefix, paths that are not there,
// the table's size, the filters and the holders.
func checkTrie(t *testing.T, paths [][]string) {
	t.Helper()
	b := newTrieBuilder(1) // small, so that the table grows
	var at, entries []int32
	for i, p := range paths {
		at = append(at, b.insert(p))
		entries = append(entries, int32(i))
	}
	tr := b.finish(at, entries, func(e int32) bool { return e%2 == 0 })
	if n := len(tr.slots); n&(n-1) != 0 || 2*(len(tr.nodes)-1) > n {
		t.Fatalf("%d slots for %d nodes: not a power of two at most half full", n, len(tr.nodes)-1)
	}
	for i, p := range paths {
		id := walk(&tr, p)
		if id == 0 {
			t.Fatalf("path %q not found", p)
		}
		if hs := tr.holdersOf(id); !slices.Contains(hs, int32(i)) {
			t.Fatalf("path %q: holders %v lack %d", p, hs, i)
		}
		for k := 1; k < len(p); k++ { // a prefix is there, held or not
			if walk(&tr, p[:k]) == 0 {
				t.Fatalf("prefix %q of %q not found", p[:k], p)
			}
		}
		if longer := append(slices.Clone(p), "غير"); !prefixOf(longer, paths) && walk(&tr, longer) != 0 {
			t.Fatalf("path %q plus an unknown token found", p)
		}
		if !tr.first.hasHash(hash(p[0])) {
			t.Fatalf("first filter lacks %q", p[0])
		}
	}
	// holders: in entry order, no repeats, onlyPlaces right; the tokens
	// lie in the pool in node order
	for id := range tr.nodes {
		hs := tr.holdersOf(int32(id))
		if !slices.IsSorted(hs) || len(slices.Compact(slices.Clone(hs))) != len(hs) {
			t.Fatalf("node %d: holders %v not sorted and unique", id, hs)
		}
		want := !slices.ContainsFunc(hs, func(e int32) bool { return e%2 != 0 })
		if tr.nodes[id].onlyPlaces != want {
			t.Fatalf("node %d: onlyPlaces %v, holders %v", id, tr.nodes[id].onlyPlaces, hs)
		}
	}
	if unknown := []string{"غير"}; !slices.ContainsFunc(paths, func(p []string) bool { return p[0] == unknown[0] }) && walk(&tr, unknown) != 0 {
		t.Fatal("an unknown first token found")
	}
}

// prefixOf reports whether p is a prefix of one of paths (or one of them).
func prefixOf(p []string, paths [][]string) bool {
	return slices.ContainsFunc(paths, func(q []string) bool { return len(q) >= len(p) && slices.Equal(q[:len(p)], p) })
}

// walk follows path from the root and returns its node, or 0.
func walk(tr *trie, path []string) int32 {
	id := int32(0)
	for _, tok := range path {
		if id != 0 && !tr.follow.hasHash(edgeHash(id, tok)) {
			return 0
		}
		if id = tr.child(id, tok, keyHash(id, tok)); id == 0 {
			return 0
		}
	}
	return id
}

// synthPaths returns n paths of one to three synthetic tokens, some of
// them prefixes of others.
func synthPaths(n int) [][]string {
	out := make([][]string, n)
	for i := range out {
		p := []string{syllables[i%len(syllables)] + fmt.Sprint(i/7)}
		for k := 0; k < i%3; k++ {
			p = append(p, syllables[(i/len(syllables)+k)%len(syllables)])
		}
		out[i] = p
	}
	return out
}
