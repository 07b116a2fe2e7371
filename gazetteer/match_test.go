package gazetteer

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"rasd/normalize"
)

// testEntries is a small gazetteer with the ambiguities the matcher resolves.
func testEntries() []Entry {
	return []Entry{
		{ID: "sy", Kind: Place, Name: "سوريا", Aliases: []string{"سورية"}, Country: "SY", Feature: "country"},
		{ID: "iq", Kind: Place, Name: "العراق", Country: "IQ", Feature: "country"},
		{ID: "lb", Kind: Place, Name: "لبنان", Country: "LB", Feature: "country"},
		{ID: "ml", Kind: Place, Name: "مالي", Country: "ML", Feature: "country"},
		{ID: "sa", Kind: Place, Name: "السعودية", Country: "SA", Feature: "country"},
		{ID: "bukamal", Kind: Place, Name: "البوكمال", Aliases: []string{"أبو كمال"}, Country: "SY", Feature: "town", Parent: "dez", Population: 57572},
		{ID: "dez", Kind: Place, Name: "محافظة دير الزور", Shared: []string{"دير الزور"}, Country: "SY", Feature: "admin1", Parent: "sy"},
		{ID: "dez-city", Kind: Place, Name: "دير الزور", Country: "SY", Feature: "city", Parent: "dez", Population: 239000},
		{ID: "hama-city", Kind: Place, Name: "حماة", Country: "SY", Feature: "city", Population: 460602},
		{ID: "hama-gov", Kind: Place, Name: "محافظة حماة", Shared: []string{"حماة"}, Country: "SY", Feature: "admin1"},
		{ID: "sham", Kind: Place, Name: "الشام", Country: "SY", Feature: "region"},
		{ID: "hts", Kind: Group, Name: "هيئة تحرير الشام", Type: "jihadist"},
		{ID: "pmf", Kind: Group, Name: "الحشد الشعبي", Type: "militia"},
		{ID: "eyl", Kind: Place, Name: "إيل", Country: "SO", Feature: "town"},
		{ID: "ibb", Kind: Place, Name: "إب", Country: "YE", Feature: "city"},
		{ID: "adda", Kind: Place, Name: "عدة", Country: "IQ", Feature: "village"},
		{ID: "tyre", Kind: Place, Name: "صور", Country: "LB", Feature: "city", Population: 135000},
		{ID: "metula", Kind: Place, Name: "المطلة", Country: "IL", Feature: "town"},
		{ID: "konya", Kind: Place, Name: "قونية", Country: "TR", Feature: "city", Population: 1000000},
		{ID: "latakia", Kind: Place, Name: "اللاذقية", Country: "SY", Feature: "city", Population: 383786},
		{ID: "riyadh", Kind: Place, Name: "الرياض", Country: "SA", Feature: "city", Population: 4205961},
		{ID: "riyadh-iq", Kind: Place, Name: "الرياض", Country: "IQ", Feature: "village", Parent: "iq"},
		{ID: "zab-iq", Kind: Place, Name: "الزاب", Country: "IQ", Feature: "village", Parent: "iq"},
		{ID: "zab-sy", Kind: Place, Name: "الزاب", Country: "SY", Feature: "village", Population: 900},
	}
}

