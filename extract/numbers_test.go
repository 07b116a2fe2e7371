package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"rasd/gazetteer"
	"rasd/normalize"
)

// ruleDoc prepares a document for the number and date rules, without a
// gazetteer.
func ruleDoc(text string, ref time.Time) *doc {
	d := &doc{ref: ref}
	d.text = normalize.Fold(text, normalize.Match)
	d.toks = normalize.Tokenize(d.text)
	d.sents = normalize.Sentences(d.toks)
	findRules(d)
	return d
}

// numWant is an expected number mention; an empty qual or unit is not
// checked, a nil value means vague.
type numWant struct {
	text  string
	value any
	qual  string
	unit  string
}

func (w numWant) String() string {
	return fmt.Sprintf("%q=%v[%s %s]", w.text, w.value, w.qual, w.unit)
}

func checkNumbers(t *testing.T, text string, got []Mention, want []numWant) {
	t.Helper()
	if len(got) != len(want) {
		var gs []string
		for _, m := range got {
			gs = append(gs, numWant{m.Text, m.Value, m.Qualifier, m.Unit}.String())
		}
		t.Fatalf("%q: got %d numbers %v, want %v", text, len(got), gs, want)
	}
	for i, w := range want {
		m := got[i]
		checkRuleSpan(t, text, m.Span)
		if m.Text != w.text {
			t.Errorf("%q: number %d text %q, want %q", text, i, m.Text, w.text)
		}
		if fmt.Sprint(m.Value) != fmt.Sprint(w.value) {
			t.Errorf("%q: %q value %v, want %v", text, m.Text, m.Value, w.value)
		}
		if w.qual != "" && m.Qualifier != w.qual {
			t.Errorf("%q: %q qualifier %q, want %q", text, m.Text, m.Qualifier, w.qual)
		}
		if w.unit != "" && m.Unit != normalize.String(w.unit, normalize.Match) {
			t.Errorf("%q: %q unit %q, want %q", text, m.Text, m.Unit, w.unit)
		}
	}
}

// checkRuleSpan checks that a span is inside text and its text is
// original[start:end] in code points.
func checkRuleSpan(t *testing.T, text string, s Span) {
	t.Helper()
	rs := []rune(text)
	if s.Start < 0 || s.End > len(rs) || s.Start > s.End {
		t.Fatalf("%q: span [%d,%d) outside the text (%d runes)", text, s.Start, s.End, len(rs))
	}
	if got := string(rs[s.Start:s.End]); got != s.Text {
		t.Fatalf("%q: span [%d,%d) is %q, mention says %q", text, s.Start, s.End, got, s.Text)
	}
}

