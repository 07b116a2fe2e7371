package normalize

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// The token kinds.
const (
	Word   Kind = iota // a run of Arabic (or other non-Latin) letters
	Number             // digits with their thousands and decimal separators
	Punct              // one punctuation mark
	Latin              // a run of Latin letters
	Symbol             // anything else that is not space
)

var kindNames = [...]string{Word: "word", Number: "number", Punct: "punct", Latin: "latin", Symbol: "symbol"}

// String returns the kind's name as it appears in JSON output.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Token is one token of a folded text.
type Token struct {
	// Norm is the folded form of the token.
	Norm string
	// Kind classifies the token.
	Kind Kind
	// Start and End are code point offsets of the token in the original text.
	Start, End int
	// NormStart and NormEnd are rune offsets of the token in the folded text.
	NormStart, NormEnd int
	// SpaceBefore reports whitespace (or the start of text) right before the token.
	SpaceBefore bool
	// Newline reports a line break between the previous token and this one.
	Newline bool
}

// class is what the tokenizer sees in a rune: a token kind or one of the
// classes below.
type class uint8

const (
	cSpace   class = class(Symbol) + 1 + iota // white space
	cNewline                                  // a line break
	cMark                                     // a combining mark or tatweel: stays inside a word
	cFormat                                   // a zero-width or bidi control: inside a word, else ignored
)

// classify returns the class of r; classOf reads the tables built from it.
func classify(r rune) class {
	switch {
	case r == '\n' || r == '\u2028' || r == '\u2029' || r == '\u0085':
		return cNewline
	case r == ' ' || r == '\t' || r == '\r' || r == '\v' || r == '\f' || unicode.IsSpace(r) || isUnicodeSpace(r):
		return cSpace
	case r >= '0' && r <= '9', unicode.IsDigit(r):
		return class(Number)
	case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'):
		return class(Latin)
	case isDiacritic(r) || r == Tatweel || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
		return cMark
	case isControl(r) || unicode.Is(unicode.Cf, r):
		return cFormat
	case IsArabicLetter(r):
		return class(Word)
	case unicode.IsLetter(r):
		if unicode.Is(unicode.Latin, r) {
			return class(Latin)
		}
		return class(Word)
	case unicode.IsPunct(r), r == '\u2044', r == '\u2215', r == '\u2212':
		return class(Punct) // with the fraction and division slashes and the minus sign
	}
	return class(Symbol)
}

var (
	asciiClass [utf8.RuneSelf]class
	blockClass [256]class // U+0600–U+06FF
)

func init() {
	for r := range asciiClass {
		asciiClass[r] = classify(rune(r))
	}
	for i := range blockClass {
		blockClass[i] = classify(rune(0x600 + i))
	}
}

// next decodes the rune at s[i] and returns its class and width. It is
// small enough to inline; nextSlow handles runes outside ASCII and U+06xx.
func next(s string, i int) (rune, int, class) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1, asciiClass[c]
	}
	if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		x := int(c&0x03)<<6 | int(s[i+1]&0x3F)
		return rune(0x600 + x), 2, blockClass[x]
	}
	return nextSlow(s, i)
}

func nextSlow(s string, i int) (rune, int, class) {
	r, w := utf8.DecodeRuneInString(s[i:])
	return r, w, classify(r)
}

// Tokenize splits a folded text into tokens. Numbers keep their separators
// (1,500, 3.5, ٢٬٥٠٠, ٣٫٥ are one token each); words are split from digits
// and punctuation; every punctuation mark (، ؛ ؟ « » / – — and the rest) is
// a token of its own.
func Tokenize(t *Text) []Token {
	return AppendTokens(nil, t)
}

// AppendTokens appends the tokens of t to dst.
func AppendTokens(dst []Token, t *Text) []Token {
	s := t.Norm
	dst = slices.Grow(dst, len(s)/8) // about one token every eight bytes
	ri := 0                          // rune index of s[i] in Norm
	space, newline := true, false
	for i := 0; i < len(s); {
		r, w, cl := next(s, i)
		switch cl {
		case cNewline:
			newline = true
			fallthrough
		case cSpace:
			space = true
			fallthrough
		case cFormat:
			i += w
			ri++
			continue
		}
		start, startRune := i, ri
		i += w
		ri++
		var kind Kind
		switch cl {
		case class(Word), class(Latin), cMark:
			kind = Kind(cl)
			if cl == cMark {
				kind = Word
				if !isDiacritic(r) && r != Tatweel {
					kind = Symbol
					break
				}
			}
			end, endRune := i, ri // after the last rune that is not a control
			for i < len(s) {      // next, inlined by hand for the hottest loop
				c, c2, w2 := s[i], class(0), 1
				switch {
				case c < utf8.RuneSelf:
					c2 = asciiClass[c]
				case c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
					c2, w2 = blockClass[int(c&0x03)<<6|int(s[i+1]&0x3F)], 2
				default:
					_, w2, c2 = nextSlow(s, i)
				}
				if c2 != class(kind) && c2 != cMark && c2 != cFormat {
					break
				}
				i += w2
				ri++
				if c2 != cFormat {
					end, endRune = i, ri
				}
			}
			i, ri = end, endRune // a control after the word is not part of it
		case class(Number):
			kind = Number
			i, ri = scanNumber(s, i, ri)
		default:
			kind = Kind(cl)
		}
		a, b := t.Span(startRune, ri)
		dst = append(dst, Token{Norm: s[start:i], Kind: kind, Start: a, End: b,
			NormStart: startRune, NormEnd: ri, SpaceBefore: space, Newline: newline})
		space, newline = false, false
	}
	return dst
}