func TestMatch(t *testing.T) {
	g := New(testEntries())
	for _, c := range []struct {
		name, text string
		want       string // "text=id" per match, space-separated; "" for none
	}{
		{name: "conjunction preposition article", text: "وبالبوكمال", want: "البوكمال=bukamal"},
		{name: "key without article matches article", text: "وفي أبو كمال", want: "أبو كمال=bukamal"},
		{name: "lam lam contraction keeps second lam", text: "تابعة للحشد الشعبي", want: "لحشد الشعبي=pmf"},
		{name: "countryside of", text: "بريف البوكمال", want: "البوكمال=bukamal"},
		{name: "nested group wins", text: "أعلنت هيئة تحرير الشام", want: "هيئة تحرير الشام=hts"},
		{name: "place alone", text: "في الشام", want: "الشام=sham"},
		{name: "country", text: "في سوريا", want: "سوريا=sy"},
		{name: "country alias after preposition", text: "في سورية", want: "سورية=sy"},
		{name: "adjective after definite noun", text: "على الحدود السورية", want: ""},
		{name: "two adjectives", text: "الحدود السورية العراقية", want: ""},
		{name: "adjective after feminine plural", text: "من جنسيات غير سورية", want: ""},
		{name: "adjective of a place", text: "في البوكمال السورية", want: "البوكمال=bukamal"},
		{name: "country that looks like an adjective", text: "زار السعودية", want: "السعودية=sa"},
		{name: "saudi adjective", text: "القوات السعودية", want: ""},
		{name: "feminine adjective after definite noun", text: "المنافذ المطلة على النهر", want: ""},
		{name: "definite place after indefinite noun", text: "مدينة اللاذقية", want: "اللاذقية=latakia"},
		{name: "indefinite city in ية after a hint", text: "في مدينة قونية", want: "قونية=konya"},
		{name: "indefinite city in ية after a feminine noun", text: "زيارة قونية", want: "قونية=konya"},
		{name: "article does not make a nisba a place", text: "المدير المالي", want: ""},
		{name: "Mali", text: "في مالي", want: "مالي=ml"},
		{name: "future particle is not a proclitic of names", text: "وسائل الإعلام", want: ""},
		{name: "common word without article", text: "عدة قرى", want: ""},
		{name: "hamza sets the month apart", text: "في آب الماضي", want: ""},
		{name: "Ibb", text: "محافظة إب", want: "إب=ibb"},
		{name: "weak name alone", text: "نشرت صور الهجوم", want: ""},
		{name: "weak name with a hint", text: "في مدينة صور", want: "صور=tyre"},
		{name: "weak name with its country named", text: "في جنوب لبنان قرب صور", want: "لبنان=lb صور=tyre"},
		{name: "governorate by its full name", text: "محافظة دير الزور", want: "محافظة دير الزور=dez"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, m := range matchString(g, c.text) {
				got = append(got, string([]rune(c.text)[m.Start:m.End])+"="+m.Entry.ID)
			}
			if s := strings.Join(got, " "); s != c.want {
				t.Errorf("Match(%q) = %q, want %q", c.text, s, c.want)
			}
		})
	}
}

func TestRank(t *testing.T) {
	g := New(testEntries())
	for _, c := range []struct {
		name, text, at, want string // want: the id of the match of text at
	}{
		{name: "bare name: city before governorate", text: "في حماة", at: "حماة", want: "hama-city"},
		{name: "governorate hint", text: "ريف محافظة حماة", at: "محافظة حماة", want: "hama-gov"},
		{name: "city hint", text: "في مدينة دير الزور", at: "دير الزور", want: "dez-city"},
		{name: "province hint", text: "ولاية دير الزور", at: "دير الزور", want: "dez"},
		{name: "country named in the text", text: "في العراق. وفي الزاب", at: "الزاب", want: "zab-iq"},
		{name: "population without context", text: "في الزاب", at: "الزاب", want: "zab-sy"},
		{name: "major city over context", text: "في العراق. وقال مصدر في الرياض", at: "الرياض", want: "riyadh"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ms := matchString(g, c.text)
			for i, m := range ms {
				if string([]rune(c.text)[m.Start:m.End]) != c.at {
					continue
				}
				if m.Entry.ID != c.want {
					t.Errorf("%q: %s is %s, want %s", c.text, c.at, m.Entry.ID, c.want)
				}
				ex := g.Explain(ms, i)
				if len(ex) != 1+len(m.Others) || ex[0].Entry != m.Entry {
					t.Errorf("Explain disagrees with Match: %v", ex)
				}
				for _, r := range ex {
					if len(r.Reasons) == 0 {
						t.Errorf("%s: no reasons", r.Entry.ID)
					}
				}
				return
			}
			t.Errorf("%q: no match %q", c.text, c.at)
		})
	}
}

