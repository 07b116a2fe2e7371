package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rasd/gazetteer"
)

// unlistedGazetteer adds to testGazetteer a few places the cases name next
// to unlisted ones, and a listed name that starts with a place noun.
func unlistedGazetteer() *gazetteer.Gazetteer {
	entries := []gazetteer.Entry{
		{ID: "t:sadad", Kind: gazetteer.Place, Name: "صدد", Country: "SY", Feature: "town", Parent: "t:homs"},
		{ID: "t:fallujah", Kind: gazetteer.Place, Name: "الفلوجة", Country: "IQ", Feature: "city", Parent: "t:anbar"},
		{ID: "t:jbeil", Kind: gazetteer.Place, Name: "جبيل", Country: "LB", Feature: "city"},
		{ID: "t:zahraa", Kind: gazetteer.Place, Name: "بلدة الزهراء", Country: "SY", Feature: "town"},
		{ID: "t:taiz", Kind: gazetteer.Place, Name: "تعز", Country: "YE", Feature: "city", Lat: 13.58, Lon: 44.02, HasCoord: true},
		{ID: "t:raqqa-gov", Kind: gazetteer.Place, Name: "محافظة الرقة", Aliases: []string{"ريف الرقة"}, Country: "SY", Feature: "admin1"},
		{ID: "t:front", Kind: gazetteer.Group, Name: "جبهة تحرير أبناء شهداء الساحل وقرية الزيتون", Type: "militia"},
	}
	return gazetteer.New(append(testEntries(), entries...))
}

// testEntries returns copies of the entries of testGazetteer.
func testEntries() []gazetteer.Entry {
	var out []gazetteer.Entry
	for _, e := range testGazetteer().Entries() {
		out = append(out, *e)
	}
	return out
}

