package gazetteer

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Located is an entry with the file and line it was read from.
type Located struct {
	Entry
	// File and Line say where the entry was read.
	File string
	Line int
}

// ReadLocated reads a gazetteer file like Parse but goes on after a bad
// line: it returns the entries of the good lines with their line numbers
// and every line error (each a *ParseError).
func ReadLocated(r io.Reader, name string) ([]Located, []error) {
	es, lines, errs := ParseAll(r, name)
	out := make([]Located, len(es))
	for i := range es {
		out[i] = Located{Entry: es[i], File: name, Line: lines[i]}
	}
	return out, errs
}

// ReadLocatedFile opens path and reads it with ReadLocated.
func ReadLocatedFile(path string) ([]Located, []error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, []error{fmt.Errorf("gazetteer: %w", err)}
	}
	defer f.Close()
	return ReadLocated(f, path)
}

// Check runs the data checks over entries (in load order: a later entry
// with the same id replaces the earlier) and returns one *ParseError per
// problem, sorted by file and line:
//   - features, group and source types come from the allowed sets, features
//     only on places;
//   - every name and alias folds to a non-empty key;
//   - no key is held by two entries unless all but one declare it with ~;
//   - parents exist, among entries or in base (which may be nil);
//   - coordinates lie in the bounding box of the entry's country.
//
// Ids duplicated within one file are parse errors (see ParseAll).
func Check(entries []Located, base *Gazetteer) []error {
	var errs []*ParseError
	bad := func(l *Located, format string, args ...any) {
		errs = append(errs, &ParseError{File: l.File, Line: l.Line, Err: fmt.Errorf("%s: "+format, append([]any{l.ID}, args...)...)})
	}
	final := map[string]*Located{}
	var order []string
	for i := range entries {
		l := &entries[i]
		if _, ok := final[l.ID]; !ok {
			order = append(order, l.ID)
		}
		final[l.ID] = l
	}
	type holder struct {
		id     string
		shared bool
	}
	byKey := map[string][]holder{}
	for _, id := range order {
		l := final[id]
		checkEntry(l, bad)
		if p := l.Parent; p != "" && final[p] == nil && (base == nil || base.ByID(p) == nil) {
			bad(l, "parent %q does not exist", p)
		}
		seen := map[string]bool{}
		add := func(name string, shared bool) {
			k := Key(name)
			if k == "" {
				bad(l, "name %q has an empty key", name)
				return
			}
			if seen[k] && !shared {
				return
			}
			seen[k] = true
			byKey[k] = append(byKey[k], holder{id, shared})
		}
		add(l.Name, false)
		for _, a := range l.Aliases {
			add(a, false)
		}
		for _, a := range l.Shared {
			add(a, true)
		}
	}
	for k, hs := range byKey {
		declared := map[string]bool{}
		for _, h := range hs {
			if h.shared {
				declared[h.id] = true
			}
		}
		var undeclared []string
		for _, h := range hs {
			if !h.shared && !declared[h.id] && !contains(undeclared, h.id) {
				undeclared = append(undeclared, h.id)
			}
		}
		if len(undeclared) > 1 {
			sort.Strings(undeclared)
			l := final[undeclared[1]]
			bad(l, "key %q also held by %s; declare the sharing with ~ or drop one", k, strings.Join(undeclared[:1], ", "))
			for _, id := range undeclared[2:] {
				bad(final[id], "key %q also held by %s; declare the sharing with ~ or drop one", k, undeclared[0])
			}
		}
	}
	sort.SliceStable(errs, func(i, j int) bool {
		if errs[i].File != errs[j].File {
			return errs[i].File < errs[j].File
		}
		return errs[i].Line < errs[j].Line
	})
	out := make([]error, len(errs))
	for i, e := range errs {
		out[i] = e
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// checkEntry checks one entry on its own.
func checkEntry(l *Located, bad func(*Located, string, ...any)) {
	e := &l.Entry
	switch e.Kind {
	case Place:
		if e.Feature == "" {
			bad(l, "place without a feature")
		} else if !Features[e.Feature] {
			bad(l, "unknown feature %q", e.Feature)
		}
		if e.Type != "" {
			bad(l, "type %q on a place (places have features)", e.Type)
		}
	case Group, Source:
		if e.Feature != "" {
			bad(l, "feature %q on a %s (only places have features)", e.Feature, e.Kind)
		}
		if e.Type != "" && !validType(e.Kind, e.Type) {
			bad(l, "unknown %s type %q", e.Kind, e.Type)
		}
	}
	if e.HasCoord {
		if e.Lat == 0 && e.Lon == 0 {
			bad(l, "coordinates 0,0")
		} else if bs, ok := countryBoxes[e.Country]; ok && !inBoxes(bs, e.Lat, e.Lon) {
			bad(l, "coordinates %v,%v outside %s", e.Lat, e.Lon, e.Country)
		}
	}
	for _, n := range e.Names() {
		if strings.TrimSpace(n) != n || strings.Contains(n, "  ") {
			bad(l, "name %q has stray spaces", n)
		}
	}
}

// boxTolerance is how far (degrees) a place may lie outside its country's
// box: border towns and coastal islets.
const boxTolerance = 0.3

func inBoxes(bs []box, lat, lon float64) bool {
	for _, b := range bs {
		if b.contains(lat, lon, boxTolerance) {
			return true
		}
	}
	return false
}
