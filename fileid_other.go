//go:build !unix

package main

import "io/fs"

// idOf reports no identity where fs.FileInfo carries no device and inode
// numbers: there --follow has no guard against loops of symlinked folders
// other than the system's own limits on path length and depth.
func idOf(fs.FileInfo) (fileID, bool) { return fileID{}, false }
