package main

import "io"

// readAll reads r to its end.
func readAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }
