package extract

import (
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
