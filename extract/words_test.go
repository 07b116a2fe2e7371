package extract

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rasd/normalize"
)

// referenceWords is findWords written the plain way: every word token looked
// up in a map of the rule lexicons, bare and with attached و ف then ب ل ك
// stripped (one of each at most), the least-stripped reading winning per
// family. findWords reads
// the same answers off the clitic readings instead.
func referenceWords(d *doc, rules map[string]lexEntry) []wordHit {
	const letter = len("و")
	var hits []wordHit
	for i, t := range d.toks {
		if t.Kind == normalize.Number {
			hits = append(hits, wordHit{tok: int32(i), digits: true})
			continue
		}
		if t.Kind != normalize.Word {
			continue
		}
		h, w := wordHit{tok: int32(i)}, t.Norm
		for skip := 0; ; skip++ {
			if e, ok := rules[w]; ok {
				r := e.rule
				if r.date.class != dNone && h.date.class == dNone {
					h.date = r.date
					h.date.skip = int8(skip)
					if r.contraction {
						h.date.skip++
					}
				}
				if r.num.class != nNone && h.num.class == nNone {
					h.num = r.num
					h.num.skip = int8(skip)
				}
				if r.dual != "" && h.dualRec == 0 {
					h.dualRec, h.dualSkip = int32(lexicon.find(w)), int8(skip)
				}
				if skip == 0 {
					h.cue = r.cue
				}
			}
			if skip == 2 || len(w) <= 2*letter {
				break
			}
			conj := func(c string) bool { return c == "و" || c == "ف" }
			c := w[:letter]
			if skip == 1 && !conj(t.Norm[:letter]) || !(skip == 0 && conj(c) || c == "ب" || c == "ل" || c == "ك") {
				break // a preposition after a preposition
			}
			w = w[letter:]
		}
		if h.date.class != dNone || h.num.class != nNone || h.dualRec != 0 || h.cue != 0 {
			hits = append(hits, h)
		}
	}
	return hits
}

// TestFindWordsMatchesReference checks findWords against referenceWords on
// every single-word key of the rule lexicons under every proclitic (and
// the article, the future particle and the لل contraction, which the rules
// must not strip), and on the Snowball Arabic vocabulary when
// ../shared/data is there.
func TestFindWordsMatchesReference(t *testing.T) {
	rules := map[string]lexEntry{}
	entries := map[string]*lexEntry{}
	addRuleLexicon(func(k string) *lexEntry {
		if entries[k] == nil {
			entries[k] = new(lexEntry)
		}
		return entries[k]
	})
	for k, e := range entries {
		rules[k] = *e
	}
	var words []string
	prefixes := []string{"", "و", "ف", "ب", "ل", "ك", "س", "ال", "لل", "وب", "ول", "فب", "فل", "وك",
		"وس", "وال", "بال", "ولل", "ببب", "وو"}
	for k := range rules {
		if strings.Contains(k, " ") {
			continue
		}
		for _, p := range prefixes {
			words = append(words, p+k)
		}
		if _, rest, ok := strings.Cut(k, "ال"); ok && rest != "" {
			words = append(words, rest, "لل"+rest)
		}
	}
	words = append(words, vocabulary(t)...)
	for from := 0; from < len(words); from += 500 {
		chunk := words[from:min(from+500, len(words))]
		d := &doc{}
		d.text = normalize.Fold(strings.Join(chunk, " ")+" 12 ٣٫٥", normalize.Match)
		d.toks = normalize.Tokenize(d.text)
		got, want := findWords(d, nil), referenceWords(d, rules)
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("token %q: findWords gives %+v; token %q: the reference %+v",
					d.toks[got[i].tok].Norm, got[i], d.toks[want[i].tok].Norm, want[i])
			}
		}
		if len(got) != len(want) {
			t.Fatalf("words %d-%d: findWords found %d tokens, the reference %d", from, from+len(chunk), len(got), len(want))
		}
	}
	t.Logf("%d words checked", len(words))
}

// vocabulary returns the words of the Snowball Arabic vocabulary, or none
// (with a log) when ../shared/data is absent.
func vocabulary(t *testing.T) []string {
	path := filepath.Join("..", "..", "shared", "data", "snowball-arabic", "voc.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Logf("skipping the Snowball vocabulary: %v", err)
		return nil
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" {
			words = append(words, w)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return words
}

// BenchmarkBuildLexicon is the merged lexicon's share of the package's
// start-up.
func BenchmarkBuildLexicon(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = buildLexicon()
	}
}

// TestBitTable checks lookups in bitTables of several sizes against the
// maps they were made from: every word gives its bits, and words that are
// not in the map (prefixes, extensions, other words) give none.
func TestBitTable(t *testing.T) {
	tests := []struct {
		name string
		m    map[string]uint64
	}{
		{"empty", map[string]uint64{}},
		{"one", map[string]uint64{"في": 1}},
		{"empty word", map[string]uint64{"": 2, "من": 4}},
		{"shared prefixes", map[string]uint64{"قال": 1, "قالت": 2, "قالوا": 3, "ق": 4, "قا": 5}},
		{"the folded sets", foldedBits},
		{"many", func() map[string]uint64 {
			m := map[string]uint64{}
			for i := range 5000 {
				m[fmt.Sprintf("كلمة%d", i)] = uint64(i + 1)
			}
			return m
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab := newBitTable(tt.m)
			for w, bits := range tt.m {
				if got := tab.bits(w); got != bits {
					t.Fatalf("bits(%q) = %d, want %d", w, got, bits)
				}
				for _, other := range []string{w + "ه", "و" + w, w + "x"} {
					if _, in := tt.m[other]; !in && tab.bits(other) != 0 {
						t.Fatalf("bits(%q) = %d for a word not in the table", other, tab.bits(other))
					}
				}
			}
			if _, in := tt.m["غير موجود"]; !in && tab.bits("غير موجود") != 0 {
				t.Fatal("a word not in the table has bits")
			}
		})
	}
}

// FuzzBitTable checks that a bitTable answers like the map it was made
// from, for any words.
func FuzzBitTable(f *testing.F) {
	f.Add("في من على", "في")
	f.Add("قال قالت", "قالوا")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, words, probe string) {
		m := map[string]uint64{}
		for i, w := range strings.Fields(words) {
			m[w] |= 1 << (i % 64)
		}
		tab := newBitTable(m)
		for w, bits := range m {
			if got := tab.bits(w); got != bits {
				t.Fatalf("bits(%q) = %d, want %d", w, got, bits)
			}
		}
		if got := tab.bits(probe); got != m[probe] {
			t.Fatalf("bits(%q) = %d, want %d", probe, got, m[probe])
		}
	})
}
