package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"rasd/gazetteer"
)

// testGazetteer is a small gazetteer for unit tests, independent of the
// embedded default data.
func testGazetteer() *gazetteer.Gazetteer {
	return gazetteer.New([]gazetteer.Entry{
		{ID: "t:raqqa", Kind: gazetteer.Place, Name: "الرقة", Country: "SY", Feature: "city", Lat: 35.95, Lon: 39.01, HasCoord: true},
		{ID: "t:kafr", Kind: gazetteer.Place, Name: "كفرنبل", Country: "SY", Feature: "town"},
		{ID: "t:ramadi", Kind: gazetteer.Place, Name: "الرمادي", Country: "IQ", Feature: "city"},
		{ID: "t:baghdad", Kind: gazetteer.Place, Name: "بغداد", Country: "IQ", Feature: "city"},
		{ID: "t:benghazi", Kind: gazetteer.Place, Name: "بنغازي", Country: "LY", Feature: "city"},
		{ID: "t:army", Kind: gazetteer.Group, Name: "الجيش العراقي", Type: "state_force"},
		{ID: "t:isis", Kind: gazetteer.Group, Name: "داعش", Type: "jihadist"},
		{ID: "t:sdf", Kind: gazetteer.Group, Name: "قوات سوريا الديمقراطية", Aliases: []string{"قسد"}, Type: "militia"},
		{ID: "t:coalition", Kind: gazetteer.Group, Name: "التحالف الدولي", Type: "coalition"},
		{ID: "t:ohchr", Kind: gazetteer.Source, Name: "المرصد السوري لحقوق الإنسان", Aliases: []string{"المرصد"}, Type: "monitor"},
	})
}

// eventSummary renders the fields a test checks, in a stable form.
func eventSummary(e Event) string {
	var places []string
	for _, p := range e.Places {
		places = append(places, p.Text)
	}
	val := func(c *Count) string {
		if c == nil {
			return "-"
		}
		return fmt.Sprint(c.Value)
	}
	date := "-"
	if e.Date != nil {
		date = fmt.Sprint(e.Date.Value)
	}
	return fmt.Sprintf("%s killed=%s injured=%s date=%s places=%s", e.Type, val(e.Killed), val(e.Injured), date,
		strings.Join(places, ","))
}