func TestUnlistedPlaces(t *testing.T) {
	x := New(unlistedGazetteer())
	tests := []struct {
		name string
		text string
		want []string // unlisted places as name/feature/country
	}{
		{"a town and its governorate after it", "قصفت الطائرات بلدة تل السمن بريف الرقة.",
			[]string{"تل السمن/town/SY"}},
		{"a dual noun: one listed, one not", "نزحت العائلات نحو بلدتي زيدل وصدد.",
			[]string{"زيدل/town/SY"}},
		{"a word joined by و to a name is a name, whatever its ending", "نزحت العائلات نحو بلدات صدد وفيروزة وزيدل.",
			[]string{"فيروزة/town/SY", "زيدل/town/SY"}},
		{"a front", "تقدمت القوات في محور الحردان شمال الفلوجة، وتحدث عن محور المقاومة.",
			[]string{"الحردان/area/IQ"}},
		{"names joined by و after a dual, located by the nearest listed place",
			"قصف الجيش أحياء في الفلوجة تركز على حيي الأندلس والرسالة وسط المدينة، وعلى حي جبيل.",
			[]string{"الأندلس/area/IQ", "الرسالة/area/IQ"}},
		{"a quoted name", "كانت الميليشيات تتمركز في قرية \"ذي عنقب\" بغرض قصف تعز.",
			[]string{"ذي عنقب/village/YE"}},
		{"a name joined by بن", "هاجم مسلحون دورية في بلدية طارق بن زياد أمس.",
			[]string{"طارق بن زياد/town/"}},
		{"a head word takes the next one", "اشتباكات في منطقة وادي المعسل وسط تعز.",
			[]string{"وادي المعسل/area/YE"}},
		{"no listed place in the sentence: the last before it", "دخلت القوات تعز. ثم قصفت حي الإخوة.",
			[]string{"الإخوة/area/YE"}},
		{"a clitic on the noun; no listed place at all", "وسقطت قذيفة بقرية نغامدو.", []string{"نغامدو/village/"}},
		{"no listed place before: the first one after", "قصفت الطائرات قرية نغامدو. وقال المرصد إن القصف طال ريف الرقة.",
			[]string{"نغامدو/village/SY"}},
		{"an adjective is no name", "سقطت قذيفة على حي سكني ومنطقة سكنية وقرية نائية.", nil},
		{"adjectives in ة by their shape", "قصفوا قرية صغيرة وبلدات عديدة وبلدة مجاورة ومدينة حاسمة وقرية ضخمة وحي سيطرته الفصائل.", nil},
		{"names in ة of other shapes, and in ى", "قصفت الطائرات قرية زرزورة وبلدة نوى في ريف الرقة.",
			[]string{"زرزورة/village/SY", "نوى/town/SY"}},
		{"a conjunction and a common noun", "قصفت الطائرات قرى ومدن عدة.", nil},
		{"a preposition and a definite noun", "نزح السكان إلى مخيم للاجئين وبلدة بالقرب من الحدود.", nil},
		{"a verbal noun after منطقة", "في منطقة خفض التصعيد ومنطقة نفوذ الجيش.", nil},
		{"a preposition, a particle", "سقطت قذائف على مدينة مثل تعز وقرى في الريف. ومن ناحية أخرى قال.", nil},
		{"a verb, a pronoun", "دخلوا قرية يسكنها مدنيون وبلدة ينشط فيها التنظيم.", nil},
		{"verbs of relative clauses", "سيطروا على قرية تقع قرب تعز وبلدة تبعد عنها ومدينة تشهد معارك وحي شهد " +
			"اشتباكات وقرية شهدت مجزرة وبلدة تسيطر عليها الفصائل ومخيم يضم النازحين.", nil},
		{"adjectives and verbal nouns with no mark of their kind", "في مخيم نزوح وحي جديد ومدينة أكبر.", nil},
		{"regions that are no place of the gazetteer", "في منطقة الشرق الأوسط ومنطقة الخليج.", nil},
		{"a title starts a name; a street is named with its noun", "انفجرت سيارة في شارع الملك فهد وسط تعز.",
			[]string{"شارع الملك فهد/area/YE"}},
		{"sites are named with their noun, a unit with its number",
			"قصف التحالف معسكر اللواء 35 وخزانات سد الجبلين ومدرسة الوحدة في تعز.",
			[]string{"معسكر اللواء 35/base/YE", "سد الجبلين/area/YE", "مدرسة الوحدة/area/YE"}},
		{"verbs and idioms that look like sites", "قررت المحكمة سجن المتهم، وسعت إلى سد الفراغ، ومن ناحية المبدأ رفضت.", nil},
		{"the people a camp or a quarter is for", "وصلوا إلى مخيم اللاجئين ومخيم النازحين وحي الأطباء ومدينة الملاهي.", nil},
		{"a site needs a definite name", "قصفوا قاعدة بيانات ومطار العاصمة وساحة المعركة وسجن النساء وسجنا سريا.", nil},
		{"a word of the lexicons", "اندلعت اشتباكات في قرية قصف ومدينة الاشتباكات.", nil},
		{"a listed name that starts with the noun", "قصفت الطائرات بلدة الزهراء.", nil},
		{"a long listed name with a place noun inside", "هاجمت جبهة تحرير أبناء شهداء الساحل وقرية الزيتون الجيش.", nil},
		{"a definite noun is no place noun", "فرض التنظيم سيطرته على البلدة المجاورة والقرية التي زارها.", nil},
		{"a head alone", "اقتحمت القوات قرية تل في الصباح.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range x.Mentions(Document{ID: "t", Text: tt.text}) {
				if m.Kind == KindPlace && m.ID == "" {
					if m.Text != m.Name || m.HasCoord {
						t.Errorf("%q: text %q, name %q, coordinates %v", tt.text, m.Text, m.Name, m.HasCoord)
					}
					got = append(got, fmt.Sprintf("%s/%s/%s", m.Name, m.Feature, m.Country))
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestUnlistedPlacesInEvents(t *testing.T) {
	x := New(unlistedGazetteer())
	tests := []struct {
		name string
		text string
		want string // the event's places, their ids in brackets
	}{
		{"the unlisted place first, then the listed one in the sentence",
			"قصفت الطائرات بلدة تل السمن بريف الرقة.", "تل السمن[],ريف الرقة[t:raqqa-gov]"},
		{"only unlisted places: the last listed place before them joins them",
			"دخلت القوات مدينة تعز. وقصفت المدفعية حي الإخوة وقتل 3 مدنيين.", "الإخوة[],تعز[t:taiz]"},
		{"two unlisted places of one name are one place",
			"قصفت الطائرات قرية نغامدو ثم عادت وقصفت قرية نغامدو.", "نغامدو[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := x.Events(Document{ID: "t", Text: tt.text})
			if len(evs) == 0 {
				t.Fatalf("%q: no event", tt.text)
			}
			e := evs[len(evs)-1]
			var got []string
			for _, p := range e.Places {
				got = append(got, p.Text+"["+p.ID+"]")
			}
			if strings.Join(got, ",") != tt.want {
				t.Errorf("%q: places %s, want %s", tt.text, strings.Join(got, ","), tt.want)
			}
		})
	}
}

// geonamesNames returns the first Arabic name of every GeoNames row of the
// shared samples of countries, single indefinite words only, or none (with
// a log) when ../shared/data is absent.
func geonamesNames(t *testing.T, countries ...string) []string {
	var names []string
	for _, cc := range countries {
		path := filepath.Join("..", "..", "shared", "data", "geonames", cc+".txt")
		b, err := os.ReadFile(path)
		if err != nil {
			t.Logf("skipping the GeoNames names: %v", err)
			return nil
		}
		for _, line := range strings.Split(string(b), "\n") {
			cols := strings.Split(line, "\t")
			if len(cols) < 4 {
				continue
			}
			for _, n := range strings.Split(cols[3], ",") {
				if arabicWord(n) {
					if !strings.HasPrefix(n, "ال") {
						names = append(names, n)
					}
					break
				}
			}
		}
	}
	return names
}

// arabicWord reports a single word of Arabic letters.
func arabicWord(s string) bool {
	for _, r := range s {
		if r < 0x0621 || r > 0x064A {
			return false
		}
	}
	return s != ""
}

// TestUnlistedShapes measures the rules on words rather than sentences,
// after قرية with no gazetteer: the single-word names of GeoNames places of
// seven countries, which they should read as names (83.1% when written),
// and the Snowball vocabulary, inflected common words with their clitics,
// which they should not (19.7% read). The bounds leave a little room.
func TestUnlistedShapes(t *testing.T) {
	const minNames, maxWords = 0.80, 0.25
	x := New(gazetteer.New(nil))
	read := func(w string) bool {
		for _, m := range x.Mentions(Document{ID: "t", Text: "قصفت الطائرات قرية " + w + " أمس."}) {
			if m.Kind == KindPlace {
				return true
			}
		}
		return false
	}
	share := func(words []string) (float64, []string) {
		var n int
		var missed []string
		for _, w := range words {
			if read(w) {
				n++
			} else {
				missed = append(missed, w)
			}
		}
		return float64(n) / float64(len(words)), missed
	}
	if names := geonamesNames(t, "SY", "IQ", "YE", "LB", "PS", "LY", "EG"); len(names) > 0 {
		got, missed := share(names)
		t.Logf("%d GeoNames names: %.1f%% read; some not: %v", len(names), 100*got, missed[:min(20, len(missed))])
		if got < minNames {
			t.Errorf("%.1f%% of the GeoNames names read, want %.0f%% or more", 100*got, 100*minNames)
		}
	}
	if words := vocabulary(t); len(words) > 0 {
		var indefinite []string
		for _, w := range words {
			if arabicWord(w) && !strings.HasPrefix(w, "ال") {
				indefinite = append(indefinite, w)
			}
		}
		got, _ := share(indefinite)
		var taken []string
		for i := 0; i < len(indefinite) && len(taken) < 40; i += 997 {
			if w := indefinite[i]; read(w) {
				taken = append(taken, w)
			}
		}
		t.Logf("%d vocabulary words: %.1f%% read as names; some: %v", len(indefinite), 100*got, taken)
		if got > maxWords {
			t.Errorf("%.1f%% of the vocabulary words read as names, want %.0f%% or fewer", 100*got, 100*maxWords)
		}
	}
}
