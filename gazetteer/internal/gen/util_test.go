package main

import "sort"

// sortedStrings sorts s in place and returns it.
func sortedStrings(s []string) []string {
	sort.Strings(s)
	return s
}
