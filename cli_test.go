package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/text/encoding/charmap"
)

var update = flag.Bool("update", false, "rewrite the golden parts of testdata/script/*.txtar from the actual output")

// TestMain lets the test binary run as the real rasd command inside the
// scripts: `exec rasd ...` runs a separate process with its own stdin,
// stdout, stderr, signals and exit code.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"rasd": func() { os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command-line scripts in testdata/script.
func TestScripts(t *testing.T) {
	testdata, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("testdata", "script"),
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("TESTDATA", testdata)
			env.Setenv("CI", os.Getenv("CI"))
			return nil
		},
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "root":
				return os.Geteuid() == 0, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"gen":      cmdGen,
			"jsonl":    cmdJSONL,
			"json":     cmdJSON,
			"csvrows":  cmdCSVRows,
			"memlimit": cmdMemLimit,
			"exitcode": cmdExitCode,
		},
	})
}

// demo returns the canonical demo article.
func demo(ts *testscript.TestScript) string {
	b, err := os.ReadFile(filepath.Join(ts.Getenv("TESTDATA"), "bukamal.txt"))
	ts.Check(err)
	return string(b)
}

// cmdGen writes generated inputs that are too big, or too binary, to keep in
// a txtar file:
//
//	gen jsonl N FILE       N JSONL records of the demo article, with meta
//	gen jsonl-mb MB FILE   JSONL records of the demo article, MB megabytes
//	gen folder N DIR       N copies of the demo article as DIR/NNNN.txt
//	gen mixed N DIR        N files of many lengths, some invalid UTF-8 or binary
//	gen binary FILE        bytes with NULs
//	gen cp1256 FILE        the demo article in Windows-1256
//	gen badutf8 FILE       the demo article with a stray 0xFF at byte 100
func cmdGen(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: gen KIND [N] PATH")
	}
	text := demo(ts)
	record := func(i int) []byte {
		b, err := json.Marshal(map[string]any{"id": fmt.Sprintf("a%d", i), "text": text, "n": i})
		ts.Check(err)
		return append(b, '\n')
	}
	count := func() int {
		n, err := strconv.Atoi(args[1])
		ts.Check(err)
		return n
	}
	switch args[0] {
	case "jsonl":
		var buf bytes.Buffer
		for i := range count() {
			buf.Write(record(i))
		}
		ts.Check(os.WriteFile(ts.MkAbs(args[2]), buf.Bytes(), 0o644))
	case "jsonl-mb":
		f, err := os.Create(ts.MkAbs(args[2]))
		ts.Check(err)
		w := bufio.NewWriter(f)
		for i, size := 0, 0; size < count()*1_000_000; i++ {
			n, _ := w.Write(record(i))
			size += n
		}
		ts.Check(w.Flush())
		ts.Check(f.Close())
	case "folder":
		dir := ts.MkAbs(args[2])
		ts.Check(os.MkdirAll(dir, 0o755))
		for i := range count() {
			ts.Check(os.WriteFile(filepath.Join(dir, fmt.Sprintf("%04d.txt", i)), []byte(text), 0o644))
		}
	case "mixed":
		// documents of very different lengths (so that workers finish out of
		// order), with an invalid UTF-8 file every 7th and a binary one
		// every 11th
		dir := ts.MkAbs(args[2])
		ts.Check(os.MkdirAll(dir, 0o755))
		parts := strings.SplitAfter(text, ". ")
		for i := range count() {
			var b []byte
			switch {
			case i%11 == 10:
				b = bytes.Repeat([]byte("PK\x03\x04\x00\x00\x01"), 100)
			case i%7 == 6:
				b = append([]byte(parts[0]), 0xFF)
			default:
				b = []byte(strings.Repeat(strings.Join(parts[:1+i%len(parts)], ""), 1+(i*7)%5))
			}
			ts.Check(os.WriteFile(filepath.Join(dir, fmt.Sprintf("%04d.txt", i)), b, 0o644))
		}
	case "binary":
		ts.Check(os.WriteFile(ts.MkAbs(args[1]), bytes.Repeat([]byte("PK\x03\x04\x00\x00\x01"), 100), 0o644))
	case "cp1256":
		b, err := charmap.Windows1256.NewEncoder().Bytes([]byte(text))
		ts.Check(err)
		ts.Check(os.WriteFile(ts.MkAbs(args[1]), b, 0o644))
	case "badutf8":
		b := []byte(text)
		b = append(b[:100:100], append([]byte{0xFF}, b[100:]...)...)
		ts.Check(os.WriteFile(ts.MkAbs(args[1]), b, 0o644))
	default:
		ts.Fatalf("gen: unknown kind %q", args[0])
	}
}

