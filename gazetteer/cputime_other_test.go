//go:build !unix

package gazetteer

import "time"

// cpuTime returns 0 where the process's CPU time is not read: reportCPU then
// reports nothing.
func cpuTime() time.Duration { return 0 }
