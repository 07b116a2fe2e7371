// Package geonames reads GeoNames dumps (the 19-column tab-separated format
// of allCountries.txt, cities500.txt or a country file such as SY.txt) and
// turns their rows into rasd gazetteer entries: the Arabic-script alternate
// names become the name and aliases, feature codes map to rasd features.
//
// Data read with this package is GeoNames data: "Contains data from GeoNames
// (www.geonames.org), CC BY 4.0".
package geonames

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"rasd/gazetteer"
	"rasd/normalize"
)

// Attribution is the line that must accompany GeoNames-derived data.
const Attribution = "Contains data from GeoNames (www.geonames.org), CC BY 4.0"

// The columns of a GeoNames dump row.
const (
	colID = iota
	colName
	colASCII
	colAlternates
	colLat
	colLon
	colClass
	colCode
	colCountry
	colCC2
	colAdmin1
	colAdmin2
	colAdmin3
	colAdmin4
	colPopulation
	colElevation
	colDEM
	colTimezone
	colModified
	numColumns
)

// Options tune an import.
type Options struct {
	// Parent returns the id of the entry that contains a place of country
	// cc (ISO alpha-2) and first-level division admin1 (GeoNames code; ""
	// for a division itself), or "". Nil leaves parents empty.
	Parent func(cc, admin1 string) string
}

// Stats counts what an import did.
type Stats struct {
	// Rows is the number of rows read.
	Rows int
	// Entries is the number of entries made.
	Entries int
	// NoArabic counts rows skipped for want of an Arabic name.
	NoArabic int
	// Unmapped counts rows skipped because rasd has no feature for their
	// feature code (buildings, hotels, ...).
	Unmapped int
}

// Read reads a GeoNames dump from r and calls emit with one entry per row
// that has an Arabic name and a feature rasd knows. It streams: memory does
// not grow with the input. A malformed row stops it with an error naming
// the line.
func Read(r io.Reader, o Options, emit func(gazetteer.Entry) error) (Stats, error) {
	var st Stats
	br := bufio.NewReaderSize(r, 1<<20)
	var fields [numColumns]string
	for line := 1; ; line++ {
		s, err := br.ReadString('\n')
		if err != nil && err != io.EOF {
			return st, fmt.Errorf("geonames line %d: %w", line, err)
		}
		if s == "" && err == io.EOF {
			break
		}
		s = strings.TrimRight(s, "\r\n")
		if s == "" || s[0] == '#' {
			if err == io.EOF {
				break
			}
			continue
		}
		st.Rows++
		if n := split(s, &fields); n != numColumns {
			return st, fmt.Errorf("geonames line %d: %d columns, want %d", line, n, numColumns)
		}
		e, v, perr := entry(&fields, o)
		if perr != nil {
			return st, fmt.Errorf("geonames line %d: %w", line, perr)
		}
		switch v {
		case noArabic:
			st.NoArabic++
		case unmapped:
			st.Unmapped++
		default:
			st.Entries++
			if eerr := emit(e); eerr != nil {
				return st, eerr
			}
		}
		if err == io.EOF {
			break
		}
	}
	return st, nil
}

// Import reads a GeoNames dump from r and writes rasd's TSV format to w,
// with the attribution as a comment.
func Import(r io.Reader, w io.Writer, o Options) (Stats, error) {
	bw := bufio.NewWriterSize(w, 1<<20)
	fmt.Fprintf(bw, "# rasd places imported from GeoNames by `rasd gazetteer import geonames`.\n# %s\n", Attribution)
	bw.WriteString("id\tkind\tname\tname_en\taliases\tcountry\tfeature\tparent\tlat\tlon\tpopulation\tgeonames\n")
	var buf []byte
	st, err := Read(r, o, func(e gazetteer.Entry) error {
		buf = appendRow(buf[:0], &e)
		_, werr := bw.Write(buf)
		return werr
	})
	if err != nil {
		return st, err
	}
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("geonames: write: %w", err)
	}
	return st, nil
}