// cmdJSONL checks that a file (or stdout) is JSON lines, each an object:
//
//	jsonl FILE [N] [KEY...]   N lines (or any number), each with every KEY
func cmdJSONL(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 1 {
		ts.Fatalf("usage: jsonl FILE [N] [KEY...]")
	}
	data := ts.ReadFile(args[0])
	lines := strings.Split(strings.TrimSuffix(data, "\n"), "\n")
	if data == "" {
		lines = nil
	}
	if len(args) > 1 && args[1] != "*" {
		want, err := strconv.Atoi(args[1])
		ts.Check(err)
		if len(lines) != want {
			ts.Fatalf("%s: %d lines, want %d", args[0], len(lines), want)
		}
	}
	for i, l := range lines {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal([]byte(l), &obj); err != nil {
			ts.Fatalf("%s:%d: %v: %q", args[0], i+1, err, l)
		}
		if len(args) > 2 {
			for _, k := range args[2:] {
				if _, ok := obj[k]; !ok {
					ts.Fatalf("%s:%d: no %q in %q", args[0], i+1, k, l)
				}
			}
		}
	}
}

// cmdJSON checks that a file (or stdout) is one JSON value and prints its
// shape: "array N" or "FeatureCollection N".
func cmdJSON(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: json FILE")
	}
	var v any
	if err := json.Unmarshal([]byte(ts.ReadFile(args[0])), &v); err != nil {
		ts.Fatalf("%s: %v", args[0], err)
	}
	switch v := v.(type) {
	case []any:
		fmt.Fprintf(ts.Stdout(), "array %d\n", len(v))
	case map[string]any:
		fs, _ := v["features"].([]any)
		for i, f := range fs {
			g, _ := f.(map[string]any)["geometry"].(map[string]any)
			c, _ := g["coordinates"].([]any)
			if g["type"] != "Point" || len(c) != 2 {
				ts.Fatalf("feature %d: bad geometry %v", i, g)
			}
		}
		fmt.Fprintf(ts.Stdout(), "%v %d\n", v["type"], len(fs))
	default:
		ts.Fatalf("%s: not an array or object", args[0])
	}
}

// cmdCSVRows parses a CSV file (or stdout) strictly and prints "rows N
// columns M" (N without the header).
func cmdCSVRows(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: csvrows FILE")
	}
	r := csv.NewReader(strings.NewReader(ts.ReadFile(args[0])))
	rows, err := r.ReadAll()
	if err != nil {
		ts.Fatalf("%s: %v", args[0], err)
	}
	if len(rows) == 0 {
		ts.Fatalf("%s: no header", args[0])
	}
	fmt.Fprintf(ts.Stdout(), "rows %d columns %d\n", len(rows)-1, len(rows[0]))
}

// cmdMemLimit runs a command with stdout counted and discarded, fails when
// its peak resident memory exceeds MB megabytes, and prints "lines N":
//
//	memlimit MB rasd ARGS...
func cmdMemLimit(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: memlimit MB COMMAND [ARGS...]")
	}
	limit, err := strconv.Atoi(args[0])
	ts.Check(err)
	if raceDetector {
		limit *= 10 // the bound is checked by the same test without -race
	}
	path, err := exec.LookPath(args[1]) // testscript.Main put rasd on PATH
	ts.Check(err)
	cmd := exec.Command(path, args[2:]...)
	cmd.Dir = ts.Getenv("WORK")
	cmd.Env = append(os.Environ(), "PWD="+cmd.Dir)
	out, err := cmd.StdoutPipe()
	ts.Check(err)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	ts.Check(cmd.Start())
	lines := 0
	br := bufio.NewReaderSize(out, 1<<20)
	for {
		_, err := br.ReadSlice('\n')
		if err == nil {
			lines++
			continue
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != io.EOF {
			ts.Check(err)
		}
		break
	}
	if err := cmd.Wait(); err != nil {
		ts.Fatalf("%s: %v\n%s", args[1], err, stderr.String())
	}
	if rss, ok := peakRSS(cmd.ProcessState); !ok {
		ts.Logf("the peak memory of %s is not known on this system: not checked", args[1])
	} else if rss>>20 > int64(limit) {
		ts.Fatalf("%s used %d MB at peak, more than %d MB", args[1], rss>>20, limit)
	}
	fmt.Fprintf(ts.Stdout(), "lines %d\n", lines)
}

// cmdExitCode runs a command like exec, keeping its stdout and stderr for
// the next commands, and checks its exit code:
//
//	exitcode N rasd ARGS...
func cmdExitCode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exitcode N COMMAND [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("%s: %v", args[1], err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with %d, want %d", args[1], got, want)
	}
}
