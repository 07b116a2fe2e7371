//go:build unix

package main

import (
	"io/fs"
	"slices"
	"syscall"
)

// readFileInto reads the file at path into buf, which it grows as needed.
// It does what os.ReadFile does with three or four system calls instead of
// ten: an *os.File of a regular file costs four fcntl calls and a failing
// epoll_ctl on Linux, and its size an fstat. A reused buffer mostly holds a
// news article at once, and a system call costs microseconds on a virtual
// machine. When regular says path is a regular file, a short read is its
// end, without a last read to see it (a pipe may return less at any time).
// Errors are *fs.PathError, as os.ReadFile's.
func readFileInto(path string, buf []byte, regular bool) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return buf, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	buf = slices.Grow(buf, 16<<10)
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, cap(buf)) // doubles
		}
		n, err := syscall.Read(fd, buf[len(buf):cap(buf)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return buf, &fs.PathError{Op: "read", Path: path, Err: err}
		}
		if n == 0 {
			return buf, nil
		}
		short := len(buf)+n < cap(buf)
		buf = buf[:len(buf)+n]
		if regular && short {
			return buf, nil
		}
	}
}