func TestMatchOffsets(t *testing.T) {
	g := New(testEntries())
	text := "وَبِالْبُوكَمَالِ ولِلْحَشْدِ الشَّعْبِيِّ"
	ms := matchString(g, text)
	want := []string{"الْبُوكَمَالِ", "لْحَشْدِ الشَّعْبِيِّ"}
	if len(ms) != len(want) {
		t.Fatalf("%d matches, want %d", len(ms), len(want))
	}
	for i, m := range ms {
		if got := string([]rune(text)[m.Start:m.End]); got != want[i] {
			t.Errorf("match %d = %q, want %q", i, got, want[i])
		}
	}
}

func TestNewReplacesByID(t *testing.T) {
	g := New([]Entry{
		{ID: "x", Kind: Place, Name: "ألف", Feature: "town"},
		{ID: "y", Kind: Place, Name: "باء", Feature: "town"},
		{ID: "x", Kind: Place, Name: "جيم", Feature: "city"},
	})
	if g.Len() != 2 || g.ByID("x").Name != "جيم" || g.Entries()[0].ID != "x" {
		t.Fatalf("entries %v, want x replaced in place", g.Entries())
	}
	if len(g.Lookup("ألف")) != 0 || len(g.Lookup("جيم")) != 1 {
		t.Errorf("the replaced entry's names must go with it")
	}
}

func TestLookupAndKey(t *testing.T) {
	g := New(testEntries())
	if got := len(g.Lookup("حَمَاة")); got != 2 {
		t.Errorf("Lookup(حماة) = %d entries, want 2 (city and governorate)", got)
	}
	for _, c := range []struct{ name, in, want string }{
		{name: "hamza and ta marbuta", in: "أبو كمالة", want: "ابو كماله"},
		{name: "diacritics and spaces", in: "  حَلَب   الشَّهْبَاء ", want: "حلب الشهباء"},
		{name: "punctuation is a token", in: "أ.ف.ب", want: "ا . ف . ب"},
		{name: "empty", in: "ـ ً", want: ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Key(c.in); got != c.want {
				t.Errorf("Key(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestIsNisba(t *testing.T) {
	g := New(testEntries())
	for _, c := range []struct {
		name, in string
		want     bool
	}{
		{name: "final ya alef", in: "السوريه", want: true},
		{name: "masculine indefinite", in: "سوري", want: true},
		{name: "article", in: "العراقي", want: true},
		{name: "already nisba", in: "السعوديه", want: true},
		{name: "masculine of nisba name", in: "السعودي", want: true},
		{name: "final nun", in: "اللبناني", want: true},
		{name: "not from a place", in: "الشرقيه", want: false},
		{name: "small place", in: "البوكمالي", want: false},
		{name: "no ending", in: "العراق", want: false},
		{name: "city named in ية is no adjective", in: "اللاذقيه", want: false},
		{name: "masculine of a city in ية", in: "اللاذقي", want: true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := g.isNisba(normalize.String(c.in, normalize.Match)); got != c.want {
				t.Errorf("isNisba(%q) = %v, want %v", c.in, got, c.want)
			}
		})
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"أبو كمال", "مؤتة  إدلب", "حماة", "ٱلْ", "مستشفى الشفاء", "a b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !plainWords(s) {
			return
		}
		// the fast path agrees with the tokenizer
		var want []string
		for _, tk := range normalize.Tokenize(normalize.Fold(s, normalize.Match)) {
			want = append(want, tk.Norm)
		}
		if got := appendKeyTokens(nil, s); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("appendKeyTokens(%q) = %q, want %q", s, got, want)
		}
	})
}

