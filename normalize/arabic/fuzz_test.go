package arabic

import (
	"testing"
	"unicode/utf8"
)

// FuzzStem checks what holds for every input: no panic, valid UTF-8 out, a
// stem no longer (in runes) than the normalized word, nothing left for
// normalize_pre to fold, and the pooled Stem agreeing with a Stemmer. Stemming
// is not idempotent, so a stem is not required to be its own stem.
func FuzzStem(f *testing.F) {
	for _, w := range builtinWords {
		f.Add(w)
	}
	for _, tc := range stemTests {
		f.Add(tc.in)
	}
	f.Add("\xff\xfe")
	f.Add("ﻻﻻﻻ")
	f.Add("أأأأأ")
	var s Stemmer
	f.Fuzz(func(t *testing.T, in string) {
		got := s.Stem(in)
		if !utf8.ValidString(got) {
			t.Fatalf("Stem(%q) = %q: invalid UTF-8", in, got)
		}
		norm := Normalize(in)
		if utf8.RuneCountInString(got) > utf8.RuneCountInString(norm) {
			t.Errorf("Stem(%q) = %q is longer than the normalized word %q", in, got, norm)
		}
		if again := Normalize(got); again != got {
			t.Errorf("Stem(%q) = %q still has runes to fold: %q", in, got, again)
		}
		if pooled := Stem(in, true); pooled != got {
			t.Errorf("Stem(%q, true) = %q, Stemmer.Stem = %q", in, pooled, got)
		}
	})
}
