package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"syscall"
	"time"

	"rasd/extract"
	"rasd/normalize"
)

// batchOptions configure one run of extract over many inputs.
type batchOptions struct {
	mode     string // inputText or inputJSONL
	mentions bool   // write mentions instead of events
	date     time.Time
	encoding string
	format   *format
	jobs     int
	include  []string
	exclude  []string
	maxLine  int
	follow   bool
}

// result is what one input gave: its encoded records, or why it failed.
type result struct {
	name    string
	buf     *[]byte // the encoded records, back to back
	ends    []int   // the end offset of each record in *buf
	records int     // events or mentions found (some formats write fewer)
	size    int64   // input bytes
	err     error   // the input failed: reported, and the exit code says so
	warn    string  // the input was skipped: reported only
}

// task pairs a job with the channel its result goes to.
type task struct {
	job job
	res chan<- result
}

// stats summarize a run for -v.
type stats struct {
	inputs  int // documents processed
	records int // events or mentions written
	errors  int // inputs that failed
	skipped int // inputs skipped with a warning
	bytes   int64
	elapsed time.Duration
}

// errBrokenPipe ends a run whose reader went away (`rasd extract dir | head`).
var errBrokenPipe = errors.New("broken pipe")

// batch runs the extractor over many inputs with jobs workers and writes the
// records in input order: a producer lists inputs, workers decode, extract
// and encode, and the caller's goroutine writes results in order as they
// complete. At most inflight inputs are held at any time.
type batch struct {
	opt  batchOptions
	x    *extract.Extractor
	bufs sync.Pool
	// report prints a message about one input to stderr.
	report func(name, msg string)
	// progress is told about inputs as they are found and finished.
	progress progress
	// countInputs counts the inputs in a separate walk, for the progress
	// bar's total.
	countInputs bool
}

// run processes the inputs named by args and writes to w. It returns the
// statistics and an error only for problems with the output or the run
// itself; failed inputs are reported as they come and counted in stats.
func (b *batch) run(ctx context.Context, args []string, stdin io.Reader, w *bufio.Writer) (stats, error) {
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	inflight := 4 * b.opt.jobs
	pending := make(chan chan result, inflight)
	tasks := make(chan task, b.opt.jobs)
	wk := &walker{mode: b.opt.mode, include: b.opt.include, exclude: b.opt.exclude,
		stdin: stdin, maxLine: b.opt.maxLine, follow: b.opt.follow}
	wk.send = func(j job) bool {
		ch := make(chan result, 1)
		select {
		case pending <- ch:
		case <-ctx.Done():
			return false
		}
		if j.err != nil {
			ch <- result{name: j.name, err: j.err}
			return true
		}
		select {
		case tasks <- task{j, ch}:
			return true
		case <-ctx.Done():
			ch <- result{name: j.name, err: ctx.Err()}
			return false
		}
	}
	go func() {
		defer close(pending)
		defer close(tasks)
		wk.run(ctx, args)
	}()
	if b.countInputs && b.opt.mode == inputText {
		go func() {
			var n int64
			cw := &walker{mode: inputText, include: b.opt.include, exclude: b.opt.exclude,
				follow: b.opt.follow, countOnly: true,
				send: func(job) bool { n++; return ctx.Err() == nil }}
			cw.run(ctx, args)
			b.progress.total(n)
		}()
	}
	for range b.opt.jobs {
		go func() {
			enc := b.opt.format.newEncoder()
			for t := range tasks {
				t.res <- b.process(t.job, enc)
			}
		}()
	}

	var st stats
	f := b.opt.format
	first := true
	var werr error
	write := func(p []byte) {
		if werr == nil && len(p) > 0 {
			_, werr = w.Write(p)
		}
	}
loop:
	for {
		var r result
		select {
		case ch, ok := <-pending:
			if !ok {
				break loop
			}
			select {
			case r = <-ch:
			case <-ctx.Done():
				werr = ctx.Err()
				break loop
			}
		case <-ctx.Done():
			werr = ctx.Err()
			break loop
		}
		b.progress.done(r.size)
		switch {
		case r.err != nil:
			st.errors++
			b.report(r.name, r.err.Error())
		case r.warn != "":
			st.skipped++
			b.report(r.name, r.warn)
		default:
			st.inputs++
			st.bytes += r.size
			prev := 0
			for _, end := range r.ends {
				if first {
					write(f.head)
					first = false
				} else {
					write(f.sep)
				}
				write((*r.buf)[prev:end])
				prev = end
				st.records++
			}
		}
		if r.buf != nil {
			*r.buf = (*r.buf)[:0]
			b.bufs.Put(r.buf)
		}
		if werr != nil {
			break
		}
	}
	if werr == nil {
		if first {
			write(f.empty())
		} else {
			write(f.tail)
		}
	}
	if werr == nil {
		werr = w.Flush()
	}
	b.progress.finish()
	// On success every goroutine has ended; after an error or an interrupt
	// they end on their own once the context is cancelled (a worker may be
	// blocked reading a FIFO: nobody waits for it).
	cancel()
	st.elapsed = time.Since(start)
	if werr != nil {
		if errors.Is(werr, syscall.EPIPE) {
			return st, errBrokenPipe
		}
		if errors.Is(werr, context.Canceled) {
			return st, werr
		}
		return st, fmt.Errorf("writing output: %w", werr)
	}
	return st, nil
}

// process decodes, extracts and encodes one input.
func (b *batch) process(j job, enc recordEncoder) result {
	r := result{name: j.name}
	var doc extract.Document
	var meta []byte
	if b.opt.mode == inputJSONL {
		r.size = int64(len(j.data))
		rec, err := parseRecord(j.data)
		if err != nil {
			r.err = err
			return r
		}
		doc = extract.Document{ID: rec.id, Text: rec.text, Ref: b.opt.date}
		if !rec.hasID {
			doc.ID = j.name
		}
		if rec.hasDate {
			doc.Ref = rec.date
		}
		meta = rec.meta
	} else {
		data := j.data
		if j.path != "" {
			var err error
			if data, err = os.ReadFile(j.path); err != nil {
				r.err = pathError(err)
				return r
			}
		}
		r.size = int64(len(data))
		text, err := normalize.Decode(data, b.opt.encoding)
		if err != nil {
			if errors.Is(err, normalize.ErrBinary) && j.walked {
				r.warn = "skipping binary file"
				return r
			}
			r.err = err
			return r
		}
		doc = extract.Document{ID: j.name, Text: text, Ref: b.opt.date}
	}
	var res extract.Result
	if b.opt.mentions {
		res.Mentions = b.x.Mentions(doc)
	} else {
		res.Events = b.x.Events(doc)
	}
	buf, _ := b.bufs.Get().(*[]byte)
	if buf == nil {
		buf = new([]byte)
	}
	r.buf = buf
	out := (*buf)[:0]
	var err error
	var ok bool
	if b.opt.mentions {
		r.records = len(res.Mentions)
		for i := range res.Mentions {
			if out, ok, err = enc.mention(out, &res.Mentions[i], meta); err != nil {
				break
			}
			if ok {
				r.ends = append(r.ends, len(out))
			}
		}
	} else {
		r.records = len(res.Events)
		for i := range res.Events {
			if out, ok, err = enc.event(out, &res.Events[i], meta); err != nil {
				break
			}
			if ok {
				r.ends = append(r.ends, len(out))
			}
		}
	}
	*buf = out
	if err != nil {
		r.err, r.ends = err, nil
	}
	return r
}