// appendRow appends the TSV row of a place with Import's columns.
func appendRow(dst []byte, e *gazetteer.Entry) []byte {
	aliases := append(append([]string(nil), e.Aliases...), prefixed(e.Shared)...)
	cols := []string{e.ID, "place", e.Name, clean(e.NameEn), strings.Join(aliases, "|"), e.Country, e.Feature, e.Parent,
		strconv.FormatFloat(e.Lat, 'f', -1, 64), strconv.FormatFloat(e.Lon, 'f', -1, 64), "", strconv.FormatInt(e.GeoNames, 10)}
	if e.Population > 0 {
		cols[10] = strconv.FormatInt(e.Population, 10)
	}
	dst = append(dst, strings.Join(cols, "\t")...)
	return append(dst, '\n')
}

func prefixed(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = "~" + s
	}
	return out
}

// clean removes the characters the TSV format cannot carry.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r', '|':
			return ' '
		}
		return r
	}, s)
}

// split splits a row at tabs into fields and returns the number of fields.
func split(s string, fields *[numColumns]string) int {
	n := 0
	for {
		i := strings.IndexByte(s, '\t')
		if n < numColumns {
			if i < 0 {
				fields[n] = s
			} else {
				fields[n] = s[:i]
			}
		}
		n++
		if i < 0 {
			return n
		}
		s = s[i+1:]
	}
}

// verdict says whether a row makes an entry.
type verdict uint8

const (
	keep     verdict = iota // the row makes an entry
	noArabic                // skipped: no Arabic name
	unmapped                // skipped: no rasd feature for its code
)

// entry makes the entry of one row, or says why the row is skipped; the
// error reports a malformed row.
func entry(f *[numColumns]string, o Options) (gazetteer.Entry, verdict, error) {
	var e gazetteer.Entry
	id, err := strconv.ParseInt(f[colID], 10, 64)
	if err != nil || id <= 0 {
		return e, keep, fmt.Errorf("bad geonameid %q", f[colID])
	}
	pop := int64(0)
	if p := f[colPopulation]; p != "" {
		if pop, err = strconv.ParseInt(p, 10, 64); err != nil || pop < 0 {
			return e, keep, fmt.Errorf("bad population %q", p)
		}
	}
	feature := Feature(f[colClass], f[colCode], pop)
	if feature == "" {
		return e, unmapped, nil
	}
	names := ArabicNames(f[colAlternates])
	if len(names) == 0 {
		return e, noArabic, nil
	}
	lat, err1 := strconv.ParseFloat(f[colLat], 64)
	lon, err2 := strconv.ParseFloat(f[colLon], 64)
	if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
		return e, keep, fmt.Errorf("bad coordinates %q %q", f[colLat], f[colLon])
	}
	name := pick(names, f[colASCII])
	e = gazetteer.Entry{ID: "gn:" + f[colID], Kind: gazetteer.Place, Name: name, NameEn: f[colName],
		Country: f[colCountry], Feature: feature, Lat: lat, Lon: lon, HasCoord: true,
		Population: pop, GeoNames: id}
	seen := map[string]bool{gazetteer.Key(name): true}
	for _, n := range names {
		if k := gazetteer.Key(n); k != "" && !seen[k] {
			seen[k] = true
			e.Aliases = append(e.Aliases, n)
		}
	}
	if o.Parent != nil && e.Country != "" {
		a1 := f[colAdmin1]
		if feature == "admin1" || feature == "country" {
			a1 = ""
		}
		if feature != "country" {
			e.Parent = o.Parent(e.Country, a1)
		}
	}
	return e, keep, nil
}

