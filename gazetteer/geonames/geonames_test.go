package geonames

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rasd/gazetteer"
)

// sampleDir is where the GeoNames samples are, beside the repository.
const sampleDir = "../../../shared/data/geonames"

func row(id, name, ascii, alt, class, code, cc, a1, pop string) string {
	return strings.Join([]string{id, name, ascii, alt, "34.5", "36.25", class, code, cc, "", a1, "", "", "", pop,
		"", "100", "Asia/Damascus", "2020-01-01"}, "\t")
}

func TestRead(t *testing.T) {
	in := strings.Join([]string{
		row("170063", "Aleppo", "Aleppo", "Alep,Halab,حلب,حَلَب,مدينة حلب,Хале́б", "P", "PPLA", "SY", "09", "1602264"),
		row("1", "Tehran", "Tehran", "تهران,Tehran", "P", "PPL", "IR", "26", "7000000"),
		row("2", "Nothing", "Nothing", "Nada,Rien", "P", "PPL", "SY", "09", "10"),
		row("3", "Hotel", "Hotel", "فندق", "S", "HTL", "SY", "09", "0"),
		row("4", "Kafr Nabl", "Kafr Nabl", "كفرنبل,كفر نبل", "P", "PPL", "SY", "07", "30000"),
		row("5", "Euphrates", "Nahr al Furat", "الفرات,نهر الفرات,فرات", "H", "STM", "SY", "", "0"),
		row("6", "Ariqah", "`Ariqah", "Arika,تل عمار,عريقة", "P", "PPLA3", "SY", "05", "804"),
	}, "\n") + "\n"
	var got []gazetteer.Entry
	st, err := Read(strings.NewReader(in), Options{Parent: func(cc, a1 string) string {
		if a1 == "" {
			return "place:" + strings.ToLower(cc) + ":country"
		}
		return "place:" + strings.ToLower(cc) + ":adm1-" + a1
	}}, func(e gazetteer.Entry) error {
		got = append(got, e)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if st.Rows != 7 || st.Entries != 5 || st.NoArabic != 1 || st.Unmapped != 1 {
		t.Errorf("stats %+v, want 7 rows, 5 entries, 1 without Arabic, 1 unmapped", st)
	}
	want := []struct {
		name, id, feature, parent string
		aliases                   int
	}{
		{name: "حلب", id: "gn:170063", feature: "city", parent: "place:sy:adm1-09", aliases: 1},
		{name: "تهران", id: "gn:1", feature: "city", parent: "place:ir:adm1-26"},
		{name: "كفرنبل", id: "gn:4", feature: "town", parent: "place:sy:adm1-07", aliases: 1},
		{name: "نهر الفرات", id: "gn:5", feature: "river", parent: "place:sy:country", aliases: 2},
		{name: "عريقة", id: "gn:6", feature: "village", parent: "place:sy:adm1-05", aliases: 1},
	}
	if len(got) != len(want) {
		t.Fatalf("%d entries, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		e := got[i]
		if e.Name != w.name || e.ID != w.id || e.Feature != w.feature || e.Parent != w.parent || len(e.Aliases) != w.aliases {
			t.Errorf("entry %d: %s %q %s parent %s aliases %q; want %s %q %s parent %s, %d aliases",
				i, e.ID, e.Name, e.Feature, e.Parent, e.Aliases, w.id, w.name, w.feature, w.parent, w.aliases)
		}
	}
}

func TestReadErrors(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{name: "columns", in: "1\tA\tA\n", want: "line 1: 3 columns, want 19"},
		{name: "id", in: row("x", "A", "A", "حلب", "P", "PPL", "SY", "", "") + "\n", want: "line 1: bad geonameid"},
		{name: "population", in: "\n" + row("1", "A", "A", "حلب", "P", "PPL", "SY", "", "many"), want: "line 2: bad population"},
		{name: "coordinates", in: strings.Replace(row("1", "A", "A", "حلب", "P", "PPL", "SY", "", ""), "34.5", "north", 1), want: "bad coordinates"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(c.in), Options{}, func(gazetteer.Entry) error { return nil })
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want %q", err, c.want)
			}
		})
	}
}

