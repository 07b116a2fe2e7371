package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// alias is one extra name of an entry; shared marks a key the entry knowingly
// shares with another (written "~text").
type alias struct {
	text   string
	shared bool
}

// entry is one place of the generated gazetteer.
type entry struct {
	id, name, nameEn string
	aliases          []alias
	country, feature string
	parent           string
	lat, lon         string
	population       int
	geonames         string
	nameShared       bool // the name's key is shared: written as an alias "~name"
}

// sampleCountries are the countries whose cities500 rows are in the samples.
var sampleCountries = []string{
	"AE", "AF", "BH", "DJ", "DZ", "EG", "ER", "ET", "IL", "IQ", "IR", "JO", "KW", "LB", "LY", "MA",
	"ML", "MR", "NE", "OM", "PK", "PS", "QA", "SA", "SD", "SO", "SS", "SY", "TD", "TN", "TR", "YE",
}

// taggedOnly are sample countries whose untagged Arabic-script alternate
// names are mostly Persian, Urdu, Pashto or Ottoman Turkish spellings: only
// the language-tagged Arabic name of cities15000 is used there.
var taggedOnly = map[string]bool{"AF": true, "IR": true, "PK": true, "TR": true}

// skippedCodes are feature codes of places that are gone or historical.
var skippedCodes = map[string]bool{"PPLQ": true, "PPLH": true, "PPLW": true}

// Feature ranks: which entry keeps a shared key plain.
var featureRank = map[string]int{"country": 0, "city": 1, "admin1": 2, "town": 3, "village": 4, "area": 5}

// readTSV reads a tab-separated file, skipping comment lines (#) and blank
// lines.
func readTSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return rows, nil
}

// build reads the samples under dir and returns the entries, collisions
// resolved, in output order.
func build(dir string) ([]*entry, error) {
	geo := filepath.Join(dir, "geonames")
	var entries []*entry

	countries, err := buildCountries(geo, filepath.Join(dir, "iso-codes", "iso_3166-1_ar.tsv"))
	if err != nil {
		return nil, err
	}
	entries = append(entries, countries...)

	admins, err := buildAdmin1(geo)
	if err != nil {
		return nil, err
	}
	adminIDs := map[string]bool{}
	for _, e := range admins {
		adminIDs[e.id] = true
	}
	entries = append(entries, admins...)

	places, err := buildPlaces(geo, adminIDs)
	if err != nil {
		return nil, err
	}
	entries = append(entries, places...)

	resolveShared(entries)
	sort.SliceStable(entries, func(i, j int) bool { return less(entries[i], entries[j]) })
	return entries, nil
}

// less orders the output: countries, then admin1 by id, then places by
// country and numeric GeoNames id.
func less(a, b *entry) bool {
	ga, gb := group(a), group(b)
	if ga != gb {
		return ga < gb
	}
	if a.country != b.country {
		return a.country < b.country
	}
	if a.geonames != "" && b.geonames != "" {
		na, _ := strconv.Atoi(a.geonames)
		nb, _ := strconv.Atoi(b.geonames)
		if na != nb {
			return na < nb
		}
	}
	return a.id < b.id
}

func group(e *entry) int {
	switch e.feature {
	case "country":
		return 0
	case "admin1":
		return 1
	}
	return 2
}

// buildCountries makes one entry per country of country_name_ar.tsv. The
// English name comes from iso-codes (a plain fact; its Arabic names are not
// used).
func buildCountries(geo, isoPath string) ([]*entry, error) {
	rows, err := readTSV(filepath.Join(geo, "country_name_ar.tsv"))
	if err != nil {
		return nil, err
	}
	english := map[string]string{}
	if iso, err := readTSV(isoPath); err == nil {
		for _, r := range iso {
			if len(r) >= 3 {
				english[r[0]] = r[2]
			}
		}
	}
	var out []*entry
	for _, r := range rows {
		if len(r) < 2 {
			continue
		}
		cc := r[0]
		name := cleanName(r[1])
		if name == "" || badKey(key(name)) {
			continue
		}
		e := &entry{
			id: "place:" + strings.ToLower(cc) + ":country", name: name, nameEn: english[cc],
			country: cc, feature: "country",
		}
		names := append(countryNames[cc], name)
		e.name = names[0]
		have := map[string]bool{key(e.name): true}
		for _, n := range names[1:] {
			if k := key(n); !have[k] {
				have[k] = true
				e.aliases = append(e.aliases, alias{text: n})
			}
		}
		out = append(out, e)
	}
	return out, nil
}

