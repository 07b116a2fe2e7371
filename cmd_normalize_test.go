package main

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// cliCase is one in-process run of rasd.
type cliCase struct {
	name       string
	args       []string // after "rasd"; "$DIR" is replaced by the test's folder
	stdin      string
	wantOut    []string // substrings of stdout, or exactly "" when wantEmpty
	wantEmpty  bool
	notOut     []string // substrings stdout must not hold
	wantErr    []string // substrings of stderr
	wantStatus int
}

// textFiles writes the inputs the CLI cases read and returns their folder.
func textFiles(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	cp1256, err := charmap.Windows1256.NewEncoder().String("قتل جنديان في حلب، وأصيب آخرون.\r\n")
	if err != nil {
		t.Fatal(err)
	}
	iso, err := charmap.ISO8859_6.NewEncoder().String("حمص؟\n")
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String("درعا ٣\n")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"good.txt":   "أَحْمَد في ٱلمدينة ١٬٥٠٠\n",
		"cp1256.txt": cp1256,
		"iso.txt":    iso,
		"utf16.txt":  utf16,
		"bad.txt":    "قتل جنود \xff\xfe في حلب\n",
		"empty.txt":  "",
		"bom.txt":    "\xEF\xBB\xBFبغداد\r\nحلب",
		"binary.bin": "PK\x03\x04\x00\x00\x00",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func runCases(t *testing.T, tests []cliCase) {
	dir := textFiles(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"rasd"}
			for _, a := range tc.args {
				args = append(args, strings.ReplaceAll(a, "$DIR", dir))
			}
			var stdout, stderr bytes.Buffer
			status := run(args, strings.NewReader(tc.stdin), &stdout, &stderr)
			out, errs := strings.ReplaceAll(stdout.String(), dir, "$DIR"), strings.ReplaceAll(stderr.String(), dir+"/", "")
			if status != tc.wantStatus {
				t.Errorf("%q: exit %d, want %d; stderr %q", tc.args, status, tc.wantStatus, errs)
			}
			if tc.wantEmpty && out != "" {
				t.Errorf("%q: stdout %q, want empty", tc.args, out)
			}
			for _, w := range tc.wantOut {
				if !strings.Contains(out, w) {
					t.Errorf("%q: stdout %q lacks %q", tc.args, out, w)
				}
			}
			for _, w := range tc.notOut {
				if strings.Contains(out, w) {
					t.Errorf("%q: stdout %q holds %q", tc.args, out, w)
				}
			}
			for _, w := range tc.wantErr {
				if !strings.Contains(errs, w) {
					t.Errorf("%q: stderr %q lacks %q", tc.args, errs, w)
				}
			}
			if len(tc.wantErr) == 0 && errs != "" {
				t.Errorf("%q: unexpected stderr %q", tc.args, errs)
			}
		})
	}
}

