package normalize

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

const arabicSample = "قتل 3 جنود، وأصيب آخرون؛ هل انتهى؟\nالرقة\n"

func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

func TestDecode(t *testing.T) {
	le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	be := unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	leNoBOM := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	tests := []struct {
		name string
		in   []byte
		enc  string
		want string
	}{
		{"utf-8", []byte(arabicSample), "", arabicSample},
		{"utf-8 bom stripped", append([]byte("\xEF\xBB\xBF"), arabicSample...), "", arabicSample},
		{"utf-8 forced bom stripped", append([]byte("\xEF\xBB\xBF"), arabicSample...), "utf-8", arabicSample},
		{"utf-16le bom", encode(t, le, arabicSample), "", arabicSample},
		{"utf-16be bom", encode(t, be, arabicSample), "", arabicSample},
		{"utf-16le forced without bom", encode(t, leNoBOM, arabicSample), "utf-16le", arabicSample},
		{"utf-16 forced reads bom", encode(t, be, arabicSample), "utf-16", arabicSample},
		{"utf-16 surrogate pair", encode(t, le, "a😀b"), "", "a😀b"},
		{"windows-1256 detected", encode(t, charmap.Windows1256, arabicSample), "", arabicSample},
		{"windows-1256 forced", encode(t, charmap.Windows1256, arabicSample), "cp1256", arabicSample},
		{"iso-8859-6 forced", encode(t, charmap.ISO8859_6, "قتل 3 جنود، وأصيب؛ هل؟"), "iso-8859-6", "قتل 3 جنود، وأصيب؛ هل؟"},
		{"crlf to lf", []byte("حلب\r\nحمص\r\n"), "", "حلب\nحمص\n"},
		{"lone cr to lf", []byte("حلب\rحمص"), "", "حلب\nحمص"},
		{"crlf in utf-16", encode(t, le, "a\r\nb\rc"), "", "a\nb\nc"},
		{"crlf in windows-1256", encode(t, charmap.Windows1256, "حلب\r\nحمص"), "", "حلب\nحمص"},
		{"empty", nil, "", ""},
		{"ascii", []byte("plain text\n"), "", "plain text\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Decode(tc.in, tc.enc)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if got != tc.want {
				t.Errorf("Decode = %q, want %q", got, tc.want)
			}
			in := bytes.Clone(tc.in)
			got, err = DecodeInPlace(in, tc.enc)
			if err != nil || got != tc.want {
				t.Errorf("DecodeInPlace = %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

// TestDecodeInPlaceDoesNotCopy checks that UTF-8 text as it is comes back
// over the input's own memory, and that text that has to change is still
// right after the input is overwritten.
func TestDecodeInPlaceDoesNotCopy(t *testing.T) {
	in := []byte("\xEF\xBB\xBF" + arabicSample)
	s, err := DecodeInPlace(in, "")
	if err != nil {
		t.Fatal(err)
	}
	if unsafe.StringData(s) != &in[3] {
		t.Errorf("DecodeInPlace copied valid UTF-8 text")
	}
	if n := testing.AllocsPerRun(50, func() { DecodeInPlace(in, "") }); n > 1 {
		t.Errorf("DecodeInPlace allocates %.0f times for UTF-8 as it is, want at most 1 (the decoder)", n)
	}
	crlf := []byte("حلب\r\nحمص")
	s, err = DecodeInPlace(crlf, "")
	if err != nil {
		t.Fatal(err)
	}
	clear(crlf)
	if s != "حلب\nحمص" {
		t.Errorf("folded text changed with its input: %q", s)
	}
}

func TestDecodeErrors(t *testing.T) {
	le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	tests := []struct {
		name   string
		in     []byte
		enc    string
		offset int    // byte offset of the DecodeError, or -1 for another error
		want   string // substring of the message
	}{
		{"bad byte in utf-8 text", append([]byte("قتل جنود "), 0xFF, 'x'), "", 16, "invalid UTF-8 at byte 16 (try --encoding windows-1256)"},
		{"truncated utf-8 at end", []byte("قتل\xD9"), "", 6, "invalid UTF-8 at byte 6"},
		{"bad byte after bom counts the bom", []byte("\xEF\xBB\xBFab\xC3("), "utf-8", 5, "invalid UTF-8 at byte 5"},
		{"forced utf-8 has no hint", []byte("ab\xFF"), "utf-8", 2, "invalid UTF-8 at byte 2"},
		{"neither utf-8 nor arabic", []byte("caf\xE9 cr\xE8me br\xFBl\xE9e"), "", 3, "invalid UTF-8 at byte 3"},
		{"undefined iso-8859-6 byte", []byte("ab\xA1"), "iso-8859-6", 2, "invalid ISO-8859-6 at byte 2"},
		{"utf-16 odd length", append(encode(t, le, "ab"), 'c'), "", 6, "invalid UTF-16LE at byte 6 (odd number of bytes)"},
		{"utf-16 unpaired surrogate", []byte("\xFF\xFEa\x00\x00\xD8b\x00"), "", 4, "unpaired surrogate"},
		{"binary", []byte("PK\x03\x04\x00\x00binary"), "", -1, "binary data"},
		{"utf-16le without bom", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "plain text, 3 words"), "", -1,
			"binary data, not text (UTF-16 without a BOM? try --encoding utf-16le)"},
		{"arabic utf-16le without bom", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), arabicSample), "", -1,
			"try --encoding utf-16le"},
		{"utf-16be without bom", encode(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "plain text"), "", -1,
			"try --encoding utf-16be"},
		{"unknown encoding", []byte("x"), "ebcdic", -1, `unknown encoding "ebcdic"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode(tc.in, tc.enc)
			if err == nil {
				t.Fatalf("Decode(%q) succeeded", tc.in)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want it to contain %q", err, tc.want)
			}
			var de *DecodeError
			if tc.offset >= 0 {
				if !errors.As(err, &de) || de.Offset != tc.offset {
					t.Errorf("error %#v, want *DecodeError at offset %d", err, tc.offset)
				}
			} else if errors.As(err, &de) {
				t.Errorf("error %#v, want not a *DecodeError", err)
			}
		})
	}
	if _, err := Decode([]byte("\x00\x01"), ""); !errors.Is(err, ErrBinary) {
		t.Errorf("NUL bytes: %v, want ErrBinary", err)
	}
}

func TestLookupEncoding(t *testing.T) {
	for _, name := range Encodings {
		if _, ok := LookupEncoding(name); !ok {
			t.Errorf("LookupEncoding(%q) unknown", name)
		}
	}
	if got, _ := LookupEncoding("CP1256"); got != "windows-1256" {
		t.Errorf("LookupEncoding(CP1256) = %q", got)
	}
	if _, ok := LookupEncoding("latin1"); ok {
		t.Error("LookupEncoding(latin1) known")
	}
}

// decodeStream runs a Decoder over r and joins its chunks.
func decodeStream(t *testing.T, r io.Reader, enc string) (string, []string, error) {
	t.Helper()
	d, err := NewDecoder(r, enc)
	if err != nil {
		t.Fatal(err)
	}
	var chunks []string
	for {
		s, err := d.Next()
		if err == io.EOF {
			return strings.Join(chunks, ""), chunks, nil
		}
		if err != nil {
			return strings.Join(chunks, ""), chunks, err
		}
		chunks = append(chunks, s)
	}
}

func TestDecoderStreams(t *testing.T) {
	line := strings.Repeat("قتل جنود في حلب، ", 20) + "\r\n"
	big := strings.Repeat(line, 2000)            // ~1.3 MB, many chunks
	long := strings.Repeat("ب ", 700_000) + "\n" // one line longer than maxLine
	le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	tests := []struct {
		name string
		in   []byte
		enc  string
		want string
	}{
		{"utf-8 lines", []byte(big), "", strings.ReplaceAll(big, "\r\n", "\n")},
		{"utf-8 long line", []byte(long), "", long},
		{"windows-1256 lines", encode(t, charmap.Windows1256, big), "", strings.ReplaceAll(big, "\r\n", "\n")},
		{"utf-16 lines", encode(t, le, big), "", strings.ReplaceAll(big, "\r\n", "\n")},
		{"utf-16 long line", encode(t, le, long), "", long},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, r := range []io.Reader{bytes.NewReader(tc.in), iotest.OneByteReader(bytes.NewReader(tc.in[:min(len(tc.in), 200_000)]))} {
				want := tc.want
				if len(tc.in) > 200_000 {
					if _, ok := r.(*bytes.Reader); !ok {
						want, _ = Decode(tc.in[:200_000], tc.enc)
					}
				}
				got, chunks, err := decodeStream(t, r, tc.enc)
				if err != nil {
					t.Fatalf("stream: %v", err)
				}
				if got != want {
					t.Fatalf("stream differs: %d bytes, want %d", len(got), len(want))
				}
				for _, c := range chunks[:max(len(chunks)-1, 0)] {
					if c[len(c)-1] != '\n' && c[len(c)-1] != ' ' {
						t.Errorf("chunk ends with %q, not a line break or space", c[len(c)-10:])
					}
				}
			}
		})
	}
}

func TestDecoderErrorOffsetLate(t *testing.T) {
	in := []byte(strings.Repeat("قتل جنود في حلب\n", 10_000) + "x\xFF")
	got, _, err := decodeStream(t, bytes.NewReader(in), "")
	var de *DecodeError
	if !errors.As(err, &de) || de.Offset != len(in)-1 {
		t.Fatalf("error %v, want *DecodeError at %d", err, len(in)-1)
	}
	if !strings.HasPrefix(string(in), got) {
		t.Errorf("text before the error is not a prefix of the input")
	}
}

func TestValidUTF8(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"empty", ""}, {"ascii", "abc"}, {"arabic", "قتل"}, {"three bytes", "€…"}, {"four bytes", "😀"},
		{"lone continuation", "a\x80"}, {"truncated two-byte", "\xD9"}, {"overlong", "\xC0\x80"},
		{"surrogate", "\xED\xA0\x80"}, {"too large", "\xF4\x90\x80\x80"}, {"lead then ascii", "\xD9a"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := validUTF8([]byte(tc.in)), utf8.ValidString(tc.in); got != want {
				t.Errorf("validUTF8(%q) = %v, want %v", tc.in, got, want)
			}
		})
	}
}

func TestDecoderEncoding(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		enc  string
		want string
	}{
		{"utf-8 detected", []byte("حلب"), "", "UTF-8"},
		{"windows-1256 detected", encode(t, charmap.Windows1256, arabicSample), "", "windows-1256"},
		{"utf-16be from bom", encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "ab"), "", "UTF-16BE"},
		{"forced", []byte("ab"), "cp1256", "windows-1256"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := NewDecoder(bytes.NewReader(tc.in), tc.enc)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := d.Next(); err != nil {
				t.Fatal(err)
			}
			if got := d.Encoding(); got != tc.want {
				t.Errorf("Encoding() = %q, want %q", got, tc.want)
			}
		})
	}
}
