package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
)

// progress follows a run: inputs found and inputs done.
type progress interface {
	// found counts one more input to do.
	found()
	// done counts one input finished, of size bytes.
	done(size int64)
	// clear wipes the bar so a message can be printed on its line.
	clear()
	// finish removes the bar.
	finish()
}

// noProgress shows nothing.
type noProgress struct{}

func (noProgress) found()     {}
func (noProgress) done(int64) {}
func (noProgress) clear()     {}
func (noProgress) finish()    {}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// barProgress draws a progress bar of inputs on a terminal. The bar's total
// grows as the walker finds inputs, so folders are never listed up front.
type barProgress struct {
	mu    sync.Mutex
	bar   *progressbar.ProgressBar
	total int64
}

// newBarProgress returns a bar drawn on w.
func newBarProgress(w io.Writer) *barProgress {
	bar := progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("extract"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionShowIts(),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionUseANSICodes(true),
	)
	return &barProgress{bar: bar}
}

func (p *barProgress) found() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.total++
	p.bar.ChangeMax64(p.total)
}

func (p *barProgress) done(int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	_ = p.bar.Add(1)
}

func (p *barProgress) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	_ = p.bar.Clear()
}

func (p *barProgress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	_ = p.bar.Finish()
	_ = p.bar.Clear()
}

// summary formats the -v line.
func summary(st stats, what string) string {
	secs := st.elapsed.Seconds()
	mb := float64(st.bytes) / 1e6
	rate := 0.0
	if secs > 0 {
		rate = mb / secs
	}
	return fmt.Sprintf("%d inputs, %d %s, %d errors, %d skipped, %.1f MB in %.2fs (%.1f MB/s)",
		st.inputs, st.records, what, st.errors, st.skipped, mb, secs, rate)
}