func TestNormalizeCommand(t *testing.T) {
	in := "وَٱلْمُؤْتَمَرُ فِى ٱلْمَدِينَةِ عـــاجل ٢٠١٧ ISIS\n"
	runCases(t, []cliCase{
		{name: "default clean", args: []string{"normalize"}, stdin: in,
			wantOut: []string{"والموتمر في المدينه عاجل 2017 ISIS\n"}},
		{name: "dash is stdin", args: []string{"normalize", "-"}, stdin: in,
			wantOut: []string{"والموتمر في المدينه عاجل 2017 ISIS\n"}},
		{name: "match lowers latin", args: []string{"normalize", "--match"}, stdin: in,
			wantOut: []string{"2017 isis\n"}},
		{name: "keep diacritics", args: []string{"normalize", "--keep-diacritics"}, stdin: "مُحَمَّد\n",
			wantOut: []string{"مُحَمَّد\n"}},
		{name: "keep tatweel", args: []string{"normalize", "--keep-tatweel"}, stdin: "عـاجل\n",
			wantOut: []string{"عـاجل\n"}},
		{name: "keep digits", args: []string{"normalize", "--keep-digits"}, stdin: "٢٬٥٠٠\n",
			wantOut: []string{"٢٬٥٠٠\n"}},
		{name: "keep hamza", args: []string{"normalize", "--keep-hamza"}, stdin: "أإآؤئ\n",
			wantOut: []string{"أإآؤئ\n"}},
		{name: "keep ta marbuta", args: []string{"normalize", "--keep-ta-marbuta"}, stdin: "مدينة\n",
			wantOut: []string{"مدينة\n"}},
		{name: "keep alef maqsura", args: []string{"normalize", "--keep-alef-maqsura"}, stdin: "مستشفى\n",
			wantOut: []string{"مستشفى\n"}},
		{name: "match with keep subtracts", args: []string{"normalize", "--match", "--keep-hamza"}, stdin: "أحمد ISIS\n",
			wantOut: []string{"أحمد isis\n"}},
		{name: "windows-1256 detected", args: []string{"normalize", "$DIR/cp1256.txt"},
			wantOut: []string{"قتل جنديان في حلب، واصيب اخرون.\n"}, notOut: []string{"\r"}},
		{name: "windows-1256 forced", args: []string{"normalize", "--encoding", "windows-1256", "$DIR/cp1256.txt"},
			wantOut: []string{"قتل جنديان في حلب"}},
		{name: "iso-8859-6 forced", args: []string{"normalize", "-e", "iso-8859-6", "$DIR/iso.txt"},
			wantOut: []string{"حمص؟\n"}},
		{name: "utf-16 with bom", args: []string{"normalize", "$DIR/utf16.txt"},
			wantOut: []string{"درعا 3\n"}},
		{name: "bom stripped and crlf", args: []string{"normalize", "$DIR/bom.txt"},
			wantOut: []string{"بغداد\nحلب"}, notOut: []string{"\uFEFF", "\r"}},
		{name: "bad bytes reported with offset, others still run",
			args:    []string{"normalize", "$DIR/bad.txt", "$DIR/good.txt"},
			wantOut: []string{"احمد في المدينه 1,500\n"},
			wantErr: []string{"rasd: bad.txt: invalid UTF-8 at byte 16 (try --encoding windows-1256)\n"}, wantStatus: exitFailed},
		{name: "missing file", args: []string{"normalize", "$DIR/nope.txt", "$DIR/good.txt"},
			wantOut: []string{"احمد"}, wantErr: []string{"rasd: nope.txt: no such file or directory"}, wantStatus: exitFailed},
		{name: "binary file", args: []string{"normalize", "$DIR/binary.bin"},
			wantErr: []string{"rasd: binary.bin: binary data, not text"}, wantStatus: exitFailed},
		{name: "folder is not a file", args: []string{"normalize", "$DIR"},
			wantErr: []string{"is a directory"}, wantStatus: exitFailed},
		{name: "empty file", args: []string{"normalize", "$DIR/empty.txt"}, wantEmpty: true},
		{name: "empty stdin", args: []string{"normalize"}, wantEmpty: true},
		{name: "unknown encoding is a usage error", args: []string{"normalize", "--encoding", "ebcdic"},
			wantErr: []string{`unknown encoding "ebcdic"`}, wantStatus: exitUsage},
		{name: "help has examples", args: []string{"normalize", "--help"},
			wantOut: []string{"EXAMPLES:", "--keep-ta-marbuta", "--match"}},
	})
}

