package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFoldRules(t *testing.T) {
	tests := []struct {
		name string
		in   string
		o    Options
		want string
	}{
		{"presentation form letter", "\uFEE3\uFEA4\uFEE4\uFEAA", FoldPresentationForms, "محمد"},
		{"presentation form lam-alef ligature", "\uFEFB", FoldPresentationForms, "لا"},
		{"presentation form lam-alef-hamza then hamza fold", "\uFEF7", FoldPresentationForms | FoldHamza, "لا"},
		{"presentation form lam-alef-hamza kept hamza", "\uFEF7", FoldPresentationForms, "لأ"},
		{"presentation form allah ligature", "\uFDF2", FoldPresentationForms, "الله"},
		{"presentation form spacing fathatan removed", "كتابا\uFE70", FoldPresentationForms | FoldDiacritics, "كتابا"},
		{"presentation form spacing fathatan kept", "\uFE70", FoldPresentationForms, " \u064B"},
		{"presentation forms off", "\uFEFB", Clean &^ FoldPresentationForms, "\uFEFB"},
		{"alef hamza above", "أحمد", FoldHamza, "احمد"},
		{"alef hamza below", "إيران", FoldHamza, "ايران"},
		{"alef madda", "آمر", FoldHamza, "امر"},
		{"waw hamza", "مؤتمر", FoldHamza, "موتمر"},
		{"yeh hamza", "رئيس", FoldHamza, "رييس"},
		{"hamza alone stays", "سماء", FoldHamza, "سماء"},
		{"alef wasla", "ٱلله", FoldAlefWasla, "الله"},
		{"alef maqsura", "مستشفى", FoldAlefMaqsura, "مستشفي"},
		{"ta marbuta", "مدينة", FoldTaMarbuta, "مدينه"},
		{"harakat and tanween", "مُحَمَّدٌ", FoldDiacritics, "محمد"},
		{"sukun", "قُتْلَ", FoldDiacritics, "قتل"},
		{"superscript alef", "هٰذا", FoldDiacritics, "هذا"},
		{"quranic sign U+0610", "ص\u0610", FoldDiacritics, "ص"},
		{"quranic mark U+06D6", "قال\u06D6", FoldDiacritics, "قال"},
		{"tatweel", "عـــاجل", FoldTatweel, "عاجل"},
		{"arabic-indic digits", "٠١٢٣٤٥٦٧٨٩", FoldDigits, "0123456789"},
		{"persian digits", "۰۱۲۳۴۵۶۷۸۹", FoldDigits, "0123456789"},
		{"arabic separators", "٢٬٥٠٠ ٣٫٥", FoldDigits, "2,500 3.5"},
		{"persian keheh and yeh", "کرمانشاهی", FoldPersianLetters, "كرمانشاهي"},
		{"zero-width controls", "بغ\u200Bد\u200Cا\u200Dد\u200E\u200F", FoldControls, "بغداد"},
		{"bidi embedding and isolates", "\u202Bحلب\u202C \u2067حمص\u2069", FoldControls, "حلب حمص"},
		{"arabic letter mark and bom", "\uFEFFدرعا\u061C", FoldControls, "درعا"},
		{"nbsp and unicode spaces", "a\u00A0b\u2002c\u202Fd\u3000e", FoldSpaces, "a b c d e"},
		{"lower latin ascii", "ISIS Al-Qaeda", FoldLowerLatin, "isis al-qaeda"},
		{"lower latin accented", "ÉTAT", FoldLowerLatin, "état"},
		{"clean leaves latin case", "ISIS", Clean, "ISIS"},
		{"match lowers latin", "ISIS", Match, "isis"},
		{"zero options fold nothing", "أَحْمَد ٣ ـ", 0, "أَحْمَد ٣ ـ"},
		{"clean all together", "وَٱلْمُؤْتَمَرُ فِى ٱلْمَدِينَةِ ٢٠١٧", Clean, "والموتمر في المدينه 2017"},
		{"keep hamza subtracts one step", "أَحْمَد", Clean &^ FoldHamza, "أحمد"},
		{"invalid utf-8 becomes U+FFFD", "a\xffb", Clean, "a\uFFFDb"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Fold(tc.in, tc.o)
			if got.Norm != tc.want {
				t.Errorf("Fold(%q).Norm = %q, want %q", tc.in, got.Norm, tc.want)
			}
			if s := String(tc.in, tc.o); s != tc.want {
				t.Errorf("String(%q) = %q, want %q", tc.in, s, tc.want)
			}
			if n := utf8.RuneCountInString(got.Norm); n != got.Len() {
				t.Errorf("Len() = %d, want %d", got.Len(), n)
			}
			if again := String(tc.want, tc.o); again != tc.want {
				t.Errorf("folding twice: %q, want %q", again, tc.want)
			}
		})
	}
}

