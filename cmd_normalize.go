package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"rasd/normalize"
)

const normalizeUsage = `rasd normalize [flags] [FILE...]

   Reads standard input when no FILE is given or FILE is "-", and writes the
   text with its spelling variants folded: presentation forms and ligatures
   (NFKC), alef forms أ إ آ ٱ → ا, ؤ → و, ئ → ي, ى → ي, ة → ه, diacritics and
   tatweel removed, Arabic-Indic and Persian digits → ASCII, Persian ک ی → ك ي,
   zero-width and bidi controls removed, Unicode spaces → space. Each --keep
   flag switches one step off. Input is decoded as UTF-8 (BOM stripped),
   UTF-16 with a BOM, or Windows-1256 when it is not UTF-8 (see --encoding);
   line ends CRLF and CR become LF, as Python's text mode reads files, so the
   output lines up with the offsets of "rasd tokens" and "rasd extract".
   Files of any size stream through in constant memory.

EXAMPLES:
   echo 'وَٱلْمُؤْتَمَرُ فِى ٱلْمَدِينَةِ ٢٠١٧' | rasd normalize
   rasd normalize --keep-hamza --keep-ta-marbuta testdata/bukamal.txt
   rasd normalize --match testdata/bukamal.txt | tr ' ' '\n' | sort | uniq -c | sort -rn | head
   rasd normalize --encoding windows-1256 old/article.txt > article.txt`

// keepFlags maps each --keep flag to the folding step it switches off.
var keepFlags = []struct {
	name  string
	step  normalize.Options
	usage string
}{
	{"keep-diacritics", normalize.FoldDiacritics, "keep harakat, tanween, shadda, sukun and Quranic marks"},
	{"keep-tatweel", normalize.FoldTatweel, "keep the tatweel (kashida) ـ"},
	{"keep-digits", normalize.FoldDigits, "keep Arabic-Indic and Persian digits and separators ٫ ٬"},
	{"keep-hamza", normalize.FoldHamza, "keep أ إ آ ؤ ئ (do not fold them to ا و ي)"},
	{"keep-ta-marbuta", normalize.FoldTaMarbuta, "keep ة (do not fold it to ه)"},
	{"keep-alef-maqsura", normalize.FoldAlefMaqsura, "keep ى (do not fold it to ي)"},
}

// encodingFlag is the --encoding flag of normalize and tokens.
var encodingFlag = &cli.StringFlag{Name: "encoding", Aliases: []string{"e"},
	Usage: "input `ENCODING`: " + strings.Join(normalize.Encodings, ", ") + " (default: detect)"}

// normalizeCommand is `rasd normalize`.
func normalizeCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.BoolFlag{Name: "match", Usage: "apply every folding used for matching: the default steps plus lower-cased Latin"},
		encodingFlag,
	}
	for _, k := range keepFlags {
		flags = append(flags, &cli.BoolFlag{Name: k.name, Usage: k.usage})
	}
	return &cli.Command{
		Name:      "normalize",
		Usage:     "print Arabic text with its spelling variants folded",
		UsageText: normalizeUsage,
		ArgsUsage: "[FILE...]",
		Flags:     flags,
		Action:    runNormalize,
	}
}

// normalizeOptions returns the folding steps the flags ask for.
func normalizeOptions(c *cli.Context) normalize.Options {
	o := normalize.Clean
	if c.Bool("match") {
		o = normalize.Match
	}
	for _, k := range keepFlags {
		if c.Bool(k.name) {
			o &^= k.step
		}
	}
	return o
}

// runNormalize is the action of `rasd normalize`.
func runNormalize(c *cli.Context) error {
	enc, err := encodingOption(c)
	if err != nil {
		return err
	}
	o := normalizeOptions(c)
	w := c.App.Writer
	var out []byte
	return eachInput(c, func(r io.Reader, name string) error {
		return streamInput(r, name, enc, func(chunk string) error {
			out = normalize.AppendFold(out[:0], chunk, o)
			return writeOutput(w, out)
		})
	})
}

// encodingOption returns the --encoding value, checked.
func encodingOption(c *cli.Context) (string, error) {
	enc := c.String("encoding")
	if enc == "" {
		return "", nil
	}
	if _, ok := normalize.LookupEncoding(enc); !ok {
		return "", usageError{fmt.Errorf("unknown encoding %q (known: %s)", enc, strings.Join(normalize.Encodings, ", "))}
	}
	return enc, nil
}

// outputError is a failure to write the output; it stops the command.
type outputError struct{ err error }

func (e outputError) Error() string { return "writing output: " + e.err.Error() }
func (e outputError) Unwrap() error { return e.err }

// writeOutput writes b to w, marking a failure as an outputError.
func writeOutput(w io.Writer, b []byte) error {
	if _, err := w.Write(b); err != nil {
		return outputError{err}
	}
	return nil
}

// eachInput runs fn on each FILE argument (standard input for none or "-").
// A failing input is reported as "rasd: FILE: problem" on standard error and
// the others still run; then eachInput returns errInputsFailed. A failure to
// write the output stops everything and is returned as it is.
func eachInput(c *cli.Context, fn func(r io.Reader, name string) error) error {
	paths := c.Args().Slice()
	if len(paths) == 0 {
		paths = []string{stdinName}
	}
	failed := false
	for _, p := range paths {
		err := withInput(c.App.Reader, p, fn)
		var oe outputError
		if errors.As(err, &oe) {
			return err
		}
		if err != nil {
			fmt.Fprintf(c.App.ErrWriter, "%s: %v\n", programName, err)
			failed = true
		}
	}
	if failed {
		return errInputsFailed
	}
	return nil
}

// withInput opens the input named p ("-" is stdin) and runs fn on it.
func withInput(stdin io.Reader, p string, fn func(r io.Reader, name string) error) error {
	if p == stdinName {
		return fn(stdin, p)
	}
	f, err := os.Open(p)
	if err != nil {
		return fmt.Errorf("%s: %w", p, pathError(err))
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return fmt.Errorf("%s: is a directory", p)
	}
	return fn(f, p)
}

// streamInput decodes the input name from r in encoding enc ("" detects
// it) and calls fn with each chunk of text; chunks end at line breaks, so
// memory stays constant however large the input. Decoding errors name the
// input: "news/x.txt: invalid UTF-8 at byte 1234 (try --encoding
// windows-1256)". Text before a bad byte has already gone to fn.
func streamInput(r io.Reader, name, enc string, fn func(chunk string) error) error {
	d, err := normalize.NewDecoder(r, enc)
	if err != nil {
		return usageError{err}
	}
	for {
		chunk, err := d.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var de *normalize.DecodeError
			if !errors.As(err, &de) && !errors.Is(err, normalize.ErrBinary) {
				err = fmt.Errorf("reading: %w", pathError(err))
			}
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := fn(chunk); err != nil {
			return err
		}
	}
}

// decodeInput reads the whole input name from r as text (see streamInput).
// It is for callers that need a document in one piece.
func decodeInput(r io.Reader, name, enc string) (string, error) {
	var b strings.Builder
	err := streamInput(r, name, enc, func(chunk string) error {
		b.WriteString(chunk)
		return nil
	})
	if err != nil {
		return "", err
	}
	return b.String(), nil
}