func TestFeature(t *testing.T) {
	for _, c := range []struct {
		name, class, code string
		pop               int64
		want              string
	}{
		{name: "capital", class: "P", code: "PPLC", want: "city"},
		{name: "seat of admin1", class: "P", code: "PPLA", pop: 10, want: "city"},
		{name: "big place", class: "P", code: "PPL", pop: 50_000, want: "city"},
		{name: "town", class: "P", code: "PPLA3", pop: 5_000, want: "town"},
		{name: "village", class: "P", code: "PPL", pop: 4_999, want: "village"},
		{name: "section", class: "P", code: "PPLX", want: "area"},
		{name: "admin1", class: "A", code: "ADM1", want: "admin1"},
		{name: "admin2", class: "A", code: "ADM2", want: "admin2"},
		{name: "country", class: "A", code: "PCLI", want: "country"},
		{name: "airport", class: "S", code: "AIRP", want: "airport"},
		{name: "military base", class: "S", code: "MILB", want: "base"},
		{name: "stream", class: "H", code: "STM", want: "river"},
		{name: "mountain", class: "T", code: "MT", want: "mountain"},
		{name: "mountains", class: "T", code: "MTS", want: "mountain"},
		{name: "hotel", class: "S", code: "HTL", want: ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Feature(c.class, c.code, c.pop); got != c.want {
				t.Errorf("Feature(%s, %s, %d) = %q, want %q", c.class, c.code, c.pop, got, c.want)
			}
		})
	}
}

func TestArabicNames(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{name: "arabic only", in: "Halab,حلب,Алеппо", want: "حلب"},
		{name: "diacritics kept", in: "حَلَب", want: "حَلَب"},
		{name: "persian letters", in: "تهران,پاکستان,گرگان,کابل", want: "تهران"},
		{name: "urdu heh", in: "لاہور", want: ""},
		{name: "mixed script", in: "حلبA", want: ""},
		{name: "one letter", in: "ب", want: ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := strings.Join(ArabicNames(c.in), ","); got != c.want {
				t.Errorf("ArabicNames(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestSamples imports the real GeoNames samples and checks what comes out
// with the gazetteer's own reader and checks.
func TestSamples(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sampleDir, "[A-Z][A-Z].txt"))
	if len(files) == 0 {
		t.Skipf("GeoNames samples not found in %s", sampleDir)
	}
	total := Stats{}
	for _, f := range files {
		in, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		st, err := Import(in, &out, Options{})
		in.Close()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		total.Rows += st.Rows
		total.Entries += st.Entries
		total.NoArabic += st.NoArabic
		total.Unmapped += st.Unmapped
		ls, errs := gazetteer.ReadLocated(&out, filepath.Base(f))
		for _, e := range errs {
			t.Error(e)
		}
		if len(ls) != st.Entries {
			t.Errorf("%s: %d entries read back, %d written", f, len(ls), st.Entries)
		}
		for _, e := range gazetteer.Check(ls, nil) {
			if !strings.Contains(e.Error(), "also held by") { // GeoNames has many same-named villages
				t.Error(e)
			}
		}
		if filepath.Base(f) == "SY.txt" {
			// the README: 290 rows, 288 with an Arabic-script name
			if st.Rows != 290 || st.Entries+st.Unmapped < 280 {
				t.Errorf("SY: %+v, want 290 rows, about 288 with Arabic names", st)
			}
		}
	}
	t.Logf("samples: %+v", total)
	if total.Rows < 7000 {
		t.Errorf("%d rows in the samples, want about 7,021", total.Rows)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(row("170063", "Aleppo", "Aleppo", "حلب,Halab", "P", "PPLA", "SY", "09", "1602264"))
	f.Add("1\t2\n\n#x")
	f.Fuzz(func(t *testing.T, in string) {
		var out bytes.Buffer
		st, err := Import(strings.NewReader(in), &out, Options{})
		if err != nil {
			return
		}
		es, perr := gazetteer.Parse(&out, "fuzz")
		if perr != nil {
			t.Fatalf("import wrote an unreadable file: %v", perr)
		}
		if len(es) != st.Entries {
			t.Fatalf("%d entries read back, %d written", len(es), st.Entries)
		}
	})
}
