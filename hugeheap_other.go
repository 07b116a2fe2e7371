//go:build !linux

package main

// adviseHugeHeap asks for transparent huge pages on Linux only.
func adviseHugeHeap(size int) {}
