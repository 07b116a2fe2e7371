package gazetteer

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/coregx/ahocorasick"

	"rasd/normalize"
)

// The benchmarks below compare the token trie of Match with a byte-level
// Aho-Corasick automaton (github.com/coregx/ahocorasick) on the same task:
// find the gazetteer's names in folded news text, at word boundaries, with
// proclitics (و ف ب ك ل, the article) allowed before a name. The automaton
// holds every folded key; its overlapping matches are then filtered to
// those that end at a word end and start at a word start or after a
// proclitic prefix of the word, keeping the longest at each start. The trie
// does that itself, over tokens, and ranks candidates besides.

// procliticPrefixes are the letters a word may carry before a name.
var procliticPrefixes = func() map[string]bool {
	m := map[string]bool{"": true}
	for _, c := range []string{"", "و", "ف"} {
		for _, p := range []string{"", "ب", "ك", "ل"} {
			for _, a := range []string{"", "ال"} {
				m[c+p+a] = true
			}
		}
		m[c+"لل"] = true
	}
	return m
}()

// acMatcher is the Aho-Corasick alternative.
type acMatcher struct{ a *ahocorasick.Automaton }

func newACMatcher(b testing.TB, g *Gazetteer) *acMatcher {
	var keys [][]byte
	seen := map[string]bool{}
	for _, e := range g.Entries() {
		for _, n := range e.Names() {
			k := Key(n)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			keys = append(keys, []byte(k))
		}
	}
	a, err := ahocorasick.NewBuilder().AddPatterns(keys).SetMatchKind(ahocorasick.LeftmostLongest).Build()
	if err != nil {
		b.Fatal(err)
	}
	return &acMatcher{a}
}

func isWordByte(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	}
	return normalize.IsArabicLetter(r) || r >= 'a' && r <= 'z' || r >= '0' && r <= '9'
}

// match returns the byte spans of names in the folded text s.
func (m *acMatcher) match(s string) [][2]int {
	var out [][2]int
	hay := []byte(s)
	for _, x := range m.a.FindAllOverlapping(hay) {
		if x.End < len(s) && isWordByte(s, x.End) {
			continue
		}
		ws := x.Start
		for ws > 0 && isWordByte(s, ws-1) {
			_, w := utf8.DecodeLastRuneInString(s[:ws])
			ws -= w
		}
		if !procliticPrefixes[s[ws:x.Start]] {
			continue
		}
		if n := len(out); n > 0 && out[n-1][0] == x.Start {
			if x.End > out[n-1][1] {
				out[n-1][1] = x.End
			}
			continue
		}
		if n := len(out); n > 0 && x.Start < out[n-1][1] {
			continue // inside a longer name found before
		}
		out = append(out, [2]int{x.Start, x.End})
	}
	return out
}

func bench200k(b *testing.B) *Gazetteer {
	return New(entries200k(b))
}

// BenchmarkCompare200k runs both matchers over the same folded text with
// the default plus 200,000 synthetic entries.
func BenchmarkCompare200k(b *testing.B) {
	g := bench200k(b)
	s := benchText(b)
	t := normalize.Fold(s, normalize.Match)
	b.Run("trie/tokenize+match", func(b *testing.B) {
		b.SetBytes(int64(len(t.Norm)))
		b.ReportAllocs()
		cpu := cpuTime()
		for b.Loop() {
			g.Match(t, normalize.Tokenize(t))
		}
		reportCPU(b, cpu, len(t.Norm))
	})
	ac := newACMatcher(b, g)
	b.Run("ahocorasick/find+filter", func(b *testing.B) {
		b.SetBytes(int64(len(t.Norm)))
		b.ReportAllocs()
		cpu := cpuTime()
		for b.Loop() {
			ac.match(t.Norm)
		}
		reportCPU(b, cpu, len(t.Norm))
	})
}

// BenchmarkBuild200k compares building the two matchers from the same
// entries (parsing excluded).
func BenchmarkBuild200k(b *testing.B) {
	all := entries200k(b)
	g := New(all)
	b.Run("trie", func(b *testing.B) {
		b.ReportAllocs()
		cpu := cpuTime()
		for b.Loop() {
			New(all)
		}
		reportCPU(b, cpu, 0)
	})
	b.Run("ahocorasick", func(b *testing.B) {
		b.ReportAllocs()
		cpu := cpuTime()
		for b.Loop() {
			newACMatcher(b, g)
		}
		reportCPU(b, cpu, 0)
	})
}

// TestACAgrees checks that the Aho-Corasick alternative of the benchmark
// finds the names the trie finds on plain text, so that the comparison is
// fair.
func TestACAgrees(t *testing.T) {
	g := New(testEntries())
	ac := newACMatcher(t, g)
	text := "وبالبوكمال وفي الشام قال أعلنت هيئة تحرير الشام"
	f := normalize.Fold(text, normalize.Match)
	var want, got []string
	for _, m := range g.Match(f, normalize.Tokenize(f)) {
		want = append(want, string([]rune(text)[m.Start:m.End]))
	}
	for _, sp := range ac.match(f.Norm) {
		got = append(got, f.Norm[sp[0]:sp[1]])
	}
	if strings.Join(got, "|") != normalize.String(strings.Join(want, "|"), normalize.Match) {
		t.Errorf("ahocorasick found %q, the trie %q", got, want)
	}
}
