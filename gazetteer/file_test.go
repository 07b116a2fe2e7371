package gazetteer

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

const fullHeader = "id\tkind\tname\tname_en\taliases\tcountry\tfeature\tparent\tlat\tlon\tpopulation\tgeonames\twikidata\n"

func TestParse(t *testing.T) {
	in := "# comment\n\n" +
		"kind\tid\tname\taliases\tcountry\tfeature\tlat\tlon\ttype\n" + // any column order
		"place\tgn:1\tالبوكمال\tأبو كمال|~البو كمال\tSY\ttown\t34.45\t40.91\t\n" +
		"group\tgroup:pmf\tالحشد الشعبي\t\tIQ\t\t\t\tmilitia\r\n" +
		"# trailing comment"
	es, err := Parse(strings.NewReader(in), "t.tsv")
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{ID: "gn:1", Kind: Place, Name: "البوكمال", Aliases: []string{"أبو كمال"}, Shared: []string{"البو كمال"},
			Country: "SY", Feature: "town", Lat: 34.45, Lon: 40.91, HasCoord: true},
		{ID: "group:pmf", Kind: Group, Name: "الحشد الشعبي", Country: "IQ", Type: "militia"},
	}
	if !reflect.DeepEqual(es, want) {
		t.Errorf("Parse =\n%+v\nwant\n%+v", es, want)
	}
}

