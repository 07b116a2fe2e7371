package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"syscall"

	"github.com/urfave/cli/v2"

	"rasd/extract"
	"rasd/gazetteer"
	"rasd/normalize"
)

// gcPercent is extract's garbage collection target (GOGC) unless the
// environment sets one.
const gcPercent = 150

// hugeHeapSize is how much of the heap adviseHugeHeap asks huge pages for:
// more than a run over the bench folder reaches at -j 2 (13 MB).
const hugeHeapSize = 32 << 20

// hugeHeapInputs is how many inputs a run needs for extract to ask for huge
// pages. The collection that it costs at start (~5 ms) pays off from ~30
// news articles on: measured on the VMs, 10 articles took 31 → 36 ms, 30
// articles 39 → 39 ms, 100 articles 55 → 48 ms.
const hugeHeapInputs = 32

// maxJSONLLine is the longest JSONL input line accepted (one record).
const maxJSONLLine = 1 << 30

const extractUsage = `rasd extract [flags] [PATH...]

   Reads standard input when no PATH is given or PATH is "-"; walks folders
   recursively (files matching --include, default *.txt; hidden files skipped).
   Writes one JSON record per event (or mention) to standard output, in input
   order whatever -j.

EXAMPLES:
   rasd extract --date 2020-03-12 testdata/bukamal.txt
   rasd extract --mentions --date 2020-03-12 testdata/bukamal.txt
   rasd extract -f csv -o events.csv news/
   rasd extract -f geojson -o events.geojson news/
   cat testdata/bukamal.txt | rasd extract --date 2020-03-12 | jq .type
   jq -cRs '{id: "a1", text: ., date: "2020-03-12", url: "https://example.org/a1"}' testdata/bukamal.txt | rasd extract --input jsonl
   rasd extract --encoding windows-1256 old/article.txt`

// extractCommand is `rasd extract`.
func extractCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "date", Usage: "reference `YYYY-MM-DD` for relative dates (a JSONL record's \"date\" overrides it)"},
		&cli.StringFlag{Name: "input", Aliases: []string{"i"}, Value: inputText,
			Usage: "input `MODE`: text (each file is one document) or jsonl (one {\"id\",\"text\",\"date\"} record per line)"},
		&cli.StringFlag{Name: "encoding", Aliases: []string{"e"},
			Usage: "input `ENCODING` of text files: " + strings.Join(normalize.Encodings, ", ") + " (default: detect)"},
		&cli.BoolFlag{Name: "mentions", Aliases: []string{"m"}, Usage: "write the places, groups, sources, numbers and dates found instead of events"},
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: formatJSONL,
			Usage: "output `FORMAT`: " + strings.Join(formatNames, ", ")},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (atomically) instead of standard output"},
		&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.NumCPU(), Usage: "run `N` workers on at most N CPUs"},
		&cli.StringSliceFlag{Name: "include", Usage: "in folders, read files whose name matches `GLOB` (repeatable; default *.txt, *.jsonl with --input jsonl)"},
		&cli.StringSliceFlag{Name: "exclude", Usage: "in folders, skip files and folders whose name matches `GLOB` (repeatable)"},
		&cli.BoolFlag{Name: "follow", Aliases: []string{"L"}, Usage: "in folders, walk symlinked folders too (each folder once, so loops end)"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar"},
		&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "print a summary to standard error at the end (inputs, events, errors, MB/s)"},
	}
	return &cli.Command{
		Name:      "extract",
		Usage:     "find conflict events (or mentions) in Arabic news text",
		UsageText: extractUsage,
		ArgsUsage: "[PATH...]",
		Flags:     append(flags, gazetteerFlags()...),
		Action:    runExtract,
	}
}

