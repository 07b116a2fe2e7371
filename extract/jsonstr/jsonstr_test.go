package jsonstr

import (
	"bytes"
	"encoding/json"
	"testing"
)

// pieces are strings that need every kind of escape, and some that need none.
var pieces = []string{"", "a", "قصف", "البوكمال", `"`, `\`, "<", ">", "&", "\n", "\r", "\t", "\b", "\f",
	"\x00", "\x01", "\x1f", "\x7f", "\u2028", "\u2029", "\u00e9", "€", "😀", "\xff", "\xc3", "\xe2\x82", "\xed\xa0\x80",
	"‏", "ـ", "٢٦", "/", "'", " ", "«رويترز»", "قتل \"26\" <عنصرا> & أكثر\u2028\xff"}

// marshal is what encoding/json writes for s, HTML-safe or not.
func marshal(t *testing.T, s string, html bool) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(html)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

func TestAppendMatchesEncodingJSON(t *testing.T) {
	for _, html := range []bool{true, false} {
		for _, a := range pieces {
			for _, b := range pieces {
				s := a + b
				if got, want := Append(nil, s, html), marshal(t, s, html); !bytes.Equal(got, want) {
					t.Errorf("html %v, %q:\n got %s\nwant %s", html, s, got, want)
				}
			}
		}
	}
	if got := string(AppendBody([]byte("x"), `a"b`, false)); got != `xa\"b` {
		t.Errorf("AppendBody = %s, want the escaped text without quotes after what dst held", got)
	}
}

// FuzzAppend checks the escapes against encoding/json on any bytes, both
// ways.
func FuzzAppend(f *testing.F) {
	for _, s := range pieces {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, html := range []bool{true, false} {
			if got, want := Append(nil, s, html), marshal(t, s, html); !bytes.Equal(got, want) {
				t.Fatalf("html %v, %q:\n got %s\nwant %s", html, s, got, want)
			}
		}
	})
}