// Feature maps a GeoNames feature class and code (and population, for
// populated places) to a rasd place feature, or "" when rasd has none.
func Feature(class, code string, pop int64) string {
	switch code {
	case "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL":
		return "country"
	case "ADM1", "ADM1H":
		return "admin1"
	case "ADM2", "ADM2H":
		return "admin2"
	case "ADM3", "ADM4", "ADM5", "ADMD":
		return "area"
	case "PPLC", "PPLA", "PPLG":
		return "city"
	case "PPLX", "PPLL", "PPLF", "PPLR", "PPLS":
		if code == "PPLX" {
			return "area" // a section of a city: a neighbourhood
		}
		return "village"
	case "AIRP", "AIRF", "AIRH":
		return "airport"
	case "AIRB", "MILB", "INSM", "NVB":
		return "base"
	case "PSTB", "BP":
		return "crossing"
	case "STM", "STMI", "STMX", "WAD", "WADX", "CNL":
		return "river"
	case "MT", "MTS", "HLL", "HLLS", "PK", "PKS", "RDGE", "PLAT":
		return "mountain"
	case "RGN", "RGNE", "AREA", "PEN", "DSRT", "VAL", "PLN", "OAS", "ISL", "ISLS":
		return "region"
	case "CMP", "CMPRF", "LCTY", "FRM", "QUAR", "MKT":
		return "area"
	}
	if class == "P" { // PPL, PPLA2-4, PPLQ, PPLW, PPLCH ...
		switch {
		case pop >= 50_000:
			return "city"
		case pop >= 5_000:
			return "town"
		}
		return "village"
	}
	return ""
}

// ArabicNames returns the alternate names (comma-separated) written in the
// Arabic alphabet as Arabic uses it: names with letters that only Persian,
// Urdu, Pashto, Kurdish or Uyghur use (پ چ ژ گ ک ی ہ ۀ ھ ٹ ڈ ڑ ں ے ...) are
// left out, and so are names mixing scripts.
func ArabicNames(alternates string) []string {
	var out []string
	for _, n := range strings.Split(alternates, ",") {
		n = strings.TrimSpace(n)
		if n != "" && isArabic(n) {
			out = append(out, n)
		}
	}
	return out
}

// isArabic reports whether s has Arabic letters and nothing but Arabic
// letters, Arabic diacritics, spaces, hyphens and apostrophes.
func isArabic(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 0x0621 && r <= 0x063A, r >= 0x0641 && r <= 0x064A, r == 0x0671:
			letters++
		case r >= 0x064B && r <= 0x0652, r == 0x0670, r == 0x0640:
		case r == ' ', r == '-', r == '\'', r == 0x200C:
		default:
			return false
		}
	}
	return letters >= 2
}

// pick chooses the canonical name among Arabic names: the one whose
// consonant skeleton is closest to the romanized name, shorter and without
// diacritics on ties.
func pick(names []string, ascii string) string {
	lat := skeletonLatin(ascii)
	best, bestScore := "", -1.0
	for _, n := range names {
		s := similarity(skeletonArabic(n), lat)
		if strings.ContainsFunc(n, func(r rune) bool { return r >= 0x064B && r <= 0x0652 }) {
			s -= 0.01
		}
		s -= float64(utf8.RuneCountInString(n)) * 1e-4
		if s > bestScore {
			best, bestScore = n, s
		}
	}
	return best
}

// arabicSkeleton maps Arabic letters (folded) to the Latin consonant that
// romanizations write for them; long vowels and hamza give nothing.
var arabicSkeleton = map[rune]string{
	'ب': "b", 'ت': "t", 'ث': "t", 'ج': "j", 'ح': "h", 'خ': "k", 'د': "d", 'ذ': "d", 'ر': "r",
	'ز': "z", 'س': "s", 'ش': "s", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z", 'غ': "g", 'ف': "f",
	'ق': "k", 'ك': "k", 'ل': "l", 'م': "m", 'ن': "n", 'ه': "h", 'و': "w", 'ي': "y",
}

func skeletonArabic(s string) string {
	var b strings.Builder
	for _, r := range normalize.String(s, normalize.Match) {
		b.WriteString(arabicSkeleton[r])
	}
	return b.String()
}

func skeletonLatin(s string) string {
	s = strings.ToLower(s)
	for _, p := range [][2]string{{"kh", "k"}, {"sh", "s"}, {"th", "t"}, {"dh", "d"}, {"gh", "g"}, {"ou", "w"}, {"q", "k"}, {"c", "k"}, {"x", "ks"}, {"v", "f"}, {"p", "b"}, {"e", ""}} {
		s = strings.ReplaceAll(s, p[0], p[1])
	}
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' && !strings.ContainsRune("aiou", r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// similarity is the length of the longest common subsequence of a and b
// over the longer length, in [0, 1].
func similarity(a, b string) float64 {
	if a == "" || b == "" {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return float64(prev[len(b)]) / float64(max(len(a), len(b)))
}