func TestParseErrors(t *testing.T) {
	row := func(fields ...string) string { return strings.Join(fields, "\t") + "\n" }
	ok := row("gn:1", "place", "حلب", "", "", "SY", "city", "", "36.2", "37.1", "", "", "")
	for _, c := range []struct{ name, in, want string }{
		{name: "unknown kind", in: fullHeader + row("x", "town", "حلب", "", "", "", "", "", "", "", "", "", ""), want: `t.tsv line 2: unknown kind "town"`},
		{name: "bad lat", in: fullHeader + row("x", "place", "حلب", "", "", "", "", "", "north", "37", "", "", ""), want: `t.tsv line 2: bad lat "north"`},
		{name: "lat out of range", in: fullHeader + row("x", "place", "حلب", "", "", "", "", "", "91", "37", "", "", ""), want: "bad lat"},
		{name: "lat without lon", in: fullHeader + row("x", "place", "حلب", "", "", "", "", "", "36", "", "", "", ""), want: "both given or both empty"},
		{name: "column count", in: fullHeader + "x\tplace\tحلب\n", want: "t.tsv line 2: 3 columns, header has 13"},
		{name: "duplicate id", in: fullHeader + ok + ok, want: `t.tsv line 3: duplicate id "gn:1" (first at line 2)`},
		{name: "unknown column", in: "id\tkind\tname\tcolour\n", want: `t.tsv line 1: unknown column "colour"`},
		{name: "missing column", in: "id\tname\n", want: `header lacks required column "kind"`},
		{name: "no header", in: "# only comments\n", want: "no header line"},
		{name: "empty name", in: fullHeader + row("x", "place", "", "", "", "", "", "", "", "", "", "", ""), want: "empty name"},
		{name: "empty alias", in: fullHeader + row("x", "place", "حلب", "", "a||b", "", "", "", "", "", "", "", ""), want: "empty alias"},
		{name: "country code", in: fullHeader + row("x", "place", "حلب", "", "", "Syria", "", "", "", "", "", "", ""), want: `bad country "Syria"`},
		{name: "population", in: fullHeader + row("x", "place", "حلب", "", "", "", "", "", "", "", "-5", "", ""), want: `bad population "-5"`},
		{name: "wikidata", in: fullHeader + row("x", "group", "حلب", "", "", "", "", "", "", "", "", "", "X1"), want: `bad wikidata id "X1"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(c.in), "t.tsv")
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want %q", err, c.want)
			}
			var pe *ParseError
			if !errors.As(err, &pe) || pe.File != "t.tsv" {
				t.Errorf("error %#v is not a *ParseError for t.tsv", err)
			}
		})
	}
}

func TestParseAllGoesOn(t *testing.T) {
	in := fullHeader + "a\tplace\tحلب\n" + "b\tplace\tحمص\t\t\t\t\t\t\t\t\t\t\n" + "c\tnation\tإدلب\t\t\t\t\t\t\t\t\t\t\n"
	es, lines, errs := ParseAll(strings.NewReader(in), "t.tsv")
	if len(es) != 1 || es[0].ID != "b" || lines[0] != 3 || len(errs) != 2 {
		t.Fatalf("entries %v lines %v errors %v; want b at line 3 and 2 errors", es, lines, errs)
	}
}

func TestWriteRoundTrip(t *testing.T) {
	es := testEntries()
	es[0].NameEn = "Syria\twith a tab"
	es[5].Lat, es[5].Lon, es[5].HasCoord = 34.45226, 40.91854, true
	es[5].GeoNames, es[5].Wikidata = 174448, "Q1234"
	var buf bytes.Buffer
	if err := Write(&buf, es); err != nil {
		t.Fatal(err)
	}
	back, err := Parse(&buf, "round")
	if err != nil {
		t.Fatal(err)
	}
	es[0].NameEn = "Syria with a tab"
	if !reflect.DeepEqual(back, es) {
		for i := range es {
			if !reflect.DeepEqual(back[i], es[i]) {
				t.Errorf("entry %d:\n got %+v\nwant %+v", i, back[i], es[i])
			}
		}
	}
}

func TestCheck(t *testing.T) {
	loc := func(line int, e Entry) Located { return Located{Entry: e, File: "u.tsv", Line: line} }
	for _, c := range []struct {
		name    string
		entries []Located
		want    []string // substrings of the problems, in order
	}{
		{name: "clean", entries: []Located{
			loc(2, Entry{ID: "a", Kind: Place, Name: "حماة", Feature: "city", Country: "SY", Lat: 35.13, Lon: 36.75, HasCoord: true}),
			loc(3, Entry{ID: "b", Kind: Place, Name: "محافظة حماة", Shared: []string{"حماة"}, Feature: "admin1", Country: "SY", Parent: "a"}),
		}},
		{name: "undeclared shared key", entries: []Located{
			loc(2, Entry{ID: "a", Kind: Place, Name: "حماة", Feature: "city"}),
			loc(3, Entry{ID: "b", Kind: Place, Name: "محافظة حماة", Aliases: []string{"حماه"}, Feature: "admin1"}),
		}, want: []string{`u.tsv line 3: b: key "حماه" also held by a`}},
		{name: "entry problems", entries: []Located{
			loc(2, Entry{ID: "a", Kind: Place, Name: "حماة", Feature: "capital", Parent: "nowhere"}),
			loc(3, Entry{ID: "b", Kind: Group, Name: "ـ", Type: "army", Feature: "city"}),
			loc(4, Entry{ID: "c", Kind: Place, Name: "حلب", Feature: "city", Country: "SY", Lat: 24.7, Lon: 46.7, HasCoord: true}),
		}, want: []string{`line 2: a: unknown feature "capital"`, `line 2: a: parent "nowhere" does not exist`,
			`line 3: b: feature "city" on a group`, `line 3: b: unknown group type "army"`, `line 3: b: name "ـ" has an empty key`,
			`line 4: c: coordinates 24.7,46.7 outside SY`}},
		{name: "later id replaces", entries: []Located{
			loc(2, Entry{ID: "a", Kind: Place, Name: "حماة", Feature: "capital"}),
			loc(9, Entry{ID: "a", Kind: Place, Name: "حماة", Feature: "city"}),
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			errs := Check(c.entries, nil)
			var got []string
			for _, e := range errs {
				got = append(got, e.Error())
			}
			if len(got) != len(c.want) {
				t.Fatalf("problems %q, want %q", got, c.want)
			}
			for i, w := range c.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("problem %d = %q, want %q", i, got[i], w)
				}
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add(fullHeader + "gn:1\tplace\tحلب\tAleppo\tحلب الشهباء|~حلب\tSY\tcity\t\t36.2\t37.1\t100\t170063\t\n")
	f.Add("id\tkind\tname\n#c\nx\tgroup\tداعش\r\n")
	f.Fuzz(func(t *testing.T, in string) {
		es, err := Parse(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		// what parses writes and parses back the same
		var buf bytes.Buffer
		if err := Write(&buf, es); err != nil {
			t.Fatal(err)
		}
		back, err := Parse(&buf, "again")
		if err != nil {
			t.Fatalf("written file does not parse: %v\n%s", err, buf.String())
		}
		if len(back) != len(es) {
			t.Fatalf("%d entries back, want %d", len(back), len(es))
		}
		New(es)
	})
}
