package arabic

import "unicode/utf8"

// presentationLetters lists the runs of Arabic Presentation Forms-B that
// arabic.sbl's normalize_pre folds, U+FE80–U+FEF4: the isolated, final,
// initial and medial forms of a letter all become that letter. The lam-alef
// ligatures that follow (U+FEF5–U+FEFC) become two letters; see foldPre.
var presentationLetters = []struct{ first, last, letter rune }{
	{'\uFE80', '\uFE80', hamza},
	{'\uFE81', '\uFE82', alefMadda},
	{'\uFE83', '\uFE84', alefHamzaAbove},
	{'\uFE85', '\uFE86', wawHamza},
	{'\uFE87', '\uFE88', alefHamzaBelow},
	{'\uFE89', '\uFE8C', yehHamza},
	{'\uFE8D', '\uFE8E', alef},
	{'\uFE8F', '\uFE92', beh},
	{'\uFE93', '\uFE94', tehMarbuta},
	{'\uFE95', '\uFE98', teh},
	{'\uFE99', '\uFE9C', theh},
	{'\uFE9D', '\uFEA0', jeem},
	{'\uFEA1', '\uFEA4', hah},
	{'\uFEA5', '\uFEA8', khah},
	{'\uFEA9', '\uFEAA', dal},
	{'\uFEAB', '\uFEAC', thal},
	{'\uFEAD', '\uFEAE', reh},
	{'\uFEAF', '\uFEB0', zain},
	{'\uFEB1', '\uFEB4', seen},
	{'\uFEB5', '\uFEB8', sheen},
	{'\uFEB9', '\uFEBC', sad},
	{'\uFEBD', '\uFEC0', dad},
	{'\uFEC1', '\uFEC4', tah},
	{'\uFEC5', '\uFEC8', zah},
	{'\uFEC9', '\uFECC', ain},
	{'\uFECD', '\uFED0', ghain},
	{'\uFED1', '\uFED4', feh},
	{'\uFED5', '\uFED8', qaf},
	{'\uFED9', '\uFEDC', kaf},
	{'\uFEDD', '\uFEE0', lam},
	{'\uFEE1', '\uFEE4', meem},
	{'\uFEE5', '\uFEE8', noon},
	{'\uFEE9', '\uFEEC', heh},
	{'\uFEED', '\uFEEE', waw},
	{'\uFEEF', '\uFEF0', alefMaksura},
	{'\uFEF1', '\uFEF4', yeh},
}

// presentationForms maps each rune from U+FE80 (index 0) up to U+FEFC to its
// letter, built from presentationLetters; the lam-alef slots hold 0.
var presentationForms = func() (t [presentationLast - presentationFirst + 1]rune) {
	for _, p := range presentationLetters {
		for r := p.first; r <= p.last; r++ {
			t[r-presentationFirst] = p.letter
		}
	}
	return t
}()

// lamAlefSecond returns the second letter of the lam-alef ligature r
// (U+FEF5–U+FEFC): alef with madda, hamza above, hamza below, or bare alef.
func lamAlefSecond(r rune) rune {
	switch r {
	case '\uFEF5', '\uFEF6':
		return alefMadda
	case '\uFEF7', '\uFEF8':
		return alefHamzaAbove
	case '\uFEF9', '\uFEFA':
		return alefHamzaBelow
	default: // U+FEFB, U+FEFC
		return alef
	}
}

// foldPre appends to dst what Snowball's normalize_pre makes of r: nothing for
// the eight harakat (U+064B–U+0652) and tatweel, an ASCII digit for an
// Arabic-Indic digit, the base letter for a presentation form, lam plus alef
// for a lam-alef ligature, and r itself otherwise.
func foldPre(dst []rune, r rune) []rune {
	switch {
	case r < tatweel:
		return append(dst, r)
	case r == tatweel || (r >= fathatan && r <= sukun):
		return dst
	case r >= arabicIndicZero && r <= arabicIndicNine:
		return append(dst, '0'+(r-arabicIndicZero))
	case r >= presentationFirst && r <= presentationLast:
		if r >= '\uFEF5' {
			return append(dst, lam, lamAlefSecond(r))
		}
		return append(dst, presentationForms[r-presentationFirst])
	}
	return append(dst, r)
}

// preFolds reports whether foldPre changes r.
func preFolds(r rune) bool {
	return r == tatweel || (r >= fathatan && r <= sukun) ||
		(r >= arabicIndicZero && r <= arabicIndicNine) ||
		(r >= presentationFirst && r <= presentationLast)
}

// normalizePre is Snowball's normalize_pre: it strips vocalization and
// tatweel, turns Arabic-Indic digits into ASCII digits and folds presentation
// forms and lam-alef ligatures into base letters. The .sbl walks the word once
// (loop len), replacing or skipping each rune and never revisiting a
// replacement, which is this single pass. It reports whether the word changed.
func normalizePre(w *word) bool {
	changed := false
	for _, r := range w.RS {
		if preFolds(r) {
			changed = true
			break
		}
	}
	if !changed {
		return false
	}
	out := w.spare[:0]
	for _, r := range w.RS {
		out = foldPre(out, r)
	}
	w.spare, w.RS = w.RS[:0], out
	return true
}

// normalizePost is Snowball's normalize_post. A hamza carrier at the end of
// the stem (أ إ آ ؤ ئ) becomes a bare hamza ء; then the other carriers become
// their letters (أ إ آ → ا, ؤ → و, ئ → ي). The .sbl runs the second part as
// "loop word_len", so it covers the first word_len runes, word_len being the
// length the last prefix step saw. It reports whether the word changed.
func normalizePost(w *word) bool {
	changed := false
	if n := len(w.RS); n > 0 {
		switch w.RS[n-1] {
		case alefHamzaAbove, alefHamzaBelow, alefMadda, wawHamza, yehHamza:
			w.RS[n-1] = hamza
			changed = true
		}
	}
	for i := 0; i < w.wordLen && i < len(w.RS); i++ {
		switch w.RS[i] {
		case alefHamzaAbove, alefHamzaBelow, alefMadda:
			w.RS[i] = alef
		case wawHamza:
			w.RS[i] = waw
		case yehHamza:
			w.RS[i] = yeh
		default:
			continue
		}
		changed = true
	}
	return changed
}

// Normalize returns word as Snowball's normalize_pre leaves it: without
// harakat and tatweel, with ASCII digits for Arabic-Indic ones and base letters
// for presentation forms and lam-alef ligatures. It is the first thing Stem
// does to a word (after guessing its kind), exported for callers that need the
// same folding for lookups. Invalid UTF-8 becomes U+FFFD.
func Normalize(word string) string {
	changed := false
	for _, r := range word {
		if r == utf8.RuneError || preFolds(r) {
			changed = true
			break
		}
	}
	if !changed {
		return word
	}
	var buf [64]rune
	out := buf[:0]
	for _, r := range word {
		out = foldPre(out, r)
	}
	return string(out)
}
