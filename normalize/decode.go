package normalize

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"
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

// Error reads "invalid UTF-8 at byte 812 (try --encoding windows-1256)".
func (e *DecodeError) Error() string {
	msg := fmt.Sprintf("invalid %s at byte %d", e.Encoding, e.Offset)
	if e.Hint != "" {
		msg += " (" + e.Hint + ")"
	}
	return msg
}

// ErrBinary is returned for input that looks like binary data (it holds NUL
// bytes or many control characters that text does not).
var ErrBinary = errors.New("binary data, not text")

// Encodings lists the names Decode accepts, besides "" for auto-detection.
// "utf-16" reads the byte order from the BOM (little-endian without one).
var Encodings = []string{"utf-8", "utf-16", "utf-16le", "utf-16be", "windows-1256", "iso-8859-6"}

// mode is a decided encoding.
type mode uint8

const (
	modeUnknown mode = iota
	modeUTF8
	modeUTF16     // byte order from the BOM, little-endian without one
	modeUTF16LE   // little-endian
	modeUTF16BE   // big-endian
	modeWin1256   // windows-1256
	modeISO8859_6 // ISO-8859-6
	numModes
)

var modeNames = [numModes]string{modeUTF8: "UTF-8", modeUTF16: "UTF-16", modeUTF16LE: "UTF-16LE",
	modeUTF16BE: "UTF-16BE", modeWin1256: "windows-1256", modeISO8859_6: "ISO-8859-6"}

// singleByte holds the code page tables, read from x/text's charmaps once.
var singleByte = func() (t [numModes]*[256]rune) {
	for m, cm := range map[mode]*charmap.Charmap{modeWin1256: charmap.Windows1256, modeISO8859_6: charmap.ISO8859_6} {
		var tab [256]rune
		for b := range tab {
			tab[b] = cm.DecodeByte(byte(b))
		}
		t[m] = &tab
	}
	return t
}()

// LookupEncoding returns the canonical name of an encoding name in Encodings
// or a common alias (utf8, cp1256, iso8859-6, ...), and whether it is known.
func LookupEncoding(name string) (string, bool) {
	m := lookupMode(name)
	return modeNames[m], m != modeUnknown
}

func lookupMode(name string) mode {
	switch strings.ToLower(strings.ReplaceAll(strings.TrimSpace(name), "_", "-")) {
	case "utf-8", "utf8":
		return modeUTF8
	case "utf-16", "utf16":
		return modeUTF16
	case "utf-16le", "utf16le":
		return modeUTF16LE
	case "utf-16be", "utf16be":
		return modeUTF16BE
	case "windows-1256", "cp1256", "win1256", "windows1256":
		return modeWin1256
	case "iso-8859-6", "iso8859-6", "iso-8859-6:1987", "latin-arabic", "arabic", "asmo-708":
		return modeISO8859_6
	}
	return modeUnknown
}

// Decode turns raw bytes into text. With enc "" it detects: a UTF-8 BOM is
// stripped, a UTF-16 BOM selects UTF-16, valid UTF-8 is taken as is, and
// anything else is decoded as Windows-1256 when that gives Arabic text. Line
// ends CRLF and CR become LF, as Python's text mode reads them, so offsets
// agree with tools that read the same file that way. The error for bad input
// is a *DecodeError with the byte offset of the first bad byte, or ErrBinary.
func Decode(b []byte, enc string) (string, error) {
	return decode(b, enc, false)
}

// DecodeInPlace is Decode for a caller that leaves b unchanged for as long
// as it uses the text: the text is not copied out of b when it is b's
// bytes as they are (valid UTF-8 without a BOM or a CR), and otherwise not
// copied out of the decoder's own buffer.
func DecodeInPlace(b []byte, enc string) (string, error) {
	return decode(b, enc, true)
}

func decode(b []byte, enc string, inPlace bool) (string, error) {
	d, err := newDecoder(nil, enc)
	if err != nil {
		return "", err
	}
	d.buf, d.eof, d.inPlace = b, true, inPlace
	s, err := d.Next()
	if err == io.EOF {
		return "", nil
	}
	return s, err
}

// Decoder decodes a byte stream as Decode does, a chunk at a time, so
// arbitrarily large input flows through constant memory. Chunks end after a
// line break (unless a line is longer than a megabyte, which is cut after a
// space), so tokens never straddle two chunks.
type Decoder struct {
	r     io.Reader
	mode  mode
	auto  bool   // the encoding was detected, not given
	buf   []byte // raw bytes; buf[pos:] is not decoded yet
	pos   int
	off   int  // stream offset of buf[0]
	eof   bool // r is exhausted
	cr    bool // the last chunk ended with CR, so a leading LF is dropped
	first bool // the first chunk was decoded
	out   []byte
	// valid is the stream offset up to which detection found valid UTF-8,
	// which decoding then does not check again
	valid int
	// inPlace makes Next return strings over buf and out instead of
	// copies (DecodeInPlace, which makes one call)
	inPlace bool
}

