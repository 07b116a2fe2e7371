package gazetteer

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Column names of the TSV format, in the order Write puts them.
var columns = []string{"id", "kind", "name", "name_en", "aliases", "country", "feature", "type", "parent",
	"lat", "lon", "population", "geonames", "wikidata"}

// required are the columns a header must have.
var required = []string{"id", "kind", "name"}

// Column indices into columns.
const (
	colID = iota
	colKind
	colName
	colNameEn
	colAliases
	colCountry
	colFeature
	colType
	colParent
	colLat
	colLon
	colPopulation
	colGeoNames
	colWikidata
	numColumns
)

var columnIndex = func() map[string]int {
	m := make(map[string]int, len(columns))
	for i, c := range columns {
		m[c] = i
	}
	return m
}()

// ParseError is a problem at one line of a gazetteer file.
type ParseError struct {
	// File names the file (as given to Parse).
	File string
	// Line is the 1-based line number.
	Line int
	// Err is what is wrong.
	Err error
}

// Error returns "gazetteer FILE line N: problem".
func (e *ParseError) Error() string {
	return fmt.Sprintf("gazetteer %s line %d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the underlying problem.
func (e *ParseError) Unwrap() error { return e.Err }

// Parse reads a gazetteer TSV file (see the package documentation for the
// format). name is used in error messages. It stops at the first error,
// which is a *ParseError carrying the file and line.
func Parse(r io.Reader, name string) ([]Entry, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, &ParseError{File: name, Line: 0, Err: err}
	}
	return parseEntries(string(b), name)
}

// parseEntries is Parse over a file's content.
func parseEntries(s, name string) ([]Entry, error) {
	out := make([]Entry, 0, strings.Count(s, "\n")+1)
	err := parseString(s, name, func(e Entry, _ int) error {
		out = append(out, e)
		return nil
	})
	return out, err
}

// ParseAll reads a gazetteer file like Parse but goes on after a bad line and
// returns every problem it found, each a *ParseError; the entries are those
// of the good lines. Lines is the line number of each entry.
func ParseAll(r io.Reader, name string) (entries []Entry, lines []int, errs []error) {
	err := parse(r, name, func(e Entry, line int) error {
		entries = append(entries, e)
		lines = append(lines, line)
		return nil
	}, func(err error) { errs = append(errs, err) })
	if err != nil {
		errs = append(errs, err)
	}
	return entries, lines, errs
}

// parse calls emit for every entry of r. With a report function it reports
// line errors there and goes on; without one it stops at the first.
func parse(r io.Reader, name string, emit func(Entry, int) error, report ...func(error)) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return &ParseError{File: name, Line: 0, Err: err}
	}
	return parseString(string(b), name, emit, report...)
}

// parseString is parse over the whole file content. Fields are substrings
// of s, so a file costs one allocation for its text.
func parseString(s, name string, emit func(Entry, int) error, report ...func(error)) error {
	fail := func(line int, err error) error {
		pe := &ParseError{File: name, Line: line, Err: err}
		if len(report) > 0 {
			report[0](pe)
			return nil
		}
		return pe
	}
	s = strings.TrimPrefix(s, "\uFEFF")
	var idx []int // column index of each header field
	ids := make(map[string]int, strings.Count(s, "\n")+1)
	for n := 1; len(s) > 0; n++ {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' || strings.TrimSpace(line) == "" {
			continue
		}
		if idx == nil {
			h, herr := header(line)
			if herr != nil {
				// without a header no line can be read
				return &ParseError{File: name, Line: n, Err: herr}
			}
			idx = h
			continue
		}
		e, lerr := parseLine(line, idx)
		if lerr != nil {
			if ferr := fail(n, lerr); ferr != nil {
				return ferr
			}
			continue
		}
		if prev, dup := ids[e.ID]; dup {
			if ferr := fail(n, fmt.Errorf("duplicate id %q (first at line %d)", e.ID, prev)); ferr != nil {
				return ferr
			}
			continue
		}
		ids[e.ID] = n
		if eerr := emit(e, n); eerr != nil {
			return eerr
		}
	}
	if idx == nil {
		return &ParseError{File: name, Line: 0, Err: errors.New("no header line")}
	}
	return nil
}

// header reads the header line and returns the column index of each field.
func header(line string) ([]int, error) {
	fields := strings.Split(line, "\t")
	idx := make([]int, len(fields))
	seen := map[int]bool{}
	for i, f := range fields {
		c, ok := columnIndex[strings.TrimSpace(f)]
		if !ok {
			return nil, fmt.Errorf("unknown column %q in header (known: %s)", f, strings.Join(columns, ", "))
		}
		if seen[c] {
			return nil, fmt.Errorf("column %q twice in header", f)
		}
		seen[c] = true
		idx[i] = c
	}
	for _, r := range required {
		if !seen[columnIndex[r]] {
			return nil, fmt.Errorf("header lacks required column %q", r)
		}
	}
	return idx, nil
}