func TestFoldOffsets(t *testing.T) {
	type sp struct{ start, end int }
	tests := []struct {
		name  string
		in    string
		o     Options
		spans []sp // for each folded rune
	}{
		{"plain", "بغد", Clean, []sp{{0, 1}, {1, 2}, {2, 3}}},
		{"diacritics extend previous rune", "بَغْد", Clean, []sp{{0, 2}, {2, 4}, {4, 5}}},
		{"tatweel extends previous rune", "بـغ", Clean, []sp{{0, 2}, {2, 3}}},
		{"leading mark has no owner", "َب", Clean, []sp{{1, 2}}},
		{"removed control is skipped", "ب\u200Bغ", Clean, []sp{{0, 1}, {2, 3}}},
		{"ligature gives two runes of one source rune", "ﻻ ب", Clean, []sp{{0, 1}, {0, 1}, {1, 2}, {2, 3}}},
		{"digit replaced in place", "٣ب", Clean, []sp{{0, 1}, {1, 2}}},
		{"non-BMP rune is one code point", "😀ب", Clean, []sp{{0, 1}, {1, 2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Fold(tc.in, tc.o)
			if f.Len() != len(tc.spans) {
				t.Fatalf("Fold(%q): %d runes %q, want %d", tc.in, f.Len(), f.Norm, len(tc.spans))
			}
			for i, want := range tc.spans {
				if a, b := f.Span(i, i+1); a != want.start || b != want.end {
					t.Errorf("Fold(%q) rune %d: span [%d,%d), want [%d,%d)", tc.in, i, a, b, want.start, want.end)
				}
			}
			if f.OriginalLen() != utf8.RuneCountInString(tc.in) {
				t.Errorf("OriginalLen = %d, want %d", f.OriginalLen(), utf8.RuneCountInString(tc.in))
			}
		})
	}
}

func TestSurface(t *testing.T) {
	f := Fold("قال مُحَمَّدٌ", Clean)
	if got := f.Surface(4, 13); got != "مُحَمَّدٌ" {
		t.Errorf("Surface(4, 13) = %q", got)
	}
	if got := f.Surface(-3, 100); got != f.Original {
		t.Errorf("Surface clamps: %q", got)
	}
	if got := f.Surface(5, 2); got != "" {
		t.Errorf("Surface(5, 2) = %q, want empty", got)
	}
	if a, b := f.Span(f.Len(), f.Len()); a != 13 || b != 13 {
		t.Errorf("Span at end = %d,%d, want 13,13", a, b)
	}
}

func TestReset(t *testing.T) {
	var f Text
	f.Reset("أحمد", Clean)
	first := f.Norm
	f.Reset("إيران", Clean)
	if first != "احمد" || f.Norm != "ايران" || f.OriginalLen() != 5 {
		t.Errorf("Reset: first %q, then %q (%d)", first, f.Norm, f.OriginalLen())
	}
}

// TestResetInPlace checks that ResetInPlace folds as Reset does, offsets
// included, and that once t's tables have grown it allocates nothing: the
// new Norm takes the memory of the old one.
func TestResetInPlace(t *testing.T) {
	texts := []string{"وقُتل ٢٦ عنصراً في البوكمال", "", "A\xffB ﻻ", "أحمد", "قصف الطيران الروسي بلدة كفرنبل"}
	var f Text
	for _, o := range []Options{0, Clean, Match} {
		for _, s := range texts {
			want := Fold(s, o)
			f.ResetInPlace(s, o)
			if f.Norm != want.Norm || f.Len() != want.Len() || f.OriginalLen() != want.OriginalLen() {
				t.Fatalf("options %b, %q: ResetInPlace gives %q (%d runes), Fold %q (%d)", o, s, f.Norm, f.Len(), want.Norm, want.Len())
			}
			for k := 0; k <= want.Len(); k++ {
				a, b := f.Span(k, want.Len())
				if c, d := want.Span(k, want.Len()); a != c || b != d {
					t.Fatalf("options %b, %q: Span(%d) = %d,%d, want %d,%d", o, s, k, a, b, c, d)
				}
			}
		}
	}
	long := texts[4]
	f.ResetInPlace(long, Match)
	first := f.Norm
	if n := testing.AllocsPerRun(100, func() { f.ResetInPlace(long, Match) }); n != 0 {
		t.Errorf("ResetInPlace allocates %.0f times once grown, want 0", n)
	}
	f.ResetInPlace("أحمد", Match)
	if !strings.HasPrefix(first, "احمد") {
		t.Errorf("the earlier Norm %q was not written over: ResetInPlace did not reuse its memory", first)
	}
}

func TestAppendFoldMatchesFold(t *testing.T) {
	in := "ﻻ يُوجد ١٬٥٠٠ NBSP\u00A0؟ \u200Fﷺ ﹰ A\xff"
	for _, o := range []Options{0, Clean, Match, Clean &^ FoldDiacritics, FoldPresentationForms} {
		if a, b := string(AppendFold(nil, in, o)), Fold(in, o).Norm; a != b {
			t.Errorf("options %b: AppendFold %q, Fold %q", o, a, b)
		}
	}
}
