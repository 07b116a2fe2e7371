//go:build race

package main

// raceDetector reports a test binary built with -race, whose memory use the
// race detector multiplies (5-10×, says its documentation).
const raceDetector = true