// buildAdmin1 makes one entry per first-level division of the sample
// countries that has an Arabic name.
func buildAdmin1(geo string) ([]*entry, error) {
	en, err := readTSV(filepath.Join(geo, "admin1Codes_names.tsv"))
	if err != nil {
		return nil, err
	}
	ar, err := readTSV(filepath.Join(geo, "admin1_name_ar.tsv"))
	if err != nil {
		return nil, err
	}
	arabic := map[string]string{}
	english := map[string]string{}
	var codes []string
	for _, r := range en {
		if len(r) >= 2 {
			english[r[0]] = r[1]
			codes = append(codes, r[0])
		}
	}
	for _, r := range ar {
		if len(r) < 2 {
			continue
		}
		arabic[r[0]] = r[1]
		if _, ok := english[r[0]]; !ok {
			// Divisions of countries outside the samples: the
			// catalogue row carries the English GeoNames name.
			if len(r) >= 3 {
				english[r[0]] = r[2]
			}
			codes = append(codes, r[0])
		}
	}
	var out []*entry
	for _, code := range codes {
		cc, a1, ok := strings.Cut(code, ".")
		if !ok {
			continue
		}
		raw := arabic[code]
		if fix, ok := admin1Fixes[code]; ok {
			raw = fix
		}
		full := cleanName(raw)
		if full == "" {
			continue
		}
		// News writes "محافظة حلب" and analysts mark حلب: the name
		// is the bare one, the head word is context for the matcher.
		// Only a bare name that is a common word keeps its head.
		name, _ := stripHead(full)
		if badKey(key(name)) {
			if badKey(key(full)) {
				continue
			}
			name = full
		}
		e := &entry{
			id: "place:" + strings.ToLower(cc) + ":adm1-" + strings.ToLower(a1), name: name, nameEn: english[code],
			country: cc, feature: "admin1", parent: "place:" + strings.ToLower(cc) + ":country",
		}
		have := map[string]bool{key(e.name): true}
		for _, a := range admin1Aliases[code] {
			if k := key(a); !have[k] {
				have[k] = true
				e.aliases = append(e.aliases, alias{text: a})
			}
		}
		out = append(out, e)
	}
	return out, nil
}

// tagged is a language-tagged Arabic name of cities15000 with its row.
type tagged struct {
	nameAr string
	row    []string
}

// buildPlaces makes the populated places: cities500 rows of the sample
// countries and cities15000 rows world-wide that have an Arabic name.
func buildPlaces(geo string, adminIDs map[string]bool) ([]*entry, error) {
	rows, err := readTSV(filepath.Join(geo, "cities15000_name_ar.tsv"))
	if err != nil {
		return nil, err
	}
	tags := map[string]tagged{}
	for _, r := range rows {
		if len(r) < 11 || r[10] != "1" {
			continue
		}
		tags[r[0]] = tagged{nameAr: r[1], row: r}
	}
	var out []*entry
	seen := map[string]bool{}
	for _, cc := range sampleCountries {
		rows, err := readTSV(filepath.Join(geo, cc+".txt"))
		if err != nil {
			return nil, err
		}
		for i, r := range rows {
			if len(r) != 19 {
				return nil, fmt.Errorf("%s.txt: row %d: %d columns, want 19", cc, i+1, len(r))
			}
			id := r[0]
			seen[id] = true
			if skippedCodes[r[7]] {
				continue
			}
			pop, _ := strconv.Atoi(r[14])
			var names []string
			if t, ok := tags[id]; ok {
				names = append(names, t.nameAr)
			}
			if !taggedOnly[cc] {
				names = append(names, strings.Split(r[3], ",")...)
			}
			p := placeRow{id: id, nameEn: r[1], cc: r[8], admin1: r[10], code: r[7], lat: r[4], lon: r[5], pop: pop}
			e := newPlace(p, names, tags[id].nameAr != "", adminIDs)
			if e != nil {
				out = append(out, e)
			}
		}
	}
	// cities15000 outside the sample countries: the tagged row carries
	// country, coordinates and population.
	for id, t := range tags {
		if seen[id] {
			continue
		}
		r := t.row
		if r[2] == "" || r[7] == "" || r[8] == "" || skippedCodes[r[5]] {
			continue
		}
		pop, _ := strconv.Atoi(r[9])
		p := placeRow{id: id, nameEn: r[3], cc: r[2], admin1: r[6], code: r[5], lat: r[7], lon: r[8], pop: pop}
		e := newPlace(p, []string{t.nameAr}, true, adminIDs)
		if e != nil {
			out = append(out, e)
		}
	}
	return out, nil
}

