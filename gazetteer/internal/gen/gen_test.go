package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"rasd/gazetteer"
)

// dataDir is ../shared/data seen from the repository root.
const dataDir = "../../../../shared/data"

func readDataFile(t *testing.T, name string) []row {
	t.Helper()
	path := filepath.Join("..", "..", "data", name)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	rows, err := readRows(name, bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestDataFiles runs the data checks over the committed place files, in the
// order rasd loads them.
func TestDataFiles(t *testing.T) {
	gen := readDataFile(t, "places_geonames.tsv")
	cur := readDataFile(t, "places.tsv")
	if len(gen) < 2000 {
		t.Errorf("places_geonames.tsv has %d entries, want >= 2000", len(gen))
	}
	errs := checkRows(gen, cur)
	for i, e := range errs {
		if i == 50 {
			t.Errorf("... and %d more", len(errs)-50)
			break
		}
		t.Error(e)
	}
}

// TestCuratedNames checks places.tsv for what the generator filters out by
// itself: adjectives of origin and generic nouns listed as names.
func TestCuratedNames(t *testing.T) {
	for _, r := range readDataFile(t, "places.tsv") {
		for _, a := range r.names() {
			k := key(a.text)
			if utf8.RuneCountInString(strings.ReplaceAll(k, " ", "")) < 2 {
				t.Errorf("%s: name %q too short", r.where(), a.text)
			}
			if stopKeys[k] && !curatedStopOK[k] {
				t.Errorf("%s: name %q is a common word", r.where(), a.text)
			}
			if !curatedName(a.text) {
				t.Errorf("%s: name %q is not clean Arabic", r.where(), a.text)
			}
		}
	}
}

// curatedName reports whether s is a clean curated name: Arabic words
// (Arabic letters proper, no Persian or Urdu letters, no diacritics) with
// single spaces, where a word may also be an ASCII code or number (T4, K1,
// المزة 86).
func curatedName(s string) bool {
	if strings.TrimSpace(s) != s || strings.Contains(s, "  ") {
		return false
	}
	arabic := false
	for _, r := range s {
		switch {
		case isArabicLetter(r):
			arabic = true
		case r == ' ' || r == tatweel || (r >= '0' && r <= '9') || (r >= 'A' && r <= 'Z'):
		default:
			return false
		}
	}
	return arabic || len(s) >= 2
}

// curatedStopOK are common words that places.tsv may list: there they are
// the proper name of one well-known place.
var curatedStopOK = map[string]bool{
	key("الضاحية"): true, // Beirut's southern suburb in Lebanese news
}

// TestGenerated rebuilds the generated file from the samples and compares it
// with the committed one.
func TestGenerated(t *testing.T) {
	if _, err := os.Stat(filepath.Join(dataDir, "geonames")); err != nil {
		t.Skipf("GeoNames samples not found at %s: %v", dataDir, err)
	}
	entries, err := build(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := write(&buf, entries); err != nil {
		t.Fatal(err)
	}
	got := buf.Bytes()
	want, err := os.ReadFile(filepath.Join("..", "..", "data", "places_geonames.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("places_geonames.tsv is stale: run go run ./gazetteer/internal/gen from the repository root")
	}
}

func TestCleanName(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "حلب", "حلب"},
		{"diacritics and tatweel", "مِـنْـطَـقَـة مَـكَّـة", "منطقة مكة"},
		{"direction mark", "مركة\u200e", "مركة"},
		{"parenthetical", "الرقة (مدينة)", "الرقة"},
		{"hyphen", "بعلبك - الهرمل", "بعلبك الهرمل"},
		{"persian letter", "کرمانشاه", ""},
		{"persian yeh", "تهرانی", ""},
		{"zwnj", "می\u200cرود", ""},
		{"latin", "Aleppo", ""},
		{"kurdish initial yeh hamza", "ئاممان", ""},
		{"kurdish medial teh marbuta", "كةربالا", ""},
		{"wasla", "ٱلرقة", "الرقة"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := cleanName(tc.in); got != tc.want {
				t.Errorf("cleanName(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestKey(t *testing.T) {
	tests := []struct {
		name, a, b string
	}{
		{"article", "العراق", "عراق"},
		{"alef hamza", "إدلب", "ادلب"},
		{"ta marbuta", "الرقة", "الرقه"},
		{"alef maksura", "ديالى", "ديالي"},
		{"article on second word", "دير الزور", "دير زور"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if key(tc.a) != key(tc.b) {
				t.Errorf("key(%q) = %q, key(%q) = %q, want equal", tc.a, key(tc.a), tc.b, key(tc.b))
			}
		})
	}
}

func TestStripHead(t *testing.T) {
	tests := []struct {
		name, in, rest, head string
	}{
		{"governorate", "محافظة حلب", "حلب", "محافظة"},
		{"two heads", "مركز قضاء القائم", "القائم", "مركز"},
		{"no head", "دير الزور", "دير الزور", ""},
		{"head only", "محافظة", "محافظة", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rest, head := stripHead(tc.in)
			if rest != tc.rest || head != tc.head {
				t.Errorf("stripHead(%q) = %q, %q; want %q, %q", tc.in, rest, head, tc.rest, tc.head)
			}
		})
	}
}

func TestPlaceFeature(t *testing.T) {
	tests := []struct {
		name, code string
		pop        int
		want       string
	}{
		{"capital", "PPLC", 0, "city"},
		{"admin seat", "PPLA", 5000, "city"},
		{"big place", "PPL", 150000, "city"},
		{"district seat", "PPLA2", 3000, "town"},
		{"town", "PPL", 20000, "town"},
		{"village", "PPLA3", 800, "village"},
		{"section", "PPLX", 50000, "area"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := placeFeature(tc.code, tc.pop); got != tc.want {
				t.Errorf("placeFeature(%q, %d) = %q, want %q", tc.code, tc.pop, got, tc.want)
			}
		})
	}
}

func TestCanonicalSpelling(t *testing.T) {
	tests := []struct {
		name, roman string
		cands       []string
		want        string
	}{
		{"qamishli", "Al Qāmishlī", []string{"القامشلو", "القامشلي"}, "القامشلي"},
		{"manbij", "Manbij", []string{"ممبج", "منبج"}, "منبج"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := placeRow{id: "1", nameEn: tc.roman, cc: "SY", code: "PPL", lat: "35", lon: "38"}
			e := newPlace(p, tc.cands, false, nil)
			if e == nil || e.name != tc.want {
				t.Errorf("newPlace(%q, %q) name = %v, want %q", tc.roman, tc.cands, e, tc.want)
			}
		})
	}
}

func TestResolveShared(t *testing.T) {
	city := &entry{id: "gn:1", name: "حلب", feature: "city", population: 2000000}
	gov := &entry{id: "place:sy:adm1-09", name: "حلب", feature: "admin1"}
	village := &entry{id: "gn:2", name: "قرية", feature: "village", aliases: []alias{{text: "الحلب"}}}
	resolveShared([]*entry{village, gov, city})
	if city.nameShared {
		t.Errorf("city lost its plain key")
	}
	if !gov.nameShared {
		t.Errorf("governorate name not declared shared")
	}
	if !village.aliases[0].shared {
		t.Errorf("village alias not declared shared")
	}
}

func FuzzCleanName(f *testing.F) {
	for _, s := range []string{"حلب", "محافظة  حلب-", "كةربالا", "مِـنْـطَـقَـة", "a", "(الرقة)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := cleanName(s)
		if got == "" {
			return
		}
		if cleanName(got) != got {
			t.Errorf("cleanName not idempotent: %q -> %q -> %q", s, got, cleanName(got))
		}
		if strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") || strings.Contains(got, "  ") {
			t.Errorf("cleanName(%q) = %q has stray spaces", s, got)
		}
		for _, r := range got {
			if r != ' ' && !isArabicLetter(r) {
				t.Errorf("cleanName(%q) = %q holds %U", s, got, r)
			}
		}
	})
}