// tokenLine is one line of `rasd tokens` output.
type tokenLine struct {
	Doc     string   `json:"doc"`
	Text    string   `json:"text"`
	Norm    string   `json:"norm"`
	Kind    string   `json:"kind"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Stem    *string  `json:"stem"`
	Clitics []string `json:"clitics"`
}

// parseTokens decodes `rasd tokens` output strictly.
func parseTokens(t *testing.T, out string) []tokenLine {
	t.Helper()
	var toks []tokenLine
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		var tl tokenLine
		if err := dec.Decode(&tl); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		toks = append(toks, tl)
	}
	return toks
}

func TestTokensCommand(t *testing.T) {
	runCases(t, []cliCase{
		{name: "json lines", args: []string{"tokens"}, stdin: "قتل 1,500 شخص.\n",
			wantOut: []string{
				`{"doc":"-","text":"قتل","norm":"قتل","kind":"word","start":0,"end":3}` + "\n",
				`{"doc":"-","text":"1,500","norm":"1,500","kind":"number","start":4,"end":9}` + "\n",
				`{"doc":"-","text":".","norm":".","kind":"punct","start":13,"end":14}` + "\n"}},
		{name: "clitics", args: []string{"tokens", "--clitics"}, stdin: "وبالبوكمال 5",
			wantOut: []string{`"clitics":["وبالبوكمال","و+بالبوكمال","و+ب+البوكمال","و+ب+ال+بوكمال"]}`,
				`"kind":"number","start":11,"end":12}`}},
		{name: "stem", args: []string{"tokens", "--stem"}, stdin: "المدينة",
			wantOut: []string{`"stem":"`}},
		{name: "surface keeps diacritics, norm folds", args: []string{"tokens"}, stdin: "مُحَمَّدٌ ISIS",
			wantOut: []string{`"text":"مُحَمَّدٌ","norm":"محمد","kind":"word","start":0,"end":9`,
				`"text":"ISIS","norm":"isis","kind":"latin"`}},
		{name: "json escaping", args: []string{"tokens"}, stdin: "\"\\\x01",
			wantOut: []string{`"text":"\"","norm":"\""`, `"text":"\\"`, `"text":"\u0001"`}},
		{name: "doc names and per-file offsets", args: []string{"tokens", "$DIR/good.txt", "$DIR/cp1256.txt"},
			wantOut: []string{`{"doc":"$DIR/good.txt","text":"أَحْمَد","norm":"احمد","kind":"word","start":0,"end":7}`,
				`"doc":"$DIR/cp1256.txt","text":"قتل","norm":"قتل","kind":"word","start":0,"end":3}`}},
		{name: "bad file", args: []string{"tokens", "$DIR/bad.txt", "$DIR/good.txt"},
			wantOut: []string{`"norm":"1,500"`},
			wantErr: []string{"rasd: bad.txt: invalid UTF-8 at byte 16 (try --encoding windows-1256)"}, wantStatus: exitFailed},
		{name: "empty input", args: []string{"tokens"}, wantEmpty: true},
		{name: "help has examples", args: []string{"tokens", "--help"}, wantOut: []string{"EXAMPLES:", "--clitics", "--stem"}},
	})
}

// TestTokensOffsets checks that text == document[start:end] in code points
// for every token, across chunk boundaries of a large input.
func TestTokensOffsets(t *testing.T) {
	line := "قُتل ١٢ شخصاً، وأصيب 3.5 آخرون في «حلب» يوم 2017.وتقول U.S. ﻻ\r\n"
	in := strings.Repeat(line, 3000) // about 300 KB: several chunks
	var stdout, stderr bytes.Buffer
	if status := run([]string{"rasd", "tokens", "--clitics", "--stem"}, strings.NewReader(in), &stdout, &stderr); status != 0 {
		t.Fatalf("exit %d: %s", status, stderr.String())
	}
	doc := []rune(strings.ReplaceAll(in, "\r\n", "\n"))
	toks := parseTokens(t, stdout.String())
	if want := 3000 * 20; len(toks) != want {
		t.Errorf("%d tokens, want %d", len(toks), want)
	}
	prev := -1
	for _, tk := range toks {
		if tk.Start < prev || tk.End > len(doc) || string(doc[tk.Start:tk.End]) != tk.Text {
			t.Fatalf("token %+v: document has %q there", tk, string(doc[tk.Start:min(tk.End, len(doc))]))
		}
		if (tk.Kind == "word") != (tk.Stem != nil) || (tk.Kind == "word") != (len(tk.Clitics) > 0) {
			t.Fatalf("token %+v: stem and clitics only on words", tk)
		}
		prev = tk.Start
	}
}

