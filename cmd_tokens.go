package main

import (
	"errors"
	"io"
	"slices"

	"github.com/urfave/cli/v2"

	"rasd/extract/jsonstr"
	"rasd/normalize"
	"rasd/normalize/arabic"
)

const tokensUsage = `rasd tokens [--stem] [--clitics] [--encoding NAME] [FILE...]

   Reads standard input when no FILE is given or FILE is "-", and writes one
   JSON object a line for each token:
     {"doc","text","norm","kind","start","end"}
   doc is the FILE as given ("-" for standard input); text is the token as it
   stands in the input, norm its folded form (the matching folding of
   "rasd normalize --match"); kind is word, number, punct, latin or symbol;
   start and end are code point offsets into the decoded document, with line
   ends read as LF (Python: text[start:end] == text). --stem adds "stem", the
   Snowball Arabic stem of each word; --clitics adds "clitics", the ways to
   read a word as proclitics and a base, the word itself first.

EXAMPLES:
   echo 'قتل 1,500 شخص في وبالبوكمال.' | rasd tokens
   rasd tokens --stem --clitics testdata/bukamal.txt | jq -c 'select(.kind=="word")'
   rasd tokens a.txt b.txt | jq -r .norm | sort | uniq -c | sort -rn | head`

// tokensCommand is `rasd tokens`.
func tokensCommand() *cli.Command {
	return &cli.Command{
		Name:      "tokens",
		Usage:     "print the tokens of Arabic text as JSON Lines, with offsets",
		UsageText: tokensUsage,
		ArgsUsage: "[FILE...]",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "stem", Usage: `add "stem": the Snowball Arabic stem of each word`},
			&cli.BoolFlag{Name: "clitics", Usage: `add "clitics": the proclitic segmentations of each word, e.g. "و+ب+ال+بوكمال"`},
			encodingFlag,
		},
		Action: runTokens,
	}
}

// runTokens is the action of `rasd tokens`.
func runTokens(c *cli.Context) error {
	enc, err := encodingOption(c)
	if err != nil {
		return err
	}
	tw := &tokenWriter{w: c.App.Writer, stem: c.Bool("stem"), clitics: c.Bool("clitics")}
	for i := range tw.ring {
		tw.ring[i] = new(tokenChunk)
	}
	return eachInput(c, func(r io.Reader, name string) error {
		return tw.document(r, name, enc)
	})
}

// tokenWriter writes the tokens of one document after another as JSON Lines,
// reusing its buffers from chunk to chunk.
type tokenWriter struct {
	w             io.Writer
	stem, clitics bool
	prefix        []byte // `{"doc":"NAME","text":` of the current document
	base          int    // code points of the document before the chunk
	buf           []byte
	ring          [3]*tokenChunk // the chunks in flight, reused
	cands         []normalize.Candidate
	stemmer       arabic.Stemmer
}

// tokenChunk is one chunk of a document, folded and tokenized, on its way
// to the JSON writer.
type tokenChunk struct {
	text normalize.Text
	toks []normalize.Token
}

// errWriterStopped ends the reading side of a document whose output failed.
var errWriterStopped = errors.New("output stopped")

// document writes the tokens of one input. Reading, decoding, folding and
// tokenizing run in one goroutine and writing JSON in this one, handing
// chunks over through the ring of reused buffers: two cores share the work,
// output keeps input order, and memory stays bounded whatever the input size.
func (tw *tokenWriter) document(r io.Reader, name, enc string) error {
	tw.start(name)
	free := make(chan *tokenChunk, len(tw.ring))
	work := make(chan *tokenChunk, len(tw.ring)) // never full: only the ring is in flight
	for _, c := range tw.ring {
		free <- c
	}
	done := make(chan struct{})
	var readErr error
	go func() {
		defer close(work)
		readErr = streamInput(r, name, enc, func(s string) error {
			var c *tokenChunk
			select {
			case c = <-free:
			case <-done:
				return errWriterStopped
			}
			c.text.Reset(s, normalize.Match)
			c.toks = normalize.AppendTokens(c.toks[:0], &c.text)
			work <- c
			return nil
		})
	}()
	var writeErr error
	for c := range work {
		if writeErr == nil {
			if writeErr = tw.chunk(c); writeErr != nil {
				close(done)
			}
		}
		free <- c
	}
	if writeErr == nil {
		writeErr = tw.flush()
	}
	if writeErr != nil {
		return writeErr
	}
	return readErr
}