func TestEvents(t *testing.T) {
	ref := time.Date(2021, 5, 12, 0, 0, 0, 0, time.UTC) // a Wednesday
	x := New(testGazetteer())
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"airstrike with casualties", "قتل 5 مدنيين وأصيب 12 آخرون في غارة جوية على بلدة كفرنبل.",
			[]string{"airstrike killed=5 injured=12 date=- places=كفرنبل"}},
		{"clash between two groups", "اندلعت اشتباكات عنيفة بين الجيش العراقي وداعش في مدينة الرمادي.",
			[]string{"armed_clash killed=- injured=- date=- places=الرمادي"}},
		{"threat is not an event", "هدد التنظيم بشن هجوم على المدينة.", nil},
		{"negated casualties give zero", "سقطت قذائف على بغداد ولم يقتل أي شخص.",
			[]string{"shelling killed=0 injured=- date=- places=بغداد"}},
		{"abduction", "اختطف مسلحون ثلاثة صحافيين في بنغازي.",
			[]string{"abduction killed=- injured=- date=- places=بنغازي"}},
		{"car bomb", "انفجرت سيارة مفخخة في سوق ببغداد ما أسفر عن مقتل 7 أشخاص.",
			[]string{"explosion killed=7 injured=- date=- places=بغداد"}},
		{"suicide bomber", "فجر انتحاري نفسه وسط حشد في بغداد فقتل 9 أشخاص.",
			[]string{"suicide_bombing killed=9 injured=- date=- places=بغداد"}},
		{"territory change", "سيطرت قوات سوريا الديمقراطية على مدينة الرقة.",
			[]string{"territory_change killed=- injured=- date=- places=الرقة"}},
		{"protest", "خرجت مظاهرات حاشدة في بنغازي.",
			[]string{"protest killed=- injured=- date=- places=بنغازي"}},
		{"continuation enriches the event", "شن التحالف الدولي غارات على مواقع في الرقة. وأضاف المرصد أن الغارات أسفرت عن مقتل 9 عناصر.",
			[]string{"airstrike killed=9 injured=- date=- places=الرقة"}},
		{"present tense is background", "تسيطر قسد على الرقة منذ سنوات.", nil},
		{"date of the sentence", "قصفت طائرات التحالف الدولي الرقة أمس.",
			[]string{"airstrike killed=- injured=- date=2021-05-11 places=الرقة"}},
		{"quoted violence is what someone said", "وقال أحد السكان: «لقد شهدنا معارك عنيفة طوال حياتنا».", nil},
		{"a period's toll is no event", "وأدت هجمات داعش إلى مقتل 15 ألف شخص منذ عام 2009.", nil},
		{"a road accident is no event", "لقي 12 شخصا مصرعهم في حادث اصطدام حافلة بشاحنة قرب بغداد.", nil},
		{"an assassination kills its target", "اغتيل مسؤول محلي برصاص مجهولين في بنغازي.",
			[]string{"assassination killed=1 injured=- date=- places=بنغازي"}},
		{"an attempt kills no one", "نجا مسؤول محلي من محاولة اغتيال في بنغازي.",
			[]string{"assassination killed=- injured=- date=- places=بنغازي"}},
		{"counts joined by و add up", "أسفر الهجوم على مدينة الرمادي عن مقتل 17 جنديا وأكثر من 100 مسلح.",
			[]string{"attack killed=117 injured=- date=- places=الرمادي"}},
		{"a subset is not added", "قتل 15 شخصا بينهم 5 أطفال في قصف على الرقة.",
			[]string{"shelling killed=15 injured=- date=- places=الرقة"}},
		{"the dead and wounded together are no death toll", "انفجرت سيارة مفخخة في بغداد ما أدى إلى سقوط 40 شخصا بين قتيل وجريح.",
			[]string{"explosion killed=- injured=- date=- places=بغداد"}},
		{"a killing verb with its subject and date before the count", "وقتل الجيش العراقي في نهاية أيار 25 مسلحا قرب الرمادي.",
			[]string{"attack killed=25 injured=- date=2021-05 places=الرمادي"}},
		{"purpose is no territory change", "حشد الجيش العراقي قواته لاستعادة الرمادي.", nil},
		{"seizing weapons is no territory change", "استولى المسلحون على أربع دبابات.", nil},
		{"two events of one sentence keep their own places", "سقطت قذائف على بغداد، بينما اختطف مسلحون صحافيا في بنغازي.",
			[]string{"shelling killed=- injured=- date=- places=بغداد", "abduction killed=- injured=- date=- places=بنغازي"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := x.Extract(Document{ID: "t", Text: tc.text, Ref: ref})
			var got []string
			for _, e := range res.Events {
				got = append(got, eventSummary(e))
				checkSpan(t, tc.text, e.Trigger)
				checkSpan(t, tc.text, e.Sentence)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Extract(%q) events:\n%s\nwant:\n%s", tc.text, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// checkSpan fails when a span's text is not the original text at its offsets.
func checkSpan(t *testing.T, text string, s Span) {
	t.Helper()
	r := []rune(text)
	if s.Start < 0 || s.End > len(r) || s.Start > s.End || string(r[s.Start:s.End]) != s.Text {
		t.Errorf("span %d-%d %q does not match the text", s.Start, s.End, s.Text)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("قتل 5 مدنيين وأصيب 12 آخرون في غارة جوية على بلدة كفرنبل أمس.")
	f.Add("وأضاف المرصد أن 3 طائرات استهدفت مواقع في الرقة، ولم يقتل أي جندي.")
	f.Add("اندلعت اشتباكات ليل الأربعاء الخميس ١٢/٣/٢٠٢٠ في الرمادي")
	f.Add("أسقطت الدفاعات الجوية 7 مناطيد فوق المدينة")
	f.Add("قصفت الطائرات بلدات صدد وَفيروزة وزيدل وقرية \"ذي عنقب\" ومعسكر اللواء 35 وشارع الملك فهد في الرقة")
	x := New(testGazetteer())
	ref := time.Date(2020, 3, 12, 0, 0, 0, 0, time.UTC)
	other := "قال مصدر إن 3 عناصر قتلوا في هجوم على 40 منطادا قرب الرمادي أمس، وفق وكالة رويترز."
	f.Fuzz(func(t *testing.T, text string) {
		res := x.Extract(Document{ID: "f", Text: text, Ref: ref})
		// the result owns its memory: another document does not change it
		before, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		x.Extract(Document{ID: "o", Text: other, Ref: ref})
		if after, _ := json.Marshal(res); string(after) != string(before) {
			t.Fatalf("the result changed when another document was extracted:\n%s\n%s", before, after)
		}
		if !utf8Valid(text) {
			return
		}
		for _, m := range res.Mentions {
			checkSpan(t, text, m.Span)
		}
		for _, e := range res.Events {
			checkSpan(t, text, e.Trigger)
			checkSpan(t, text, e.Sentence)
			for _, p := range e.Places {
				checkSpan(t, text, p.Span)
			}
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// TestResultsOwnTheirMemory extracts documents one after another, as a
// worker does with its reused tables, and checks that a result is the same
// when the document is extracted again later and that the documents
// extracted in between did not change it.
func TestResultsOwnTheirMemory(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	seed, err := os.ReadFile("../testdata/bukamal.txt")
	if err != nil {
		t.Fatal(err)
	}
	x := New(g)
	ref := time.Date(2020, 3, 12, 0, 0, 0, 0, time.UTC)
	docs := []string{
		string(seed),
		"قتل 5 مدنيين وأصيب 12 آخرون في غارة جوية على بلدة كفرنبل أمس، بحسب المرصد السوري لحقوق الإنسان.",
		"قال مصدر أمني إن 3 عناصر من الجيش العراقي قتلوا في هجوم لداعش قرب الرمادي في 8 كانون الثاني/يناير.",
		// a counted noun the lexicon does not know is reported as folded
		"أسقطت الدفاعات الجوية 7 مناطيد و12 بالونا فوق المدينة أمس.",
		string(seed[:len(seed)/2]),
	}
	// real articles too, when ../shared is there
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "eval", "dev", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, string(b))
	}
	encode := func(r Result) string {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	var kept []Result
	var first []string
	for _, d := range docs {
		r := x.Extract(Document{ID: "d", Text: d, Ref: ref})
		kept = append(kept, r)
		first = append(first, encode(r))
	}
	for i, d := range docs {
		if again := encode(x.Extract(Document{ID: "d", Text: d, Ref: ref})); again != first[i] {
			t.Errorf("document %d: a second extraction differs from the first", i)
		}
	}
	// a text unlike the others, over whatever they left in reused memory
	x.Extract(Document{ID: "d", Text: strings.Repeat("ثخذ ضظغ ", 2000), Ref: ref})
	for i, r := range kept {
		if encode(r) != first[i] {
			t.Errorf("document %d: its result changed while later documents were extracted", i)
		}
	}
	if len(kept[0].Mentions) == 0 || len(kept[0].Events) == 0 {
		t.Fatal("the seed article gave no mentions or events")
	}
}

// TestNewPending checks that an extractor whose gazetteer arrives later
// gives what New gives, asks for the gazetteer once, and finishes no
// document before it has it.
func TestNewPending(t *testing.T) {
	g := testGazetteer()
	doc := Document{ID: "p", Text: "قتل 5 مدنيين وأصيب 12 آخرون في غارة جوية على بلدة كفرنبل أمس، بحسب المرصد السوري لحقوق الإنسان.",
		Ref: time.Date(2020, 3, 12, 0, 0, 0, 0, time.UTC)}
	want, err := json.Marshal(New(g).Extract(doc))
	if err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	var calls atomic.Int32
	x := NewPending(func() *gazetteer.Gazetteer {
		calls.Add(1)
		<-release
		return g
	})
	results := make(chan Result, 4)
	for range cap(results) {
		go func() { results <- x.Extract(doc) }()
	}
	select {
	case <-results:
		t.Fatal("a document was finished before the gazetteer arrived")
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	for range cap(results) {
		if got, _ := json.Marshal(<-results); string(got) != string(want) {
			t.Errorf("NewPending gives %s, New %s", got, want)
		}
	}
	if n := calls.Load(); n != 1 {
		t.Errorf("the gazetteer was asked for %d times, want once", n)
	}
	if x.Gazetteer() != g {
		t.Error("Gazetteer does not return the gazetteer that arrived")
	}
}
