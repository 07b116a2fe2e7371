package gazetteer

import (
	"bytes"
	"errors"
	"io/fs"
	"strings"
	"testing"
)

// readDefault reads the embedded default files that exist, with lines.
func readDefault(t *testing.T) []Located {
	t.Helper()
	var all []Located
	found := 0
	for _, name := range DefaultFiles {
		b, err := DefaultFile(name)
		if errors.Is(err, fs.ErrNotExist) {
			t.Logf("data/%s is missing: its checks are skipped", name)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		found++
		ls, errs := ReadLocated(bytes.NewReader(b), "data/"+name)
		for _, e := range errs {
			t.Error(e)
		}
		all = append(all, ls...)
	}
	if found == 0 {
		t.Skip("no default data files yet")
	}
	return all
}

// TestDefaultData runs the data checks (ids, keys, parents, kinds, features,
// types, coordinates in the country's box) over the embedded default.
func TestDefaultData(t *testing.T) {
	all := readDefault(t)
	errs := Check(all, nil)
	const show = 60
	for i, e := range errs {
		if i == show {
			t.Errorf("... and %d more problems", len(errs)-show)
			break
		}
		t.Error(e)
	}
}

// TestDefaultCoverage checks the sizes the issue asks of the default.
func TestDefaultCoverage(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := map[Kind]int{}
	coords := 0
	for _, e := range g.Entries() {
		n[e.Kind]++
		if e.Kind == Place && e.HasCoord {
			coords++
		}
	}
	for _, c := range []struct {
		name string
		kind Kind
		min  int
	}{
		{name: "places", kind: Place, min: 2000},
		{name: "groups", kind: Group, min: 200},
		{name: "sources", kind: Source, min: 60},
	} {
		t.Run(c.name, func(t *testing.T) {
			if n[c.kind] == 0 {
				t.Skipf("no %s in the default yet", c.name)
			}
			if n[c.kind] < c.min {
				t.Errorf("%d %s, want >= %d", n[c.kind], c.name, c.min)
			}
		})
	}
	if n[Place] > 0 && coords < 2000 {
		t.Errorf("%d places with coordinates, want >= 2000", coords)
	}
}

// TestDefaultNames checks that well-known names resolve as news mean them.
func TestDefaultNames(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() == 0 {
		t.Skip("empty default")
	}
	for _, c := range []struct {
		name, text, want string // want: kind, or kind/feature
	}{
		{name: "country", text: "سوريا", want: "place/country"},
		{name: "Iraq with article and clitic", text: "بالعراق", want: "place/country"},
		{name: "city", text: "البوكمال", want: "place"},
		{name: "group nested place", text: "هيئة تحرير الشام", want: "group"},
		{name: "pmf", text: "الحشد الشعبي", want: "group"},
		{name: "houthis", text: "الحوثيين", want: "group"},
		{name: "sdf short", text: "قسد", want: "group"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ms := matchString(g, c.text)
			if len(ms) != 1 {
				t.Fatalf("%q: %d matches, want 1", c.text, len(ms))
			}
			e := ms[0].Entry
			got := e.Kind.String()
			if strings.Contains(c.want, "/") {
				got += "/" + e.Feature
			}
			if got != c.want {
				t.Errorf("%q: got %s (%s), want %s", c.text, got, e.ID, c.want)
			}
		})
	}
}
