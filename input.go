package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// readAll reads r to its end.
func readAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

// Input modes for --input.
const (
	inputText  = "text"  // each path (or stdin) is one document
	inputJSONL = "jsonl" // each line of each path (or stdin) is one record
)

// stdinName names standard input in arguments, messages and output.
const stdinName = "-"

// job is one document to process, in input order.
type job struct {
	// name names the input in messages: a path, "-", or "path:line" for a
	// JSONL record.
	name string
	// path is the file to read in text mode; empty when data holds the input.
	path string
	// data is the input already read: stdin's bytes in text mode, or one
	// JSONL line.
	data []byte
	// line is the 1-based line number of a JSONL record, 0 otherwise.
	line int
	// walked is set for files found by walking a folder, which are regular
	// files: a binary file there is skipped with a warning instead of
	// failing, and a short read is the file's end.
	walked bool
	// err is a problem found while listing inputs (a path that does not
	// exist, a folder that cannot be read); it is reported in order.
	err error
}

// walker lists inputs: stdin, files, folders walked recursively, and in
// JSONL mode the lines of each of them. It sends jobs one at a time, so
// neither a folder's file contents nor a stream is ever held in memory.
type walker struct {
	mode    string
	include []string
	exclude []string
	stdin   io.Reader
	maxLine int  // longest JSONL line accepted, in bytes
	follow  bool // walk symlinked folders (each folder once)
	// countOnly lists text inputs without reading anything, for the
	// progress bar's total.
	countOnly bool
	visited   map[fileID]bool
	send      func(job) bool // returns false when the consumer stopped
	stopping  bool
	// ahead is the listing of a folder read ahead of the walk, if any.
	ahead *listing
}

// listing is the entries of a folder, read in the background (listAhead).
type listing struct {
	dir  string
	done chan struct{} // closed when ents and err are set
	ents []os.DirEntry
	err  error
}

// listAhead starts reading the entries of the folder dir, which a walk
// will list first: listing a folder of thousands of files takes
// milliseconds (3488 news articles on ext4: 3-6 ms), which on two CPUs the
// rest of the start-up runs beside. It returns nil unless dir is a folder.
func listAhead(dir string) *listing {
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return nil
	}
	l := &listing{dir: dir, done: make(chan struct{})}
	go func() {
		defer close(l.done)
		l.ents, l.err = os.ReadDir(dir)
	}()
	return l
}

// readDir returns the entries of dir in name order: the listing read
// ahead, the first time it is asked for that folder, or a fresh one.
func (w *walker) readDir(dir string) ([]os.DirEntry, error) {
	if l := w.ahead; l != nil && l.dir == dir {
		w.ahead = nil
		<-l.done
		return l.ents, l.err
	}
	return os.ReadDir(dir)
}

// fileID identifies a directory on disk, to walk symlink loops only once.
type fileID struct{ dev, ino uint64 }

// errStopped ends a walk early when the consumer has stopped.
var errStopped = errors.New("stopped")

// run lists every input named by args ("-" or no args = stdin) and sends
// a job for each document.
func (w *walker) run(ctx context.Context, args []string) {
	if len(args) == 0 {
		args = []string{stdinName}
	}
	for _, a := range args {
		if ctx.Err() != nil || w.stopping {
			return
		}
		w.arg(ctx, a)
	}
}

// emit sends j unless the consumer has stopped.
func (w *walker) emit(j job) bool {
	if w.stopping {
		return false
	}
	if !w.send(j) {
		w.stopping = true
	}
	return !w.stopping
}

// arg lists the inputs for one command-line argument.
func (w *walker) arg(ctx context.Context, a string) {
	if a == stdinName {
		if w.countOnly {
			w.emit(job{name: stdinName})
			return
		}
		if w.mode == inputJSONL {
			w.lines(ctx, stdinName, w.stdin)
			return
		}
		b, err := readAll(w.stdin)
		if err != nil {
			w.emit(job{name: stdinName, err: fmt.Errorf("reading standard input: %w", err)})
			return
		}
		w.emit(job{name: stdinName, data: b})
		return
	}
	fi, err := os.Stat(a)
	if err != nil {
		w.emit(job{name: a, err: pathError(err)})
		return
	}
	if fi.IsDir() {
		w.visited = make(map[fileID]bool) // each argument is walked whole
		if id, ok := idOf(fi); ok {
			w.visited[id] = true
		}
		if err := w.dir(ctx, a); err != nil && !errors.Is(err, errStopped) {
			w.emit(job{name: a, err: err})
		}
		return
	}
	w.file(ctx, a, false)
}

