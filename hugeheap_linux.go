package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"unsafe"
)

// madvHugePage is MADV_HUGEPAGE, which package syscall does not name.
const madvHugePage = 14

// hugePageSize is the size of a transparent huge page on x86-64, and on
// arm64 with 4 KB pages.
const hugePageSize = 2 << 20

// adviseHugeHeap asks Linux to back the next size bytes of the Go heap with
// transparent huge pages, where the system leaves that to the program (THP
// "madvise", the usual default; with "always" the heap has them anyway, with
// "never" it cannot).
//
// Each 4 KB page the heap grows by costs a page fault the first time it is
// touched, ~12 µs on the VMs measured. On the bench folder, a run took 3.9k
// page faults at -j 1 and 4.7k at -j 2, 4-5% of its CPU time; with huge
// pages, 1.6-2.1k either way.
//
// The Go runtime has no switch for it, so the heap is made to grow by size
// bytes at once, with one block, and the block is advised and dropped: the
// runtime keeps the block's pages mapped for the heap after collecting it,
// and the objects allocated there after that are on huge pages. It costs a
// garbage collection at start (~5 ms of start-up on the VMs measured), so
// extract asks for it on runs over many documents only. GODEBUG=disablethp=1,
// the runtime's own switch against huge pages, turns it off.
func adviseHugeHeap(size int) {
	if strings.Contains(os.Getenv("GODEBUG"), "disablethp=1") {
		return
	}
	// the block must not survive a collection: it would count as live heap
	// and put off the next collection by its size
	prev := debug.SetGCPercent(-1)
	block := make([]byte, size)
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(block)))
	skip := int((addr+hugePageSize-1)&^(hugePageSize-1) - addr) // to a huge page's start
	if skip < size {
		pages := block[skip:]
		pages = pages[:len(pages)&^(hugePageSize-1)]
		// failure (an old kernel, THP left out of it) only means small pages
		_ = syscall.Madvise(pages, madvHugePage)
	}
	block = nil
	debug.SetGCPercent(prev)
	runtime.GC() // collect the block now, while the heap holds little else
}