// parseLine reads one entry line given the header's column indices.
func parseLine(line string, idx []int) (Entry, error) {
	var e Entry
	var v [numColumns]string
	nf := strings.Count(line, "\t") + 1
	if nf != len(idx) {
		return e, fmt.Errorf("%d columns, header has %d", nf, len(idx))
	}
	for i := range idx {
		f := line
		if j := strings.IndexByte(line, '\t'); j >= 0 {
			f, line = line[:j], line[j+1:]
		}
		v[idx[i]] = strings.TrimSpace(f)
	}
	e.ID = v[colID]
	if e.ID == "" {
		return e, errors.New("empty id")
	}
	k, err := ParseKind(v[colKind])
	if err != nil {
		return e, err
	}
	e.Kind = k
	e.Name = v[colName]
	if e.Name == "" {
		return e, errors.New("empty name")
	}
	e.NameEn = v[colNameEn]
	if v[colAliases] != "" {
		for _, a := range strings.Split(v[colAliases], "|") {
			a = strings.TrimSpace(a)
			if s, ok := strings.CutPrefix(a, "~"); ok {
				if s = strings.TrimSpace(s); s == "" {
					return e, errors.New("empty shared alias ~")
				}
				e.Shared = append(e.Shared, s)
				continue
			}
			if a == "" {
				return e, fmt.Errorf("empty alias in %q", v[colAliases])
			}
			e.Aliases = append(e.Aliases, a)
		}
	}
	e.Country = v[colCountry]
	if e.Country != "" && !isCountryCode(e.Country) {
		return e, fmt.Errorf("bad country %q (want an ISO 3166-1 alpha-2 code such as SY)", e.Country)
	}
	e.Feature, e.Type, e.Parent, e.Wikidata = v[colFeature], v[colType], v[colParent], v[colWikidata]
	switch lat, lon := v[colLat], v[colLon]; {
	case lat == "" && lon == "":
	case lat == "" || lon == "":
		return e, errors.New("lat and lon must be both given or both empty")
	default:
		if e.Lat, err = strconv.ParseFloat(lat, 64); err != nil || e.Lat < -90 || e.Lat > 90 {
			return e, fmt.Errorf("bad lat %q", lat)
		}
		if e.Lon, err = strconv.ParseFloat(lon, 64); err != nil || e.Lon < -180 || e.Lon > 180 {
			return e, fmt.Errorf("bad lon %q", lon)
		}
		e.HasCoord = true
	}
	if p := v[colPopulation]; p != "" {
		if e.Population, err = strconv.ParseInt(p, 10, 64); err != nil || e.Population < 0 {
			return e, fmt.Errorf("bad population %q", p)
		}
	}
	if g := v[colGeoNames]; g != "" {
		if e.GeoNames, err = strconv.ParseInt(g, 10, 64); err != nil || e.GeoNames <= 0 {
			return e, fmt.Errorf("bad geonames id %q", g)
		}
	}
	if w := e.Wikidata; w != "" && !isQID(w) {
		return e, fmt.Errorf("bad wikidata id %q (want Q followed by digits)", w)
	}
	return e, nil
}

func isCountryCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

func isQID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// ReadFile reads a gazetteer file from disk.
func ReadFile(path string) ([]Entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	return Parse(f, path)
}

// Write writes entries as a gazetteer TSV file with every column. Fields
// must not contain tabs or line breaks; Write replaces them with spaces.
func Write(w io.Writer, entries []Entry) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString(strings.Join(columns, "\t"))
	bw.WriteByte('\n')
	for i := range entries {
		writeEntry(bw, &entries[i])
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("gazetteer: write: %w", err)
	}
	return nil
}

// AppendTSV appends the TSV line of e (without the newline) to dst.
func AppendTSV(dst []byte, e *Entry) []byte {
	var v [numColumns]string
	v[colID], v[colKind], v[colName], v[colNameEn] = e.ID, e.Kind.String(), e.Name, e.NameEn
	aliases := make([]string, 0, len(e.Aliases)+len(e.Shared))
	aliases = append(aliases, e.Aliases...)
	for _, s := range e.Shared {
		aliases = append(aliases, "~"+s)
	}
	v[colAliases] = strings.Join(aliases, "|")
	v[colCountry], v[colFeature], v[colType], v[colParent] = e.Country, e.Feature, e.Type, e.Parent
	if e.HasCoord {
		v[colLat] = strconv.FormatFloat(e.Lat, 'f', -1, 64)
		v[colLon] = strconv.FormatFloat(e.Lon, 'f', -1, 64)
	}
	if e.Population > 0 {
		v[colPopulation] = strconv.FormatInt(e.Population, 10)
	}
	if e.GeoNames > 0 {
		v[colGeoNames] = strconv.FormatInt(e.GeoNames, 10)
	}
	v[colWikidata] = e.Wikidata
	for i, s := range v {
		if i > 0 {
			dst = append(dst, '\t')
		}
		dst = appendField(dst, s)
	}
	return dst
}

func writeEntry(bw *bufio.Writer, e *Entry) {
	var buf [512]byte
	b := AppendTSV(buf[:0], e)
	b = append(b, '\n')
	bw.Write(b)
}

// appendField appends s with tabs and line breaks turned into spaces.
func appendField(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\t', '\n', '\r':
			dst = append(dst, ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// Features are the place features the format allows.
var Features = map[string]bool{
	"country": true, "admin1": true, "admin2": true, "city": true, "town": true, "village": true,
	"area": true, "base": true, "airport": true, "crossing": true, "river": true, "mountain": true,
	"region": true,
}

// GroupTypes are the group types the format allows.
var GroupTypes = map[string]bool{
	"state_force": true, "foreign_force": true, "coalition": true, "militia": true, "rebel": true,
	"jihadist": true, "police": true, "other": true,
}

// SourceTypes are the source types the format allows.
var SourceTypes = map[string]bool{
	"agency": true, "monitor": true, "ministry": true, "media": true, "official": true,
	"anonymous": true, "organization": true,
}

func validType(k Kind, t string) bool {
	switch k {
	case Group:
		return GroupTypes[t]
	case Source:
		return SourceTypes[t]
	}
	return false
}