// file lists one regular file.
func (w *walker) file(ctx context.Context, path string, walked bool) bool {
	if w.mode == inputJSONL {
		f, err := os.Open(path)
		if err != nil {
			return w.emit(job{name: path, err: pathError(err)})
		}
		defer f.Close()
		return w.lines(ctx, path, f)
	}
	return w.emit(job{name: path, path: path, walked: walked})
}

// dir walks a folder in name order: hidden entries are skipped, files are
// kept when they match --include and not --exclude, folders are skipped
// when they match --exclude. Symlinked files are read; symlinked folders
// are skipped, or with follow walked once each, so loops end.
func (w *walker) dir(ctx context.Context, dir string) error {
	ents, err := w.readDir(dir)
	if err != nil && len(ents) == 0 {
		return pathError(err)
	}
	for _, e := range ents {
		if ctx.Err() != nil || w.stopping {
			return errStopped
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		typ := e.Type()
		if typ&fs.ModeSymlink != 0 {
			fi, err := os.Stat(path)
			if err != nil {
				continue // a dangling link is not an input anyone asked for
			}
			if fi.IsDir() && !w.follow {
				continue
			}
			typ = fi.Mode().Type()
		}
		if typ.IsDir() && w.follow {
			fi, err := os.Stat(path)
			if err != nil {
				continue
			}
			if id, ok := idOf(fi); ok {
				if w.visited[id] {
					continue // a symlink loop, or a folder already walked
				}
				w.visited[id] = true
			}
		}
		switch {
		case typ.IsDir():
			if matchAny(w.exclude, name) {
				continue
			}
			if err := w.dir(ctx, path); err != nil {
				if errors.Is(err, errStopped) {
					return err
				}
				if !w.emit(job{name: path, err: err}) {
					return errStopped
				}
			}
		case typ.IsRegular():
			if !matchAny(w.include, name) || matchAny(w.exclude, name) {
				continue
			}
			if !w.file(ctx, path, true) {
				return errStopped
			}
		}
	}
	if err != nil {
		return pathError(err)
	}
	return nil
}

// lines sends one job per non-blank line of a JSONL stream. Lines of any
// length up to maxLine are read whole; the stream itself is never held.
func (w *walker) lines(ctx context.Context, name string, r io.Reader) bool {
	br := bufio.NewReaderSize(r, 1<<16)
	for n := 1; ; n++ {
		if ctx.Err() != nil || w.stopping {
			return false
		}
		line, err := readLine(br, w.maxLine)
		if len(bytes.TrimSpace(line)) > 0 || errors.Is(err, errLineTooLong) {
			j := job{name: fmt.Sprintf("%s:%d", name, n), data: line, line: n}
			if errors.Is(err, errLineTooLong) {
				j.data, j.err = nil, fmt.Errorf("line longer than %d bytes", w.maxLine)
			}
			if !w.emit(j) {
				return false
			}
		}
		switch {
		case err == nil, errors.Is(err, errLineTooLong):
		case errors.Is(err, io.EOF):
			return true
		default:
			return w.emit(job{name: name, err: fmt.Errorf("reading: %w", err)})
		}
	}
}

// errLineTooLong reports a JSONL line over the limit; the rest of the line
// was skipped.
var errLineTooLong = errors.New("line too long")

// readLine returns the next line without its end. A line longer than max
// is consumed and errLineTooLong is returned.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if line == nil && err == nil {
			return bytes.Clone(trimEOL(chunk)), nil
		}
		if len(line)+len(chunk) <= max {
			line = append(line, chunk...)
		} else {
			line = line[:0]
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err == nil || errors.Is(err, io.EOF) {
				return nil, errLineTooLong
			}
			return nil, err
		}
		switch {
		case err == nil:
			return trimEOL(line), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		default:
			return trimEOL(line), err
		}
	}
}

func trimEOL(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte("\n"))
	return bytes.TrimSuffix(b, []byte("\r"))
}

// matchAny reports whether name matches one of the glob patterns.
func matchAny(patterns []string, name string) bool {
	for _, p := range patterns {
		if ok, _ := filepath.Match(p, name); ok {
			return true
		}
	}
	return false
}

// maxPooledInput bounds the file buffers kept for reuse (news articles are
// a few KB; a 50 MB file's buffer is dropped).
const maxPooledInput = 1 << 20

// pathError drops the path from an *fs.PathError: messages already start
// with the input's name.
func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, fs.ErrNotExist) {
			return errors.New("no such file or directory")
		}
		return pe.Err
	}
	return err
}