func TestNumbers(t *testing.T) {
	ref := time.Date(2020, 3, 12, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		text string
		want []numWant
	}{
		// digits in every script, separators, decimals
		{"ascii digits", "قتل 26 عنصرا من الميليشيات", []numWant{{"26", 26.0, QualExact, "عنصر"}}},
		{"arabic-indic digits", "أصيب ٢٦ مدنيا بجروح", []numWant{{"٢٦", 26.0, QualExact, "مدني"}}},
		{"persian digits", "سقط ۱۵ صاروخا على المدينة", []numWant{{"۱۵", 15.0, QualExact, "صاروخ"}}},
		{"thousands comma", "نزح 1,500 شخص من المخيم", []numWant{{"1,500", 1500.0, QualExact, "شخص"}}},
		{"arabic thousands separator", "نزح ٢٬٥٠٠ شخص", []numWant{{"٢٬٥٠٠", 2500.0, "", "شخص"}}},
		{"decimal point", "على بعد 3.5 كيلومتر من الحدود", []numWant{{"3.5", 3.5, "", "كيلومتر"}}},
		{"arabic decimal separator", "ارتفعت بنسبة ٣٫٥ في المئة", []numWant{{"٣٫٥", 3.5, "", "%"}}},
		{"percent sign", "تراجعت الأسعار 12% خلال الشهر", []numWant{{"12", 12.0, "", "%"}}},
		{"percent words", "ارتفع العدد بنسبة 20 بالمئة", []numWant{{"20", 20.0, "", "%"}}},
		{"duckling leading zero", "بلغت النسبة 01.10 فقط", []numWant{{"01.10", 1.1, "", ""}}},
		{"duckling negative", "درجة الحرارة -1200000 في التجربة", []numWant{{"-1200000", -1200000.0, "", ""}}},
		{"clitic ba with tatweel", "قدرت الخسائر بـ25 مليون دولار", []numWant{{"25 مليون", 25e6, "", "دولار"}}},
		{"clitic ba digits", "تقدر بـ٥٠ ألف دولار", []numWant{{"٥٠ ألف", 50000.0, "", "دولار"}}},
		{"glued to ila", "وصلت النسبة إلى٤٤ ٪ من الزوار", []numWant{{"٤٤", 44.0, "", "%"}}},
		{"article with tatweel", "الركاب الـ1400 في العبارة", []numWant{{"1400", 1400.0, "", ""}}},
		// ranges: each end is a number
		{"range with dash", "قتل 20-30 مسلحا", []numWant{{"20", 20.0, "", ""}, {"30", 30.0, "", "مسلح"}}},
		{"range with ila", "بين 20 إلى 30 غارة يوميا", []numWant{{"20", 20.0, "", ""}, {"30", 30.0, "", "غارة"}}},
		{"range with wa", "ما بين 40 و50 قتيلا", []numWant{{"40", 40.0, "", ""}, {"50", 50.0, "", "قتيل"}}},
		// scales after digits
		{"digits thousand", "يقيم فيها 3 آلاف لاجئ", []numWant{{"3 آلاف", 3000.0, "", "لاجئ"}}},
		{"decimal million", "نزوح 2.5 مليون شخص", []numWant{{"2.5 مليون", 2.5e6, "", "شخص"}}},
		{"arabic decimal comma before million", "زار المدينة ٢,٦ مليون سائح", []numWant{{"٢,٦ مليون", 2.6e6, "", "سائح"}}},
		{"billions plural", "أرباح بلغت ٤ مليارات ريال", []numWant{{"٤ مليارات", 4e9, "", "ريال"}}},
		{"decimal billion", "خسائر بقيمة 4.9 مليار دولار", []numWant{{"4.9 مليار", 4.9e9, "", "دولار"}}},
		{"duckling 100 alf", "حشد 100 الف جندي", []numWant{{"100 الف", 100000.0, "", "جندي"}}},
		{"duckling 10 alaf", "نحو 10 آلاف مقاتل", []numWant{{"10 آلاف", 10000.0, QualAbout, "مقاتل"}}},
		{"duckling 3 malayin", "هجر 3 ملايين سوري", []numWant{{"3 ملايين", 3e6, "", ""}}},
		{"digits thousand word", "قتل 18 ألف شخص", []numWant{{"18 ألف", 18000.0, "", "شخص"}}},
		{"trillion and digits", "بلغ الدين تريليونين و44 مليار ريال", []numWant{{"تريليونين و44 مليار", 2044e9, "", "ريال"}}},
		{"thousands and digits", "يسكنها 3 آلاف و500 شخص", []numWant{{"3 آلاف و500", 3500.0, "", "شخص"}}},
		// number words, all forms
		{"duckling zero", "سجلت صفر إصابات", []numWant{{"صفر", 0.0, "", "إصابة"}}},
		{"lone wahid is not a count", "في توقيت واحد", nil},
		{"one after noun", "بعد يوم واحد من القصف", []numWant{{"واحد", 1.0, "", ""}}},
		{"one feminine after noun", "لمدة ليلة واحدة فقط", []numWant{{"واحدة", 1.0, "", ""}}},
		{"ahad before people", "قتل أحد عناصر الشرطة", []numWant{{"أحد", 1.0, "", "عنصر"}}},
		{"ahad with wa before people", "وأحد المسلحين", []numWant{{"أحد", 1.0, "", ""}}},
		{"ahad before things", "استهدف أحد المستشفيات", nil},
		{"ihda before things", "سقطت إحدى القذائف", nil},
		{"duckling arba", "أصيب أربعة جنود", []numWant{{"أربعة", 4.0, "", "جندي"}}},
		{"duckling arba short", "دمرت أربع دبابات", []numWant{{"أربع", 4.0, "", "دبابة"}}},
		{"duckling arbah folded", "اعتقل اربعه اشخاص", []numWant{{"اربعه", 4.0, "", "شخص"}}},
		{"duckling sitta", "قتل ستة مدنيين", []numWant{{"ستة", 6.0, "", "مدني"}}},
		{"duckling sitt", "أطلقت ست قذائف", []numWant{{"ست", 6.0, "", "قذيفة"}}},
		{"duckling sittah folded", "سقط سته قتلى", []numWant{{"سته", 6.0, "", "قتيل"}}},
		{"duckling ashara", "أصيب عشرة أشخاص", []numWant{{"عشرة", 10.0, "", "شخص"}}},
		{"duckling asharah folded", "اصيب عشره اشخاص", []numWant{{"عشره", 10.0, "", "شخص"}}},
		{"ashr feminine", "شن الطيران عشر غارات", []numWant{{"عشر", 10.0, "", "غارة"}}},
		{"duckling 33 spaced wa", "وصل ثلاث و ثلاثون نازحا", []numWant{{"ثلاث و ثلاثون", 33.0, "", "نازح"}}},
		{"duckling ihda ashrata", "أطلق إحدى عشرة قذيفة", []numWant{{"إحدى عشرة", 11.0, "", "قذيفة"}}},
		{"duckling ihda ashar", "مرت إحدى عشر ساعة", []numWant{{"إحدى عشر", 11.0, "", "ساعة"}}},
		{"duckling ahad ashar", "قتل احد عشر شخصا", []numWant{{"احد عشر", 11.0, "", "شخص"}}},
		{"duckling ithnata ashar", "أسر إثنتى عشر جنديا", []numWant{{"إثنتى عشر", 12.0, "", "جندي"}}},
		{"duckling ithna ashar", "قتل إثنى عشر مسلحا", []numWant{{"إثنى عشر", 12.0, "", "مسلح"}}},
		{"ithna ashar nominative", "اثنا عشر قتيلا", []numWant{{"اثنا عشر", 12.0, "", "قتيل"}}},
		{"duckling arba ashar", "استمر أربع عشر يوما", []numWant{{"أربع عشر", 14.0, "", "يوم"}}},
		{"duckling sitta ashar", "جرح ستة عشر شخصا", []numWant{{"ستة عشر", 16.0, "", "شخص"}}},
		{"duckling saba ashar", "دمرت سبع عشر آلية", []numWant{{"سبع عشر", 17.0, "", "آلية"}}},
		{"duckling thaman ashrata", "سقطت ثمان عشرة قذيفة", []numWant{{"ثمان عشرة", 18.0, "", "قذيفة"}}},
		{"tisata ashar", "قتل تسعة عشر مدنيا", []numWant{{"تسعة عشر", 19.0, "", "مدني"}}},
		{"duckling 525", "أحصى خمسمائة و خمسة و عشرون منزلا", []numWant{{"خمسمائة و خمسة و عشرون", 525.0, "", "منزل"}}},
		{"duckling 21 feminine", "دمرت واحدة و عشرون سيارة", []numWant{{"واحدة و عشرون", 21.0, "", "سيارة"}}},
		{"duckling 24", "قتل أربعة و عشرون مسلحا", []numWant{{"أربعة و عشرون", 24.0, "", "مسلح"}}},
		{"duckling 26 attached wa", "قتل ستة وعشرون عنصرا", []numWant{{"ستة وعشرون", 26.0, "", "عنصر"}}},
		{"duckling ishrun", "سقط عشرون صاروخا", []numWant{{"عشرون", 20.0, "", "صاروخ"}}},
		{"duckling ishrin", "أطلق عشرين صاروخا", []numWant{{"عشرين", 20.0, "", "صاروخ"}}},
		{"duckling arbaun", "قتل اربعون شخصا", []numWant{{"اربعون", 40.0, "", "شخص"}}},
		{"duckling arbain", "خلال أربعين يوما", []numWant{{"أربعين", 40.0, "", "يوم"}}},
		{"sittun and sittin", "ستون قتيلا و ستين جريحا", []numWant{{"ستون", 60.0, "", "قتيل"}, {"ستين", 60.0, "", "جريح"}}},
		{"duckling decimal words", "بلغ المعدل واحد فاصلة واحد", []numWant{{"واحد فاصلة واحد", 1.1, "", ""}}},
		{"duckling decimal digits words", "بلغ المعدل 1 فاصلة 1", []numWant{{"1 فاصلة 1", 1.1, "", ""}}},
		{"pyarabic 523", "خمسمئة وثلاث وعشرون", []numWant{{"خمسمئة وثلاث وعشرون", 523.0, "", ""}}},
		{"pyarabic 523 accusative", "وجدت خمسمئة وثلاثة وعشرين دينارا", []numWant{{"خمسمئة وثلاثة وعشرين", 523.0, "", "دينار"}}},
		{"pyarabic 125", "مئة و خمس و عشرون", []numWant{{"مئة و خمس و عشرون", 125.0, "", ""}}},
		{"pyarabic 125.5", "مئة و خمس و عشرون فاصلة خمس", []numWant{{"مئة و خمس و عشرون فاصلة خمس", 125.5, "", ""}}},
		{"pyarabic 29", "تسعة وعشرون", []numWant{{"تسعة وعشرون", 29.0, "", ""}}},
		{"pyarabic ordinal is not a number", "المئة والخامس والعشرون", nil},
		{"mia", "أطلق مائة صاروخ", []numWant{{"مائة", 100.0, "", "صاروخ"}}},
		{"mietan", "قتل مئتان وخمسون شخصا", []numWant{{"مئتان وخمسون", 250.0, "", "شخص"}}},
		{"mietayn", "اعتقلت مئتين من المحتجين", []numWant{{"مئتين", 200.0, "", "المحتجين"}}},
		{"miatay construct", "نحو مائتي عائلة", []numWant{{"مائتي", 200.0, QualAbout, "عائلة"}}},
		{"thalathmia", "نشر ثلاثمئة جندي", []numWant{{"ثلاثمئة", 300.0, "", "جندي"}}},
		{"thalathmaa", "نشر ثلاثمائة جندي", []numWant{{"ثلاثمائة", 300.0, "", "جندي"}}},
		{"thalath mia spaced", "نشر ثلاث مئة جندي", []numWant{{"ثلاث مئة", 300.0, "", "جندي"}}},
		{"tisamia", "تسعمئة وتسعة وتسعون", []numWant{{"تسعمئة وتسعة وتسعون", 999.0, "", ""}}},
		{"alf", "نحو ألف عائلة", []numWant{{"ألف", 1000.0, QualAbout, "عائلة"}}},
		{"alfan", "نشر ألفان من الجنود", []numWant{{"ألفان", 2000.0, "", "جندي"}}},
		{"alfayn", "يضم ألفين مقاتل", []numWant{{"ألفين", 2000.0, "", "مقاتل"}}},
		{"alfay construct", "أكثر من ألفي مقاتل", []numWant{{"ألفي", 2000.0, QualMoreThan, "مقاتل"}}},
		{"thalathat alaf", "نزح ثلاثة آلاف شخص", []numWant{{"ثلاثة آلاف", 3000.0, "", "شخص"}}},
		{"khamsata ashar alfan", "قتل خمسة عشر ألفا", []numWant{{"خمسة عشر ألفا", 15000.0, "", ""}}},
		{"25 thousand words", "خمسة وعشرون ألف لاجئ", []numWant{{"خمسة وعشرون ألف", 25000.0, "", "لاجئ"}}},
		{"thousand and hundreds", "ألف ومئتان وخمسون", []numWant{{"ألف ومئتان وخمسون", 1250.0, "", ""}}},
		{"three thousand five hundred twenty", "ثلاثة آلاف وخمسمئة وعشرون", []numWant{{"ثلاثة آلاف وخمسمئة وعشرون", 3520.0, "", ""}}},
		{"million", "يعيش فيها مليون نسمة", []numWant{{"مليون", 1e6, "", "نسمة"}}},
		{"millionan", "فر مليونا لاجئ", []numWant{{"مليونا", 1e6, "", "لاجئ"}}},
		{"milyunayn", "نزح مليونين من السكان", []numWant{{"مليونين", 2e6, "", "السكان"}}},
		{"million and half million", "نزوح مليون ونصف مليون شخص", []numWant{{"مليون ونصف مليون", 1.5e6, "", "شخص"}}},
		{"millions and half the million", "أربعة ملايين ونصف المليون لاجئ", []numWant{{"أربعة ملايين ونصف المليون", 4.5e6, "", "لاجئ"}}},
		{"million and a half", "نزوح مليون ونصف", []numWant{{"مليون ونصف", 1.5e6, "", ""}}},
		{"thalathat malayin", "ثلاثة ملايين لاجئ", []numWant{{"ثلاثة ملايين", 3e6, "", "لاجئ"}}},
		{"999999999", "تسعمئة وتسعة وتسعون مليونا وتسعمئة وتسعة وتسعون ألفا وتسعمئة وتسعة وتسعون",
			[]numWant{{"تسعمئة وتسعة وتسعون مليونا وتسعمئة وتسعة وتسعون ألفا وتسعمئة وتسعة وتسعون", 999999999.0, "", ""}}},
		{"half", "قضى نصف السكان", []numWant{{"نصف", 0.5, "", "السكان"}}},
		{"half million", "نصف مليون نازح", []numWant{{"نصف مليون", 500000.0, "", "نازح"}}},
		{"meter and a half", "بعمق متر ونصف", []numWant{{"متر ونصف", 1.5, "", "متر"}}},
		{"half an hour", "بعد نصف ساعة من الانفجار", []numWant{{"نصف", 0.5, "", "ساعة"}}},
		{"clock then count", "عند الساعة 10 قتل 5 أشخاص", []numWant{{"5", 5.0, "", "شخص"}}},
		{"half-yearly is not a number", "في تقرير نصف سنوي", nil},
		{"definite three", "قتل الجنود الثلاثة", []numWant{{"الثلاثة", 3.0, "", ""}}},
		{"definite five", "الخمس الباقية", []numWant{{"الخمس", 5.0, "", ""}}},
		{"clitic wa on word", "قتل خمسة وأصيب ثلاثة", []numWant{{"خمسة", 5.0, "", ""}, {"ثلاثة", 3.0, "", ""}}},
		{"clitic li on word", "ارتفع العدد لعشرة قتلى", []numWant{{"عشرة", 10.0, "", "قتيل"}}},
		{"clitic ba on word", "بخمسة صواريخ", []numWant{{"خمسة", 5.0, "", "صاروخ"}}},
		{"clitic wa on digits", "قتل 5 وأصيب 12", []numWant{{"5", 5.0, "", ""}, {"12", 12.0, "", ""}}},
		{"waw glued to digits", "وقتل 4 و13 جريحا", []numWant{{"4", 4.0, "", ""}, {"13", 13.0, "", "جريح"}}},
		// duals
		{"dual killed accusative", "سقط قتيلين في القصف", []numWant{{"قتيلين", 2.0, "", "قتيل"}}},
		{"dual killed nominative", "وسقط قتيلان", []numWant{{"قتيلان", 2.0, "", "قتيل"}}},
		{"dual soldiers", "أصيب جنديان إسرائيليان", []numWant{{"جنديان", 2.0, "", "جندي"}}},
		{"dual soldiers accusative", "أسر جنديين", []numWant{{"جنديين", 2.0, "", "جندي"}}},
		{"dual persons", "أسفر عن مقتل شخصين", []numWant{{"شخصين", 2.0, "", "شخص"}}},
		{"dual feminine", "انفجرت سيارتين مفخختين", []numWant{{"سيارتين", 2.0, "", "سيارة"}}},
		{"dual with article", "خلال الساعتين الماضيتين", []numWant{{"الساعتين", 2.0, "", "ساعة"}}},
		{"dual with clitic", "وبسيارتين", []numWant{{"سيارتين", 2.0, "", "سيارة"}}},
		{"dual construct feminine", "استهدفت دوريتي الجيش", []numWant{{"دوريتي", 2.0, "", "دورية"}}},
		{"plural nisba is not a dual", "قتل مدنيين في القصف", nil},
		{"nisba plural with ithnayn", "قتل مدنيين اثنين", []numWant{{"مدنيين اثنين", 2.0, "", "مدني"}}},
		{"dual with ithnayn", "قتل جنديين اثنين", []numWant{{"جنديين اثنين", 2.0, "", "جندي"}}},
		{"exporters are not two sources", "الدول المصدرين للنفط", nil},
		{"two sources", "قال مصدران أمنيان", []numWant{{"مصدران", 2.0, "", "مصدر"}}},
		{"taliban is not a dual", "حركة طالبان", nil},
		{"place dual with article is a name", "بلدة القريتين", nil},
		{"place construct names places", "بمدينتي حمص ودمشق", nil},
		{"place dual counts", "سيطروا على بلدتين", []numWant{{"بلدتين", 2.0, "", "بلدة"}}},
		// vague quantities
		{"vague tens", "قتل عشرات المدنيين", []numWant{{"عشرات", nil, QualVague, "مدني"}}},
		{"vague definite tens", "أصيب العشرات", []numWant{{"العشرات", nil, QualVague, ""}}},
		{"vague hundreds", "فر مئات الأشخاص", []numWant{{"مئات", nil, QualVague, "شخص"}}},
		{"vague thousands", "نزح آلاف السكان", []numWant{{"آلاف", nil, QualVague, "السكان"}}},
		{"vague number of", "اعتقل عدد من الناشطين", []numWant{{"عدد من", nil, QualVague, "ناشط"}}},
		{"vague number of accusative", "اعتقلت عددا من الناشطين", []numWant{{"عددا من", nil, QualVague, "ناشط"}}},
		{"vague many", "العديد من القتلى", []numWant{{"العديد من", nil, QualVague, "قتيل"}}},
		{"vague a few", "منذ بضعة أيام", []numWant{{"بضعة", nil, QualVague, "يوم"}}},
		{"vague bid", "على بعد بضع مئات الأمتار", []numWant{{"بضع", nil, QualVague, ""}, {"مئات", nil, QualVague, "متر"}}},
		{"vague several", "شنت عدة غارات", []numWant{{"عدة", nil, QualVague, "غارة"}}},
		{"number alone is not vague", "بلغ عدد القتلى 20", []numWant{{"20", 20.0, "", ""}}},
		// qualifiers
		{"more than", "قتل أكثر من 15 شخصا", []numWant{{"15", 15.0, QualMoreThan, "شخص"}}},
		{"more than no hamza", "اكثر من 15 شخصا", []numWant{{"15", 15.0, QualMoreThan, "شخص"}}},
		{"ma yazid an", "ما يزيد عن 100 قتيل", []numWant{{"100", 100.0, QualMoreThan, "قتيل"}}},
		{"ma yazid ala", "ما يزيد على مئة قتيل", []numWant{{"مئة", 100.0, QualMoreThan, "قتيل"}}},
		{"yazid ala", "عددهم يزيد على 40", []numWant{{"40", 40.0, QualMoreThan, ""}}},
		{"ma yarbu", "ما يربو على 300 عائلة", []numWant{{"300", 300.0, QualMoreThan, "عائلة"}}},
		{"fawq", "فوق 50 مصابا", []numWant{{"50", 50.0, QualMoreThan, "مصاب"}}},
		{"ma la yaqill", "مقتل ما لا يقل عن 8 أشخاص", []numWant{{"8", 8.0, QualAtLeast, "شخص"}}},
		{"la yaqill", "لا يقل عن عشرة", []numWant{{"عشرة", 10.0, QualAtLeast, ""}}},
		{"at least after", "وقعت 10 انفجارات على الأقل", []numWant{{"10", 10.0, QualAtLeast, "انفجار"}}},
		{"at least before", "قتل على الأقل 7 جنود", []numWant{{"7", 7.0, QualAtLeast, "جندي"}}},
		{"nahw", "نزوح نحو 1400 عائلة", []numWant{{"1400", 1400.0, QualAbout, "عائلة"}}},
		{"nahw with wa", "ونحو 30 جريحا", []numWant{{"30", 30.0, QualAbout, "جريح"}}},
		{"hawali", "حوالي 20 قتيلا", []numWant{{"20", 20.0, QualAbout, "قتيل"}}},
		{"hawala", "حوالى 20 قتيلا", []numWant{{"20", 20.0, QualAbout, "قتيل"}}},
		{"qurabat", "قرابة 60 غارة", []numWant{{"60", 60.0, QualAbout, "غارة"}}},
		{"zuhaa", "زهاء خمسين عنصرا", []numWant{{"خمسين", 50.0, QualAbout, "عنصر"}}},
		{"ma yuqarib", "ما يقارب من 5000 عائلة", []numWant{{"5000", 5000.0, QualAbout, "عائلة"}}},
		{"yuqarib", "يقارب 70 قتيلا", []numWant{{"70", 70.0, QualAbout, "قتيل"}}},
		{"taqriban after", "قتل 50 شخصا تقريبا", []numWant{{"50", 50.0, QualAbout, "شخص"}}},
		{"less than", "أقل من 10 إصابات", []numWant{{"10", 10.0, QualLessThan, "إصابة"}}},
		{"ma dun", "ما دون 18 عاما", []numWant{{"18", 18.0, QualLessThan, "عام"}}},
		{"exact", "قتل 9 أشخاص", []numWant{{"9", 9.0, QualExact, "شخص"}}},
		// units after من
		{"unit after min", "قتل 26 من ميليشيات الحشد", []numWant{{"26", 26.0, "", "ميليشيا"}}},
		{"unit after min with article", "قتل 43 من المدنيين", []numWant{{"43", 43.0, "", "مدني"}}},
		{"unit plural lemma", "سقطت 7 صواريخ", []numWant{{"7", 7.0, "", "صاروخ"}}},
		{"unit aircraft", "شاركت 3 طائرات", []numWant{{"3", 3.0, "", "طائرة"}}},
		{"unit km abbreviation", "على بعد 20 كم", []numWant{{"20", 20.0, "", "كيلومتر"}}},
		{"unknown unit kept folded", "وصلت 12 قافلة", []numWant{{"12", 12.0, "", "قافله"}}},
		// exclusions
		{"clock time", "عند الساعة 10 صباحا", nil},
		{"clock hh:mm", "في تمام 10:30 مساء", nil},
		{"ordinal", "الفرقة الثانية والكتيبة الثالثة", nil},
		{"brigade name", "معسكر اللواء 35 في تعز", nil},
		{"name head with clitic", "والبند 7 من الاتفاق", nil},
		{"wa ahad ashar", "وأحد عشر ألف شرطي", []numWant{{"أحد عشر ألف", 11000.0, "", "شرطي"}}},
		{"resolution name", "قرار مجلس الأمن رقم 2254", nil},
		{"quoted name", "غرق العبارة «السلام 98» في البحر", nil},
		{"bare year", "عاصمة السياحة العربية 2017", nil},
		{"date numbers", "قتل 5 أشخاص في 10 يناير 2020", []numWant{{"5", 5.0, "", "شخص"}}},
		{"numeric date", "وقع الهجوم في 12/3/2020", nil},
		{"weekday ithnayn", "يوم الاثنين الماضي", nil},
		{"street name date", "اشتباكات في شارع 26 سبتمبر", nil},
		{"revolution name date", "في ذكرى ثورة 25 يناير", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := ruleDoc(tc.text, ref)
			checkNumbers(t, tc.text, d.numbers, tc.want)
		})
	}
}

