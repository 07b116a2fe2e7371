// Package arabic implements the Snowball project's Arabic stemming algorithm
// (snowballstem.org, algorithms/arabic; arabic.sbl by Assem Chelli and
// Abdelkrim Aries), written by hand on the primitives of
// github.com/kljensen/snowball/snowballword, in the style of that library's
// language packages: small step functions run in order, each reporting
// whether it changed the word.
//
// The algorithm first guesses whether a word is a defined noun (it starts with
// the article), folds it (normalize_pre: harakat, tatweel, Arabic-Indic digits,
// presentation forms), strips verb or noun suffixes, then prefixes, and
// finally normalizes hamza carriers (normalize_post). Stem agrees with the
// Snowball reference vocabulary on every word; it is a light stemmer, not a
// root extractor, and stemming a stem again may shorten it further.
//
// A Stemmer reuses its buffers and allocates at most the result, nothing when
// the stem is a part of the input word; the package-level Stem borrows one
// from a pool.
package arabic

import (
	"sync"
	"unicode/utf8"
)

// Stem returns the Snowball Arabic stem of word. When stemStopWords is false
// and word is a stop word (see IsStopWord), word is returned unchanged, like
// the stemmers of github.com/kljensen/snowball. Stem is safe for concurrent
// use; for a hot loop in one goroutine, a Stemmer value is slightly faster.
func Stem(word string, stemStopWords bool) string {
	if !stemStopWords && IsStopWord(word) {
		return word
	}
	s := stemmerPool.Get().(*Stemmer)
	out := s.Stem(word)
	if cap(s.w.RS) <= maxPooledRunes {
		stemmerPool.Put(s)
	}
	return out
}

// maxPooledRunes bounds the buffers a pooled Stemmer may keep: one that
// stemmed a huge "word" is left to the garbage collector.
const maxPooledRunes = 1 << 10

// stemmerPool holds the Stemmers that the package-level Stem borrows.
var stemmerPool = sync.Pool{New: func() any { return new(Stemmer) }}

// Stemmer stems words with the Snowball Arabic algorithm, reusing its buffers
// from one word to the next. The zero value is ready to use. A Stemmer must
// not be used by several goroutines at once.
type Stemmer struct {
	w   word
	out []byte
}

// Stem returns the Snowball Arabic stem of word; stop words are stemmed like
// any other word. Invalid UTF-8 is read as U+FFFD. When the stem is a part of
// word (most stems are), the result shares word's memory and Stem allocates
// nothing; otherwise it allocates only the result.
func (s *Stemmer) Stem(word string) string {
	w := &s.w
	valid := s.decode(word)
	if !stem(w) && valid {
		return word
	}
	s.out = s.out[:0]
	for _, r := range w.RS {
		if r >= 0x80 && r < 0x800 { // two bytes: every Arabic letter
			s.out = append(s.out, byte(0xC0|r>>6), byte(0x80|r&0x3F))
		} else {
			s.out = utf8.AppendRune(s.out, r)
		}
	}
	// Most stems are the word minus a prefix and a suffix: return that part
	// of word instead of a new string.
	n := len(s.out)
	for i := 0; i+n <= len(word); i++ {
		if utf8.RuneStart(word[i]) && word[i:i+n] == string(s.out) {
			return word[i : i+n]
		}
	}
	return string(s.out)
}

// decode fills the word's runes from word and reports whether word is valid
// UTF-8. Arabic letters take two bytes and are decoded inline.
func (s *Stemmer) decode(word string) (valid bool) {
	rs := s.w.RS[:0]
	valid = true
	for i := 0; i < len(word); {
		b := word[i]
		switch {
		case b < utf8.RuneSelf:
			rs = append(rs, rune(b))
			i++
		case b >= 0xC2 && b <= 0xDF && i+1 < len(word) && word[i+1]&0xC0 == 0x80:
			rs = append(rs, rune(b&0x1F)<<6|rune(word[i+1]&0x3F))
			i += 2
		default:
			r, n := utf8.DecodeRuneInString(word[i:])
			if r == utf8.RuneError && n == 1 {
				valid = false
			}
			rs = append(rs, r)
			i += n
		}
	}
	s.w.RS = rs
	return valid
}

// stem runs the algorithm on w in place (arabic.sbl's "define stem") and
// reports whether it changed the word.
func stem(w *word) bool {
	w.isNoun, w.isVerb, w.isDefined = true, true, false
	w.edited = false
	w.c = 0
	checks1(w)
	w.c = 0
	if normalizePre(w) {
		w.edited = true
	}

	w.c = len(w.RS) // backwards
	suffixes(w)

	w.c = 0
	prefixes(w)

	w.c = 0
	if normalizePost(w) {
		w.edited = true
	}
	return w.edited
}