const (
	chunkSize = 64 << 10 // bytes read before a chunk is cut
	maxLine   = 1 << 20  // bytes a chunk grows to when looking for a line break
)

// NewDecoder returns a Decoder reading r in the encoding enc ("" detects it).
// It fails only for an unknown encoding name.
func NewDecoder(r io.Reader, enc string) (*Decoder, error) {
	return newDecoder(r, enc)
}

func newDecoder(r io.Reader, enc string) (*Decoder, error) {
	d := &Decoder{r: r, auto: enc == ""}
	if !d.auto {
		if d.mode = lookupMode(enc); d.mode == modeUnknown {
			return nil, fmt.Errorf("unknown encoding %q (known: %s)", enc, strings.Join(Encodings, ", "))
		}
	}
	return d, nil
}

// Encoding returns the name of the encoding in use: the one given, or, after
// the first call to Next, the one detected.
func (d *Decoder) Encoding() string { return modeNames[d.mode] }

// Next returns the next chunk of text, or io.EOF after the last one.
func (d *Decoder) Next() (string, error) {
	if err := d.fill(); err != nil {
		return "", err
	}
	if !d.first {
		d.first = true
		if err := d.start(); err != nil {
			return "", err
		}
	}
	if d.pos >= len(d.buf) {
		return "", io.EOF
	}
	cut := d.cut()
	for cut == d.pos { // no line break yet: read on
		for want := len(d.buf) + chunkSize; len(d.buf) < want && !d.eof; {
			if err := d.read(); err != nil {
				return "", err
			}
		}
		cut = d.cut()
	}
	src := d.buf[d.pos:cut]
	base := d.off + d.pos
	d.pos = cut
	var err error
	d.out = d.out[:0]
	switch d.mode {
	case modeUTF8:
		if err = d.utf8(src, base); err == nil && d.out == nil {
			return d.text(src), nil // no line end to fold
		}
	case modeUTF16LE, modeUTF16BE:
		err = d.utf16(src, base)
	default:
		err = d.singleByte(src, base)
	}
	if err != nil {
		return "", err
	}
	return d.text(d.out), nil
}

// text returns b as a string: a copy, or b's memory itself for
// DecodeInPlace.
func (d *Decoder) text(b []byte) string {
	if d.inPlace {
		return unsafe.String(unsafe.SliceData(b), len(b))
	}
	return string(b)
}

// fill reads until chunkSize bytes wait or the reader is done.
func (d *Decoder) fill() error {
	if d.eof || len(d.buf)-d.pos >= chunkSize {
		return nil
	}
	if d.pos > 0 {
		n := copy(d.buf, d.buf[d.pos:])
		d.off += d.pos
		d.buf, d.pos = d.buf[:n], 0
	}
	for len(d.buf) < chunkSize && !d.eof {
		if err := d.read(); err != nil {
			return err
		}
	}
	return nil
}

// read appends one read's worth of bytes to buf.
func (d *Decoder) read() error {
	if cap(d.buf)-len(d.buf) < 4096 {
		nb := make([]byte, len(d.buf), 2*cap(d.buf)+chunkSize)
		copy(nb, d.buf)
		d.buf = nb
	}
	n, err := d.r.Read(d.buf[len(d.buf):cap(d.buf)])
	d.buf = d.buf[:len(d.buf)+n]
	switch {
	case err == io.EOF:
		d.eof = true
	case err != nil:
		return err
	}
	return nil
}