// kindFields holds `,"kind":"KIND","start":` for each token kind.
var kindFields = func() (t [normalize.Symbol + 1]string) {
	for k := range t {
		t[k] = `,"kind":"` + normalize.Kind(k).String() + `","start":`
	}
	return t
}()

// flushSize is how much output is gathered before a write.
const flushSize = 64 << 10

// start begins the document name.
func (tw *tokenWriter) start(name string) {
	tw.prefix = append(tw.prefix[:0], `{"doc":`...)
	tw.prefix = appendJSONString(tw.prefix, name)
	tw.prefix = append(tw.prefix, `,"text":`...)
	tw.base = 0
}

// chunk writes the tokens of the next chunk of the document.
func (tw *tokenWriter) chunk(c *tokenChunk) error {
	b := tw.buf
	for i := range c.toks {
		tk := &c.toks[i]
		surface := c.text.Surface(tk.Start, tk.End)
		b = append(b, tw.prefix...)
		at := len(b)
		b = appendJSONString(b, surface)
		quoted := len(b)
		b = append(b, `,"norm":`...)
		if tk.Norm == surface { // most tokens: copy what was just escaped
			b = append(b, b[at:quoted]...)
		} else {
			b = appendJSONString(b, tk.Norm)
		}
		b = append(b, kindFields[tk.Kind]...)
		b = appendUint(b, tw.base+tk.Start)
		b = append(b, `,"end":`...)
		b = appendUint(b, tw.base+tk.End)
		if tk.Kind == normalize.Word {
			if tw.stem {
				b = append(b, `,"stem":`...)
				b = appendJSONString(b, tw.stemOf(surface))
			}
			if tw.clitics {
				b = append(b, `,"clitics":[`...)
				tw.cands = normalize.AppendClitics(tw.cands[:0], tk.Norm)
				for j, cand := range tw.cands {
					if j > 0 {
						b = append(b, ',')
					}
					b = append(b, '"')
					if cand.Proclitics != "" {
						b = appendJSONBody(b, cand.Proclitics)
						b = append(b, '+')
					}
					b = appendJSONBody(b, cand.Key)
					b = append(b, '"')
				}
				b = append(b, ']')
			}
		}
		b = append(b, "}\n"...)
		if len(b) >= flushSize {
			if err := writeOutput(tw.w, b); err != nil {
				return err
			}
			b = b[:0]
		}
	}
	tw.buf = b
	tw.base += c.text.OriginalLen()
	return nil
}

// stemOf returns the Snowball stem of a word as written, leaving stop words
// as they are.
func (tw *tokenWriter) stemOf(word string) string {
	if arabic.IsStopWord(word) {
		return word
	}
	return tw.stemmer.Stem(word)
}

// flush writes the gathered output.
func (tw *tokenWriter) flush() error {
	if len(tw.buf) == 0 {
		return nil
	}
	err := writeOutput(tw.w, tw.buf)
	tw.buf = tw.buf[:0]
	return err
}

// appendJSONString appends s to dst as a JSON string, quotes included.
// Tokens are not meant for HTML pages: < > & stay as they are.
func appendJSONString(dst []byte, s string) []byte { return jsonstr.Append(dst, s, false) }

// appendJSONBody appends s escaped for the inside of a JSON string.
func appendJSONBody(dst []byte, s string) []byte { return jsonstr.AppendBody(dst, s, false) }

// digitPairs holds "00" to "99" for appendUint.
const digitPairs = "00010203040506070809101112131415161718192021222324252627282930313233343536373839" +
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879" +
	"8081828384858687888990919293949596979899"

// pow10 holds the powers of ten an int can reach (uint64, so that the
// table compiles where int has 32 bits).
var pow10 = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// appendUint appends the decimal form of n >= 0 to dst, two digits a step,
// written in place.
func appendUint(dst []byte, n int) []byte {
	width := 1
	for width < len(pow10) && uint64(n) >= pow10[width] {
		width++
	}
	dst = slices.Grow(dst, width)
	at := len(dst)
	dst = dst[:at+width]
	out := dst[at:]
	i := width
	for n >= 100 {
		q := n / 100
		d := (n - q*100) * 2
		i -= 2
		out[i], out[i+1] = digitPairs[d], digitPairs[d+1]
		n = q
	}
	if n >= 10 {
		out[i-2], out[i-1] = digitPairs[2*n], digitPairs[2*n+1]
	} else {
		out[i-1] = byte('0' + n)
	}
	return dst
}