func FuzzMatch(f *testing.F) {
	g := New(testEntries())
	for _, s := range []string{"وبالبوكمال", "للحشد الشعبي", "الحدود السورية", "ٱلْ لل ل", "محافظة حماة"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := len([]rune(s))
		last := 0
		for _, m := range matchString(g, s) {
			if m.Start < last || m.End <= m.Start || m.End > n || m.Entry == nil {
				t.Fatalf("%q: bad match %+v (previous end %d, length %d)", s, m, last, n)
			}
			last = m.End
		}
	})
}

// TestMatchConcurrent matches from several goroutines with one gazetteer
// (run with -race).
func TestMatchConcurrent(t *testing.T) {
	g := New(testEntries())
	done := make(chan []Match, 4)
	for range 4 {
		go func() {
			done <- matchString(g, "وبالبوكمال في مدينة حماة وقرب صور في لبنان")
		}()
	}
	want := matchString(g, "وبالبوكمال في مدينة حماة وقرب صور في لبنان")
	for range 4 {
		got := <-done
		if len(got) != len(want) {
			t.Fatalf("%d matches, want %d", len(got), len(want))
		}
		for i := range got {
			if got[i].Entry != want[i].Entry || got[i].Start != want[i].Start {
				t.Errorf("match %d differs: %+v vs %+v", i, got[i], want[i])
			}
		}
	}
}

// seedAndDefault returns the seed article and the default gazetteer.
func seedAndDefault(t *testing.T) (string, *Gazetteer) {
	t.Helper()
	seed, err := os.ReadFile("../testdata/bukamal.txt")
	if err != nil {
		t.Fatal(err)
	}
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return string(seed), g
}

// TestMatchReadings checks that matching with the words' clitic readings
// given finds what Match finds computing them itself.
func TestMatchReadings(t *testing.T) {
	seed, g := seedAndDefault(t)
	for _, text := range []string{seed, "وبالبوكمال وللحشد الشعبي في BBC و2020", ""} {
		tx := normalize.Fold(text, normalize.Match)
		toks := normalize.Tokenize(tx)
		r := &Readings{Start: make([]int32, len(toks)), End: make([]int32, len(toks))}
		for i, tk := range toks {
			r.Start[i] = int32(len(r.Cands))
			if tk.Kind == normalize.Word {
				r.Cands = normalize.AppendClitics(r.Cands, tk.Norm)
			}
			r.End[i] = int32(len(r.Cands))
		}
		want, got := g.Match(tx, toks), g.MatchReadings(tx, toks, r)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%.40q: MatchReadings found %d names, Match %d", text, len(got), len(want))
		}
		if text != "" && len(want) == 0 {
			t.Errorf("%.40q: no names found", text)
		}
	}
}

// TestMatchIntoReusesBuffers checks that matching text after text into the
// same buffers finds what Match finds, and that once the buffers have grown
// a text costs fewer allocations than with Match.
func TestMatchIntoReusesBuffers(t *testing.T) {
	seed, g := seedAndDefault(t)
	texts := []string{seed, "قصف على الرقة وحمص ودير الزور والبوكمال", "", "وبالبوكمال وللحشد الشعبي في BBC", seed[:len(seed)/3]}
	var b MatchBuffers
	for round := range 2 {
		for _, text := range texts {
			tx := normalize.Fold(text, normalize.Match)
			toks := normalize.Tokenize(tx)
			want, got := g.Match(tx, toks), g.MatchInto(&b, tx, toks, nil)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("round %d, %.40q: MatchInto found %v, Match %v", round, text, got, want)
			}
		}
	}
	tx := normalize.Fold(seed, normalize.Match)
	toks := normalize.Tokenize(tx)
	into := testing.AllocsPerRun(20, func() { g.MatchInto(&b, tx, toks, nil) })
	fresh := testing.AllocsPerRun(20, func() { g.Match(tx, toks) })
	if into >= fresh {
		t.Errorf("MatchInto allocates %.0f times a text, Match %.0f: the buffers are not reused", into, fresh)
	}
}
