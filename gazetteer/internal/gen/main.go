// Command gen builds rasd's generated place gazetteer,
// gazetteer/data/places_geonames.tsv, from the GeoNames samples in
// ../shared/data (see that folder's READMEs).
//
// Usage, from the repository root:
//
//	go run ./gazetteer/internal/gen [-data ../shared/data] [-o gazetteer/data/places_geonames.tsv]
//
// The output is deterministic: the same inputs give the same bytes, so the
// generated file can be committed and reviewed as a diff.
//
// What it writes:
//   - every country in country_name_ar.tsv (feature country, id
//     place:<cc>:country, no coordinates: the samples hold no country rows);
//   - the first-level divisions of the sample countries that have an Arabic
//     name (feature admin1, id place:<cc>:adm1-<code>, parent the country,
//     no coordinates: the samples hold no admin rows);
//   - the populated places of the cities500 rows of the sample countries and
//     of cities15000 world-wide that have an Arabic name (id gn:<geonameid>,
//     feature from feature code and population, parent the admin1 entry).
//
// Names and aliases are cleaned (no diacritics, qualifiers such as "محافظة"
// or "قضاء" taken off), deduplicated by match key, and filtered: names with
// Persian/Urdu letters, names of one or two letters and common words
// (stopKeys) are dropped. A key held by several entries stays plain on the
// highest ranked one and is written "~key" (declared ambiguous) on the others.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

// run parses args, builds the gazetteer and writes it; it returns the exit
// code.
func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/data", "folder with the geonames/ samples")
	out := fs.String("o", "gazetteer/data/places_geonames.tsv", "output file")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	entries, err := build(*data)
	if err != nil {
		fmt.Fprintf(stderr, "gen: %v\n", err)
		return 1
	}
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintf(stderr, "gen: %v\n", err)
		return 1
	}
	if err := write(f, entries); err != nil {
		f.Close()
		fmt.Fprintf(stderr, "gen: %s: %v\n", *out, err)
		return 1
	}
	if err := f.Close(); err != nil {
		fmt.Fprintf(stderr, "gen: %s: %v\n", *out, err)
		return 1
	}
	fmt.Fprintf(stderr, "gen: wrote %d entries to %s\n", len(entries), *out)
	return 0
}
