package extract

import (
	"slices"
	"strings"
	"testing"

	"rasd/normalize"
	"rasd/normalize/arabic"
)

func TestStartSet(t *testing.T) {
	set := newStartSet(map[string]bool{"قصف": true, "استهدف": true})
	tests := []struct {
		name string
		word string
		want bool
	}{
		{name: "the key itself", word: "قصف", want: true},
		{name: "key after proclitics", word: "والقصف", want: true},
		{name: "key with suffixes", word: "استهدافات", want: true},
		{name: "no key start", word: "كتابات", want: false},
		{name: "shorter than a start", word: "قص", want: false},
		{name: "empty", word: "", want: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := set.within(tc.word); got != tc.want {
				t.Errorf("within(%q) = %v, want %v", tc.word, got, tc.want)
			}
		})
	}
}

// TestStemStartsKeepStemTriggers checks the filter in front of the stemmer
// on the stems themselves and on inflected words: every word whose stem is
// a trigger stem inside it must pass.
func TestStemStartsKeepStemTriggers(t *testing.T) {
	words := []string{"بقصفها", "والاشتباكات", "اغتيالات", "انفجارات", "المداهمات", "بالاستهدافات"}
	for st := range stemLexicon {
		words = append(words, st, "وال"+st+"ات")
	}
	for _, w := range words {
		w = normalize.String(w, normalize.Match)
		if st := arabic.Stem(w, false); stemLexicon[st].typ != "" && strings.Contains(w, st) && !stemStarts.within(w) {
			t.Errorf("%q (stem %q, a trigger) is ruled out by stemStarts", w, st)
		}
	}
}

func TestWordsIn(t *testing.T) {
	d := analyse(nil, "قصف الطيران وبالطائرات المسيرة البلدة ولم يسفر")
	tests := []struct {
		name string
		a, b int
		set  *wordSet
		want bool
	}{
		{name: "bare word with article", a: 1, b: 2, set: airWords, want: true},
		{name: "word with و and ب", a: 2, b: 3, set: airWords, want: true},
		{name: "range without one", a: 4, b: 5, set: airWords, want: false},
		{name: "another set", a: 0, b: 7, set: negations, want: true},
		{name: "range clamped", a: -3, b: 99, set: airWords, want: true},
		{name: "empty range", a: 2, b: 2, set: airWords, want: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := d.wordsIn(tc.a, tc.b, tc.set); got != tc.want {
				t.Errorf("wordsIn(%d, %d) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
	if !d.inSet(2, airWords) || d.inSet(0, airWords) || d.inSet(-1, airWords) || d.inSet(len(d.toks), airWords) {
		t.Error("inSet disagrees with the words of airWords")
	}
}

// TestPronounsEnding checks that pronounsEnding gives, for a word ending
// in any Arabic letter, exactly the pronoun suffixes that end in that
// letter, in pronounSuffixes' order.
func TestPronounsEnding(t *testing.T) {
	for r := rune(0x621); r <= 0x64a; r++ {
		w := "كتاب" + string(r)
		var want []string
		for _, suf := range pronounSuffixes {
			if strings.HasSuffix(suf, string(r)) {
				want = append(want, suf)
			}
		}
		if got := pronounsEnding(w); !slices.Equal(got, want) {
			t.Errorf("pronounsEnding(...%c) = %q, want %q", r, got, want)
		}
	}
	if pronounsEnding("") != nil || pronounsEnding("x") != nil {
		t.Error("pronounsEnding of a word too short for a letter")
	}
	for _, tc := range []struct {
		s    string
		n    int
		want bool
	}{{"", 0, true}, {"", 1, false}, {"ab", 3, false}, {"abc", 3, true}, {"قصف", 3, true}, {"قص", 3, false}, {"قصفت", 3, true}} {
		if got := hasRunes(tc.s, tc.n); got != tc.want {
			t.Errorf("hasRunes(%q, %d) = %v", tc.s, tc.n, got)
		}
	}
}