// TestNumbersSkipNames checks that numbers inside gazetteer names are
// skipped.
func TestNumbersSkipNames(t *testing.T) {
	g := gazetteer.New([]gazetteer.Entry{
		{ID: "t:saraya", Kind: gazetteer.Group, Name: "سرايا 313", Type: "militia"},
	})
	text := "أعلنت سرايا 313 مسؤوليتها عن مقتل 3 جنود"
	res := New(g).Extract(Document{Text: text, Ref: time.Date(2020, 3, 12, 0, 0, 0, 0, time.UTC)})
	var got []Mention
	for _, m := range res.Mentions {
		if m.Kind == KindNumber {
			got = append(got, m)
		}
	}
	checkNumbers(t, text, got, []numWant{{"3", 3.0, QualExact, "جندي"}})
}

func FuzzNumbers(f *testing.F) {
	for _, s := range []string{"قتل 26 عنصرا", "خمسة وعشرون ألفا", "٢,٦ مليون", "مليون ونصف مليون", "قتيلين اثنين",
		"أكثر من 15", "-1200000", "1 فاصلة 1", "بـ25", "عدد من", "ثلاث مئة", "10:30", "و", "وو 1,", "ال 5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		d := ruleDoc(s, time.Date(2020, 3, 12, 0, 0, 0, 0, time.UTC))
		rs := []rune(s)
		for _, m := range d.numbers {
			if m.Start < 0 || m.End > len(rs) || m.Start >= m.End {
				t.Fatalf("%q: bad span [%d,%d)", s, m.Start, m.End)
			}
			if string(rs[m.Start:m.End]) != m.Text {
				t.Fatalf("%q: text %q is not original[%d:%d]", s, m.Text, m.Start, m.End)
			}
			if m.Value != nil {
				if _, ok := m.Value.(float64); !ok {
					t.Fatalf("%q: value %T, want float64", s, m.Value)
				}
			}
		}
	})
}

