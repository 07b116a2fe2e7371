package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"rasd/extract"
	"rasd/gazetteer"
)

// demoText reads the canonical demo article.
func demoText(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "bukamal.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// demoStream returns n JSONL records of the demo article.
func demoStream(tb testing.TB, n int) []byte {
	text := demoText(tb)
	var buf bytes.Buffer
	for i := range n {
		b, err := json.Marshal(map[string]any{"id": fmt.Sprintf("a%d", i), "text": text, "date": "2020-03-12"})
		if err != nil {
			tb.Fatal(err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

// epipeWriter fails like a pipe whose reader went away, after n bytes.
type epipeWriter struct{ n int }

func (w *epipeWriter) Write(p []byte) (int, error) {
	if len(p) <= w.n {
		w.n -= len(p)
		return len(p), nil
	}
	n := w.n
	w.n = 0
	return n, &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}
}

// errWriter fails every write.
type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

func TestRunOutputErrors(t *testing.T) {
	stream := demoStream(t, 200)
	tests := []struct {
		name       string
		out        io.Writer
		code       int
		wantStderr string
	}{
		{"broken pipe ends quietly", &epipeWriter{n: 1000}, exitOK, ""},
		{"broken pipe at once", &epipeWriter{}, exitOK, ""},
		{"full disk is an error", errWriter{}, exitFailed, "rasd: writing output: no space left on device\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			code := run([]string{"rasd", "extract", "-j", "2", "--input", "jsonl"}, bytes.NewReader(stream), tc.out, &stderr)
			if code != tc.code || stderr.String() != tc.wantStderr {
				t.Errorf("exit %d, stderr %q; want %d, %q", code, stderr.String(), tc.code, tc.wantStderr)
			}
		})
	}
}

func TestRunInProcess(t *testing.T) {
	text := demoText(t)
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stdout string // a substring of stdout
		stderr string // a substring of stderr
	}{
		{"stdin", []string{"extract", "--date", "2020-03-12"}, text, exitOK, `{"doc":"-","type":`, ""},
		{"usage", []string{"extract", "--date", "x"}, "", exitUsage, "", "rasd: invalid --date \"x\""},
		{"unknown command", []string{"extrakt"}, "", exitUsage, "", "extrakt"},
		{"version", []string{"--version"}, "", exitOK, "rasd version", ""},
		{"bad record", []string{"extract", "-i", "jsonl"}, "{\n", exitFailed, "", "rasd: -:1: invalid JSON"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"rasd"}, tc.args...), strings.NewReader(tc.stdin), &stdout, &stderr)
			if code != tc.code || !strings.Contains(stdout.String(), tc.stdout) || !strings.Contains(stderr.String(), tc.stderr) {
				t.Errorf("rasd %q: exit %d\nstdout %.200q\nstderr %q\nwant exit %d, stdout with %q, stderr with %q",
					tc.args, code, stdout.String(), stderr.String(), tc.code, tc.stdout, tc.stderr)
			}
		})
	}
}

func TestWalker(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b/2.txt", "b/1.txt", "a.txt", "c.md", ".h/x.txt", ".x.txt", "z/skip/3.txt"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(dir, filepath.Join(dir, "b", "loop")); err != nil {
		t.Fatal(err)
	}
	rel := func(p string) string { r, _ := filepath.Rel(dir, p); return r }
	tests := []struct {
		name    string
		args    []string
		include []string
		exclude []string
		follow  bool
		want    string
	}{
		{"default", []string{dir}, []string{"*.txt"}, nil, false, "a.txt b/1.txt b/2.txt z/skip/3.txt"},
		{"exclude folder", []string{dir}, []string{"*.txt"}, []string{"skip"}, false, "a.txt b/1.txt b/2.txt"},
		{"include", []string{dir}, []string{"*.md", "1.*"}, nil, false, "b/1.txt c.md"},
		{"follow loop once", []string{dir}, []string{"*.txt"}, nil, true, "a.txt b/1.txt b/2.txt z/skip/3.txt"},
		{"files as given", []string{filepath.Join(dir, "c.md"), filepath.Join(dir, ".x.txt")}, []string{"*.txt"}, nil, false, "c.md .x.txt"},
		{"missing", []string{filepath.Join(dir, "nope")}, nil, nil, false, "nope!"},
	}
	for _, tc := range tests {
		for _, ahead := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/ahead=%v", tc.name, ahead), func(t *testing.T) {
				var got []string
				w := &walker{mode: inputText, include: tc.include, exclude: tc.exclude, follow: tc.follow,
					send: func(j job) bool {
						s := rel(j.name)
						if j.err != nil {
							s += "!"
						}
						got = append(got, s)
						return true
					}}
				if ahead {
					w.ahead = listAhead(tc.args[0])
				}
				w.run(context.Background(), tc.args)
				if strings.Join(got, " ") != tc.want {
					t.Errorf("walk = %q, want %q", strings.Join(got, " "), tc.want)
				}
			})
		}
	}
}

