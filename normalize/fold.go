package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Options is a set of folding steps. Each step can be switched on and off on
// its own; the zero value folds nothing.
type Options uint16

// The folding steps.
const (
	// FoldPresentationForms applies NFKC to Arabic presentation forms
	// (U+FB50–U+FDFF, U+FE70–U+FEFE), so ligatures such as ﻻ become لا.
	FoldPresentationForms Options = 1 << iota
	// FoldControls removes zero-width and bidi controls and the BOM.
	FoldControls
	// FoldSpaces turns NBSP and other Unicode spaces into an ASCII space.
	FoldSpaces
	// FoldDiacritics removes harakat, tanween, shadda, sukun, superscript alef and
	// Quranic marks.
	FoldDiacritics
	// FoldTatweel removes the kashida U+0640.
	FoldTatweel
	// FoldDigits turns Arabic-Indic and Persian digits into ASCII and the Arabic
	// decimal and thousands separators into '.' and ','.
	FoldDigits
	// FoldPersianLetters turns Persian keheh ک and yeh ی into Arabic ك and ي.
	FoldPersianLetters
	// FoldHamza folds أ إ آ to ا, ؤ to و and ئ to ي.
	FoldHamza
	// FoldAlefWasla folds ٱ to ا.
	FoldAlefWasla
	// FoldTaMarbuta folds ة to ه.
	FoldTaMarbuta
	// FoldAlefMaqsura folds ى to ي.
	FoldAlefMaqsura
	// FoldLowerLatin lower-cases Latin letters.
	FoldLowerLatin
)

// Clean is every Arabic folding step: what `rasd normalize` applies unless
// told to keep something.
const Clean = FoldPresentationForms | FoldControls | FoldSpaces | FoldDiacritics | FoldTatweel | FoldDigits |
	FoldPersianLetters | FoldHamza | FoldAlefWasla | FoldTaMarbuta | FoldAlefMaqsura

// Match is every folding used for matching names, triggers and numbers: Clean
// plus lower-cased Latin.
const Match = Clean | FoldLowerLatin

// action says what folding does with one rune.
type action uint8

const (
	keep   action = iota // emit the (possibly replaced) rune
	mark                 // drop it, extending the previous rune's span over it
	remove               // drop it
)

// foldRune folds one rune that is not a presentation form.
func foldRune(r rune, o Options) (rune, action) {
	if r < 0x80 {
		if o&FoldLowerLatin != 0 && r >= 'A' && r <= 'Z' {
			return r + ('a' - 'A'), keep
		}
		return r, keep
	}
	switch {
	case r >= '\u0621' && r <= '\u064A':
		switch r {
		case AlefHamzaAbove, AlefHamzaBelow, AlefMadda:
			if o&FoldHamza != 0 {
				return Alef, keep
			}
		case WawHamza:
			if o&FoldHamza != 0 {
				return Waw, keep
			}
		case YehHamza:
			if o&FoldHamza != 0 {
				return Yeh, keep
			}
		case TehMarbuta:
			if o&FoldTaMarbuta != 0 {
				return Heh, keep
			}
		case AlefMaksura:
			if o&FoldAlefMaqsura != 0 {
				return Yeh, keep
			}
		case Tatweel:
			if o&FoldTatweel != 0 {
				return r, mark
			}
		}
		return r, keep
	case isDiacritic(r):
		if o&FoldDiacritics != 0 {
			return r, mark
		}
	case r >= '\u0660' && r <= '\u0669':
		if o&FoldDigits != 0 {
			return '0' + r - '\u0660', keep
		}
	case r >= '\u06F0' && r <= '\u06F9':
		if o&FoldDigits != 0 {
			return '0' + r - '\u06F0', keep
		}
	case r == ArabicDecimalSep:
		if o&FoldDigits != 0 {
			return '.', keep
		}
	case r == ArabicThousands:
		if o&FoldDigits != 0 {
			return ',', keep
		}
	case r == AlefWasla:
		if o&FoldAlefWasla != 0 {
			return Alef, keep
		}
	case r == PersianKeheh:
		if o&FoldPersianLetters != 0 {
			return Kaf, keep
		}
	case r == PersianYeh:
		if o&FoldPersianLetters != 0 {
			return Yeh, keep
		}
	case isControl(r):
		if o&FoldControls != 0 {
			return r, remove
		}
	case r == NoBreakSpace || r == '\u1680' || (r >= '\u2000' && r <= '\u200A') ||
		r == '\u202F' || r == '\u205F' || r == '\u3000':
		if o&FoldSpaces != 0 {
			return ' ', keep
		}
	default:
		if o&FoldLowerLatin != 0 && unicode.IsUpper(r) && unicode.Is(unicode.Latin, r) {
			return unicode.ToLower(r), keep
		}
	}
	return r, keep
}