// placeRow holds the GeoNames fields of a populated place.
type placeRow struct {
	id, nameEn, cc, admin1, code, lat, lon string
	pop                                    int
}

// newPlace makes a populated place from its GeoNames fields and raw
// Arabic-script names (the tagged Arabic name first when hasTag), applying
// placeFixes. It returns nil when no usable Arabic name is left.
func newPlace(p placeRow, raw []string, hasTag bool, adminIDs map[string]bool) *entry {
	if fix, ok := placeFixes[p.id]; ok {
		if fix.name != "" {
			raw = append([]string{fix.name}, raw...)
			hasTag = true
		}
		raw = append(raw, fix.add...)
		dropped := map[string]bool{}
		for _, d := range fix.drop {
			dropped[key(d)] = true
		}
		var kept []string
		for _, s := range raw {
			if !dropped[key(cleanName(s))] {
				kept = append(kept, s)
			}
		}
		raw = kept
	}
	return placeFrom(p, raw, hasTag, adminIDs)
}

// placeFrom makes the entry of p from its names, the first one canonical if
// preferred, else the one closest to the romanized name.
func placeFrom(p placeRow, raw []string, preferred bool, adminIDs map[string]bool) *entry {
	type cand struct{ text, key string }
	var cands []cand
	keys := map[string]bool{}
	tagUsed := false
	for i, s := range raw {
		c := cleanName(s)
		if c == "" {
			continue
		}
		c, _ = stripHead(c)
		k := key(c)
		if keys[k] || badKey(k) {
			continue
		}
		keys[k] = true
		cands = append(cands, cand{c, k})
		if i == 0 && preferred {
			tagUsed = true
		}
	}
	if len(cands) == 0 {
		return nil
	}
	if !tagUsed {
		// No usable tagged name: take the spelling closest to the
		// romanized name.
		best, bestScore := 0, -1.0
		for i, c := range cands {
			if s := similarity(skeletonArabic(c.text), skeletonLatin(romanLongVowels(p.nameEn))); s > bestScore {
				best, bestScore = i, s
			}
		}
		cands[0], cands[best] = cands[best], cands[0]
	}
	lc := strings.ToLower(p.cc)
	parent := "place:" + lc + ":adm1-" + strings.ToLower(p.admin1)
	if !adminIDs[parent] {
		parent = "place:" + lc + ":country"
	}
	e := &entry{
		id: "gn:" + p.id, name: cands[0].text, nameEn: p.nameEn, country: p.cc,
		feature: placeFeature(p.code, p.pop), parent: parent, lat: p.lat, lon: p.lon,
		population: p.pop, geonames: p.id,
	}
	for _, c := range cands[1:] {
		e.aliases = append(e.aliases, alias{text: c.text})
	}
	return e
}