// start strips a BOM and, for auto-detection, decides the encoding from the
// first chunk.
func (d *Decoder) start() error {
	b := d.buf[d.pos:]
	switch {
	case d.mode == modeUTF8 || d.mode == modeUnknown:
		if bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) {
			d.pos += 3
			d.mode = modeUTF8
			return nil
		}
	case d.mode == modeUTF16 || d.mode == modeUTF16LE || d.mode == modeUTF16BE:
		switch {
		case bytes.HasPrefix(b, []byte("\xFF\xFE")) && d.mode != modeUTF16BE:
			d.pos += 2
			d.mode = modeUTF16LE
		case bytes.HasPrefix(b, []byte("\xFE\xFF")) && d.mode != modeUTF16LE:
			d.pos += 2
			d.mode = modeUTF16BE
		case d.mode == modeUTF16:
			d.mode = modeUTF16LE
		}
		return nil
	default:
		return nil
	}
	if !d.auto {
		return nil
	}
	switch {
	case bytes.HasPrefix(b, []byte("\xFF\xFE")):
		d.pos += 2
		d.mode = modeUTF16LE
		return nil
	case bytes.HasPrefix(b, []byte("\xFE\xFF")):
		d.pos += 2
		d.mode = modeUTF16BE
		return nil
	}
	if looksBinary(b) {
		if enc := utf16Order(b); enc != "" {
			return fmt.Errorf("%w (UTF-16 without a BOM? try --encoding %s)", ErrBinary, enc)
		}
		return ErrBinary
	}

	// detect on the first chunkSize bytes, however much was read, so the
	// answer does not depend on how the reader splits its input
	sample, atEOF := b, d.eof
	if len(sample) > chunkSize {
		sample, atEOF = sample[:chunkSize], false
	}
	// valid UTF-8 is what countUTF8 would find, at a fraction of the cost;
	// a last rune that the sample cuts short is left out, as it does
	check := sample
	if !atEOF {
		i := len(check) - 1
		for i > 0 && len(check)-i < utf8.UTFMax && !utf8.RuneStart(check[i]) {
			i--
		}
		if i >= 0 && !utf8.FullRune(check[i:]) {
			check = check[:i]
		}
	}
	if validUTF8(check) {
		d.mode = modeUTF8
		d.valid = d.off + d.pos + len(check)
		return nil
	}
	valid, bad, first := countUTF8(sample, atEOF)
	if first < 0 || valid > bad {
		// UTF-8, or UTF-8 with a few bad bytes, which the decoding reports
		d.mode = modeUTF8
		return nil
	}
	d.mode = modeWin1256
	if !cleanArabic(sample, singleByte[modeWin1256]) {
		return &DecodeError{Offset: d.off + d.pos + first, Encoding: "UTF-8", Hint: "not windows-1256 either; try --encoding NAME"}
	}
	return nil
}

// cut returns where the next chunk ends: after the last line break in the
// buffer, or, with none in maxLine bytes, after a space or at a character
// boundary. At the end of input it is the end of the buffer.
func (d *Decoder) cut() int {
	b := d.buf[d.pos:]
	if d.eof {
		return len(d.buf)
	}
	switch d.mode {
	case modeUTF16LE, modeUTF16BE:
		lo := 0
		if d.mode == modeUTF16BE {
			lo = 1
		}
		n := len(b) &^ 1
		for i := n - 2; i >= 0; i -= 2 {
			if b[i+lo] == '\n' && b[i+1-lo] == 0 {
				return d.pos + i + 2
			}
		}
		if len(b) < maxLine {
			return d.pos
		}
		for i := n - 2; i >= 0; i -= 2 {
			if b[i+lo] == ' ' && b[i+1-lo] == 0 {
				return d.pos + i + 2
			}
		}
		// not inside a surrogate pair
		if u := uint16(b[n-2+lo]) | uint16(b[n-1-lo])<<8; utf16.IsSurrogate(rune(u)) && u < 0xDC00 {
			n -= 2
		}
		return d.pos + n
	}
	if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
		return d.pos + i + 1
	}
	if len(b) < maxLine {
		return d.pos
	}
	if i := bytes.LastIndexByte(b, ' '); i >= 0 {
		return d.pos + i + 1
	}
	n := len(b)
	if d.mode == modeUTF8 {
		// before the last rune, which may be incomplete
		for k := 0; k < utf8.UTFMax && n > 1 && !utf8.RuneStart(b[n-1]); k++ {
			n--
		}
		if n > 1 {
			n--
		}
	}
	if n > 1 && b[n-1] == '\r' {
		n-- // keep CR LF together
	}
	return d.pos + n
}

// utf8 validates src and appends it to out with line ends folded.
func (d *Decoder) utf8(src []byte, base int) error {
	i := -1 // what start found valid is not checked again
	if base+len(src) > d.valid {
		i = invalidUTF8(src, true)
	}
	if i >= 0 {
		e := &DecodeError{Offset: base + i, Encoding: "UTF-8"}
		if d.auto {
			e.Hint = "try --encoding windows-1256"
		}
		return e
	}
	if !d.cr && bytes.IndexByte(src, '\r') < 0 {
		d.out = nil // Next converts src itself
		return nil
	}
	if d.out == nil {
		d.out = make([]byte, 0, len(src))
	}
	for _, c := range src {
		switch {
		case c == '\r':
			d.cr = true
			d.out = append(d.out, '\n')
		case c == '\n' && d.cr:
			d.cr = false
		default:
			d.cr = false
			d.out = append(d.out, c)
		}
	}
	return nil
}

// appendLineEnd appends r to dst, turning CRLF and CR into LF.
func (d *Decoder) appendLineEnd(dst []byte, r rune) []byte {
	switch {
	case r == '\r':
		d.cr = true
		return append(dst, '\n')
	case r == '\n' && d.cr:
		d.cr = false
		return dst
	}
	d.cr = false
	if r < utf8.RuneSelf {
		return append(dst, byte(r))
	}
	return utf8.AppendRune(dst, r)
}

