package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"
)

// Exit codes.
const (
	exitOK      = 0 // everything went well
	exitFailed  = 1 // some inputs failed; everything else was still written
	exitUsage   = 2 // the command line was wrong
	programName = "rasd"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// errInputsFailed reports that some inputs could not be processed; each was
// already reported on stderr.
var errInputsFailed = errors.New("some inputs failed")

// usageError marks a command-line mistake (exit code 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// run runs rasd with its streams, so tests can call it in-process, and
// returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	err := app.Run(args)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errInputsFailed):
		return exitFailed
	}
	fmt.Fprintf(stderr, "%s: %v\n", programName, err)
	var ue usageError
	if errors.As(err, &ue) {
		return exitUsage
	}
	return exitFailed
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:                 programName,
		Usage:                "turn Arabic news text into conflict-event records",
		Version:              version,
		Reader:               stdin,
		Writer:               stdout,
		ErrWriter:            stderr,
		EnableBashCompletion: true,
		Suggest:              true,
		ExitErrHandler:       func(*cli.Context, error) {},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return usageError{err}
		},
		Commands: []*cli.Command{
			normalizeCommand(),
		},
	}
}
