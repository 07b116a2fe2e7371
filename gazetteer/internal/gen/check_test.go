package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// row is one entry of a gazetteer TSV file as the data checks see it.
type row struct {
	file string
	line int
	col  map[string]string
}

// knownColumns are the columns of the gazetteer format.
var knownColumns = map[string]bool{
	"id": true, "kind": true, "name": true, "name_en": true, "aliases": true, "country": true,
	"feature": true, "type": true, "parent": true, "lat": true, "lon": true, "population": true,
	"geonames": true, "wikidata": true,
}

// readRows parses a gazetteer TSV file: comments, header found by name,
// one row per entry.
func readRows(name string, r io.Reader) ([]row, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var cols []string
	var rows []row
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if cols == nil {
			for _, c := range fields {
				if !knownColumns[c] {
					return nil, fmt.Errorf("%s:%d: unknown column %q", name, n, c)
				}
			}
			cols = fields
			continue
		}
		if len(fields) > len(cols) {
			return nil, fmt.Errorf("%s:%d: %d fields, header has %d", name, n, len(fields), len(cols))
		}
		m := map[string]string{}
		for i, f := range fields {
			m[cols[i]] = f
		}
		rows = append(rows, row{file: name, line: n, col: m})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return rows, nil
}

// where names a row for messages.
func (r row) where() string { return fmt.Sprintf("%s:%d", r.file, r.line) }

// names returns the row's keys with whether each is declared shared.
func (r row) names() []alias {
	out := []alias{{text: r.col["name"]}}
	for _, a := range strings.Split(r.col["aliases"], "|") {
		if a == "" {
			continue
		}
		if t, ok := strings.CutPrefix(a, "~"); ok {
			out = append(out, alias{text: t, shared: true})
		} else {
			out = append(out, alias{text: a})
		}
	}
	return out
}

// features are the place features of the format.
var features = map[string]bool{
	"country": true, "admin1": true, "admin2": true, "city": true, "town": true, "village": true,
	"area": true, "base": true, "airport": true, "crossing": true, "river": true, "mountain": true,
	"region": true,
}

// bbox is a latitude/longitude box.
type bbox struct{ minLat, maxLat, minLon, maxLon float64 }

// countryBoxes are generous bounding boxes (MA includes Western Sahara,
// which GeoNames codes MA for some places) of the countries rasd's data
// centres on (sample countries and a few neighbours).
var countryBoxes = map[string]bbox{
	"SY": {32.3, 37.4, 35.6, 42.4}, "IQ": {29.0, 37.4, 38.8, 48.6}, "YE": {12.0, 19.0, 41.8, 54.6},
	"LB": {33.0, 34.7, 35.1, 36.7}, "LY": {19.5, 33.2, 9.3, 25.2}, "PS": {31.2, 32.6, 34.2, 35.6},
	"IL": {29.4, 33.4, 34.2, 35.9}, "JO": {29.1, 33.4, 34.9, 39.4}, "SD": {8.6, 22.3, 21.8, 38.7},
	"SS": {3.4, 12.3, 23.4, 36.0}, "SO": {-1.7, 12.0, 40.9, 51.5}, "EG": {21.9, 31.7, 24.6, 36.9},
	"TR": {35.8, 42.2, 25.6, 44.9}, "IR": {25.0, 39.8, 44.0, 63.4}, "AF": {29.3, 38.5, 60.4, 75.0},
	"SA": {16.3, 32.2, 34.4, 55.7}, "KW": {28.5, 30.1, 46.5, 48.5}, "DZ": {18.9, 37.2, -8.7, 12.0},
	"TN": {30.2, 37.6, 7.5, 11.7}, "MA": {20.7, 35.95, -17.2, -0.9}, "MR": {14.7, 27.3, -17.1, -4.8},
	"ML": {10.1, 25.0, -12.3, 4.3}, "NE": {11.7, 23.5, 0.1, 16.0}, "TD": {7.4, 23.5, 13.4, 24.0},
	"ER": {12.3, 18.0, 36.4, 43.2}, "DJ": {10.9, 12.8, 41.7, 43.5}, "ET": {3.4, 15.0, 32.9, 48.0},
	"PK": {23.6, 37.1, 60.8, 77.9}, "BH": {25.5, 26.4, 50.3, 50.9}, "QA": {24.4, 26.2, 50.7, 51.7},
	"AE": {22.6, 26.1, 51.5, 56.4}, "OM": {16.6, 26.4, 51.9, 59.9}, "CY": {34.5, 35.7, 32.2, 34.6},
}

