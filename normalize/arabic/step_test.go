package arabic

import "testing"

// newWord returns the stemming state for s with the flags stem starts with
// (noun and verb both possible, not defined) and the cursor at c; c < 0
// puts it at the end, where the backward steps start.
func newWord(s string, c int) *word {
	w := &word{isNoun: true, isVerb: true}
	w.RS = []rune(s)
	w.c = c
	if c < 0 {
		w.c = len(w.RS)
	}
	return w
}

// stepCase is one labelled application of a step: the word, where the
// cursor starts (-1: at the end), and what the step must report and leave.
type stepCase struct {
	name    string
	in      string
	c       int
	changed bool
	want    string
	wantC   int // cursor afterwards, checked when changed
}

func runSteps(t *testing.T, step func(*word) bool, cases []stepCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := newWord(tc.in, tc.c)
			changed := step(w)
			if changed != tc.changed || w.String() != tc.want {
				t.Fatalf("step(%q) = %v, %q; want %v, %q", tc.in, changed, w.String(), tc.changed, tc.want)
			}
			if changed && w.c != tc.wantC {
				t.Errorf("step(%q): cursor %d, want %d", tc.in, w.c, tc.wantC)
			}
		})
	}
}

func TestChecks1(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		defined bool
	}{
		{"article al", "الكتاب", true},
		{"article lil", "للعمل", true},
		{"bi plus article", "بالبيت", true},
		{"ka plus article", "كالبحر", true},
		{"al too short", "الم", false},
		{"bal too short", "بالغ", false},
		{"no article", "كتاب", false},
		{"article after diacritic is not seen", "اَلكتاب", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWord(tc.in, 0)
			got := checks1(w)
			if got != tc.defined || w.isDefined != tc.defined || w.isVerb == tc.defined || !w.isNoun {
				t.Errorf("checks1(%q) = %v (noun %v verb %v defined %v), want defined %v",
					tc.in, got, w.isNoun, w.isVerb, w.isDefined, tc.defined)
			}
		})
	}
}