// scanNumber continues a number at s[i] (rune index ri) and returns where it
// ends. A decimal separator (. ٫) stays inside when a digit follows; a
// thousands separator (, ٬) when exactly three digits follow. The Arabic
// comma ، separates list items, even between numbers: it ends a number.
func scanNumber(s string, i, ri int) (int, int) {
	for i < len(s) {
		r, w, cl := next(s, i)
		if cl == class(Number) {
			i += w
			ri++
			continue
		}
		switch r {
		case '.', ArabicDecimalSep:
			if i+w < len(s) {
				if _, w2, c2 := next(s, i+w); c2 == class(Number) {
					i += w + w2
					ri += 2
					continue
				}
			}
		case ',', ArabicThousands:
			if n := thousandsGroup(s[i+w:]); n > 0 {
				i += w + n
				ri += 4
				continue
			}
		}
		break
	}
	return i, ri
}

// thousandsGroup returns the byte length of the three digits s starts with
// when no fourth digit follows, or 0.
func thousandsGroup(s string) int {
	j := 0
	for k := 0; k < 3; k++ {
		if j >= len(s) {
			return 0
		}
		_, w, cl := next(s, j)
		if cl != class(Number) {
			return 0
		}
		j += w
	}
	if j < len(s) {
		if _, _, cl := next(s, j); cl == class(Number) {
			return 0
		}
	}
	return j
}

// Sentence is a run of tokens ending at a sentence boundary.
type Sentence struct {
	// First and Last are the indices of the sentence's first token and one
	// past its last token.
	First, Last int
	// Start and End are code point offsets of the sentence in the original text.
	Start, End int
}

// Sentences splits tokens into sentences. A sentence ends at . ! ? ؟ ۔ (with
// the closing quotes and brackets glued after it) and at line breaks. A dot
// inside a number (3.5) is not a token of its own; a dot after a one-letter
// word glued to it is an abbreviation (أ.ف.ب, U.S., د.), and a dot glued
// between two Latin words is part of a name (example.com). A dot glued to
// the next word after a number or a longer word still ends the sentence
// (2017.وتقول), because Arabic news often drops the space there.
//
// A run-on sentence is cut: after LongSentence tokens at the next comma,
// semicolon or colon, and at 2×LongSentence tokens in any case. Text with
// no sentence punctuation (scraped pages, transcripts) would otherwise make
// one sentence of the whole document, which each event would quote whole.
func Sentences(toks []Token) []Sentence {
	return AppendSentences(nil, toks)
}

// LongSentence is the length, in tokens, after which Sentences cuts a
// sentence at its next comma. News sentences are shorter: the longest of
// the 20 evaluation articles has 178 tokens, 99% have 100 or fewer.
const LongSentence = 256

// AppendSentences appends the sentences of toks to dst.
func AppendSentences(dst []Sentence, toks []Token) []Sentence {
	first := 0
	flush := func(last int) {
		if last > first {
			dst = append(dst, Sentence{First: first, Last: last, Start: toks[first].Start, End: toks[last-1].End})
		}
		first = last
	}
	for i := 0; i < len(toks); i++ {
		if toks[i].Newline && i > first {
			flush(i)
		}
		tk := &toks[i]
		if n := i + 1 - first; n >= LongSentence && (n >= 2*LongSentence || tk.Kind == Punct && isPause(tk.Norm)) {
			flush(i + 1)
			continue
		}
		if tk.Kind != Punct || !isTerminal(tk.Norm) {
			continue
		}
		if tk.Norm == "." && !dotEnds(toks, i) {
			continue
		}
		end := i + 1
		for end < len(toks) && toks[end].Kind == Punct && !toks[end].SpaceBefore &&
			(isCloser(toks[end].Norm) || isTerminal(toks[end].Norm)) {
			end++
		}
		flush(end)
		i = end - 1
	}
	flush(len(toks))
	return dst
}

func isTerminal(s string) bool {
	switch s {
	case ".", "!", "?", "؟", "۔", "…":
		return true
	}
	return false
}

// isPause reports a comma, semicolon or colon, where a run-on sentence is
// cut.
func isPause(s string) bool {
	switch s {
	case "،", ",", "؛", ";", ":":
		return true
	}
	return false
}

func isCloser(s string) bool {
	switch s {
	case ")", "]", "}", "»", "›", "\"", "'", "”", "’":
		return true
	}
	return false
}

// dotEnds reports whether the dot at toks[i] ends a sentence.
func dotEnds(toks []Token, i int) bool {
	if i == 0 || toks[i].SpaceBefore {
		return true
	}
	prev := &toks[i-1]
	if (prev.Kind == Word || prev.Kind == Latin) && utf8.RuneCountInString(prev.Norm) == 1 {
		return false // an abbreviation: أ.ف.ب, U.S., د.
	}
	if i+1 < len(toks) && !toks[i+1].SpaceBefore && prev.Kind == Latin && toks[i+1].Kind == Latin {
		return false // example.com
	}
	return true
}