func TestAppendJSONString(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"arabic", "قتل"},
		{"quote and backslash", `a"b\c`},
		{"controls", "\x00\x01\t\n\r\x1f\x7f"},
		{"html stays raw", "<a&b>"},
		{"line separators", "\u2028\u2029"},
		{"invalid utf-8", "a\xffb"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := appendJSONString(nil, tc.in)
			var back string
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("%q gave %s: %v", tc.in, b, err)
			}
			want := strings.ToValidUTF8(tc.in, "\uFFFD")
			if back != want {
				t.Errorf("%q gave %s, which reads back as %q", tc.in, b, back)
			}
		})
	}
}

func TestDecodeInput(t *testing.T) {
	s, err := decodeInput(strings.NewReader("حلب\r\nحمص"), "x.txt", "")
	if err != nil || s != "حلب\nحمص" {
		t.Errorf("decodeInput = %q, %v", s, err)
	}
	_, err = decodeInput(strings.NewReader("ab\xffc"), "news/x.txt", "utf-8")
	if err == nil || err.Error() != "news/x.txt: invalid UTF-8 at byte 2" {
		t.Errorf("decodeInput error %v", err)
	}
}

// benchCorpus returns about 4 MB of Arabic news text: the evaluation
// articles when present (../shared/eval/dev), else a sample written for the
// tests.
func benchCorpus(b *testing.B) []byte {
	b.Helper()
	var one []byte
	paths, _ := filepath.Glob(filepath.Join("..", "shared", "eval", "dev", "*.txt"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			one = append(append(one, data...), '\n')
		}
	}
	if len(one) == 0 {
		one = []byte(strings.Repeat("قُتل ١٢ شخصاً، وأصيب 3.5 آخرون في «حلب» يوم 2017.وتقول وكالة أ.ف.ب إن الحشد الشعبي نفذ عملية في البوكمال.\n", 50))
	}
	return bytes.Repeat(one, 4<<20/len(one)+1)
}

func BenchmarkCommands(b *testing.B) {
	in := benchCorpus(b)
	for _, bc := range []struct {
		name string
		args []string
	}{
		{"normalize", []string{"rasd", "normalize"}},
		{"tokens", []string{"rasd", "tokens"}},
		{"tokens-clitics", []string{"rasd", "tokens", "--clitics"}},
		{"tokens-stem", []string{"rasd", "tokens", "--stem"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				if status := run(bc.args, bytes.NewReader(in), io.Discard, io.Discard); status != 0 {
					b.Fatalf("exit %d", status)
				}
			}
		})
	}
}

func TestAppendUint(t *testing.T) {
	ns := []int{0, 7, 10, 99, 100, 101, 999, 1000, 12345, 1<<31 - 1, math.MaxInt}
	if big := uint64(1)<<62 + 12345; math.MaxInt > 1<<31-1 {
		ns = append(ns, int(big)) // where int has 64 bits
	}
	for _, n := range ns {
		if got, want := string(appendUint(nil, n)), strconv.Itoa(n); got != want {
			t.Errorf("appendUint(%d) = %q", n, got)
		}
	}
}

// failingWriter fails every write, like a closed pipe.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestOutputErrorStops(t *testing.T) {
	for _, cmd := range []string{"normalize", "tokens"} {
		t.Run(cmd, func(t *testing.T) {
			var stderr bytes.Buffer
			in := strings.Repeat("قتل جنود في حلب\n", 20_000)
			status := run([]string{"rasd", cmd, "-", "-"}, strings.NewReader(in), failingWriter{}, &stderr)
			if status != exitFailed || strings.Count(stderr.String(), "writing output") != 1 {
				t.Errorf("exit %d, stderr %q; want exit 1 and one write error", status, stderr.String())
			}
		})
	}
}