// checkRows runs the data checks over the entries of the files in load order
// (a later row with the same id replaces the earlier) and returns one message
// per problem.
func checkRows(files ...[]row) []string {
	var errs []string
	final := map[string]row{}
	var order []string
	for _, rows := range files {
		ids := map[string]string{}
		for _, r := range rows {
			id := r.col["id"]
			if prev, ok := ids[id]; ok {
				errs = append(errs, fmt.Sprintf("%s: id %s already used at %s", r.where(), id, prev))
			}
			ids[id] = r.where()
			if _, ok := final[id]; !ok {
				order = append(order, id)
			}
			final[id] = r
		}
	}
	type holder struct {
		id     string
		shared bool
	}
	byKey := map[string][]holder{}
	for _, id := range order {
		r := final[id]
		errs = append(errs, checkRow(r, final)...)
		seen := map[string]bool{}
		for _, a := range r.names() {
			k := key(a.text)
			if k == "" {
				errs = append(errs, fmt.Sprintf("%s: %s: name %q has an empty key", r.where(), id, a.text))
				continue
			}
			if seen[k] && !a.shared {
				continue
			}
			seen[k] = true
			byKey[k] = append(byKey[k], holder{id, a.shared})
		}
	}
	for k, hs := range byKey {
		plain := map[string]bool{}
		declared := map[string]bool{}
		for _, h := range hs {
			if h.shared {
				declared[h.id] = true
			} else {
				plain[h.id] = true
			}
		}
		var undeclared []string
		for id := range plain {
			if !declared[id] {
				undeclared = append(undeclared, id)
			}
		}
		if len(undeclared) > 1 {
			errs = append(errs, fmt.Sprintf("key %q shared, undeclared, by %s", k, strings.Join(sortedStrings(undeclared), " ")))
		}
	}
	return sortedStrings(errs)
}

// checkRow checks one place entry on its own.
func checkRow(r row, all map[string]row) []string {
	var errs []string
	c := r.col
	bad := func(format string, args ...any) {
		errs = append(errs, r.where()+": "+c["id"]+": "+fmt.Sprintf(format, args...))
	}
	if c["id"] == "" || c["name"] == "" {
		bad("empty id or name")
	}
	if c["kind"] != "place" {
		bad("kind %q, want place", c["kind"])
	}
	if !features[c["feature"]] {
		bad("unknown feature %q", c["feature"])
	}
	if len(c["country"]) != 2 || strings.ToUpper(c["country"]) != c["country"] {
		bad("country %q is not an ISO alpha-2 code", c["country"])
	}
	if p := c["parent"]; p != "" {
		if _, ok := all[p]; !ok {
			bad("parent %s does not exist", p)
		}
	}
	if p := c["population"]; p != "" {
		if n, err := strconv.Atoi(p); err != nil || n < 0 {
			bad("bad population %q", p)
		}
	}
	if (c["lat"] == "") != (c["lon"] == "") {
		bad("lat and lon must both be given or both be empty")
	}
	if c["lat"] != "" && c["lon"] != "" {
		lat, err1 := strconv.ParseFloat(c["lat"], 64)
		lon, err2 := strconv.ParseFloat(c["lon"], 64)
		switch {
		case err1 != nil || err2 != nil:
			bad("bad coordinates %q %q", c["lat"], c["lon"])
		case lat < -90 || lat > 90 || lon < -180 || lon > 180:
			bad("coordinates out of range %v %v", lat, lon)
		default:
			if b, ok := countryBoxes[c["country"]]; ok {
				const m = 0.3
				if lat < b.minLat-m || lat > b.maxLat+m || lon < b.minLon-m || lon > b.maxLon+m {
					bad("coordinates %v,%v outside %s", lat, lon, c["country"])
				}
			}
		}
	}
	for _, a := range r.names() {
		if strings.TrimSpace(a.text) != a.text || strings.Contains(a.text, "  ") {
			bad("name %q has stray spaces", a.text)
		}
	}
	return errs
}