// Text is normalized text that remembers, for each of its runes, the span of
// the original text it came from. Offsets are code point offsets into the
// original string.
type Text struct {
	// Original is the text that was folded.
	Original string
	// Norm is the folded text.
	Norm string
	// start and end hold, for each rune of Norm, its source span in code
	// points of Original.
	start, end []int32
	// origByte maps a code point offset of Original to its byte offset;
	// origByte[len] is len(Original).
	origByte []int32
}

// Fold applies the folding steps in o to s and returns the folded text with
// its offset map.
func Fold(s string, o Options) *Text {
	t := &Text{Original: s}
	var b strings.Builder
	b.Grow(len(s))
	t.start = make([]int32, 0, len(s)/2+1)
	t.end = make([]int32, 0, len(s)/2+1)
	t.origByte = make([]int32, 0, len(s)/2+2)
	cp := int32(0)
	emit := func(r rune, k int32) {
		b.WriteRune(r)
		t.start = append(t.start, k)
		t.end = append(t.end, k+1)
	}
	for i, w := 0, 0; i < len(s); i += w {
		r := rune(s[i])
		w = 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		t.origByte = append(t.origByte, int32(i))
		if o&FoldPresentationForms != 0 && isPresentationForm(r) {
			for _, d := range norm.NFKC.String(string(r)) {
				t.foldInto(&b, d, o, cp, emit)
			}
		} else {
			t.foldInto(&b, r, o, cp, emit)
		}
		cp++
	}
	t.origByte = append(t.origByte, int32(len(s)))
	t.Norm = b.String()
	return t
}

func (t *Text) foldInto(b *strings.Builder, r rune, o Options, cp int32, emit func(rune, int32)) {
	f, a := foldRune(r, o)
	switch a {
	case keep:
		emit(f, cp)
	case mark:
		if n := len(t.end); n > 0 && t.end[n-1] == cp {
			t.end[n-1] = cp + 1
		}
	}
}

// Len returns the number of runes of the folded text.
func (t *Text) Len() int { return len(t.start) }

// Span returns the original code point span of the folded runes [i, j).
func (t *Text) Span(i, j int) (start, end int) {
	if i >= j || i >= len(t.start) {
		if i < len(t.start) {
			return int(t.start[i]), int(t.start[i])
		}
		n := t.OriginalLen()
		return n, n
	}
	return int(t.start[i]), int(t.end[j-1])
}

// OriginalLen returns the length of the original text in code points.
func (t *Text) OriginalLen() int { return len(t.origByte) - 1 }

// Surface returns the original text between code point offsets start and end.
func (t *Text) Surface(start, end int) string {
	if start < 0 {
		start = 0
	}
	if n := t.OriginalLen(); end > n {
		end = n
	}
	if start >= end {
		return ""
	}
	return t.Original[t.origByte[start]:t.origByte[end]]
}

// String folds s with the steps in o, without keeping offsets.
func String(s string, o Options) string {
	return string(AppendFold(make([]byte, 0, len(s)), s, o))
}

// AppendFold appends s folded with the steps in o to dst. It keeps no
// offsets, which makes it the fast path for whole-stream normalization.
func AppendFold(dst []byte, s string, o Options) []byte {
	for i, w := 0, 0; i < len(s); i += w {
		c := s[i]
		if c < utf8.RuneSelf {
			w = 1
			if o&FoldLowerLatin != 0 && c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			continue
		}
		var r rune
		r, w = utf8.DecodeRuneInString(s[i:])
		if o&FoldPresentationForms != 0 && isPresentationForm(r) {
			for _, d := range norm.NFKC.String(string(r)) {
				if f, a := foldRune(d, o); a == keep {
					dst = utf8.AppendRune(dst, f)
				}
			}
			continue
		}
		if f, a := foldRune(r, o); a == keep {
			if f == r {
				dst = append(dst, s[i:i+w]...)
			} else {
				dst = utf8.AppendRune(dst, f)
			}
		}
	}
	return dst
}
