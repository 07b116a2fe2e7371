package arabic

import "unicode/utf8"

// presentationForms maps each rune of Arabic Presentation Forms-B that
// arabic.sbl lists (U+FE80–U+FEFC, indexed from U+FE80) to its base letter,
// exactly as normalize_pre's among does: isolated, final, initial and medial
// forms of a letter all map to that letter. The four lam-alef ligature pairs
// (U+FEF5–U+FEFC) expand to two letters and are handled in foldPre, so their
// slots hold lam.
var presentationForms = [presentationLast - presentationFirst + 1]rune{
	hamza,                // FE80
	alefMadda, alefMadda, // FE81-FE82
	alefHamzaAbove, alefHamzaAbove, // FE83-FE84
	wawHamza, wawHamza, // FE85-FE86
	alefHamzaBelow, alefHamzaBelow, // FE87-FE88
	yehHamza, yehHamza, yehHamza, yehHamza, // FE89-FE8C
	alef, alef, // FE8D-FE8E
	beh, beh, beh, beh, // FE8F-FE92
	tehMarbuta, tehMarbuta, // FE93-FE94
	teh, teh, teh, teh, // FE95-FE98
	theh, theh, theh, theh, // FE99-FE9C
	jeem, jeem, jeem, jeem, // FE9D-FEA0
	hah, hah, hah, hah, // FEA1-FEA4
	khah, khah, khah, khah, // FEA5-FEA8
	dal, dal, // FEA9-FEAA
	thal, thal, // FEAB-FEAC
	reh, reh, // FEAD-FEAE
	zain, zain, // FEAF-FEB0
	seen, seen, seen, seen, // FEB1-FEB4
	sheen, sheen, sheen, sheen, // FEB5-FEB8
	sad, sad, sad, sad, // FEB9-FEBC
	dad, dad, dad, dad, // FEBD-FEC0
	tah, tah, tah, tah, // FEC1-FEC4
	zah, zah, zah, zah, // FEC5-FEC8
	ain, ain, ain, ain, // FEC9-FECC
	ghain, ghain, ghain, ghain, // FECD-FED0
	feh, feh, feh, feh, // FED1-FED4
	qaf, qaf, qaf, qaf, // FED5-FED8
	kaf, kaf, kaf, kaf, // FED9-FEDC
	lam, lam, lam, lam, // FEDD-FEE0
	meem, meem, meem, meem, // FEE1-FEE4
	noon, noon, noon, noon, // FEE5-FEE8
	heh, heh, heh, heh, // FEE9-FEEC
	waw, waw, // FEED-FEEE
	alefMaksura, alefMaksura, // FEEF-FEF0
	yeh, yeh, yeh, yeh, // FEF1-FEF4
	lam, lam, lam, lam, lam, lam, lam, lam, // FEF5-FEFC: lam-alef ligatures
}

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
