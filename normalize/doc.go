// Package normalize is rasd's text core: decoding raw bytes into text,
// folding Arabic spelling variants while remembering where every folded rune
// came from, splitting text into tokens and sentences, and offering the
// proclitic segmentations of words.
//
// # Decoding
//
// Decode and Decoder accept UTF-8 (a BOM is stripped), UTF-16 with a BOM,
// Windows-1256 and ISO-8859-6; without a named encoding, input that is not
// UTF-8 but reads as Arabic in Windows-1256 is decoded as such. Errors carry
// the byte offset of the first bad byte (*DecodeError). Line ends CRLF and CR
// become LF on purpose: the evaluation reads files in Python's text mode,
// which does the same, so code point offsets computed here agree with
// Python's str indices into that text.
//
// # Folding and offsets
//
// Fold applies the steps of an Options set (Clean, Match, or any subset) and
// returns a Text: the folded string Norm plus, for each of its runes, the
// span of the original it came from, in code points. A ligature such as ﻻ
// yields two runes that share one source rune; removed diacritics and
// tatweel widen the span of the rune before them, so a token's surface
// (Text.Surface) includes its marks. AppendFold and String fold without
// offsets, for whole streams.
//
// # Tokens, sentences, clitics
//
// Tokenize splits folded text into words, numbers (1,500 3.5 ٢٬٥٠٠),
// punctuation, Latin words and symbols, each with its original span.
// Sentences groups tokens into sentences without breaking on decimals or
// dotted abbreviations (أ.ف.ب, U.S.). Clitics offers the readings of a word
// as proclitics (و ف ب ك ل س, the article ال, the contraction لل) and a
// base, the word itself first; a lexicon lookup downstream chooses.
//
// Offsets everywhere are code point offsets into the decoded original text.
package normalize