// TestSharedKeysMatcherFold repeats the shared-key check with the
// matcher's own folding (gazetteer.Key), each token taken without its
// article as the matcher's clitic candidates do, so that the data agree
// with the code that reads them and not only with this package's fold.
func TestSharedKeysMatcherFold(t *testing.T) {
	type holder struct {
		id     string
		shared bool
	}
	final := map[string]row{}
	var order []string
	for _, name := range []string{"places_geonames.tsv", "places.tsv"} {
		for _, r := range readDataFile(t, name) {
			if _, ok := final[r.col["id"]]; !ok {
				order = append(order, r.col["id"])
			}
			final[r.col["id"]] = r
		}
	}
	byKey := map[string][]holder{}
	for _, id := range order {
		for _, a := range final[id].names() {
			toks := strings.Fields(gazetteer.Key(a.text))
			if len(toks) == 0 {
				t.Errorf("%s: %s: name %q has an empty matcher key", final[id].where(), id, a.text)
				continue
			}
			for i, tok := range toks {
				if strings.HasPrefix(tok, "ال") && utf8.RuneCountInString(tok) > 3 {
					toks[i] = strings.TrimPrefix(tok, "ال")
				}
			}
			k := strings.Join(toks, " ")
			byKey[k] = append(byKey[k], holder{id, a.shared})
		}
	}
	for k, hs := range byKey {
		declared := map[string]bool{}
		for _, h := range hs {
			if h.shared {
				declared[h.id] = true
			}
		}
		undeclared := map[string]bool{}
		for _, h := range hs {
			if !h.shared && !declared[h.id] {
				undeclared[h.id] = true
			}
		}
		if len(undeclared) > 1 {
			var ids []string
			for id := range undeclared {
				ids = append(ids, id)
			}
			t.Errorf("matcher key %q shared, undeclared, by %s", k, strings.Join(sortedStrings(ids), " "))
		}
	}
}