// runExtract is the action of `rasd extract`.
func runExtract(c *cli.Context) error {
	opt, err := extractOptions(c)
	if err != nil {
		return err
	}
	// The garbage collector marks the live heap and the globals (the
	// gazetteer's tables among them) every cycle, so fewer cycles pay; but
	// each page the heap grows by costs a page fault the first time it is
	// touched (~10 µs on the machines measured). With the documents' tables
	// reused, a document allocates little, and collecting at 2.5× the live
	// heap balances the two: on the bench folder, against 3×, 3-4 cycles
	// instead of 2 and 5.2-5.8k page faults instead of 9.0-9.2k; -j 1
	// 1031 → 963 ms, -j 2 583 → 557 ms (min of 10). Set before the
	// gazetteer loads, it spares the collections of a growing heap at
	// start. GOGC set by the user wins.
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
	}
	// -j N uses at most N CPUs from here on, garbage collection and the
	// gazetteer's parallel load included: with -j 1 a Hadoop or Spark task
	// takes the one core it was given. (The extract package's lexicons,
	// built in the background from its initialization on, use two until
	// here when the process may; a task held to one CPU by its cgroup or
	// affinity has GOMAXPROCS 1 from the start.)
	if opt.jobs < runtime.NumCPU() {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(opt.jobs))
	}
	// The first folder is listed while the rest starts up.
	if args := c.Args().Slice(); len(args) > 0 && args[0] != stdinName {
		opt.ahead = listAhead(args[0])
	}
	// A run over many documents grows the heap: on huge pages where the
	// system allows it, it takes a fraction of the page faults.
	if atLeastInputs(c.Args().Slice(), opt.mode, hugeHeapInputs) {
		adviseHugeHeap(hugeHeapSize)
	}
	stderr := c.App.ErrWriter
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	// The gazetteer loads while the workers read, fold and tokenize the
	// first documents. The default is ready at once (it is generated into
	// the binary), but with -g the default's entries and the user's are
	// compiled anew, ~40 ms of start-up that overlap the workers'.
	// A worker commits nothing before it is loaded, and if it fails to load
	// the run stops with its error and no output.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var g *gazetteer.Gazetteer
	var gerr error
	loaded := make(chan struct{})
	go func() {
		defer close(loaded)
		if g, gerr = loadGazetteer(c); gerr != nil {
			cancel()
		}
	}()
	gazetteerError := func() error {
		<-loaded
		return gerr
	}
	// A reader that goes away (rasd extract dir | head -1) makes writes fail
	// with EPIPE instead of killing rasd with SIGPIPE: the run stops, quietly,
	// with exit status 0, which `set -o pipefail` scripts need.
	signal.Ignore(syscall.SIGPIPE)

	var out io.Writer = c.App.Writer
	var file *atomicFile
	if name := c.String("output"); name != "" && name != "-" {
		if file, err = createAtomic(name); err != nil {
			if gerr := gazetteerError(); gerr != nil {
				return gerr // reported first, as when it loaded before
			}
			return err
		}
		defer file.abort()
		out = file
	}
	var prog progress = noProgress{stderr}
	// No bar when the records go to the terminal too: they show the
	// progress, and the bar, redrawn in place, would wipe records out.
	if !c.Bool("quiet") && isTerminal(stderr) && !isTerminal(out) && manyInputs(c.Args().Slice(), opt.mode) {
		prog = newBarProgress(stderr, opt.mode == inputText)
	}
	if args := c.Args().Slice(); (len(args) == 0 || slices.Contains(args, stdinName)) && isTerminal(c.App.Reader) && isTerminal(stderr) {
		fmt.Fprintf(stderr, "%s: reading text from the terminal; end with Ctrl-D (rasd extract --help for files and folders)\n", programName)
	}
	_, bar := prog.(*barProgress)
	x := extract.NewPending(func() *gazetteer.Gazetteer {
		if gazetteerError() != nil {
			select {} // the run is cancelled: this document is not needed
		}
		return g
	})
	b := &batch{opt: opt, x: x, progress: prog, countInputs: bar}
	b.report = func(name, msg string) {
		prog.message(fmt.Sprintf("%s: %s: %s\n", programName, name, msg))
	}
	w := bufio.NewWriterSize(out, 1<<16)
	st, err := b.run(ctx, c.Args().Slice(), c.App.Reader, w)
	if gerr := gazetteerError(); gerr != nil {
		return gerr
	}
	switch {
	case errors.Is(err, errBrokenPipe):
		return nil // the reader went away: end quietly
	case errors.Is(err, context.Canceled):
		return errInterrupted
	case err != nil:
		return err
	}
	if file != nil {
		if err := file.commit(); err != nil {
			return err
		}
	}
	if c.Bool("verbose") {
		what := "events"
		if opt.mentions {
			what = "mentions"
		}
		fmt.Fprintf(stderr, "%s: %s\n", programName, summary(st, what))
	}
	if st.errors > 0 {
		return errInputsFailed
	}
	return nil
}

