package normalize

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the actual output")

// TestGolden tokenizes each testdata/*.txt and compares tokens (kind, norm,
// offsets, surface, clitic candidates) and sentences with testdata/*.golden.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no testdata/*.txt: %v", err)
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			s, err := Decode(raw, "")
			if err != nil {
				t.Fatal(err)
			}
			got := render(s)
			golden := strings.TrimSuffix(p, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
				for i := range min(len(gl), len(wl)) {
					if gl[i] != wl[i] {
						t.Fatalf("%s line %d:\n got  %s\n want %s\n(run go test -update after checking)", golden, i+1, gl[i], wl[i])
					}
				}
				t.Fatalf("%s: %d lines, want %d", golden, len(gl), len(wl))
			}
		})
	}
}

// render lists the sentences and tokens of s, one token a line.
func render(s string) string {
	f := Fold(s, Match)
	toks := Tokenize(f)
	var b strings.Builder
	for _, sen := range Sentences(toks) {
		fmt.Fprintf(&b, "# sentence [%d,%d) %q\n", sen.Start, sen.End, f.Surface(sen.Start, sen.End))
		for _, tk := range toks[sen.First:sen.Last] {
			fmt.Fprintf(&b, "%s\t%s\t%d\t%d\t%q", tk.Kind, tk.Norm, tk.Start, tk.End, f.Surface(tk.Start, tk.End))
			if tk.Kind == Word {
				var cs []string
				for _, c := range Clitics(tk.Norm) {
					cs = append(cs, c.String())
				}
				fmt.Fprintf(&b, "\t%s", strings.Join(cs, " "))
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}
