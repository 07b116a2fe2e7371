package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDevMentions writes the number and date mentions of the annotated dev
// articles to $RASD_DEV_OUT (JSON Lines, as `rasd extract --mentions`
// prints them), for scoring with ../shared/eval/score.py without the CLI.
// It is skipped unless RASD_DEV_OUT is set.
func TestDevMentions(t *testing.T) {
	out := os.Getenv("RASD_DEV_OUT")
	if out == "" {
		t.Skip("RASD_DEV_OUT is not set")
	}
	dir := filepath.Join("..", "..", "shared", "eval", "dev")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no dev articles in %s", dir)
	}
	var b strings.Builder
	x := New(nil)
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var gold struct {
			DCT string `json:"dct"`
		}
		g, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".gold.json")
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(g, &gold); err != nil {
			t.Fatal(err)
		}
		var ref time.Time
		if gold.DCT != "" {
			ref, _ = time.Parse("2006-01-02", gold.DCT)
		}
		s := strings.ReplaceAll(strings.TrimPrefix(string(text), "\ufeff"), "\r\n", "\n")
		res := x.Extract(Document{ID: f, Text: s, Ref: ref})
		for _, m := range res.Mentions {
			if m.Kind != KindNumber && m.Kind != KindDate {
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