// TestListAhead checks that a walk reads its first folder from the listing
// made ahead, once: a file added after the listing is walked only when the
// folder is listed again.
func TestListAhead(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if l := listAhead(filepath.Join(dir, "a.txt")); l != nil {
		t.Errorf("listAhead of a file = %v, want nil", l)
	}
	if l := listAhead(filepath.Join(dir, "missing")); l != nil {
		t.Errorf("listAhead of a missing path = %v, want nil", l)
	}
	ahead := listAhead(dir)
	<-ahead.done
	if err := os.WriteFile(filepath.Join(dir, "b.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	w := &walker{mode: inputText, include: []string{"*.txt"}, ahead: ahead,
		send: func(j job) bool { got = append(got, filepath.Base(j.name)); return true }}
	w.run(context.Background(), []string{dir, dir})
	if want := "a.txt a.txt b.txt"; strings.Join(got, " ") != want {
		t.Errorf("walk = %q, want %q", strings.Join(got, " "), want)
	}
}

// BenchmarkBatch runs the whole pipeline (parse, extract, encode, write in
// order) over a JSONL stream of the demo article with 1 and 2 workers.
func BenchmarkBatch(b *testing.B) {
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	stream := demoStream(b, 50)
	for _, jobs := range []int{1, 2} {
		b.Run(fmt.Sprintf("j%d", jobs), func(b *testing.B) {
			f, err := newFormat(formatJSONL, false)
			if err != nil {
				b.Fatal(err)
			}
			bt := &batch{opt: batchOptions{mode: inputJSONL, format: f, jobs: jobs, maxLine: maxJSONLLine},
				x: extract.New(g), progress: noProgress{}, report: func(name, msg string) { b.Fatal(name, msg) }}
			b.SetBytes(int64(len(stream)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := bt.run(context.Background(), nil, bytes.NewReader(stream), bufio.NewWriter(io.Discard)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// heldWriter returns an orderedWriter over a buffer that holds at most limit
// bytes of results waiting for an earlier one, and the channel that stops
// its run.
func heldWriter(t *testing.T, limit int) (*orderedWriter, *bytes.Buffer, chan struct{}) {
	t.Helper()
	f, err := newFormat(formatJSONL, false)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	done := make(chan struct{})
	b := &batch{opt: batchOptions{format: f}, progress: noProgress{}, report: func(string, string) {}}
	o := &orderedWriter{b: b, w: bufio.NewWriter(&out), done: done, cancel: func() {}, held: make([]*result, 8),
		heldLimit: limit, slots: make(chan struct{}, 8), first: true}
	for range 8 {
		o.slots <- struct{}{}
	}
	return o, &out, done
}

// record is a result of one record, text plus a newline.
func record(text string) result {
	buf := []byte(text + "\n")
	return result{name: text, buf: &buf, ends: []int{len(buf)}}
}

// waiting reports whether a commit waits for the held results to drain.
func (o *orderedWriter) waiting() bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.drained != nil
}

// awaitHeld returns once a commit waits for the held results to drain, and
// fails the test if the commit returns, closing returned, before it does.
func awaitHeld(t *testing.T, o *orderedWriter, returned <-chan struct{}) {
	t.Helper()
	for !o.waiting() {
		select {
		case <-returned:
			t.Fatal("the commit over the limit returned before the held results were written")
		default:
			runtime.Gosched()
		}
	}
}

func TestOrderedWriterHeldBytes(t *testing.T) {
	tests := []struct {
		name  string
		limit int
		wait  bool // the commit of input 2 waits
	}{
		{"under the limit", 100, false},
		{"over the limit", 10, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o, out, _ := heldWriter(t, tc.limit)
			o.commit(1, record("second"))
			returned := make(chan struct{})
			go func() {
				o.commit(2, record("third"))
				close(returned)
			}()
			if tc.wait {
				awaitHeld(t, o, returned)
			} else {
				<-returned
				if o.waiting() {
					t.Fatal("a commit under the limit waits")
				}
			}
			o.commit(0, record("first"))
			<-returned
			o.mu.Lock()
			defer o.mu.Unlock()
			if err := o.w.Flush(); err != nil {
				t.Fatal(err)
			}
			if got, want := out.String(), "first\nsecond\nthird\n"; got != want {
				t.Errorf("wrote %q, want %q", got, want)
			}
			if o.heldBytes != 0 || o.drained != nil {
				t.Errorf("after the writes: %d bytes held, drained %v; want 0, nil", o.heldBytes, o.drained)
			}
		})
	}
}

func TestOrderedWriterHeldBytesStop(t *testing.T) {
	o, _, done := heldWriter(t, 1)
	returned := make(chan struct{})
	go func() {
		o.commit(3, record("fourth"))
		close(returned)
	}()
	awaitHeld(t, o, returned)
	close(done) // the run stops: the waiting commit returns
	<-returned
}
