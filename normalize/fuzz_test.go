package normalize

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"", "قتل 26 عنصرا في البوكمال، بحسب أ.ف.ب.",
	"وَٱلْمُؤْتَمَرُ فِى ٱلْمَدِينَةِ ٢٬٥٠٠ ٣٫٥ ﻻ ﷺ ﹰ",
	"كانون الثاني/يناير 2017.وتقول U.S. Army – — ‐ -",
	"\u200Fحلب\u200E\u00A0«حمص»؛ لماذا؟\r\n",
	"a\xffb\xD9", "للحشد وبالبوكمال سيقوم", "\uFEFF\u202Bx\u202C",
}

// checkText checks the invariants of a folded text and its tokens.
func checkText(t *testing.T, s string, o Options) {
	f := Fold(s, o)
	if got := string(AppendFold(nil, s, o)); got != f.Norm {
		t.Fatalf("AppendFold %q != Fold %q", got, f.Norm)
	}
	if n := utf8.RuneCountInString(s); f.OriginalLen() != n {
		t.Fatalf("OriginalLen %d, want %d", f.OriginalLen(), n)
	}
	if !utf8.ValidString(f.Norm) {
		t.Fatalf("Norm %q is not valid UTF-8", f.Norm)
	}
	prevStart, prevEnd := 0, 0
	for i := 0; i < f.Len(); i++ {
		a, b := f.Span(i, i+1)
		if a < prevStart || b < prevEnd || a >= b || b > f.OriginalLen() {
			t.Fatalf("rune %d: span [%d,%d) after [%d,%d) in %d", i, a, b, prevStart, prevEnd, f.OriginalLen())
		}
		prevStart, prevEnd = a, b
	}
	if again := Fold(f.Norm, o).Norm; again != f.Norm {
		t.Fatalf("not idempotent: %q then %q", f.Norm, again)
	}
	var runes []rune
	valid := utf8.ValidString(s)
	if valid {
		runes = []rune(s)
	}
	norm := []rune(f.Norm)
	toks := Tokenize(f)
	prev := Token{}
	for _, tk := range toks {
		if tk.Start > tk.End || tk.Start < prev.Start || tk.NormStart < prev.NormEnd || tk.NormStart >= tk.NormEnd {
			t.Fatalf("token %+v after %+v", tk, prev)
		}
		if string(norm[tk.NormStart:tk.NormEnd]) != tk.Norm {
			t.Fatalf("token %+v: Norm runes are %q", tk, string(norm[tk.NormStart:tk.NormEnd]))
		}
		if valid && f.Surface(tk.Start, tk.End) != string(runes[tk.Start:tk.End]) {
			t.Fatalf("token %+v: Surface %q, code points %q", tk, f.Surface(tk.Start, tk.End), string(runes[tk.Start:tk.End]))
		}
		for _, c := range AppendClitics(nil, tk.Norm) {
			if c.Key == "" || c.Skip < 0 || c.Skip > utf8.RuneCountInString(tk.Norm) {
				t.Fatalf("token %q: candidate %+v", tk.Norm, c)
			}
			// the future particle is the last proclitic where it is one
			// (the gazetteer skips such readings by that)
			if strings.Contains(c.Proclitics, "س") != strings.HasSuffix(c.Proclitics, "س") {
				t.Fatalf("token %q: candidate %+v has the future particle before another proclitic", tk.Norm, c)
			}
		}
		prev = tk
	}
	last := 0
	for _, s := range Sentences(toks) {
		if s.First != last || s.Last <= s.First || s.Start > s.End {
			t.Fatalf("sentence %+v after token %d", s, last)
		}
		last = s.Last
	}
	if last != len(toks) {
		t.Fatalf("sentences cover %d of %d tokens", last, len(toks))
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, uint16(Clean))
	}
	f.Add("ISIS ﻷ", uint16(Match))
	f.Fuzz(func(t *testing.T, s string, o uint16) {
		checkText(t, s, Options(o))
	})
}

// FuzzResetInPlace checks that folding into a reused Text, over the memory
// of an earlier text, gives what Fold gives.
func FuzzResetInPlace(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "قصف الطيران الروسي")
	}
	f.Fuzz(func(t *testing.T, s, earlier string) {
		var x Text
		x.ResetInPlace(earlier, Match)
		x.ResetInPlace(s, Match)
		if want := Fold(s, Match); x.Norm != want.Norm || x.Len() != want.Len() {
			t.Fatalf("%q after %q: ResetInPlace gives %q, Fold %q", s, earlier, x.Norm, want.Norm)
		}
	})
}

func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkText(t, s, Match)
		checkText(t, s, 0)
	})
}

func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s), "")
	}
	f.Add([]byte("\xFF\xFEa\x00\r\x00\n\x00"), "")
	f.Add([]byte("\xC7\xE1\xD1\xDE\xC9\r\n"), "")
	f.Add([]byte("\xC7\xE1\xA1"), "iso-8859-6")
	f.Fuzz(func(t *testing.T, b []byte, enc string) {
		if validUTF8(b) != utf8.Valid(b) {
			t.Fatalf("validUTF8(%q) = %v", b, validUTF8(b))
		}
		s, err := Decode(b, enc)
		if s2, err2 := DecodeInPlace(bytes.Clone(b), enc); s2 != s || (err2 == nil) != (err == nil) {
			t.Fatalf("DecodeInPlace gives %q, %v; Decode %q, %v", s2, err2, s, err)
		}
		d, derr := NewDecoder(iotest.HalfReader(bytes.NewReader(b)), enc)
		if derr != nil {
			if err == nil {
				t.Fatalf("NewDecoder fails (%v), Decode does not", derr)
			}
			return
		}
		var streamed []byte
		var serr error
		for {
			chunk, e := d.Next()
			if e != nil {
				if e != io.EOF {
					serr = e
				}
				break
			}
			streamed = append(streamed, chunk...)
		}
		var de, sde *DecodeError
		if errors.As(err, &de) != errors.As(serr, &sde) || (de != nil && de.Offset != sde.Offset) {
			t.Fatalf("Decode error %v, streamed error %v", err, serr)
		}
		if de != nil && (de.Offset < 0 || de.Offset >= len(b)) {
			t.Fatalf("error offset %d outside %d bytes", de.Offset, len(b))
		}
		if err != nil {
			return
		}
		if serr != nil || string(streamed) != s {
			t.Fatalf("streamed %q (%v), Decode %q", streamed, serr, s)
		}
		if !utf8.ValidString(s) || bytes.IndexByte([]byte(s), '\r') >= 0 {
			t.Fatalf("Decode gave %q", s)
		}
	})
}
