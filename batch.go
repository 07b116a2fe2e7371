package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
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
	// ahead is the first folder's listing, read ahead (listAhead), or nil.
	ahead *listing
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

// task is a job with its place in the input order.
type task struct {
	job job
	seq int
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
// records in input order: each worker takes the next input from the walker,
// decodes, extracts and encodes it, and hands the result to an
// orderedWriter, which writes it as soon as the results before it are
// written. No goroutine sits between the input, the workers and the output,
// so N workers keep N cores busy. At most windowPerJob × jobs inputs are
// taken and not yet written at any time, and the results held waiting for an
// earlier one stay under maxHeldBytes.
type batch struct {
	opt batchOptions
	x   *extract.Extractor
	// bufs holds encoded-record buffers for reuse.
	bufs sync.Pool
	// inputs holds file-content buffers for reuse: a file is decoded into a
	// string of its own, so its bytes are not needed after that.
	inputs sync.Pool
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
	window := windowPerJob * b.opt.jobs
	out := &orderedWriter{b: b, w: w, done: ctx.Done(), cancel: cancel, held: make([]*result, window),
		heldLimit: maxHeldBytes, slots: make(chan struct{}, window), first: true}
	wk := &walker{mode: b.opt.mode, include: b.opt.include, exclude: b.opt.exclude,
		stdin: stdin, maxLine: b.opt.maxLine, follow: b.opt.follow, ahead: b.opt.ahead}
	// The workers pull inputs from the walker themselves: iter.Pull runs it as
	// a coroutine on the thread of the worker that asks, so listing needs no
	// goroutine of its own waiting for a CPU while the workers hold them all.
	next, _ := iter.Pull(func(yield func(job) bool) {
		wk.send = yield
		wk.run(ctx, args)
	})
	var pull sync.Mutex // next is called by one worker at a time
	seq := 0
	take := func() (task, bool) {
		select {
		case out.slots <- struct{}{}: // a place in the window
		case <-ctx.Done():
			return task{}, false
		}
		pull.Lock()
		defer pull.Unlock()
		j, ok := next()
		if !ok || ctx.Err() != nil {
			<-out.slots // no input took the place
			return task{}, false
		}
		seq++
		return task{job: j, seq: seq - 1}, true
	}
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
	var workers sync.WaitGroup
	for range b.opt.jobs {
		workers.Add(1)
		go func() {
			defer workers.Done()
			enc := b.opt.format.newEncoder()
			for {
				t, ok := take()
				if !ok {
					return
				}
				r := b.process(t.job, enc)
				// nothing is written, not even an input's error, before
				// the gazetteer has loaded (see extract.NewPending)
				b.x.Gazetteer()
				out.commit(t.seq, r)
			}
		}()
	}
	finished := make(chan struct{})
	go func() {
		workers.Wait()
		close(finished)
	}()
	// When the walker has no more inputs and the workers are done, every
	// result is written. After an error or an interrupt the workers end on
	// their own once the context is cancelled (one may be blocked reading a
	// FIFO: nobody waits for it).
	select {
	case <-finished:
	case <-ctx.Done():
	}
	st, werr := out.close(ctx.Err())
	b.progress.finish()
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

// windowPerJob is how many inputs per worker may be taken and not yet
// written. The results done while the one due is still in a worker wait in
// the window, so a worker delayed for a moment (a collection, a page fault,
// another process on its CPU) does not stop the others: with 4 per worker
// the bench folder's workers at -j 2 waited 3-20 ms a run for a place, with
// 8 1-8 ms, with 16 or 32 none (runtime traces, 3 runs each). The results of news articles are a
// few KB each; maxHeldBytes bounds those of larger inputs.
const windowPerJob = 32

// maxHeldBytes bounds the encoded records of the results held waiting for an
// earlier one: a worker whose result takes the total above it waits until
// the writer has written enough of them.
const maxHeldBytes = 64 << 20

// orderedWriter writes the results of a batch in input order. Workers
// commit results in any order; the one that commits the next result due
// writes it and every held result that follows it.
type orderedWriter struct {
	b      *batch
	w      *bufio.Writer
	done   <-chan struct{}    // closed when the run stops
	cancel context.CancelFunc // stops the run when writing fails
	// slots bounds the inputs taken and not yet written: a worker puts a
	// token in before it takes an input, the writer takes one out per result
	// written.
	slots chan struct{}

	mu sync.Mutex
	// flusher flushes w a moment after a write, so that a slow stream's
	// records reach the reader without waiting for a full buffer; nil when
	// no flush is due.
	flusher *time.Timer
	next    int       // the sequence number of the next result to write
	held    []*result // results waiting for earlier ones, by seq modulo len(held)
	// heldBytes counts the encoded records of the held results; drained is
	// closed when it falls to heldLimit (maxHeldBytes) or below, nil when
	// nobody waits.
	heldBytes, heldLimit int
	drained              chan struct{}
	first                bool  // no record written yet
	closed               bool  // the run is over: later results are dropped
	err                  error // the first write error
	st                   stats
}

// commit hands over the result of input seq. When the result has to wait
// for an earlier one and the held results are over heldLimit, it returns
// once they are not (or the run stops): the result due is in another worker,
// which writes it without waiting.
func (o *orderedWriter) commit(seq int, r result) {
	o.mu.Lock()
	if o.closed {
		o.recycle(&r)
		o.mu.Unlock()
		return
	}
	if seq != o.next {
		o.held[seq%len(o.held)] = &r
		o.heldBytes += r.bytes()
		if o.heldBytes <= o.heldLimit {
			o.mu.Unlock()
			return
		}
		if o.drained == nil {
			o.drained = make(chan struct{})
		}
		drained := o.drained
		o.mu.Unlock()
		select {
		case <-drained:
		case <-o.done:
		}
		return
	}
	defer o.mu.Unlock()
	o.write(&r)
	for {
		k := o.next % len(o.held)
		h := o.held[k]
		if h == nil {
			break
		}
		o.held[k] = nil
		o.heldBytes -= h.bytes()
		o.write(h)
	}
	if o.drained != nil && o.heldBytes <= o.heldLimit {
		close(o.drained)
		o.drained = nil
	}
}

// bytes is the size of a result's encoded records.
func (r *result) bytes() int {
	if r.buf == nil {
		return 0
	}
	return len(*r.buf)
}

// write writes one result (the one due) and counts it; o.mu is held.
func (o *orderedWriter) write(r *result) {
	o.next++
	<-o.slots
	b, f := o.b, o.b.opt.format
	b.progress.done(r.size)
	switch {
	case r.err != nil:
		o.st.errors++
		b.report(r.name, r.err.Error())
	case r.warn != "":
		o.st.skipped++
		b.report(r.name, r.warn)
	default:
		o.st.inputs++
		o.st.bytes += r.size
		prev := 0
		for _, end := range r.ends {
			if o.first {
				o.put(f.head)
				o.first = false
			} else {
				o.put(f.sep)
			}
			o.put((*r.buf)[prev:end])
			prev = end
			o.st.records++
		}
	}
	o.recycle(r)
	o.stopOnError()
}

// stopOnError ends the run after a failed write; o.mu is held.
func (o *orderedWriter) stopOnError() {
	if o.err != nil && !o.closed {
		o.closed = true
		o.cancel()
	}
}

// put writes p unless a write has failed; o.mu is held.
func (o *orderedWriter) put(p []byte) {
	if o.err == nil && len(p) > 0 {
		_, o.err = o.w.Write(p)
		if o.flusher == nil && o.err == nil && !o.closed {
			o.flusher = time.AfterFunc(flushDelay, o.flush)
		}
	}
}

// flushDelay is how long written records may wait in the output buffer.
const flushDelay = 200 * time.Millisecond

// flush flushes the output buffer unless the run is over.
func (o *orderedWriter) flush() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.flusher = nil
	if !o.closed && o.err == nil {
		o.err = o.w.Flush()
		o.stopOnError()
	}
}

// recycle returns a result's buffer to the pool.
func (o *orderedWriter) recycle(r *result) {
	if r.buf != nil {
		*r.buf = (*r.buf)[:0]
		o.b.bufs.Put(r.buf)
		r.buf = nil
	}
}

// close ends the output: after a complete run it writes the format's tail
// and flushes; stopped (by an interrupt or a write error), it writes nothing
// more. It returns the statistics and the error that ended the run.
func (o *orderedWriter) close(stopped error) (stats, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.flusher != nil {
		o.flusher.Stop()
		o.flusher = nil
	}
	o.closed = true
	switch {
	case o.err != nil: // a failed write closed it already
	case stopped != nil:
		o.err = stopped
	default:
		if o.first {
			o.put(o.b.opt.format.empty())
		} else {
			o.put(o.b.opt.format.tail)
		}
		if o.err == nil {
			o.err = o.w.Flush()
		}
	}
	return o.st, o.err
}

// process decodes, extracts and encodes one input, or passes on the
// problem the walker found with it.
func (b *batch) process(j job, enc recordEncoder) result {
	r := result{name: j.name, err: j.err}
	if j.err != nil {
		return r
	}
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
			in, _ := b.inputs.Get().(*[]byte)
			if in == nil {
				in = new([]byte)
			}
			var err error
			data, err = readFileInto(j.path, (*in)[:0], j.walked)
			if cap(data) <= maxPooledInput {
				*in = data
				defer b.inputs.Put(in)
			}
			if err != nil {
				r.err = pathError(err)
				return r
			}
		}
		r.size = int64(len(data))
		// the text may be data's own memory: nothing of the document
		// outlives process, which encodes its records into r.buf before
		// the input buffer goes back to the pool
		text, err := normalize.DecodeInPlace(data, b.opt.encoding)
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
