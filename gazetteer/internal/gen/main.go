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
//     place:<cc>:country, no coordinates: the samples hold no country rows),
//     with the spellings of countryNames (countries.go);
//   - the first-level divisions that have an Arabic name in the catalogue
//     (admin1_name_ar.tsv, world-wide) or in admin1Fixes (feature admin1, id
//     place:<cc>:adm1-<code>, parent the country, no coordinates: the samples
//     hold no admin rows);
//   - the populated places of the cities500 rows of the sample countries and
//     of cities15000 world-wide that have an Arabic name (id gn:<geonameid>,
//     feature from feature code and population, parent the admin1 entry).
//     In AF, IR, PK and TR only the language-tagged Arabic name is used: their
//     untagged Arabic-script names are mostly Persian, Urdu or Ottoman.
//
// Names are cleaned (no diacritics, tatweel or direction marks) and lose the
// administrative head word analysts leave out ("محافظة حلب" -> حلب, "قضاء
// القائم" -> القائم) unless the bare name is a common word. Names with
// Persian/Urdu/Kurdish letters, names of one or two letters and common words
// (stopKeys) are dropped; fixes.go corrects or completes single places. A key
// held by several entries stays plain on the highest ranked one (country,
// city, admin1, town, village, area; then population) and is written "~key"
// (declared shared) on the others; a shared canonical name is declared by
// listing it as "~name" among the aliases.
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
