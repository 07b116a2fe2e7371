package arabic

import (
	"sync"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The expected stems below are what the Snowball reference implementation
// gives for these words.
var stemTests = []struct {
	name string
	in   string
	want string
}{
	{"empty", "", ""},
	{"latin untouched", "abc", "abc"},
	{"digits folded", "٢٠١٤", "2014"},
	{"defined noun with wa: article kept behind the conjunction", "والمسلحين", "والمسلح"},
	{"bi plus article", "بالقرب", "قرب"},
	{"lil contraction", "للحشد", "حشد"},
	{"wa bi plus article", "وبالبوكمال", "بوكمال"},
	{"fa and verb plural", "فقتلوا", "قتل"},
	{"fa before alef kept", "فاستهدفوا", "فاستهدف"},
	{"future and form ten: step 4 sees the cursor after step 3", "سيستخدمون", "يستخدم"},
	{"future and form ten without suffix", "سيستخدم", "يستخدم"},
	{"form ten present to past", "يستهدفون", "استهدف"},
	{"present plural", "يقتلون", "يقتل"},
	{"vocalized", "مُسَلَّحِين", "مسلح"},
	{"ligature and final hamza", "ﻻجئين", "لاجء"},
	{"presentation forms", "ﺍﻟﻌﺮﺍﻕ", "عراق"},
	{"double hamza alef", "أأنت", "اان"},
	{"step 2 runs at the cursor step 1 left", "أأفكار", "اكار"},
	{"alef maqsura read as yeh", "مستشفى", "مستشفي"},
	{"verb branch fails, alef maqsura", "قتلى", "قتلي"},
	{"medial waw hamza", "مسؤول", "مسوول"},
	{"defined feminine nisba", "الأمنية", "امن"},
	{"defined feminine", "الشرقية", "شرق"},
	{"possessive dual", "كتابهما", "كتاب"},
	{"open teh before possessive", "مدرستكم", "مدرس"},
	{"nisba before the last rune after next", "عربيك", "عرب"},
}

func TestStem(t *testing.T) {
	var s Stemmer
	for _, tc := range stemTests {
		t.Run(tc.name, func(t *testing.T) {
			if got := s.Stem(tc.in); got != tc.want {
				t.Errorf("Stemmer.Stem(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if got := Stem(tc.in, true); got != tc.want {
				t.Errorf("Stem(%q, true) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestStemStopWords(t *testing.T) {
	tests := []struct {
		name          string
		in            string
		stemStopWords bool
		want          string
	}{
		{"stop word kept", "عليهم", false, "عليهم"},
		{"vocalized stop word kept as given", "عَلَيْهِمْ", false, "عَلَيْهِمْ"},
		{"stop word stemmed on request", "عليهم", true, "علي"},
		{"content word stemmed", "كتابهما", false, "كتاب"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Stem(tc.in, tc.stemStopWords); got != tc.want {
				t.Errorf("Stem(%q, %v) = %q, want %q", tc.in, tc.stemStopWords, got, tc.want)
			}
		})
	}
}

func TestIsStopWord(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"preposition", "في", true},
		{"preposition with pronoun", "عليها", true},
		{"vocalized relative", "الَّذِي", true},
		{"demonstrative with tatweel", "هـذا", true},
		{"content word", "بغداد", false},
		{"empty", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsStopWord(tc.in); got != tc.want {
				t.Errorf("IsStopWord(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

// TestStemmerReuse checks that a Stemmer carries nothing from one word to
// the next: stemming in a different order gives the same stems.
func TestStemmerReuse(t *testing.T) {
	var a, b Stemmer
	for i := range stemTests {
		j := len(stemTests) - 1 - i
		if got, want := a.Stem(stemTests[i].in), stemTests[i].want; got != want {
			t.Errorf("forward: Stem(%q) = %q, want %q", stemTests[i].in, got, want)
		}
		if got, want := b.Stem(stemTests[j].in), stemTests[j].want; got != want {
			t.Errorf("backward: Stem(%q) = %q, want %q", stemTests[j].in, got, want)
		}
	}
}

// TestStemConcurrent runs the package-level Stem from several goroutines
// (meaningful under -race).
func TestStemConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, tc := range stemTests {
				if got := Stem(tc.in, true); got != tc.want {
					t.Errorf("Stem(%q) = %q, want %q", tc.in, got, tc.want)
				}
			}
		}()
	}
	wg.Wait()
}

// TestStemAllocs checks that a Stemmer allocates at most the result, and
// nothing when the stem is a part of the word.
func TestStemAllocs(t *testing.T) {
	var s Stemmer
	s.Stem("والمسلحين") // size the buffers
	tests := []struct {
		name string
		in   string
		max  float64
	}{
		{"stem inside the word: nothing", "فقتلوا", 0},
		{"refolded stem: the result only", "الأمنية", 1},
		{"unchanged word: nothing", "كتب", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if n := testing.AllocsPerRun(100, func() { s.Stem(tc.in) }); n > tc.max {
				t.Errorf("Stem(%q) allocates %v times, want at most %v", tc.in, n, tc.max)
			}
		})
	}
}

// TestAmongTables checks every step table: strings listed longest first
// (the first match must be Snowball's longest), non-empty and distinct.
func TestAmongTables(t *testing.T) {
	tables := map[string]among{
		"definedArticles":           definedArticles,
		"prefixStep1Table":          prefixStep1Table,
		"prefixStep2Table":          prefixStep2Table,
		"prefixStep3aTable":         prefixStep3aTable,
		"prefixStep3bTable":         prefixStep3bTable,
		"prefixStep3VerbTable":      prefixStep3VerbTable,
		"prefixStep4VerbTable":      prefixStep4VerbTable,
		"suffixNounStep1aTable":     suffixNounStep1aTable,
		"suffixNounStep1bTable":     suffixNounStep1bTable,
		"suffixNounStep2aTable":     suffixNounStep2aTable,
		"suffixNounStep2bTable":     suffixNounStep2bTable,
		"suffixNounStep2c1Table":    suffixNounStep2c1Table,
		"suffixNounStep2c2Table":    suffixNounStep2c2Table,
		"suffixNounStep3Table":      suffixNounStep3Table,
		"suffixVerbStep1Table":      suffixVerbStep1Table,
		"suffixVerbStep2aTable":     suffixVerbStep2aTable,
		"suffixVerbStep2bTable":     suffixVerbStep2bTable,
		"suffixVerbStep2cTable":     suffixVerbStep2cTable,
		"suffixAllAlefMaqsuraTable": suffixAllAlefMaqsuraTable,
	}
	for name, a := range tables {
		t.Run(name, func(t *testing.T) {
			seen := map[string]bool{}
			for i, e := range a.affixes {
				if len(e.runes) == 0 {
					t.Fatalf("string %d is empty", i)
				}
				if i > 0 && len(e.runes) > len(a.affixes[i-1].runes) {
					t.Errorf("%q is listed after the shorter %q", string(e.runes), string(a.affixes[i-1].runes))
				}
				if seen[string(e.runes)] {
					t.Errorf("%q is listed twice", string(e.runes))
				}
				seen[string(e.runes)] = true
				for _, r := range e.runes {
					if runeWindow(r) < 0 {
						t.Errorf("%q has a rune outside the among window", string(e.runes))
					}
				}
			}
		})
	}
}

func TestNormalizeInvalidUTF8(t *testing.T) {
	if got := Normalize("\xffكتاب"); !utf8.ValidString(got) || got != "\uFFFDكتاب" {
		t.Errorf("Normalize(invalid) = %q, want %q", got, "\uFFFDكتاب")
	}
}

// TestPresentationFormsMatchNFKC checks the presentation-form table against
// Unicode: every rune normalize_pre folds in U+FE80–U+FEFC becomes what NFKC
// makes of it (letters, and lam plus alef for the ligatures).
func TestPresentationFormsMatchNFKC(t *testing.T) {
	for r := presentationFirst; r <= presentationLast; r++ {
		in := string(r)
		if got, want := Normalize(in), norm.NFKC.String(in); got != want {
			t.Errorf("Normalize(%U) = %q, NFKC gives %q", r, got, want)
		}
	}
}
