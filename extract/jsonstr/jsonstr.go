// Package jsonstr writes Go strings as JSON strings without reflection, in
// the bytes encoding/json writes for them: its short escapes, \u00XX for
// the other controls, U+2028 and U+2029 escaped, invalid UTF-8 as \ufffd,
// and, when asked, the HTML-safe escapes of <, > and &.
package jsonstr

import "unicode/utf8"

// plain marks the ASCII bytes that a JSON string holds as they are: not the
// controls, " or \, and, for [1] (HTML-safe), not <, > or &.
var plain = func() (t [2][utf8.RuneSelf]bool) {
	for c := range t[0] {
		t[0][c] = c >= 0x20 && c != '"' && c != '\\'
		t[1][c] = t[0][c] && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// Append appends s to dst as a JSON string, quotes included; html escapes
// <, > and & as json.Marshal does.
func Append(dst []byte, s string, html bool) []byte {
	dst = append(dst, '"')
	dst = AppendBody(dst, s, html)
	return append(dst, '"')
}

// AppendBody appends s escaped for the inside of a JSON string, as Append
// does without the quotes.
func AppendBody(dst []byte, s string, html bool) []byte {
	const hex = "0123456789abcdef"
	table := &plain[0]
	if html {
		table = &plain[1]
	}
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if table[c] {
				i++
				continue
			}
			dst = append(dst, s[last:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			last = i
			continue
		}
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2 // a two-byte rune, as every Arabic letter is
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[last:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[last:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		last = i
	}
	return append(dst, s[last:]...)
}
