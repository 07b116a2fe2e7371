//go:build unix

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestAtLeastInputs checks the quick count that decides whether a run asks
// for huge pages: files and folders' first entries are counted, a JSONL
// stream is many, and a FIFO is not opened (that would block).
func TestAtLeastInputs(t *testing.T) {
	dir := t.TempDir()
	big, small := filepath.Join(dir, "big"), filepath.Join(dir, "small")
	for _, d := range []string{big, small} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 40 {
		if err := os.WriteFile(filepath.Join(big, fmt.Sprintf("%02d.txt", i)), []byte("نص"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 3 {
		if err := os.WriteFile(filepath.Join(small, fmt.Sprintf("%d.txt", i)), []byte("نص"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	files := func(n int) []string {
		var out []string
		for i := range n {
			out = append(out, filepath.Join(big, fmt.Sprintf("%02d.txt", i)))
		}
		return out
	}
	tests := []struct {
		name string
		args []string
		mode string
		want bool
	}{
		{"stdin", nil, inputText, false},
		{"jsonl stdin", nil, inputJSONL, true},
		{"one file", files(1), inputText, false},
		{"31 files", files(31), inputText, false},
		{"32 files", files(32), inputText, true},
		{"big folder", []string{big}, inputText, true},
		{"small folder", []string{small}, inputText, false},
		{"small folder and 29 files", append([]string{small}, files(29)...), inputText, true},
		{"missing paths count", append(files(31), filepath.Join(dir, "missing")), inputText, true},
		{"fifo", []string{fifo}, inputText, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := atLeastInputs(tt.args, tt.mode, 32); got != tt.want {
				t.Errorf("atLeastInputs(%d args, %s) = %v, want %v", len(tt.args), tt.mode, got, tt.want)
			}
		})
	}
}
