package arabic

import (
	"math/bits"

	"github.com/kljensen/snowball/snowballword"
)

// word is one word being stemmed: its runes in a snowballword.SnowballWord,
// plus the state a Snowball program keeps beside the string. The Arabic
// algorithm defines no R1/R2/RV regions; their starts stay 0 (the whole word).
type word struct {
	snowballword.SnowballWord

	// c is Snowball's cursor, a rune index into RS. Prefix steps match at c
	// moving forward; suffix steps match text ending at c, moving backward.
	// The cursor matters: a step that succeeds leaves it where the .sbl
	// leaves it, and the next step starts there.
	c int

	// wordLen is the .sbl's integer word_len: each step first sets it to the
	// current length, and normalize_post reuses the last value.
	wordLen int

	// isNoun, isVerb and isDefined are the .sbl's booleans: the guesses
	// Checks1 and Prefix_Step4_Verb make about the word.
	isNoun, isVerb, isDefined bool

	// edited records that a step changed the runes: a step's result says
	// whether it succeeded, and a failing sequence of steps may still have
	// changed the word.
	edited bool

	// spare is a second rune buffer that normalizePre fills and swaps in.
	spare []rune
}

// affix is one string of a Snowball among in a step: the runes to match, the
// least word_len for the step's action to apply (the .sbl's "$word_len > n"
// is minLen n+1, "$word_len >= n" is minLen n), and the replacement (nil or
// empty deletes the match).
type affix struct {
	runes  []rune
	minLen int
	repl   []rune
}

// among is the strings of one Snowball among, longest first: the first that
// matches is Snowball's longest match. If its condition fails the step fails;
// Snowball never falls back to a shorter string.
type among struct {
	affixes []affix
	// byFirst and byLast index affixes by the window offset (see runeWindow)
	// of their first and last rune: bit i is set when affixes[i] starts
	// (ends) with that rune. Lower bits come first, which keeps the
	// longest-first order, and a step looks only at strings that can match.
	byFirst, byLast [64]uint16
}

// windowBase is the first rune of the 64-rune window the among indexes cover:
// U+0620–U+065F holds every Arabic letter the algorithm names.
const windowBase = '\u0620'

// runeWindow returns r's offset in the among window, or -1 when r is outside
// it (no string of any among contains such a rune).
func runeWindow(r rune) int {
	if d := uint32(r - windowBase); d < 64 {
		return int(d)
	}
	return -1
}

// newAmong returns the among of the given strings, which must be listed
// longest first, be at most 16 and use only runes of the window.
func newAmong(affixes ...affix) among {
	if len(affixes) > 16 {
		panic("arabic: among with more than 16 strings")
	}
	a := among{affixes: affixes}
	for i, e := range affixes {
		f, l := runeWindow(e.runes[0]), runeWindow(e.runes[len(e.runes)-1])
		if f < 0 || l < 0 {
			panic("arabic: among string " + string(e.runes) + " outside the letter window")
		}
		a.byFirst[f] |= 1 << i
		a.byLast[l] |= 1 << i
	}
	return a
}

// r turns a string into runes for the step tables.
func r(s string) []rune { return []rune(s) }

// mark returns the cursor as a distance from the end, which is how Snowball
// saves it in backward mode, so a deletion at the end keeps it valid.
func (w *word) mark() int { return len(w.RS) - w.c }

// restore sets the cursor back to a value mark returned.
func (w *word) restore(m int) { w.c = len(w.RS) - m }

// hasPrefixAt reports whether p occurs in the word starting at rune index i.
func (w *word) hasPrefixAt(i int, p []rune) bool {
	if i+len(p) > len(w.RS) {
		return false
	}
	for k, r := range p {
		if w.RS[i+k] != r {
			return false
		}
	}
	return true
}

// replace replaces RS[bra:ket] by repl and moves the cursor the way
// Snowball's slice replacement does: a cursor at or after ket shifts with the
// text, one inside the slice goes to bra.
func (w *word) replace(bra, ket int, repl []rune) {
	w.edited = true
	adj := len(repl) - (ket - bra)
	switch {
	case adj == 0:
		copy(w.RS[bra:], repl)
	case ket == len(w.RS) && adj < 0:
		w.RS = append(w.RS[:bra], repl...)
	default:
		tail := len(w.RS) - ket
		if adj > 0 {
			w.RS = append(w.RS, repl[:adj]...) // grow; contents fixed below
		}
		copy(w.RS[bra+len(repl):], w.RS[ket:ket+tail])
		copy(w.RS[bra:], repl)
		w.RS = w.RS[:bra+len(repl)+tail]
	}
	if w.c >= ket {
		w.c += adj
	} else if w.c > bra {
		w.c = bra
	}
}

// matchPrefix returns the longest string of a that starts at the cursor, or
// nil: Snowball's forward "substring among".
func (w *word) matchPrefix(a *among) *affix {
	if w.c >= len(w.RS) {
		return nil
	}
	d := runeWindow(w.RS[w.c])
	if d < 0 {
		return nil
	}
	for m := a.byFirst[d]; m != 0; m &= m - 1 {
		if e := &a.affixes[bits.TrailingZeros16(m)]; w.hasPrefixAt(w.c, e.runes) {
			return e
		}
	}
	return nil
}

// matchSuffix returns the longest string of a that ends at the cursor, or
// nil: Snowball's backward "substring among".
func (w *word) matchSuffix(a *among) *affix {
	if w.c == 0 {
		return nil
	}
	d := runeWindow(w.RS[w.c-1])
	if d < 0 {
		return nil
	}
	for m := a.byLast[d]; m != 0; m &= m - 1 {
		if e := &a.affixes[bits.TrailingZeros16(m)]; w.HasSuffixRunesIn(0, w.c, e.runes) {
			return e
		}
	}
	return nil
}

// prefixStep runs a forward among at the cursor: it sets word_len, finds the
// longest string of a starting at c and, when word_len is large enough,
// replaces it, leaving the cursor after the replacement. It reports whether
// the step succeeded.
func (w *word) prefixStep(a *among) bool {
	w.wordLen = len(w.RS)
	return w.prefixAmong(a)
}

// prefixAmong is prefixStep without setting word_len, for steps that test
// something between the two.
func (w *word) prefixAmong(a *among) bool {
	e := w.matchPrefix(a)
	if e == nil || w.wordLen < e.minLen {
		return false
	}
	bra, ket := w.c, w.c+len(e.runes)
	w.c = ket
	w.replace(bra, ket, e.repl)
	return true
}

// suffixStep runs a backward among ending at the cursor: it sets word_len,
// finds the longest string of a ending at c and, when word_len is large
// enough, replaces it, leaving the cursor before the replacement. It reports
// whether the step succeeded.
func (w *word) suffixStep(a *among) bool {
	w.wordLen = len(w.RS)
	e := w.matchSuffix(a)
	if e == nil || w.wordLen < e.minLen {
		return false
	}
	bra, ket := w.c-len(e.runes), w.c
	w.c = bra
	w.replace(bra, ket, e.repl)
	return true
}
