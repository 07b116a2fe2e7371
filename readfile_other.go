//go:build !unix

package main

import (
	"io"
	"os"
	"slices"
)

// readFileInto reads the file at path into buf, which it grows as needed,
// like os.ReadFile but without a fresh buffer per file. regular is unused
// here.
func readFileInto(path string, buf []byte, regular bool) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return buf, err
	}
	defer f.Close()
	buf = slices.Grow(buf, 16<<10)
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, cap(buf)) // doubles
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}
