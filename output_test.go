package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// temps lists the temporary files left in dir.
func temps(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, ".*.tmp*"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestAtomicFile(t *testing.T) {
	tests := []struct {
		name   string
		old    string // content of the target before, "" for none
		commit bool
		// breakTarget makes the rename fail by putting a folder where the
		// file goes.
		breakTarget bool
		wantErr     bool
		want        string // the target's content after
	}{
		{name: "new file", commit: true, want: "new"},
		{name: "replaces", old: "old", commit: true, want: "new"},
		{name: "abort leaves the old file", old: "old", want: "old"},
		{name: "abort creates nothing"},
		{name: "failed rename removes the temporary file", commit: true, breakTarget: true, wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "out.jsonl")
			if tc.old != "" {
				if err := os.WriteFile(path, []byte(tc.old), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			f, err := createAtomic(path)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.WriteString("new"); err != nil {
				t.Fatal(err)
			}
			if got, _ := os.ReadFile(path); string(got) != tc.old {
				t.Errorf("target changed before commit: %q", got)
			}
			if tc.breakTarget {
				if err := os.Mkdir(path, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(path, "x"), nil, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if tc.commit {
				err = f.commit()
			}
			f.abort() // after commit: nothing
			if (err != nil) != tc.wantErr {
				t.Fatalf("commit error = %v, want error %v", err, tc.wantErr)
			}
			if left := temps(t, dir); len(left) > 0 {
				t.Errorf("temporary files left: %q", left)
			}
			if tc.breakTarget {
				return
			}
			got, err := os.ReadFile(path)
			if tc.want == "" {
				if !os.IsNotExist(err) {
					t.Errorf("target exists: %q, %v", got, err)
				}
				return
			}
			if string(got) != tc.want {
				t.Errorf("target = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestAtomicFileKeepsMode(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.csv")
	if err := os.WriteFile(path, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	f, err := createAtomic(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.commit(); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640", fi.Mode().Perm())
	}
}

func TestCreateAtomicErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, path, want string
	}{
		{"folder", dir, "is a directory"},
		{"missing folder", filepath.Join(dir, "no", "x.jsonl"), "no such file or directory"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := createAtomic(tc.path)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("createAtomic(%q) error = %v, want %q", tc.path, err, tc.want)
			}
		})
	}
}
