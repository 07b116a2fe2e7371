package normalize

import (
	"fmt"
	"strings"
	"testing"
)

// tok renders a token as kind:norm@start-end for compact tables.
func tok(tk Token) string {
	return fmt.Sprintf("%s:%s@%d-%d", tk.Kind, tk.Norm, tk.Start, tk.End)
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		o    Options
		want []string
	}{
		{"words", "قتل جنديان", Clean, []string{"word:قتل@0-3", "word:جنديان@4-10"}},
		{"surface keeps diacritics", "قُتِلَ رجلٌ", Clean, []string{"word:قتل@0-6", "word:رجل@7-11"}},
		{"number with thousands", "1,500 قتيل", Clean, []string{"number:1,500@0-5", "word:قتيل@6-10"}},
		{"number 15,000", "15,000", Clean, []string{"number:15,000@0-6"}},
		{"millions", "1,500,000", Clean, []string{"number:1,500,000@0-9"}},
		{"decimal", "3.5 كم", Clean, []string{"number:3.5@0-3", "word:كم@4-6"}},
		{"arabic-indic with separator", "٢٬٥٠٠", Clean, []string{"number:2,500@0-5"}},
		{"arabic decimal separator", "٣٫٥", Clean, []string{"number:3.5@0-3"}},
		{"unfolded arabic-indic digits", "٢٬٥٠٠ و٣٫٥", 0, []string{"number:٢٬٥٠٠@0-5", "word:و@6-7", "number:٣٫٥@7-10"}},
		{"comma not thousands", "1,5 و 2,", Clean, []string{"number:1@0-1", "punct:,@1-2", "number:5@2-3", "word:و@4-5", "number:2@6-7", "punct:,@7-8"}},
		{"arabic comma as list separator", "٣، ٤", Clean, []string{"number:3@0-1", "punct:،@1-2", "number:4@3-4"}},
		{"arabic comma never inside a number", "٣،٥٠٠", Clean, []string{"number:3@0-1", "punct:،@1-2", "number:500@2-5"}},
		{"arabic punctuation", "«حلب»؛ لماذا؟", Clean, []string{"punct:«@0-1", "word:حلب@1-4", "punct:»@4-5", "punct:؛@5-6", "word:لماذا@7-12", "punct:؟@12-13"}},
		{"slash between month names", "كانون الثاني/يناير", Clean, []string{"word:كانون@0-5", "word:الثاني@6-12", "punct:/@12-13", "word:يناير@13-18"}},
		{"dash variants", "أ–ب—ج‐د-ه", Clean, []string{"word:ا@0-1", "punct:–@1-2", "word:ب@2-3", "punct:—@3-4", "word:ج@4-5", "punct:‐@5-6", "word:د@6-7", "punct:-@7-8", "word:ه@8-9"}},
		{"slash and dash look-alikes", "أ⁄ب∕ج−د／ه", Clean, []string{"word:ا@0-1", "punct:⁄@1-2", "word:ب@2-3", "punct:∕@3-4", "word:ج@4-5", "punct:−@5-6", "word:د@6-7", "punct:／@7-8", "word:ه@8-9"}},
		{"year range", "2016-2017", Clean, []string{"number:2016@0-4", "punct:-@4-5", "number:2017@5-9"}},
		{"latin", "AFP و Reuters", Clean, []string{"latin:AFP@0-3", "word:و@4-5", "latin:Reuters@6-13"}},
		{"latin lowered by match", "AFP", Match, []string{"latin:afp@0-3"}},
		{"latin with accents", "Élysée", Clean, []string{"latin:Élysée@0-6"}},
		{"digits split from letters", "F16 و2017م", Clean, []string{"latin:F@0-1", "number:16@1-3", "word:و@4-5", "number:2017@5-9", "word:م@9-10"}},
		{"symbols", "10% $5 ٪", Clean, []string{"number:10@0-2", "punct:%@2-3", "symbol:$@4-5", "number:5@5-6", "punct:٪@7-8"}},
		{"ligature token", "ﻻ", Clean, []string{"word:لا@0-1"}},
		{"tatweel kept inside word", "عـاجل", Clean &^ FoldTatweel, []string{"word:عـاجل@0-5"}},
		{"marks kept inside word", "مُحَمَّد", 0, []string{"word:مُحَمَّد@0-8"}},
		{"zwnj kept inside word", "می\u200Cخواهم", 0, []string{"word:می\u200Cخواهم@0-8"}},
		{"control after a word not part of it", "حلب\u200F، حمص\u200E", 0, []string{"word:حلب@0-3", "punct:،@4-5", "word:حمص@6-9"}},
		{"controls between words ignored", "حلب \u200Fحمص", 0, []string{"word:حلب@0-3", "word:حمص@5-8"}},
		{"dot glued after year", "2017.وتقول", Clean, []string{"number:2017@0-4", "punct:.@4-5", "word:وتقول@5-10"}},
		{"crlf already folded by decode", "حلب\nحمص", Clean, []string{"word:حلب@0-3", "word:حمص@4-7"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Fold(tc.in, tc.o)
			toks := Tokenize(f)
			var got []string
			for _, tk := range toks {
				got = append(got, tok(tk))
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("Tokenize(%q)\n got  %q\n want %q", tc.in, got, tc.want)
			}
			for _, tk := range toks {
				if s := f.Surface(tk.Start, tk.End); tk.Kind != Punct && String(s, tc.o) != tk.Norm {
					t.Errorf("token %s: surface %q folds to %q", tok(tk), s, String(s, tc.o))
				}
			}
		})
	}
}

