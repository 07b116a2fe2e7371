package main

import (
	"bufio"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// anonHugeBytes returns the process's anonymous memory on huge pages.
func anonHugeBytes(t *testing.T) int64 {
	t.Helper()
	f, err := os.Open("/proc/self/smaps_rollup")
	if err != nil {
		t.Skipf("no /proc/self/smaps_rollup: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "AnonHugePages:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				t.Fatalf("smaps_rollup: %q: %v", sc.Text(), err)
			}
			return kb << 10
		}
	}
	t.Skip("smaps_rollup has no AnonHugePages line (a kernel without THP)")
	return 0
}

// TestAdviseHugeHeap checks that the heap grows on huge pages after
// adviseHugeHeap, where the system grants them on request. The check runs
// in a process of its own, whose heap no other test has advised.
func TestAdviseHugeHeap(t *testing.T) {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil {
		t.Skipf("no transparent huge pages here: %v", err)
	}
	if strings.Contains(string(mode), "[never]") {
		t.Skip("transparent huge pages are off on this system ([never])")
	}
	if os.Getenv("RASD_TEST_HUGEHEAP") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestAdviseHugeHeap$", "-test.v")
		cmd.Env = append(os.Environ(), "RASD_TEST_HUGEHEAP=1")
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), "--- PASS: TestAdviseHugeHeap") {
			t.Fatalf("the check in a process of its own: %v\n%s", err, out)
		}
		return
	}
	before := anonHugeBytes(t)
	adviseHugeHeap(hugeHeapSize)
	// 16 MB of heap, about what a run over the bench folder reaches, touched
	var keep [][]byte
	for range 256 {
		b := make([]byte, 64<<10)
		for i := 0; i < len(b); i += 4096 {
			b[i] = 1
		}
		keep = append(keep, b)
	}
	after := anonHugeBytes(t)
	if after-before < 8<<20 {
		t.Errorf("AnonHugePages %d → %d bytes after 16 MB of heap: the heap is not on huge pages (THP mode %s)",
			before, after, strings.TrimSpace(string(mode)))
	}
	_ = keep
}