// utf16 decodes src, reporting unpaired surrogates and a lone last byte.
func (d *Decoder) utf16(src []byte, base int) error {
	lo := 0
	if d.mode == modeUTF16BE {
		lo = 1
	}
	unit := func(i int) rune { return rune(src[i+lo]) | rune(src[i+1-lo])<<8 }
	for i := 0; i < len(src); i += 2 {
		if i+1 >= len(src) {
			return &DecodeError{Offset: base + i, Encoding: modeNames[d.mode], Hint: "odd number of bytes"}
		}
		r := unit(i)
		if utf16.IsSurrogate(r) {
			if r >= 0xDC00 || i+3 >= len(src) {
				return &DecodeError{Offset: base + i, Encoding: modeNames[d.mode], Hint: "unpaired surrogate"}
			}
			r2 := unit(i + 2)
			if r = utf16.DecodeRune(r, r2); r == utf8.RuneError {
				return &DecodeError{Offset: base + i, Encoding: modeNames[d.mode], Hint: "unpaired surrogate"}
			}
			i += 2
		}
		d.out = d.appendLineEnd(d.out, r)
	}
	return nil
}

// singleByte decodes src in a code page, reporting bytes it does not define.
func (d *Decoder) singleByte(src []byte, base int) error {
	tab := singleByte[d.mode]
	for i, c := range src {
		if c < utf8.RuneSelf && c != '\r' && !d.cr {
			d.out = append(d.out, c)
			continue
		}
		r := tab[c]
		if r == utf8.RuneError {
			return &DecodeError{Offset: base + i, Encoding: modeNames[d.mode]}
		}
		d.out = d.appendLineEnd(d.out, r)
	}
	return nil
}

// invalidUTF8 returns the byte offset of the first invalid UTF-8 sequence in
// b, or -1. Unless atEOF, an incomplete sequence at the end is not invalid.
func invalidUTF8(b []byte, atEOF bool) int {
	if validUTF8(b) {
		return -1
	}
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w == 1 {
			if !atEOF && !utf8.FullRune(b[i:]) {
				return -1
			}
			return i
		}
		i += w
	}
	return -1
}

// validUTF8 is utf8.Valid with a fast path for two-byte runes, every Arabic
// letter: about 2.5 times faster on Arabic text.
func validUTF8(b []byte) bool {
	n := len(b)
	for i := 0; i < n; {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= 0xC2 && c <= 0xDF {
			if i+1 >= n || b[i+1]&0xC0 != 0x80 {
				return false
			}
			i += 2
			continue
		}
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w == 1 {
			return false
		}
		i += w
	}
	return true
}

// countUTF8 counts valid multi-byte sequences and invalid bytes in b and
// returns the offset of the first invalid byte, or -1.
func countUTF8(b []byte, atEOF bool) (valid, bad, first int) {
	first = -1
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w == 1 {
			if !atEOF && !utf8.FullRune(b[i:]) {
				break
			}
			if first < 0 {
				first = i
			}
			bad++
		} else {
			valid++
		}
		i += w
	}
	return valid, bad, first
}

// looksBinary reports NUL bytes or many C0 controls that text does not hold,
// within the first 8 KB.
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

// utf16Order guesses the byte order of UTF-16 text without a BOM from where
// its high bytes fall (0x00 for ASCII and Latin-1, 0x06 for Arabic: in one
// byte of every two), and returns "utf-16le", "utf-16be", or "" for no guess.
func utf16Order(b []byte) string {
	if len(b) > 8192 {
		b = b[:8192]
	}
	var high [2]int
	for i, c := range b {
		if c == 0 || c == 6 {
			high[i&1]++
		}
	}
	half := len(b) / 2
	switch {
	case half < 2:
		return ""
	case high[1]*10 >= half*7 && high[0]*5 <= half:
		return "utf-16le"
	case high[0]*10 >= half*7 && high[1]*5 <= half:
		return "utf-16be"
	}
	return ""
}

// cleanArabic reports whether bytes decoded with a code page look like Arabic
// prose: mostly Arabic letters among the non-ASCII runes.
func cleanArabic(b []byte, tab *[256]rune) bool {
	arabic, other := 0, 0
	for _, c := range b {
		if c < utf8.RuneSelf {
			continue
		}
		r := tab[c]
		if IsArabicLetter(r) || isDiacritic(r) || r == ArabicComma || r == ArabicQuestion || r == ArabicSemicolon || r == Tatweel {
			arabic++
		} else {
			other++
		}
	}
	return arabic > 0 && other*5 <= arabic
}
