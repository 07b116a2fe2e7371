package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// progress follows a run: inputs to do and inputs done.
type progress interface {
	// total sets the number of inputs, when a separate count knows it.
	total(n int64)
	// done counts one input finished, of size bytes.
	done(size int64)
	// message prints a line (ending in a newline) to standard error, above
	// the bar when one is drawn.
	message(line string)
	// finish ends the bar, which leaves its last state on the terminal.
	finish()
}

// noProgress shows no bar; it prints messages to w, when not nil.
type noProgress struct{ w io.Writer }

func (noProgress) total(int64) {}
func (noProgress) done(int64)  {}
func (noProgress) finish()     {}

func (n noProgress) message(line string) {
	if n.w != nil {
		fmt.Fprint(n.w, line)
	}
}

// isTerminal reports whether a stream (an *os.File) is a terminal.
func isTerminal(stream any) bool {
	f, ok := stream.(*os.File)
	if !ok {
		return false
	}
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// barProgress draws a progress bar of inputs on a terminal, with mpb. Its
// total is the count of a separate walk over names (text mode); a JSONL
// stream, whose length is unknown, gets a spinner with the count done.
// Counting is two atomic adds; a ticker hands the counts to the bar a few
// times a second, and mpb redraws it.
//
// mpb, unlike schollz/progressbar before it, does not import net/http:
// rasd links no libc and starts ~6 ms sooner, which matters for the many
// short runs of a shell script (and for -j scaling: start-up is serial).
type barProgress struct {
	p             *mpb.Progress
	bar           *mpb.Bar
	total_, done_ atomic.Int64 // total_ is 0 until counted
	start         time.Time
	stop, ended   chan struct{}
	once          sync.Once
	w             io.Writer
	mu            sync.Mutex
	pending       []string // messages for draw to print above the bar
}

// newBarProgress starts a bar drawn on w: a bar filling up to the count of
// the inputs when counted is true, else a spinner.
func newBarProgress(w io.Writer, counted bool) *barProgress {
	p := &barProgress{w: w, start: time.Now(), stop: make(chan struct{}), ended: make(chan struct{})}
	p.p = mpb.New(mpb.WithOutput(w), mpb.WithAutoRefresh(), mpb.WithWidth(30),
		mpb.WithRefreshRate(150*time.Millisecond))
	style := mpb.BarFillerBuilder(mpb.BarStyle())
	if !counted {
		style = mpb.SpinnerStyle()
	}
	p.bar = p.p.New(0, style,
		mpb.PrependDecorators(decor.Name("extract ")),
		mpb.AppendDecorators(decor.Any(p.counts)))
	go p.draw()
	return p
}

// counts is the text after the bar: (done/total docs, rate).
func (p *barProgress) counts(decor.Statistics) string {
	done, total := p.done_.Load(), p.total_.Load()
	rate := float64(done) / time.Since(p.start).Seconds()
	if total > 0 {
		return fmt.Sprintf(" (%d/%d docs, %.0f docs/s)", done, total, rate)
	}
	return fmt.Sprintf(" (%d docs, %.0f docs/s)", done, rate)
}

// draw hands the counts to the bar until finish.
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
			p.bar.SetTotal(max, false)
		}
		if d := p.done_.Load(); d != cur && (max == 0 || d < max) {
			cur = d // the last input completes the bar in finish, not here
			p.bar.SetCurrent(cur)
		}
		for _, line := range p.takeMessages() {
			if _, err := p.p.Write([]byte(line)); err != nil {
				fmt.Fprint(p.w, line)
			}
		}
	}
}

// takeMessages returns the messages not yet printed.
func (p *barProgress) takeMessages() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	lines := p.pending
	p.pending = nil
	return lines
}

func (p *barProgress) done(int64)    { p.done_.Add(1) }
func (p *barProgress) total(n int64) { p.total_.Store(n) }

// message has draw print a line above the bar at its next tick (mpb
// prints it at its next redraw): the worker that reports it goes on.
func (p *barProgress) message(line string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.pending = append(p.pending, line)
}

func (p *barProgress) finish() {
	p.once.Do(func() {
		close(p.stop)
		<-p.ended
		// Show the end state, however short the run: it stays on the
		// terminal, a record of what was done. A run stopped before the
		// end (an interrupt, a closed pipe) leaves the bar where it got.
		n, total := p.done_.Load(), p.total_.Load()
		if total > 1 && n < total {
			p.bar.SetTotal(total, false)
			p.bar.SetCurrent(n)
			p.bar.Abort(false)
		} else {
			p.bar.SetCurrent(n)
			p.bar.SetTotal(n, true)
		}
		p.p.Wait()
		for _, line := range p.takeMessages() {
			fmt.Fprint(p.w, line)
		}
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