// romanLongVowels writes the long vowels ī and ū of a GeoNames romanized
// name as the consonants y and w that their Arabic letters skeletonize to,
// and drops the other diacritics, so "Al Qāmishlī" prefers القامشلي to
// القامشلو.
func romanLongVowels(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case 'ī', 'Ī':
			b.WriteByte('y')
		case 'ū', 'Ū':
			b.WriteByte('w')
		case 'ā', 'Ā', 'á', 'é', 'ē':
			b.WriteByte('a')
		case 'Ḩ', 'ḩ', 'Ḥ', 'ḥ':
			b.WriteByte('h')
		case 'Ş', 'ş', 'Ṣ', 'ṣ':
			b.WriteByte('s')
		case 'Ţ', 'ţ', 'Ṭ', 'ṭ':
			b.WriteByte('t')
		case 'Ḑ', 'ḑ', 'Ḍ', 'ḍ':
			b.WriteByte('d')
		case 'Ẓ', 'ẓ':
			b.WriteByte('z')
		default:
			if r < 128 {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// placeFeature maps a GeoNames feature code and population to a rasd feature.
func placeFeature(code string, pop int) string {
	switch {
	case code == "PPLX":
		return "area"
	case code == "PPLC" || code == "PPLA" || pop >= 100000:
		return "city"
	case code == "PPLA2" || pop >= 10000:
		return "town"
	}
	return "village"
}

// resolveShared finds keys held by more than one entry and declares them
// shared ("~key") on every holder but the highest ranked one, which keeps
// the key plain.
func resolveShared(entries []*entry) {
	type holder struct {
		e       *entry
		aliasAt int // -1: the name
	}
	byKey := map[string][]holder{}
	for _, e := range entries {
		byKey[key(e.name)] = append(byKey[key(e.name)], holder{e, -1})
		for i, a := range e.aliases {
			byKey[key(a.text)] = append(byKey[key(a.text)], holder{e, i})
		}
	}
	for _, hs := range byKey {
		if len(hs) < 2 {
			continue
		}
		sort.SliceStable(hs, func(i, j int) bool { return outranks(hs[i].e, hs[j].e) })
		for _, h := range hs[1:] {
			if h.aliasAt < 0 {
				h.e.nameShared = true
			} else {
				h.e.aliases[h.aliasAt].shared = true
			}
		}
	}
}

// outranks reports whether a keeps a shared key plain before b: by feature
// rank, then population, then id.
func outranks(a, b *entry) bool {
	ra, rb := featureRank[a.feature], featureRank[b.feature]
	if ra != rb {
		return ra < rb
	}
	if a.population != b.population {
		return a.population > b.population
	}
	return a.id < b.id
}

// header is the column line of the output.
const header = "id\tkind\tname\tname_en\taliases\tcountry\tfeature\tparent\tlat\tlon\tpopulation\tgeonames"

// write writes entries in the gazetteer TSV format with the attribution
// header.
func write(out io.Writer, entries []*entry) error {
	w := bufio.NewWriter(out)
	fmt.Fprintln(w, "# rasd places generated from GeoNames samples by `go run ./gazetteer/internal/gen` (do not edit by hand; curate in places.tsv).")
	fmt.Fprintln(w, "# Contains data from GeoNames (www.geonames.org), CC BY 4.0")
	fmt.Fprintln(w, "# Hand corrections and extra spellings live in gazetteer/internal/gen/fixes.go and countries.go.")
	fmt.Fprintln(w, "# An alias written ~X is a name knowingly shared with another entry.")
	fmt.Fprintln(w, header)
	for _, e := range entries {
		var as []string
		if e.nameShared {
			as = append(as, "~"+e.name)
		}
		for _, a := range e.aliases {
			if a.shared {
				as = append(as, "~"+a.text)
			} else {
				as = append(as, a.text)
			}
		}
		pop := ""
		if e.population > 0 {
			pop = strconv.Itoa(e.population)
		}
		fmt.Fprintln(w, strings.Join([]string{
			e.id, "place", e.name, tsvSafe(e.nameEn), strings.Join(as, "|"), e.country, e.feature,
			e.parent, e.lat, e.lon, pop, e.geonames,
		}, "\t"))
	}
	return w.Flush()
}

// tsvSafe removes characters that would break a TSV field.
func tsvSafe(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ", "|", " ").Replace(s)
}