// suffixes is the backward part of "define stem": verb suffixes when the word
// may be a verb, else (or when none applies) noun suffixes when it may be a
// noun, else a final alef maqsura. It reports whether one of them applied.
func suffixes(w *word) bool {
	m := w.mark()
	if w.isVerb && verbSuffixes(w) {
		return true
	}
	w.restore(m)
	if w.isNoun && nounSuffixes(w) {
		return true
	}
	w.restore(m)
	return suffixAllAlefMaqsura(w)
}

// verbSuffixes is
//
//	(atleast 1 Suffix_Verb_Step1) (Suffix_Verb_Step2a or Suffix_Verb_Step2c or next)
//	or Suffix_Verb_Step2b
//	or Suffix_Verb_Step2a
func verbSuffixes(w *word) bool {
	m := w.mark()
	n := 0
	for {
		m1 := w.mark()
		if !suffixVerbStep1(w) {
			w.restore(m1)
			break
		}
		n++
	}
	if n > 0 {
		m2 := w.mark()
		if suffixVerbStep2a(w) {
			return true
		}
		w.restore(m2)
		if suffixVerbStep2c(w) {
			return true
		}
		w.restore(m2)
		if w.c > 0 { // next
			w.c--
			return true
		}
	}
	w.restore(m)
	if suffixVerbStep2b(w) {
		return true
	}
	w.restore(m)
	return suffixVerbStep2a(w)
}

// nounSuffixes is
//
//	try (
//	    Suffix_Noun_Step2c2
//	    or (not is_defined Suffix_Noun_Step1a (Step2a or Step2b or Step2c1 or next))
//	    or (Suffix_Noun_Step1b (Step2a or Step2b or Step2c1))
//	    or (not is_defined Suffix_Noun_Step2a)
//	    or Suffix_Noun_Step2b
//	)
//	Suffix_Noun_Step3
//
// The "next" moves the cursor back one rune, so Step3 then looks for the
// nisba ي before the last rune, as the reference implementation does.
func nounSuffixes(w *word) bool {
	m := w.mark()
	if !nounSuffixesStep12(w) {
		w.restore(m)
	}
	return suffixNounStep3(w)
}

// nounSuffixesStep12 is the body of the try in nounSuffixes.
func nounSuffixesStep12(w *word) bool {
	m := w.mark()
	if suffixNounStep2c2(w) {
		return true
	}
	w.restore(m)
	if !w.isDefined && suffixNounStep1a(w) {
		m1 := w.mark()
		if nounSuffixesStep2(w, m1) {
			return true
		}
		w.restore(m1)
		if w.c > 0 { // next
			w.c--
			return true
		}
	}
	w.restore(m)
	if suffixNounStep1b(w) && nounSuffixesStep2(w, w.mark()) {
		return true
	}
	w.restore(m)
	if !w.isDefined && suffixNounStep2a(w) {
		return true
	}
	w.restore(m)
	return suffixNounStep2b(w)
}

// nounSuffixesStep2 is (Suffix_Noun_Step2a or Suffix_Noun_Step2b or
// Suffix_Noun_Step2c1), each tried from the cursor mark m.
func nounSuffixesStep2(w *word, m int) bool {
	if suffixNounStep2a(w) {
		return true
	}
	w.restore(m)
	if suffixNounStep2b(w) {
		return true
	}
	w.restore(m)
	return suffixNounStep2c1(w)
}

// prefixes is the forward part of "define stem":
//
//	try Prefix_Step1
//	try Prefix_Step2
//	( Prefix_Step3a_Noun
//	  or (is_noun Prefix_Step3b_Noun)
//	  or (is_verb try Prefix_Step3_Verb Prefix_Step4_Verb) )
//
// Each step starts where the previous one left the cursor: after Prefix_Step1
// folds أأ into أ, Prefix_Step2 looks at the second rune.
func prefixes(w *word) bool {
	changed := false
	c := w.c
	if prefixStep1(w) {
		changed = true
	} else {
		w.c = c
	}
	c = w.c
	if prefixStep2(w) {
		changed = true
	} else {
		w.c = c
	}
	c = w.c
	if prefixStep3aNoun(w) {
		return true
	}
	w.c = c
	if w.isNoun && prefixStep3bNoun(w) {
		return true
	}
	w.c = c
	if !w.isVerb {
		return changed
	}
	if prefixStep3Verb(w) {
		changed = true
	} else {
		w.c = c
	}
	return prefixStep4Verb(w) || changed
}
