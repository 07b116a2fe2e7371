package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"rasd/normalize"
)

func normalizeCommand() *cli.Command {
	return &cli.Command{
		Name:      "normalize",
		Usage:     "print Arabic text with its spelling variants folded",
		ArgsUsage: "[FILE...]",
		Action: func(c *cli.Context) error {
			w := bufio.NewWriter(c.App.Writer)
			defer w.Flush()
			paths := c.Args().Slice()
			if len(paths) == 0 {
				paths = []string{"-"}
			}
			for _, p := range paths {
				var b []byte
				var err error
				if p == "-" {
					b, err = readAll(c.App.Reader)
				} else {
					b, err = os.ReadFile(p)
				}
				if err != nil {
					return fmt.Errorf("%s: %w", p, err)
				}
				s, err := normalize.Decode(b, "")
				if err != nil {
					return fmt.Errorf("%s: %w", p, err)
				}
				w.Write(normalize.AppendFold(nil, s, normalize.Clean))
			}
			return nil
		},
	}
}
