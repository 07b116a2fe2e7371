package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rasd/gazetteer"
)

// TestDevSources writes the source mentions of the annotated dev articles to
// $RASD_SOURCES_OUT (JSON Lines, as `rasd extract --mentions` prints them),
// for scoring with ../shared/eval/score.py without the CLI. It is skipped
// unless RASD_SOURCES_OUT is set.
func TestDevSources(t *testing.T) {
	out := os.Getenv("RASD_SOURCES_OUT")
	if out == "" {
		t.Skip("RASD_SOURCES_OUT is not set")
	}
	dir := filepath.Join("..", "..", "shared", "eval", "dev")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no dev articles in %s", dir)
	}
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatalf("default gazetteer: %v", err)
	}
	x := New(g)
	var b strings.Builder
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := strings.ReplaceAll(strings.TrimPrefix(string(text), "\ufeff"), "\r\n", "\n")
		res := x.Extract(Document{ID: f, Text: s})
		for _, m := range res.Mentions {
			if m.Kind != KindSource {
				continue
			}
			line, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(line)
			b.WriteByte('\n')
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
