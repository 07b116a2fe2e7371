// Command rasd turns Arabic news text into structured conflict-event records.
//
// See README.md, or run `rasd --help`.
package main

import "os"

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}
