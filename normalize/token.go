package normalize

import (
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

// Tokenize splits a folded text into tokens. Numbers keep their separators
// (1,500 and 3.5 are one token); words are split from digits and punctuation.
func Tokenize(t *Text) []Token {
	return AppendTokens(make([]Token, 0, len(t.Norm)/6+1), t)
}

// AppendTokens appends the tokens of t to dst.
func AppendTokens(dst []Token, t *Text) []Token {
	s := t.Norm
	ri := 0 // rune index of position i
	space, newline := true, false
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if isSpace(r) {
			space = true
			if r == '\n' {
				newline = true
			}
			i += w
			ri++
			continue
		}
		start, startRune := i, ri
		kind := classify(r)
		i += w
		ri++
		switch kind {
		case Word, Latin:
			for i < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[i:])
				if classify(r2) != kind && !(kind == Word && isCombining(r2)) {
					break
				}
				i += w2
				ri++
			}
		case Number:
			for i < len(s) {
				c := s[i]
				if c >= '0' && c <= '9' {
					i++
					ri++
					continue
				}
				// a separator stays inside when digits follow: 1,500 3.5
				if (c == ',' || c == '.') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' &&
					(c == '.' || thousandsGroup(s[i+1:])) {
					i += 2
					ri += 2
					continue
				}
				break
			}
		}
		a, b := t.Span(startRune, ri)
		dst = append(dst, Token{Norm: s[start:i], Kind: kind, Start: a, End: b,
			NormStart: startRune, NormEnd: ri, SpaceBefore: space, Newline: newline})
		space, newline = false, false
	}
	return dst
}

// thousandsGroup reports whether s starts with exactly three digits not
// followed by another digit.
func thousandsGroup(s string) bool {
	if len(s) < 3 {
		return false
	}
	for k := 0; k < 3; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return len(s) == 3 || s[3] < '0' || s[3] > '9'
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', NoBreakSpace:
		return true
	}
	return r >= 0x80 && unicode.IsSpace(r)
}

// isCombining reports marks that stay inside a word when folding kept them.
func isCombining(r rune) bool {
	return isDiacritic(r) || r == Tatweel || r == '\u200C' || r == '\u200D'
}

func classify(r rune) Kind {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case r >= '0' && r <= '9':
			return Number
		case (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z'):
			return Latin
		case r == '_':
			return Punct
		}
		if unicode.IsPunct(r) {
			return Punct
		}
		return Symbol
	case IsArabicLetter(r) || isCombining(r):
		return Word
	case (r >= '\u0660' && r <= '\u0669') || (r >= '\u06F0' && r <= '\u06F9'):
		return Number
	case unicode.IsLetter(r):
		if unicode.Is(unicode.Latin, r) {
			return Latin
		}
		return Word
	case unicode.IsPunct(r) || r == ArabicComma || r == ArabicSemicolon || r == ArabicQuestion:
		return Punct
	}
	return Symbol
}

// Sentence is a run of tokens ending at a sentence boundary.
type Sentence struct {
	// First and Last are the indices of the sentence's first token and one
	// past its last token.
	First, Last int
	// Start and End are code point offsets of the sentence in the original text.
	Start, End int
}

// Sentences splits tokens into sentences. A sentence ends at . ! ? ؟ ۔ and at
// line breaks, but not inside abbreviations written with dots such as أ.ف.ب
// or U.S., and not at a dot glued between two single letters.
func Sentences(toks []Token) []Sentence {
	var out []Sentence
	first := 0
	flush := func(last int) {
		if last > first {
			out = append(out, Sentence{First: first, Last: last, Start: toks[first].Start, End: toks[last-1].End})
		}
		first = last
	}
	for i := range toks {
		if toks[i].Newline && i > first {
			flush(i)
		}
		tk := toks[i]
		if tk.Kind != Punct {
			continue
		}
		switch tk.Norm {
		case "!", "?", "؟", "۔":
			flush(i + 1)
			for first < len(toks) && toks[first].Kind == Punct && !toks[first].SpaceBefore && isCloser(toks[first].Norm) {
				first++
			}
		case ".":
			if isAbbreviationDot(toks, i) {
				continue
			}
			end := i + 1
			// keep trailing closers and a following comma glued on the sentence: "الخميس.,"
			for end < len(toks) && toks[end].Kind == Punct && !toks[end].SpaceBefore && toks[end].Norm != "." {
				end++
			}
			flush(end)
		}
	}
	flush(len(toks))
	return out
}

func isCloser(s string) bool {
	switch s {
	case ")", "]", "»", "\"", "'", "”", "’", ",", "،":
		return true
	}
	return false
}

// isAbbreviationDot reports whether the dot at toks[i] belongs to an
// abbreviation: a single letter on either side glued to the dot (أ.ف.ب, U.S.).
func isAbbreviationDot(toks []Token, i int) bool {
	short := func(j int) bool {
		return j >= 0 && j < len(toks) && (toks[j].Kind == Word || toks[j].Kind == Latin) &&
			utf8.RuneCountInString(toks[j].Norm) == 1
	}
	prevGlued := i > 0 && !toks[i].SpaceBefore
	nextGlued := i+1 < len(toks) && !toks[i+1].SpaceBefore
	if prevGlued && short(i-1) && (nextGlued && short(i+1) || i >= 2 && toks[i-2].Norm == "." && !toks[i-1].SpaceBefore) {
		return true
	}
	return prevGlued && short(i-1) && nextGlued && short(i+1)
}
