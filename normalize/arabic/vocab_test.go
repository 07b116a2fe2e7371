package arabic

import (
	"bufio"
	"os"
	"path/filepath"
	"testing"
)

// vocabDir is where the Snowball reference vocabulary lives: by default the
// shared data folder next to the module root, relative to this package (a
// sample of the snowball-data files, see its README.md); the environment
// variable RASD_SNOWBALL_ARABIC names another folder, e.g. one holding the
// full 9.2 million words. (Read at test time, not in init, so that go test's
// cache sees the variable.)
func vocabDir() string {
	if dir := os.Getenv("RASD_SNOWBALL_ARABIC"); dir != "" {
		return dir
	}
	return filepath.Join("..", "..", "..", "shared", "data", "snowball-arabic")
}

// readLines returns the lines of a file, or skips the test when it is absent.
func readLines(tb testing.TB, name string) []string {
	tb.Helper()
	path := filepath.Join(vocabDir(), name)
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		tb.Skipf("Snowball Arabic vocabulary not found at %s: put voc.txt and output.txt from snowball-data (arabic/) there, or name their folder in RASD_SNOWBALL_ARABIC, to run this test", path)
	}
	if err != nil {
		tb.Fatalf("open vocabulary: %v", err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("read %s: %v", path, err)
	}
	return lines
}

// TestVocabulary checks Stem against the Snowball reference vocabulary: every
// input word in voc.txt must stem to the word on the same line of output.txt.
func TestVocabulary(t *testing.T) {
	in := readLines(t, "voc.txt")
	want := readLines(t, "output.txt")
	if len(in) != len(want) {
		t.Fatalf("voc.txt has %d lines, output.txt %d: the files must be line-aligned", len(in), len(want))
	}
	var s Stemmer
	bad := 0
	for i, word := range in {
		if got := s.Stem(word); got != want[i] {
			bad++
			if bad <= 20 {
				t.Errorf("line %d: Stem(%q) = %q, want %q", i+1, word, got, want[i])
			}
		}
	}
	t.Logf("%d of %d vocabulary words agree with Snowball", len(in)-bad, len(in))
	if bad > 0 {
		t.Errorf("%d of %d words disagree", bad, len(in))
	}
}