func TestTokenFlags(t *testing.T) {
	toks := Tokenize(Fold("قال:\n«حلب» ", Clean))
	type flags struct{ space, newline bool }
	want := []flags{{true, false}, {false, false}, {true, true}, {false, false}, {false, false}}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens, want %d", len(toks), len(want))
	}
	for i, w := range want {
		if toks[i].SpaceBefore != w.space || toks[i].Newline != w.newline {
			t.Errorf("token %d %q: SpaceBefore %v Newline %v, want %v %v", i, toks[i].Norm,
				toks[i].SpaceBefore, toks[i].Newline, w.space, w.newline)
		}
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{Word: "word", Number: "number", Punct: "punct", Latin: "latin", Symbol: "symbol", 99: "unknown"} {
		if k.String() != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, k.String(), want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // surfaces
	}{
		{"two sentences", "قتل جندي. وأصيب آخر.", []string{"قتل جندي.", "وأصيب آخر."}},
		{"no break in decimal", "بلغت 3.5 مليون. ثم", []string{"بلغت 3.5 مليون.", "ثم"}},
		{"no break in arabic abbreviation", "ذكرت أ.ف.ب أن القتلى", []string{"ذكرت أ.ف.ب أن القتلى"}},
		{"no break after final abbreviation dot", "وكالة أ.ف.ب. الفرنسية", []string{"وكالة أ.ف.ب. الفرنسية"}},
		{"no break in latin abbreviation", "قالت U.S. Army إن", []string{"قالت U.S. Army إن"}},
		{"no break after title", "قال د. أحمد", []string{"قال د. أحمد"}},
		{"break at dot glued after a year", "في عام 2017.وتقول المصادر", []string{"في عام 2017.", "وتقول المصادر"}},
		{"break at dot glued after a long word", "يوم الخميس.وقال", []string{"يوم الخميس.", "وقال"}},
		{"no break in domain name", "موقع example.com اليوم", []string{"موقع example.com اليوم"}},
		{"newline ends sentence", "عاجل\nقتل جندي", []string{"عاجل", "قتل جندي"}},
		{"question marks", "هل جاء الرد؟ نعم!", []string{"هل جاء الرد؟", "نعم!"}},
		{"closing quote stays with sentence", "قال «انتهى.» ثم", []string{"قال «انتهى.»", "ثم"}},
		{"repeated terminals", "ماذا؟! لا", []string{"ماذا؟!", "لا"}},
		{"empty", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Fold(tc.in, Match)
			toks := Tokenize(f)
			var got []string
			prev := 0
			for _, s := range Sentences(toks) {
				if s.First != prev {
					t.Errorf("sentence starts at token %d, want %d (no token lost)", s.First, prev)
				}
				prev = s.Last
				got = append(got, f.Surface(s.Start, s.End))
			}
			if prev != len(toks) {
				t.Errorf("sentences cover %d of %d tokens", prev, len(toks))
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Sentences(%q)\n got  %q\n want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSentencesRunOn(t *testing.T) {
	words := func(n int) string { return strings.TrimSpace(strings.Repeat("كلمة ", n)) }
	tests := []struct {
		name string
		in   string
		want []int // tokens per sentence
	}{
		{"a long sentence is whole up to its full stop", words(LongSentence) + ".", []int{LongSentence + 1}},
		{"cut at the first comma after LongSentence tokens", words(10) + "، " + words(LongSentence) + "، " + words(5),
			[]int{10 + 1 + LongSentence + 1, 5}},
		{"a semicolon or a colon cut it too", words(LongSentence) + "؛ " + words(3) + ". " + words(LongSentence) + ": " + words(2),
			[]int{LongSentence + 1, 4, LongSentence + 1, 2}},
		{"cut at 2×LongSentence tokens with no pause", words(2*LongSentence + 7), []int{2 * LongSentence, 7}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []int
			for _, s := range Sentences(Tokenize(Fold(tc.in, Match))) {
				got = append(got, s.Last-s.First)
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("tokens per sentence %v, want %v", got, tc.want)
			}
		})
	}
}
