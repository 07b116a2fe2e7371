package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// gazRun runs rasd with args and returns the exit code and both streams.
func gazRun(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"rasd"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// writeFile writes a file in a fresh temporary folder and returns its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const userGazetteer = "# test places\n" +
	"id\tkind\tname\taliases\tcountry\tfeature\tparent\tlat\tlon\n" +
	"place:sy:test-hajin\tplace\tهجين\tبلدة هجين\tSY\ttown\t\t34.70\t40.83\n" +
	"group:test-liwa\tgroup\tلواء المثال\t\tSY\t\t\t\t\n"

func TestGazetteerLookup(t *testing.T) {
	user := writeFile(t, "user.tsv", userGazetteer)
	for _, c := range []struct {
		name string
		args []string
		code int
		want []string // substrings of stdout, in order
		err  string   // substring of stderr
	}{
		{name: "clitics stripped", args: []string{"gazetteer", "lookup", "وبالبوكمال"},
			want: []string{"البوكمال  (key البوكمال)", "1. ", "why: "}},
		{name: "hint ranks the city first", args: []string{"gazetteer", "lookup", "مدينة", "حماة"},
			want: []string{"حماة  (key حماه, after مدينه)", "1. gn:170017  place city SY", "2. place:sy:adm1-10"}},
		{name: "group", args: []string{"gazetteer", "lookup", "للحشد الشعبي"},
			want: []string{"لحشد الشعبي  (key الحشد الشعبي)", "group militia IQ"}},
		{name: "user file", args: []string{"gazetteer", "lookup", "--gazetteer", user, "هجين"},
			want: []string{"place:sy:test-hajin  place town SY  هجين"}},
		{name: "no default", args: []string{"gazetteer", "lookup", "--no-default-gazetteer", "-g", user, "البوكمال"},
			code: exitFailed, err: "no gazetteer entry matches"},
		{name: "common word shown by exact lookup", args: []string{"gazetteer", "lookup", "صور"},
			want: []string{"صور  (key صور: an entry name, but not a mention on its own here", "1. "}},
		{name: "no name", args: []string{"gazetteer", "lookup"}, code: exitUsage, err: "lookup needs a NAME"},
		{name: "bad user file", args: []string{"gazetteer", "lookup", "-g", writeFile(t, "bad.tsv", "id\tkind\tname\nx\tnation\tس\n"), "حلب"},
			code: exitFailed, err: `bad.tsv line 2: unknown kind "nation"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := gazRun(t, "", c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d; stderr %s", code, c.code, errs)
			}
			rest := out
			for _, w := range c.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("stdout lacks %q (in order):\n%s", w, out)
				}
				rest = rest[i+len(w):]
			}
			if !strings.Contains(errs, c.err) {
				t.Errorf("stderr %q, want %q", errs, c.err)
			}
		})
	}
}

func TestGazetteerList(t *testing.T) {
	user := writeFile(t, "user.tsv", userGazetteer)
	for _, c := range []struct {
		name     string
		args     []string
		code     int
		contains []string
		lacks    []string
	}{
		{name: "groups only", args: []string{"gazetteer", "list", "--kind", "group"},
			contains: []string{"id\tkind\tname\t", "group:hts\tgroup\t"}, lacks: []string{"\tplace\t", "\tsource\t"}},
		{name: "country and feature", args: []string{"gazetteer", "list", "--country", "sy", "--feature", "admin1"},
			contains: []string{"place:sy:adm1-10\tplace\t"}, lacks: []string{"\tIQ\t", "\tcity\t"}},
		{name: "user entries only", args: []string{"gazetteer", "list", "--no-default-gazetteer", "-g", user},
			contains: []string{"place:sy:test-hajin\tplace\tهجين", "group:test-liwa"}, lacks: []string{"group:hts"}},
		{name: "bad kind", args: []string{"gazetteer", "list", "--kind", "army"}, code: exitUsage},
		{name: "bad feature", args: []string{"gazetteer", "list", "--feature", "capital"}, code: exitUsage},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := gazRun(t, "", c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d; stderr %s", code, c.code, errs)
			}
			for _, w := range c.contains {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q", w)
				}
			}
			for _, w := range c.lacks {
				if strings.Contains(out, w) {
					t.Errorf("output has %q", w)
				}
			}
		})
	}
	// list output is a valid gazetteer file
	_, out, _ := gazRun(t, "", "gazetteer", "list", "--kind", "source")
	if code, _, errs := gazRun(t, "", "gazetteer", "check", writeFile(t, "sources.tsv", out)); code != exitOK {
		t.Errorf("check of list output: exit %d: %s", code, errs)
	}
}

func TestGazetteerCheck(t *testing.T) {
	good := writeFile(t, "good.tsv", userGazetteer)
	bad := writeFile(t, "bad.tsv", "id\tkind\tname\taliases\tcountry\tfeature\tparent\tlat\tlon\n"+
		"a\tplace\tهجين\t\tSY\ttown\tplace:sy:nowhere\t24.7\t46.7\n"+
		"b\tplace\tبلدة هجين\tهجين\tSY\tcapital\t\t\t\n"+
		"c\tplace\tحلب\n"+
		"a\tgroup\tمكرر\t\t\t\t\t\t\n")
	for _, c := range []struct {
		name string
		args []string
		code int
		out  string
		errs []string
	}{
		{name: "good file", args: []string{"gazetteer", "check", good}, out: "2 entries, no problems"},
		{name: "parent in the default", args: []string{"gazetteer", "check", writeFile(t, "p.tsv",
			"id\tkind\tname\tparent\nx\tplace\tقرية المثال\tplace:sy:adm1-07\n")}, code: exitFailed,
			errs: []string{`p.tsv:2: x: place without a feature`}},
		{name: "bad file", args: []string{"gazetteer", "check", bad}, code: exitFailed, errs: []string{
			"bad.tsv:4: 3 columns, header has 9",
			`bad.tsv:5: duplicate id "a" (first at line 2)`,
			`bad.tsv:2: a: parent "place:sy:nowhere" does not exist`,
			"bad.tsv:2: a: coordinates 24.7,46.7 outside SY",
			`bad.tsv:3: b: unknown feature "capital"`,
			`bad.tsv:3: b: key "هجين" also held by a`,
			"rasd: 6 problems in 2 entries",
		}},
		{name: "missing file", args: []string{"gazetteer", "check", "/nonexistent/x.tsv"}, code: exitFailed, errs: []string{"no such file"}},
		{name: "no file", args: []string{"gazetteer", "check"}, code: exitUsage, errs: []string{"check needs a FILE"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := gazRun(t, "", c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d; stderr %s", code, c.code, errs)
			}
			if !strings.Contains(out, c.out) {
				t.Errorf("stdout %q, want %q", out, c.out)
			}
			for _, w := range c.errs {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
		})
	}
}

func TestGazetteerImportGeoNames(t *testing.T) {
	row := strings.Join([]string{"170063", "Aleppo", "Aleppo", "Halab,حلب,مدينة حلب", "36.20124", "37.16117", "P", "PPLA",
		"SY", "", "09", "", "", "", "1602264", "", "390", "Asia/Damascus", "2020-06-10"}, "\t") + "\n"
	none := strings.Replace(strings.Replace(row, "Halab,حلب,مدينة حلب", "Halab", 1), "170063", "1", 1)
	t.Run("stdin to stdout", func(t *testing.T) {
		code, out, errs := gazRun(t, row+none, "gazetteer", "import", "geonames", "-")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errs)
		}
		for _, w := range []string{"Contains data from GeoNames", "gn:170063\tplace\tحلب\tAleppo\tمدينة حلب\tSY\tcity\tplace:sy:adm1-09\t36.20124\t37.16117\t1602264\t170063"} {
			if !strings.Contains(out, w) {
				t.Errorf("output lacks %q:\n%s", w, out)
			}
		}
		if !strings.Contains(errs, "2 rows: 1 entries, 1 without an Arabic name") {
			t.Errorf("stderr %q", errs)
		}
	})
	t.Run("file to -o, then usable", func(t *testing.T) {
		in := writeFile(t, "SY.txt", row)
		outPath := filepath.Join(t.TempDir(), "sy.tsv")
		if code, _, errs := gazRun(t, "", "gazetteer", "import", "geonames", in, "-o", outPath); code != exitOK {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if code, out, errs := gazRun(t, "", "gazetteer", "lookup", "--no-default-gazetteer", "-g", outPath, "بحلب"); code != exitOK || !strings.Contains(out, "gn:170063") {
			t.Errorf("lookup in the import: exit %d\n%s%s", code, out, errs)
		}
	})
	t.Run("malformed", func(t *testing.T) {
		code, _, errs := gazRun(t, "1\t2\n", "gazetteer", "import", "geonames", "-")
		if code != exitFailed || !strings.Contains(errs, "geonames line 1: 2 columns, want 19") {
			t.Errorf("exit %d, stderr %q", code, errs)
		}
	})
	t.Run("samples", func(t *testing.T) {
		in := filepath.Join("..", "shared", "data", "geonames", "SY.txt")
		if _, err := os.Stat(in); err != nil {
			t.Skipf("GeoNames sample %s not found", in)
		}
		outPath := filepath.Join(t.TempDir(), "sy.tsv")
		code, _, errs := gazRun(t, "", "gazetteer", "import", "geonames", in, "-o", outPath)
		if code != exitOK || !strings.Contains(errs, "290 rows") {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if code, out, errs := gazRun(t, "", "gazetteer", "check", "--no-default-gazetteer", outPath); code == exitUsage {
			t.Errorf("check: %s%s", out, errs)
		}
	})
	t.Run("no file", func(t *testing.T) {
		if code, _, _ := gazRun(t, "", "gazetteer", "import", "geonames"); code != exitUsage {
			t.Errorf("exit %d, want %d", code, exitUsage)
		}
	})
}