// extractOptions reads and checks the flags of `rasd extract`; mistakes are
// usage errors (exit code 2).
func extractOptions(c *cli.Context) (batchOptions, error) {
	opt := batchOptions{
		mode:     c.String("input"),
		mentions: c.Bool("mentions"),
		encoding: c.String("encoding"),
		jobs:     c.Int("jobs"),
		include:  c.StringSlice("include"),
		exclude:  c.StringSlice("exclude"),
		maxLine:  maxJSONLLine,
		follow:   c.Bool("follow"),
	}
	bad := func(format string, a ...any) (batchOptions, error) {
		return opt, usageError{fmt.Errorf(format, a...)}
	}
	var err error
	if opt.date, err = parseDate(c.String("date")); err != nil {
		return opt, usageError{err}
	}
	switch opt.mode {
	case inputText:
		if len(opt.include) == 0 {
			opt.include = []string{"*.txt"}
		}
	case inputJSONL:
		if len(opt.include) == 0 {
			opt.include = []string{"*.jsonl"}
		}
		if opt.encoding != "" {
			return bad("--encoding applies to text input; JSONL input is UTF-8")
		}
	default:
		return bad("unknown --input %q (known: text, jsonl)", opt.mode)
	}
	if opt.encoding != "" {
		if _, err := normalize.Decode(nil, opt.encoding); err != nil && !isDecodeError(err) {
			return opt, usageError{fmt.Errorf("--encoding: %w", err)}
		}
	}
	if opt.format, err = newFormat(c.String("format"), opt.mentions); err != nil {
		return opt, usageError{err}
	}
	if opt.jobs < 1 {
		return bad("--jobs must be at least 1, not %d", opt.jobs)
	}
	for _, p := range append(append([]string(nil), opt.include...), opt.exclude...) {
		if _, err := filepath.Match(p, ""); err != nil {
			return bad("bad glob %q: %v", p, err)
		}
	}
	for _, a := range c.Args().Slice() {
		if len(a) > 1 && strings.HasPrefix(a, "-") {
			if _, err := os.Lstat(a); err != nil {
				return bad("flag %s after a path: flags go before paths (rasd extract [flags] [PATH...])", a)
			}
		}
	}
	return opt, nil
}

// isDecodeError reports an error about input bytes, not about the encoding's
// name.
func isDecodeError(err error) bool {
	var de *normalize.DecodeError
	return errors.As(err, &de) || errors.Is(err, normalize.ErrBinary)
}

// atLeastInputs reports whether a run has n inputs or more, by a quick
// look: a JSONL stream counts as many, a folder as the entries of its first
// listing batch (subfolders included, each as one).
func atLeastInputs(args []string, mode string, n int) bool {
	if mode == inputJSONL {
		return true
	}
	count := 0
	for _, arg := range args {
		if count >= n {
			break
		}
		if arg == stdinName {
			count++
			continue
		}
		// only folders are opened: opening a FIFO would block, or take a
		// writer's stream
		if fi, err := os.Stat(arg); err != nil || !fi.IsDir() {
			count++ // an error is reported when the input is read
			continue
		}
		dir, err := os.Open(arg)
		if err != nil {
			count++
			continue
		}
		entries, _ := dir.ReadDir(n - count)
		dir.Close()
		count += max(len(entries), 1)
	}
	return count >= n
}

// manyInputs reports whether a run may have more than one input, which is
// when a progress bar helps.
func manyInputs(args []string, mode string) bool {
	if mode == inputJSONL || len(args) > 1 {
		return true
	}
	if len(args) == 1 && args[0] != stdinName {
		fi, err := os.Stat(args[0])
		return err == nil && fi.IsDir()
	}
	return false
}
