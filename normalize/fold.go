package normalize

import (
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

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

// action says what a folding step does with one rune.
type action uint8

const (
	keep    action = iota // the rune stays as it is
	replace               // the rune becomes another rune
	mark                  // drop it, extending the previous rune's span over it
	remove                // drop it
)

// rule is the folding table in one place: for a rune that is not a
// presentation form, the step that changes it, what the step does, and the
// replacement rune.
func rule(r rune) (Options, action, rune) {
	switch {
	case r == AlefHamzaAbove, r == AlefHamzaBelow, r == AlefMadda:
		return FoldHamza, replace, Alef
	case r == WawHamza:
		return FoldHamza, replace, Waw
	case r == YehHamza:
		return FoldHamza, replace, Yeh
	case r == AlefWasla:
		return FoldAlefWasla, replace, Alef
	case r == TehMarbuta:
		return FoldTaMarbuta, replace, Heh
	case r == AlefMaksura:
		return FoldAlefMaqsura, replace, Yeh
	case r == Tatweel:
		return FoldTatweel, mark, 0
	case isDiacritic(r):
		return FoldDiacritics, mark, 0
	case r >= ArabicIndicZero && r <= ArabicIndicZero+9:
		return FoldDigits, replace, '0' + r - ArabicIndicZero
	case r >= PersianZero && r <= PersianZero+9:
		return FoldDigits, replace, '0' + r - PersianZero
	case r == ArabicDecimalSep:
		return FoldDigits, replace, '.'
	case r == ArabicThousands:
		return FoldDigits, replace, ','
	case r == PersianKeheh:
		return FoldPersianLetters, replace, Kaf
	case r == PersianYeh:
		return FoldPersianLetters, replace, Yeh
	case isControl(r):
		return FoldControls, remove, 0
	case isUnicodeSpace(r):
		return FoldSpaces, replace, ' '
	case r >= 'A' && r <= 'Z':
		return FoldLowerLatin, replace, r + ('a' - 'A')
	case r >= utf8.RuneSelf && unicode.IsUpper(r) && unicode.Is(unicode.Latin, r):
		return FoldLowerLatin, replace, unicode.ToLower(r)
	}
	return 0, keep, r
}

// blockEntry is rule's answer for one rune of the Arabic block U+0600–U+06FF,
// with the replacement already in UTF-8.
type blockEntry struct {
	step Options
	act  action
	n    uint8   // UTF-8 length of the replacement
	enc  [3]byte // the replacement in UTF-8
	to   rune
}

// arabicBlock holds rule for U+0600–U+06FF, the runes of almost every byte of
// Arabic text, so the hot loops look them up instead of running the switch.
var arabicBlock = func() (tab [256]blockEntry) {
	for i := range tab {
		step, act, to := rule(rune(0x600 + i))
		e := &tab[i]
		e.step, e.act, e.to = step, act, to
		if act == replace {
			e.n = uint8(utf8.EncodeRune(e.enc[:], to))
		}
	}
	return tab
}()

// blockIndex returns the index in arabicBlock of the two-byte sequence c0 c1
// when it encodes a rune of U+0600–U+06FF.
func blockIndex(c0, c1 byte) (int, bool) {
	if c0 < 0xD8 || c0 > 0xDB || c1&0xC0 != 0x80 {
		return 0, false
	}
	return int(c0&0x03)<<6 | int(c1&0x3F), true
}

// lookup is rule with the Arabic block read from its table.
func lookup(r rune) (Options, action, rune) {
	if r >= 0x600 && r <= 0x6FF {
		e := &arabicBlock[r-0x600]
		return e.step, e.act, e.to
	}
	return rule(r)
}

// presentation holds the NFKC decomposition of each Arabic presentation form,
// computed once, so folding never calls norm per rune.
type presentation struct {
	nfkc string
	// spacingMark reports a form that NFKC turns into a space and marks only
	// (ﹰ → " ً"): with FoldDiacritics it is a mark as a whole.
	spacingMark bool
}

const (
	presentationA = 0xFB50 // first rune of Presentation Forms-A
	presentationB = 0xFE70 // first rune of Presentation Forms-B
)

var presentationTable = sync.OnceValue(func() []presentation {
	tab := make([]presentation, 0xFEFF-presentationA)
	for r := rune(presentationA); r < 0xFEFF; r++ {
		if !isPresentationForm(r) {
			continue
		}
		d := norm.NFKC.String(string(r))
		p := presentation{nfkc: d}
		if len(d) > 1 && d[0] == ' ' {
			p.spacingMark = true
			for _, m := range d[1:] {
				if !isDiacritic(m) {
					p.spacingMark = false
				}
			}
		}
		tab[r-presentationA] = p
	}
	return tab
})

// presentationForm returns the decomposition of the presentation form r.
func presentationForm(r rune) *presentation {
	return &presentationTable()[r-presentationA]
}

// Text is normalized text that remembers, for each of its runes, the span of
// the original text it came from. Offsets are code point offsets into the
// original string.
type Text struct {
	// Original is the text that was folded.
	Original string
	// Norm is the folded text.
	Norm string
	// spans holds, for each rune of Norm, its source span in code points of
	// Original.
	spans []span
	// origByte maps a code point offset of Original to its byte offset;
	// origByte[len] is len(Original).
	origByte []int32
	// buf is where Reset builds Norm, kept for the next Reset.
	buf []byte
}

// span is a half-open range of code points of the original text.
type span struct{ start, end int32 }

// Fold applies the folding steps in o to s and returns the folded text with
// its offset map. Invalid UTF-8 bytes of s count as one code point each and
// fold to U+FFFD.
func Fold(s string, o Options) *Text {
	t := new(Text)
	t.Reset(s, o)
	return t
}

// Reset folds s into t like Fold, reusing t's offset tables: a loop folding
// many texts allocates little more than each Norm string. Earlier results of
// t (Norm, tokens) stay valid, but Span and Surface now answer for s.
func (t *Text) Reset(s string, o Options) {
	t.fold(s, o)
	t.Norm = string(t.buf)
}

// ResetInPlace is Reset for a caller done with t's earlier results: the
// new Norm, and so the new tokens' strings, are written over the memory of
// the earlier ones, and are valid only until t is reset again. A loop over
// many texts then allocates nothing once t's tables have grown.
func (t *Text) ResetInPlace(s string, o Options) {
	t.fold(s, o)
	t.Norm = unsafe.String(unsafe.SliceData(t.buf), len(t.buf))
}

// fold folds s into t.buf and its offset tables.
func (t *Text) fold(s string, o Options) {
	t.Original = s
	// Arabic text has about 0.55 runes a byte; appending grows past the guess.
	if guess := len(s)*5/8 + 16; cap(t.spans) < guess {
		t.spans = make([]span, 0, guess)
		t.origByte = make([]int32, 0, guess+1)
	}
	if cap(t.buf) < len(s) {
		t.buf = make([]byte, 0, len(s)+len(s)/8)
	}
	out, spans, ob := t.buf[:0], t.spans[:0], t.origByte[:0]
	lower := o&FoldLowerLatin != 0
	k := int32(0) // code point offset of s[i]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			ob = append(ob, int32(i))
			if lower && c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			out = append(out, c)
			spans = append(spans, span{k, k + 1})
			i++
			k++
			continue
		}
		if i+1 < len(s) {
			if x, ok := blockIndex(c, s[i+1]); ok {
				e := &arabicBlock[x]
				if e.step&o == 0 {
					// a run of Arabic runes that stay as they are, copied at once
					run := i
					for {
						ob = append(ob, int32(i))
						spans = append(spans, span{k, k + 1})
						i += 2
						k++
						if i+1 >= len(s) {
							break
						}
						if x, ok = blockIndex(s[i], s[i+1]); !ok || arabicBlock[x].step&o != 0 {
							break
						}
					}
					out = append(out, s[run:i]...)
					continue
				}
				ob = append(ob, int32(i))
				switch {
				case e.act == replace:
					out = append(out, e.enc[:e.n]...)
					spans = append(spans, span{k, k + 1})
				case e.act == mark && len(spans) > 0:
					spans[len(spans)-1].end = k + 1
				}
				i += 2
				k++
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		ob = append(ob, int32(i))
		if o&FoldPresentationForms != 0 && isPresentationForm(r) {
			p := presentationForm(r)
			if p.spacingMark && o&FoldDiacritics != 0 {
				if len(spans) > 0 {
					spans[len(spans)-1].end = k + 1
				}
			} else {
				for _, d := range p.nfkc {
					out, spans = foldOne(out, spans, d, o, k)
				}
			}
		} else {
			out, spans = foldOne(out, spans, r, o, k)
		}
		i += w
		k++
	}
	t.spans, t.origByte, t.buf = spans, append(ob, int32(len(s))), out
}

// foldOne appends the fold of the rune r that came from code point k to out
// and spans.
func foldOne(out []byte, spans []span, r rune, o Options, k int32) ([]byte, []span) {
	step, act, to := lookup(r)
	if step&o == 0 {
		act = keep
	}
	switch act {
	case keep:
		out = utf8.AppendRune(out, r)
	case replace:
		out = utf8.AppendRune(out, to)
	case mark:
		if len(spans) > 0 {
			spans[len(spans)-1].end = k + 1
		}
		return out, spans
	case remove:
		return out, spans
	}
	return out, append(spans, span{k, k + 1})
}

// Len returns the number of runes of the folded text.
func (t *Text) Len() int { return len(t.spans) }

// Span returns the original code point span of the folded runes [i, j). For
// an empty range it returns the empty span where rune i starts.
func (t *Text) Span(i, j int) (start, end int) {
	if i >= j || i >= len(t.spans) {
		if i >= 0 && i < len(t.spans) {
			return int(t.spans[i].start), int(t.spans[i].start)
		}
		n := t.OriginalLen()
		return n, n
	}
	return int(t.spans[i].start), int(t.spans[j-1].end)
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
// offsets, which makes it the fast path for whole-stream normalization; its
// output equals Fold(s, o).Norm.
func AppendFold(dst []byte, s string, o Options) []byte {
	lower := o&FoldLowerLatin != 0
	last := 0 // s[last:i] is copied unchanged when the next change comes
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if lower && c >= 'A' && c <= 'Z' {
				dst = append(dst, s[last:i]...)
				dst = append(dst, c+('a'-'A'))
				last = i + 1
			}
			i++
			continue
		}
		if i+1 < len(s) {
			if x, ok := blockIndex(c, s[i+1]); ok {
				e := &arabicBlock[x]
				if e.step&o != 0 {
					dst = append(dst, s[last:i]...)
					if e.act == replace {
						dst = append(dst, e.enc[:e.n]...)
					}
					last = i + 2
				}
				i += 2
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if o&FoldPresentationForms != 0 && isPresentationForm(r) {
			dst = append(dst, s[last:i]...)
			i += w
			last = i
			p := presentationForm(r)
			if p.spacingMark && o&FoldDiacritics != 0 {
				continue
			}
			for _, d := range p.nfkc {
				dst = appendOne(dst, d, o)
			}
			continue
		}
		step, act, _ := lookup(r)
		if (step&o == 0 || act == keep) && !(r == utf8.RuneError && w == 1) {
			i += w
			continue
		}
		dst = append(dst, s[last:i]...)
		dst = appendOne(dst, r, o)
		i += w
		last = i
	}
	return append(dst, s[last:]...)
}

// appendOne appends the fold of r to dst.
func appendOne(dst []byte, r rune, o Options) []byte {
	step, act, to := lookup(r)
	if step&o == 0 {
		act = keep
	}
	switch act {
	case keep:
		return utf8.AppendRune(dst, r)
	case replace:
		return utf8.AppendRune(dst, to)
	}
	return dst
}
