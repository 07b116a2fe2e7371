package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"
)

// Exit codes.
const (
	exitOK          = 0   // everything went well
	exitFailed      = 1   // some inputs failed; everything else was still written
	exitUsage       = 2   // the command line was wrong
	exitInterrupted = 130 // stopped by Ctrl-C or SIGTERM, as shells report SIGINT
	programName     = "rasd"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// errInputsFailed reports that some inputs could not be processed; each was
// already reported on stderr.
var errInputsFailed = errors.New("some inputs failed")

// errInterrupted reports a run stopped by a signal; no output file was left
// behind.
var errInterrupted = errors.New("interrupted")

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
	switch {
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", usageCommand(args))
		return exitUsage
	case errors.Is(err, errInterrupted):
		return exitInterrupted
	}
	return exitFailed
}

// usageCommand names the command a usage error is about ("rasd extract").
func usageCommand(args []string) string {
	for _, a := range args[min(1, len(args)):] {
		if len(a) > 0 && a[0] != '-' {
			return programName + " " + a
		}
		break
	}
	return programName
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:                 programName,
		Usage:                "turn Arabic news text into conflict-event records",
		UsageText:            "rasd [--version] COMMAND [flags] [args]\n\n   rasd extract --date 2020-03-12 testdata/bukamal.txt\n   rasd extract --help",
		Version:              version,
		Reader:               stdin,
		Writer:               stdout,
		ErrWriter:            stderr,
		EnableBashCompletion: true,
		Suggest:              true,
		ExitErrHandler:       func(*cli.Context, error) {},
		OnUsageError:         onUsageError,
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageError{fmt.Errorf("unknown command %q", c.Args().First())}
			}
			return cli.ShowAppHelp(c)
		},
		// Commands: one line each, in the order --help lists them.
		Commands: []*cli.Command{
			extractCommand(),
			normalizeCommand(),
			tokensCommand(),
			gazetteerCommand(),
			completionCommand(),
		},
	}
	for _, c := range app.Commands {
		setUsageError(c)
	}
	return app
}

// onUsageError turns a flag mistake into a usageError (exit code 2).
func onUsageError(_ *cli.Context, err error, _ bool) error {
	return usageError{err}
}

// setUsageError makes flag mistakes in c and its subcommands usage errors.
func setUsageError(c *cli.Command) {
	if c.OnUsageError == nil {
		c.OnUsageError = onUsageError
	}
	for _, s := range c.Subcommands {
		setUsageError(s)
	}
}

func init() {
	// -v is extract's --verbose; the version is --version only.
	cli.VersionFlag = &cli.BoolFlag{Name: "version", Usage: "print the version"}
}
