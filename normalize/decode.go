package normalize

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// DecodeError reports input that is not text in the expected encoding.
type DecodeError struct {
	// Offset is the byte offset of the first bad byte.
	Offset int
	// Encoding is the encoding that was tried.
	Encoding string
	// Hint suggests what to try instead, or is empty.
	Hint string
}

func (e *DecodeError) Error() string {
	msg := fmt.Sprintf("invalid %s at byte %d", e.Encoding, e.Offset)
	if e.Hint != "" {
		msg += " (" + e.Hint + ")"
	}
	return msg
}

// ErrBinary is returned for input that looks like binary data (it holds NUL
// bytes or other control characters that text does not).
var ErrBinary = errors.New("binary data, not text")

// Encodings lists the names Decode accepts, besides "" for auto-detection.
var Encodings = []string{"utf-8", "utf-16le", "utf-16be", "windows-1256", "iso-8859-6"}

// lookupEncoding returns the x/text encoding for a name in Encodings (or a
// common alias).
func lookupEncoding(name string) (encoding.Encoding, string, bool) {
	switch strings.ToLower(strings.ReplaceAll(name, "_", "-")) {
	case "utf-8", "utf8":
		return unicode.UTF8, "UTF-8", true
	case "utf-16le", "utf16le", "utf-16":
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "UTF-16LE", true
	case "utf-16be", "utf16be":
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "UTF-16BE", true
	case "windows-1256", "cp1256", "win1256":
		return charmap.Windows1256, "windows-1256", true
	case "iso-8859-6", "iso8859-6", "latin-arabic", "arabic":
		return charmap.ISO8859_6, "ISO-8859-6", true
	}
	return nil, "", false
}

// Decode turns raw bytes into text. With encoding "" it detects: a UTF-8 BOM
// is stripped, a UTF-16 BOM selects UTF-16, valid UTF-8 is taken as is, and
// anything else is decoded as Windows-1256 when that gives clean text. Line
// ends CRLF and CR become LF, as Python's text mode reads them, so offsets
// agree with tools that read the same file. The error for bad input is a
// *DecodeError naming the byte offset, or ErrBinary.
func Decode(b []byte, enc string) (string, error) {
	if enc != "" {
		e, name, ok := lookupEncoding(enc)
		if !ok {
			return "", fmt.Errorf("unknown encoding %q (known: %s)", enc, strings.Join(Encodings, ", "))
		}
		if name == "UTF-8" {
			b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
			if i := invalidUTF8(b); i >= 0 {
				return "", &DecodeError{Offset: i, Encoding: "UTF-8"}
			}
			return lineEnds(string(b)), nil
		}
		out, err := decodeWith(e, b)
		if err != nil {
			return "", &DecodeError{Offset: 0, Encoding: name}
		}
		return lineEnds(out), nil
	}
	switch {
	case bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")):
		b = b[3:]
	case bytes.HasPrefix(b, []byte("\xFF\xFE")), bytes.HasPrefix(b, []byte("\xFE\xFF")):
		out, err := decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), b)
		if err != nil {
			return "", &DecodeError{Offset: 0, Encoding: "UTF-16"}
		}
		return lineEnds(out), nil
	}
	bad := invalidUTF8(b)
	if bad < 0 {
		if looksBinary(b) {
			return "", ErrBinary
		}
		return lineEnds(string(b)), nil
	}
	if looksBinary(b) {
		return "", ErrBinary
	}
	if out, err := decodeWith(charmap.Windows1256, b); err == nil && cleanArabic(out) {
		return lineEnds(out), nil
	}
	return "", &DecodeError{Offset: bad, Encoding: "UTF-8", Hint: "try --encoding windows-1256"}
}

func decodeWith(e encoding.Encoding, b []byte) (string, error) {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return "", err
	}
	s := string(out)
	return strings.TrimPrefix(s, "\uFEFF"), nil
}

// invalidUTF8 returns the byte offset of the first invalid UTF-8 sequence in
// b, or -1.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w == 1 {
			return i
		}
		i += w
	}
	return -1
}

// looksBinary reports NUL bytes or a run of C0 controls that text does not
// hold, within the first 8 KB.
func looksBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	ctl := 0
	for _, c := range b {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b {
			ctl++
		}
	}
	return ctl > 8 && ctl*100 > len(b)
}

// cleanArabic reports whether text decoded from a legacy code page looks like
// Arabic prose: mostly Arabic letters among its non-ASCII runes.
func cleanArabic(s string) bool {
	arabic, other := 0, 0
	for _, r := range s {
		if r < utf8.RuneSelf {
			continue
		}
		if IsArabicLetter(r) || isDiacritic(r) || r == ArabicComma || r == ArabicQuestion || r == ArabicSemicolon {
			arabic++
		} else {
			other++
		}
	}
	return arabic > 0 && other*5 <= arabic
}

// lineEnds turns CRLF and lone CR into LF.
func lineEnds(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}