// benchText is a ~4KB news-like text rich in numbers and dates.
var benchText = func() string {
	p := "قالت مصادر محلية إن 26 عنصرا من الميليشيات قتلوا ليل الأربعاء الخميس في غارات جوية استهدفت مواقعهم " +
		"قرب الحدود، فيما أصيب أكثر من خمسة عشر آخرين بجروح. وأضافت أن ثلاث طائرات شاركت في القصف الذي استمر " +
		"نحو ساعتين، وأن 10 انفجارات على الأقل سمعت في المنطقة منذ بداية العام الحالي. وكانت قوات التحالف قد " +
		"أعلنت في 8 كانون الثاني/يناير الماضي مقتل عشرات المسلحين في عملية مماثلة، بينما نزح نحو 2.5 مليون شخص " +
		"منذ أواخر عام 2017 بحسب الأمم المتحدة. "
	var b strings.Builder
	for b.Len() < 4096 {
		b.WriteString(p)
	}
	return b.String()
}()

// BenchmarkRules measures the number and date rules on a tokenized text;
// compare with BenchmarkTokenize, the tokenizer's cost on the same text.
func BenchmarkRules(b *testing.B) {
	d := &doc{ref: time.Date(2020, 3, 12, 0, 0, 0, 0, time.UTC)}
	d.text = normalize.Fold(benchText, normalize.Match)
	d.toks = normalize.Tokenize(d.text)
	d.sents = normalize.Sentences(d.toks)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		d.words = findWords(d, d.words)
		d.dates = findDates(d)
		d.numbers = findNumbers(d)
	}
}

// BenchmarkTokenize is the baseline for BenchmarkRules: folding and
// tokenizing the same text.
func BenchmarkTokenize(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		t := normalize.Fold(benchText, normalize.Match)
		_ = normalize.Tokenize(t)
	}
}