func TestNormalizePre(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		changed bool
		want    string
	}{
		{"harakat stripped", "كَتَبَ", true, "كتب"},
		{"tanween and shadda stripped", "مُحَمَّدٌ", true, "محمد"},
		{"sukun stripped", "قُلْ", true, "قل"},
		{"tatweel stripped", "كـتـاب", true, "كتاب"},
		{"arabic-indic digits to ascii", "٢٠١٤", true, "2014"},
		{"presentation forms to letters", "ﻛﺘﺎﺏ", true, "كتاب"},
		{"isolated hamza form", "ﺀ", true, "ء"},
		{"alef maksura form", "ﻋﻠﻰ", true, "على"},
		{"lam alef ligature", "ﻻ", true, "لا"},
		{"lam alef hamza above ligature", "ﻷ", true, "لأ"},
		{"lam alef hamza below ligature", "ﻹ", true, "لإ"},
		{"lam alef madda ligature", "ﻵ", true, "لآ"},
		{"plain word untouched", "كتاب", false, "كتاب"},
		{"persian digits are not in the algorithm", "۱۲", false, "۱۲"},
		{"superscript alef is not in the algorithm", "هٰذا", false, "هٰذا"},
		{"hamza below mark is not in the algorithm", "ٕا", false, "ٕا"},
		{"arabic comma untouched", "،", false, "،"},
		{"latin untouched", "abc", false, "abc"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWord(tc.in, 0)
			if got := normalizePre(w); got != tc.changed || w.String() != tc.want {
				t.Errorf("normalizePre(%q) = %v, %q; want %v, %q", tc.in, got, w.String(), tc.changed, tc.want)
			}
			if got := Normalize(tc.in); got != tc.want {
				t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestNormalizePost(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wordLen int
		changed bool
		want    string
	}{
		{"final alef hamza above to hamza", "مبدأ", 4, true, "مبدء"},
		{"final alef hamza below to hamza", "شاطإ", 4, true, "شاطء"},
		{"final waw hamza to hamza", "تباطؤ", 5, true, "تباطء"},
		{"final yeh hamza to hamza", "شاطئ", 4, true, "شاطء"},
		{"initial alef hamza to alef", "أحمد", 4, true, "احمد"},
		{"alef madda to alef", "آخر", 3, true, "اخر"},
		{"medial waw hamza to waw", "شؤون", 4, true, "شوون"},
		{"medial yeh hamza to yeh", "سئل", 3, true, "سيل"},
		{"only the first word_len runes", "أبأب", 1, true, "ابأب"},
		{"no hamza carrier", "كتب", 3, false, "كتب"},
		{"bare hamza stays", "ماء", 3, false, "ماء"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWord(tc.in, 0)
			w.wordLen = tc.wordLen
			if got := normalizePost(w); got != tc.changed || w.String() != tc.want {
				t.Errorf("normalizePost(%q, word_len %d) = %v, %q; want %v, %q",
					tc.in, tc.wordLen, got, w.String(), tc.changed, tc.want)
			}
		})
	}
}

func TestPrefixStep1(t *testing.T) {
	runSteps(t, prefixStep1, []stepCase{
		{"double alef hamza", "أأكل", 0, true, "أكل", 1},
		{"alef hamza then madda", "أآمن", 0, true, "آمن", 1},
		{"alef hamza then waw hamza", "أؤمن", 0, true, "أمن", 1},
		{"alef hamza then alef", "أاكل", 0, true, "اكل", 1},
		{"alef hamza then hamza below", "أإله", 0, true, "إله", 1},
		{"too short", "أأب", 0, false, "أأب", 0},
		{"single alef hamza", "أكل", 0, false, "أكل", 0},
	})
}

func TestPrefixStep2(t *testing.T) {
	runSteps(t, prefixStep2, []stepCase{
		{"conjunction fa", "فقال", 0, true, "قال", 0},
		{"conjunction wa", "وكتب", 0, true, "كتب", 0},
		{"fa before alef kept", "فاز", 0, false, "فاز", 0},
		{"wa before alef kept", "وادي", 0, false, "وادي", 0},
		{"too short", "ولد", 0, false, "ولد", 0},
		{"at the cursor, not the start", "أوكتب", 1, true, "أكتب", 1},
		{"other letter", "كتب", 0, false, "كتب", 0},
	})
}

func TestPrefixStep3aNoun(t *testing.T) {
	runSteps(t, prefixStep3aNoun, []stepCase{
		{"article al", "البيت", 0, true, "بيت", 0},
		{"article lil", "للعمل", 0, true, "عمل", 0},
		{"bi plus article", "بالبيت", 0, true, "بيت", 0},
		{"ka plus article", "كالبحر", 0, true, "بحر", 0},
		{"al too short", "الام", 0, false, "الام", 0},
		{"bal too short, no fallback", "بالعم", 0, false, "بالعم", 0},
		{"no article", "كتاب", 0, false, "كتاب", 0},
	})
}

func TestPrefixStep3bNoun(t *testing.T) {
	runSteps(t, prefixStep3bNoun, []stepCase{
		{"preposition bi", "بمدينة", 0, true, "مدينة", 0},
		{"doubled beh", "ببيت", 0, true, "بيت", 1},
		{"doubled kaf", "ككتاب", 0, true, "كتاب", 1},
		{"bi before alef kept", "باسم", 0, false, "باسم", 0},
		{"too short", "بيت", 0, false, "بيت", 0},
		{"single kaf not removed", "كتاب", 0, false, "كتاب", 0},
	})
}

func TestPrefixStep3Verb(t *testing.T) {
	runSteps(t, prefixStep3Verb, []stepCase{
		{"future yeh", "سيكتب", 0, true, "يكتب", 1},
		{"future teh", "ستكتب", 0, true, "تكتب", 1},
		{"future noon", "سنكتب", 0, true, "نكتب", 1},
		{"future alef hamza", "سأكتب", 0, true, "أكتب", 1},
		{"too short", "سيل", 0, false, "سيل", 0},
		{"seen alone not removed", "سكتب", 0, false, "سكتب", 0},
	})
}

func TestPrefixStep4Verb(t *testing.T) {
	runSteps(t, prefixStep4Verb, []stepCase{
		{"form ten yeh", "يستخدم", 0, true, "استخدم", 3},
		{"form ten noon", "نستعمل", 0, true, "استعمل", 3},
		{"form ten teh", "تستقبل", 0, true, "استقبل", 3},
		{"too short", "تستر", 0, false, "تستر", 0},
		{"not form ten", "يكتب", 0, false, "يكتب", 0},
	})
	w := newWord("يستخدم", 0)
	w.isNoun, w.isVerb = true, false
	if !prefixStep4Verb(w) || !w.isVerb || w.isNoun {
		t.Errorf("prefixStep4Verb: flags noun %v verb %v, want the word taken for a verb", w.isNoun, w.isVerb)
	}
}

func TestSuffixNounSteps(t *testing.T) {
	t.Run("1a", func(t *testing.T) {
		runSteps(t, suffixNounStep1a, []stepCase{
			{"possessive ha", "كتابها", -1, true, "كتاب", 4},
			{"possessive huma", "كتابهما", -1, true, "كتاب", 4},
			{"possessive kuma", "كتابكما", -1, true, "كتاب", 4},
			{"possessive kum", "كتابكم", -1, true, "كتاب", 4},
			{"possessive ya", "بيتي", -1, true, "بيت", 3},
			{"possessive hu", "بيته", -1, true, "بيت", 3},
			{"huma at the least length", "بيتهما", -1, true, "بيت", 3},
			{"huma too short", "بهما", -1, false, "بهما", 0},
			{"kum too short", "بيكم", -1, false, "بيكم", 0},
			{"ya too short", "في", -1, false, "في", 0},
			{"no suffix", "كتاب", -1, false, "كتاب", 0},
		})
	})
	t.Run("1b", func(t *testing.T) {
		runSteps(t, suffixNounStep1b, []stepCase{
			{"noon", "مسلمين", -1, true, "مسلمي", 5},
			{"too short", "مسلمن", -1, false, "مسلمن", 0},
		})
	})
	t.Run("2a", func(t *testing.T) {
		runSteps(t, suffixNounStep2a, []stepCase{
			{"waw", "مسلمو", -1, true, "مسلم", 4},
			{"yeh", "مسلمي", -1, true, "مسلم", 4},
			{"alef", "كتابا", -1, true, "كتاب", 4},
			{"too short", "كتبا", -1, false, "كتبا", 0},
		})
	})
	t.Run("2b", func(t *testing.T) {
		runSteps(t, suffixNounStep2b, []stepCase{
			{"feminine plural", "مسلمات", -1, true, "مسلم", 4},
			{"too short", "بنات", -1, false, "بنات", 0},
		})
	})
	t.Run("2c1", func(t *testing.T) {
		runSteps(t, suffixNounStep2c1, []stepCase{
			{"open teh", "مدينت", -1, true, "مدين", 4},
			{"too short", "بيت", -1, false, "بيت", 0},
		})
	})
	t.Run("2c2", func(t *testing.T) {
		runSteps(t, suffixNounStep2c2, []stepCase{
			{"teh marbuta", "مدينة", -1, true, "مدين", 4},
			{"too short", "قوة", -1, false, "قوة", 0},
		})
	})
	t.Run("3", func(t *testing.T) {
		runSteps(t, suffixNounStep3, []stepCase{
			{"nisba", "عربي", -1, true, "عرب", 3},
			{"nisba before the last rune (cursor moved by next)", "عربيك", 4, true, "عربك", 3},
			{"too short", "في", -1, false, "في", 0},
		})
	})
	t.Run("alef maqsura", func(t *testing.T) {
		runSteps(t, suffixAllAlefMaqsura, []stepCase{
			{"final alef maqsura to yeh", "مستشفى", -1, true, "مستشفي", 5},
			{"short word too", "على", -1, true, "علي", 2},
			{"no alef maqsura", "كتاب", -1, false, "كتاب", 0},
		})
	})
}

func TestSuffixVerbSteps(t *testing.T) {
	t.Run("1", func(t *testing.T) {
		runSteps(t, suffixVerbStep1, []stepCase{
			{"object ni", "كتبني", -1, true, "كتب", 3},
			{"object ka", "علمك", -1, true, "علم", 3},
			{"object kumu", "أعطيتكمو", -1, true, "أعطيت", 5},
			{"object kunna", "علمكن", -1, true, "علم", 3},
			{"too short", "به", -1, false, "به", 0},
		})
	})
	t.Run("2a", func(t *testing.T) {
		runSteps(t, suffixVerbStep2a, []stepCase{
			{"dual tuma", "كتبتما", -1, true, "كتب", 3},
			{"plural una", "يكتبون", -1, true, "يكتب", 4},
			{"dual ani", "يكتبان", -1, true, "يكتب", 4},
			{"past tu", "كتبت", -1, true, "كتب", 3},
			{"past na", "كتبنا", -1, true, "كتب", 3},
			{"ani too short, no fallback to noon", "كتبان", -1, false, "كتبان", 0},
			{"tuma too short, no fallback", "كتما", -1, false, "كتما", 0},
		})
	})
	t.Run("2b", func(t *testing.T) {
		runSteps(t, suffixVerbStep2b, []stepCase{
			{"plural waw alef", "كتبوا", -1, true, "كتب", 3},
			{"plural tum", "كتبتم", -1, true, "كتب", 3},
			{"too short", "كتم", -1, false, "كتم", 0},
		})
	})
	t.Run("2c", func(t *testing.T) {
		runSteps(t, suffixVerbStep2c, []stepCase{
			{"waw", "كتبو", -1, true, "كتب", 3},
			{"tumu", "كتبتمو", -1, true, "كتب", 3},
			{"tumu too short, no fallback to waw", "كتمو", -1, false, "كتمو", 0},
		})
	})
}
