package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
)

// progress follows a run: inputs to do and inputs done.
type progress interface {
	// total sets the number of inputs, when a separate count knows it.
	total(n int64)
	// done counts one input finished, of size bytes.
	done(size int64)
	// clear wipes the bar so a message can be printed on its line.
	clear()
	// finish removes the bar.
	finish()
}

// noProgress shows nothing.
type noProgress struct{}

func (noProgress) total(int64) {}
func (noProgress) done(int64)  {}
func (noProgress) clear()      {}
func (noProgress) finish()     {}

// isTerminal reports whether a stream (an *os.File) is a terminal.
func isTerminal(stream any) bool {
	f, ok := stream.(*os.File)
	if !ok {
		return false
	}
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// barProgress draws a progress bar of inputs on a terminal. Its total is
// the count of a separate walk over names (text mode); a JSONL stream,
// whose length is unknown, gets a spinner with the count done.
// Counting is two atomic adds; a ticker redraws the bar a few times a
// second.
type barProgress struct {
	bar         *progressbar.ProgressBar
	total_      atomic.Int64 // 0 until counted
	done_       atomic.Int64
	stop, ended chan struct{}
	once        sync.Once
}

// newBarProgress starts a bar drawn on w.
func newBarProgress(w io.Writer) *barProgress {
	p := &barProgress{
		bar: progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("extract"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionShowIts(),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionSetWidth(30),
			// no spinner goroutine of the library's own: it reads the bar's
			// state without its lock (a data race under -race); draw below
			// redraws the bar instead
			progressbar.OptionSetSpinnerChangeInterval(0),
		),
		stop:  make(chan struct{}),
		ended: make(chan struct{}),
	}
	go p.draw()
	return p
}

// draw redraws the bar until finish.
func (p *barProgress) draw() {
	defer close(p.ended)
	t := time.NewTicker(150 * time.Millisecond)
	defer t.Stop()
	var max, cur int64
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
		}
		if f := p.total_.Load(); f != max && f > 1 {
			max = f
			p.bar.ChangeMax64(max)
		}
		if d := p.done_.Load(); d != cur {
			cur = d
			_ = p.bar.Set64(cur)
		}
	}
}

func (p *barProgress) done(int64)    { p.done_.Add(1) }
func (p *barProgress) total(n int64) { p.total_.Store(n) }

func (p *barProgress) clear() { _ = p.bar.Clear() }

func (p *barProgress) finish() {
	p.once.Do(func() {
		close(p.stop)
		<-p.ended
		// Show the end state, however short the run, then wipe the bar.
		if n := p.total_.Load(); n > 1 {
			p.bar.ChangeMax64(n)
		}
		_ = p.bar.Set64(p.done_.Load())
		_ = p.bar.Exit()
		_ = p.bar.Clear()
	})
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
