package extract

import (
	"strings"

	"rasd/normalize"
)

// numClass is the role of a number word.
type numClass uint8

const (
	nNone     numClass = iota
	nSmall             // 1..9, 10, tens: adds to the current group
	nTeenTen           // عشر, عشرة: 10 alone, or the second word of a teen
	nHundred           // مئة (×100 after a unit), مئتان, ثلاثمئة: adds
	nScale             // ألف, مليون, مليار: multiplies the group
	nScaleTwo          // ألفان, مليونين: two of the scale
	nScaleMul          // آلاف, ملايين: the scale after a count, else vague
	nHalf              // نصف
	nVague             // عشرات, مئات, بضعة, عدة
	nVagueOf           // عدد, العديد: vague before من
)

// numWord is a number lexicon entry; for a token, skip is the runes of
// proclitics before the lexicon word and blocked marks a token inside a
// date or a gazetteer name.
type numWord struct {
	class   numClass
	skip    int8
	blocked bool
	word    int32 // per token only: 1 + the index of its hit in doc.words, 0 when none
	val     float64
}

// numberLexicon maps folded number words (0 to 999,999,999 and the scales
// beyond, every gender and case form) to their roles. buildLexicons makes
// it.
var numberLexicon map[string]numWord

func buildNumberLexicon() map[string]numWord {
	m := map[string]numWord{}
	add := func(c numClass, v float64, words ...string) {
		for _, w := range words {
			m[normalize.String(w, normalize.Match)] = numWord{class: c, val: v}
		}
	}
	add(nSmall, 0, "صفر")
	add(nSmall, 1, "واحد", "واحدة", "واحدا", "أحد", "إحدى", "احدي")
	add(nSmall, 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي", "إثنان", "إثنين", "الاثنان", "الاثنتين", "الاثنتان")
	units := [][]string{
		3: {"ثلاث", "ثلاثة"},
		4: {"أربع", "أربعة"},
		5: {"خمس", "خمسة"},
		6: {"ست", "ستة"},
		7: {"سبع", "سبعة"},
		8: {"ثمان", "ثماني", "ثمانية", "ثمانى"},
		9: {"تسع", "تسعة"},
	}
	for v, forms := range units {
		for _, f := range forms {
			add(nSmall, float64(v), f)
			add(nSmall, float64(v), "ال"+f) // الثلاثة, الخمس: the three
		}
	}
	add(nTeenTen, 10, "عشر", "عشرة", "العشرة")
	tens := [][]string{
		2: {"عشرون", "عشرين"},
		3: {"ثلاثون", "ثلاثين"},
		4: {"أربعون", "أربعين"},
		5: {"خمسون", "خمسين"},
		6: {"ستون", "ستين"},
		7: {"سبعون", "سبعين"},
		8: {"ثمانون", "ثمانين"},
		9: {"تسعون", "تسعين"},
	}
	for v, forms := range tens {
		add(nSmall, float64(v*10), forms...)
	}
	add(nHundred, 100, "مئة", "مائة", "مئه") // not المئة: في المئة is a percent sign
	add(nHundred, 200, "مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي")
	hundreds := []string{3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان", 9: "تسع"}
	for v, h := range hundreds {
		if h != "" {
			add(nHundred, float64(v*100), h+"مئة", h+"مائة")
		}
	}
	add(nHundred, 800, "ثمانمئة", "ثمانمائة", "ثمانيمئة", "ثمانيمائة")
	add(nScale, 1e3, "ألف", "ألفا") // ألفا: the accusative singular (خمسة عشر ألفا), not the construct dual
	add(nScaleTwo, 1e3, "ألفان", "ألفين", "ألفي")
	add(nScaleMul, 1e3, "آلاف", "الاف")
	add(nScale, 1e6, "مليون", "مليونا")
	add(nScaleTwo, 1e6, "مليونان", "مليونين", "مليوني")
	add(nScaleMul, 1e6, "ملايين")
	add(nScale, 1e9, "مليار", "مليارا", "بليون", "بليونا")
	add(nScaleTwo, 1e9, "ملياران", "مليارين", "مليارى", "بليونين")
	add(nScaleMul, 1e9, "مليارات", "بلايين")
	add(nScale, 1e12, "تريليون", "تريليونا", "ترليون")
	add(nScaleTwo, 1e12, "تريليونان", "تريليونين", "ترليونين")
	add(nScaleMul, 1e12, "تريليونات")
	add(nHalf, 0.5, "نصف")
	add(nVague, 0, "عشرات", "العشرات", "مئات", "المئات", "مئات", "الآلاف", "الملايين", "بضعة", "بضع",
		"عدة", "آحاد")
	add(nVagueOf, 0, "عدد", "عددا", "العديد", "عديد")
	return m
}

// unitLemmas maps folded forms of counted nouns (singular, accusative,
// plural) to their folded singular lemma; dualNouns and placeDuals map dual
// forms to theirs (see dualForms). buildLexicons makes them.
var unitLemmas, dualNouns, placeDuals map[string]string

// unitPrefixes holds the word starts of the counted nouns; buildLexicons
// makes it.
var unitPrefixes *prefixSet

// dualForms returns every dual form mapped to its lemma: the duals with and
// without the article, the place duals only without it (القريتين is a name).
func dualForms() map[string]string {
	m := make(map[string]string, 2*len(dualNouns)+len(placeDuals))
	for k, v := range dualNouns {
		m[k], m["ال"+k] = v, v
	}
	for k, v := range placeDuals {
		m[k] = v
	}
	return m
}

// unitEntries lists counted nouns: the singular lemma first, then its other
// forms. A leading "*" on the lemma marks a noun whose masculine sound
// plural ends in ين like its dual (مدنيين), so that form is not read as two;
// "#" marks a place noun, whose construct dual names places rather than
// counting them (مدينتي حمص ودمشق); "-" a noun whose dual is also a name
// (طالبان).
var unitEntries = [][]string{
	// people
	{"شخص", "أشخاص", "شخصا"}, {"قتيل", "قتلى", "قتيلا"}, {"جريح", "جرحى", "جريحا"},
	{"*مصاب", "مصابين", "مصابا", "مصابون"}, {"شهيد", "شهداء", "شهيدا"}, {"جندي", "جنود", "جنديا"},
	{"عنصر", "عناصر", "عنصرا"}, {"*مقاتل", "مقاتلين", "مقاتلون", "مقاتلا"}, {"*مسلح", "مسلحين", "مسلحون", "مسلحا"},
	{"*مدني", "مدنيين", "مدنيون", "مدنيا"}, {"طفل", "أطفال", "طفلا"}, {"امرأة", "نساء", "سيدة", "سيدات"},
	{"رجل", "رجال", "رجلا"}, {"ضابط", "ضباط", "ضابطا"}, {"*شرطي", "شرطيين", "شرطيا"},
	{"*عسكري", "عسكريين", "عسكريا"}, {"*انتحاري", "انتحاريين", "انتحاريا"}, {"*معتقل", "معتقلين", "معتقلا"},
	{"سجين", "سجناء", "سجينا"}, {"*مواطن", "مواطنين", "مواطنا"}, {"*لاجئ", "لاجئين", "لاجئا"},
	{"*نازح", "نازحين", "نازحا"}, {"*مهاجر", "مهاجرين", "مهاجرا"}, {"ضحية", "ضحايا"}, {"جثة", "جثث"},
	{"عضو", "أعضاء", "عضوا"}, {"قائد", "قادة", "قائدا"}, {"*مسؤول", "مسؤولين", "مسؤولا"}, {"*عامل", "عمال", "عاملا", "العاملين"},
	{"*صحفي", "صحفيين", "صحفيا", "صحافي", "صحافيين"}, {"*ناشط", "ناشطين", "ناشطا"}, {"*متظاهر", "متظاهرين", "متظاهرا"},
	{"رهينة", "رهائن"}, {"*مختطف", "مختطفين", "مختطفا"}, {"-طالب", "طلاب", "طالبا"}, {"تلميذ", "تلاميذ"},
	{"حاج", "حجاج"}, {"*مسافر", "مسافرين"}, {"راكب", "ركاب"}, {"عائلة", "عائلات", "عوائل"}, {"أسرة", "أسر"},
	{"فرد", "أفراد", "فردا"}, {"نسمة"}, {"طبيب", "أطباء"}, {"*موظف", "موظفين", "موظفا"}, {"*حوثي", "حوثيين", "حوثيا"},
	{"*إرهابي", "إرهابيين", "إرهابيا"}, {"*متشدد", "متشددين"}, {"*جهادي", "جهاديين"}, {"*مسيحي", "مسيحيين"},
	{"سائح", "سياح"}, {"زائر", "زوار"}, {"أسير", "أسرى", "أسيرا"}, {"*مدرس", "مدرسين"}, {"*مستوطن", "مستوطنين"},
	{"ميليشيا", "ميليشيات", "مليشيات", "ميلشيات"}, {"*مصدر", "مصادر"}, {"حكومة", "حكومات"}, {"إدارة", "إدارات"},
	{"أخ", "إخوة", "أشقاء"}, {"شقيق", "شقيقين"}, {"ابن", "أبناء"}, {"نجل"}, {"مرافق", "مرافقين"},
	// weapons, vehicles, attacks
	{"صاروخ", "صواريخ", "صاروخا"}, {"قذيفة", "قذائف"}, {"طائرة", "طائرات"}, {"غارة", "غارات"}, {"ضربة", "ضربات"},
	{"انفجار", "انفجارات"}, {"هجوم", "هجمات", "هجوما"}, {"عبوة", "عبوات"}, {"لغم", "ألغام"}, {"برميل", "براميل"},
	{"دبابة", "دبابات"}, {"مدرعة", "مدرعات"}, {"آلية", "آليات"}, {"سيارة", "سيارات"}, {"عربة", "عربات"},
	{"شاحنة", "شاحنات"}, {"حافلة", "حافلات"}, {"مروحية", "مروحيات"}, {"سفينة", "سفن"}, {"قارب", "قوارب"},
	{"زورق", "زوارق"}, {"بندقية", "بنادق"}, {"رصاصة", "رصاصات"}, {"قنبلة", "قنابل"}, {"دورية", "دوريات"},
	{"عملية", "عمليات"}, {"اشتباك", "اشتباكات"}, {"معركة", "معارك"}, {"مرة", "مرات"}, {"طلقة", "طلقات"},
	{"مدفع", "مدافع"}, {"راجمة", "راجمات"}, {"كمين", "كمائن"},
	// places and buildings
	{"#منزل", "منازل", "منزلا"}, {"#بيت", "بيوت"}, {"#مبنى", "مباني"}, {"#مسجد", "مساجد"}, {"#مدرسة", "مدارس"},
	{"#مستشفى", "مستشفيات"}, {"#قرية", "قرى"}, {"#بلدة", "بلدات"}, {"#مدينة", "مدن"}, {"#حي", "أحياء"},
	{"#موقع", "مواقع", "موقعا"}, {"#نقطة", "نقاط"}, {"#حاجز", "حواجز"}, {"#مقر", "مقرات"}, {"#معسكر", "معسكرات"},
	{"#مخيم", "مخيمات"}, {"#محافظة", "محافظات"}, {"#دولة", "دول"}, {"#منطقة", "مناطق"},
	// measures, money, time
	{"كيلومتر", "كيلومترات", "كيلومترا", "كم", "كلم"}, {"متر", "أمتار", "مترا"}, {"ميل", "أميال"},
	{"كيلوغرام", "كيلوغرامات", "كغ", "كيلو"}, {"طن", "أطنان"}, {"دولار", "دولارات", "دولارا"}, {"يورو"},
	{"ريال", "ريالات", "ريالا"}, {"دينار", "دنانير", "دينارا"}, {"جنيه", "جنيهات"}, {"ليرة", "ليرات"},
	{"درهم", "دراهم"}, {"يوم", "أيام", "يوما"}, {"ساعة", "ساعات"}, {"دقيقة", "دقائق"}, {"ثانية", "ثوان"},
	{"أسبوع", "أسابيع"}, {"شهر", "أشهر", "شهور"}, {"سنة", "سنوات", "سنين"}, {"عام", "أعوام", "عاما"},
	{"ليلة", "ليال", "ليالي"}, {"وظيفة", "وظائف"}, {"فعالية", "فعاليات"}, {"نشاط", "أنشطة"},
	{"إصابة", "إصابات"}, {"حالة", "حالات"}, {"سهم", "أسهم"}, {"نقطة", "نقاط"},
}

func buildUnitLemmas() (lemmas, duals, places map[string]string) {
	lemmas, duals, places = map[string]string{}, map[string]string{}, map[string]string{}
	for _, e := range unitEntries {
		lemma := e[0]
		mark := lemma[0]
		if mark == '*' || mark == '#' || mark == '-' {
			lemma = lemma[1:]
		}
		lemma = normalize.String(lemma, normalize.Match)
		lemmas[lemma] = lemma
		for _, f := range e[1:] {
			lemmas[normalize.String(f, normalize.Match)] = lemma
		}
		if mark == '-' {
			continue
		}
		// duals: قتيلان قتيلين, سيارتان سيارتين سيارتي (construct)
		if stem, ok := strings.CutSuffix(lemma, "ه"); ok {
			for _, suf := range []string{"تان", "تين", "تي", "تا"} {
				switch {
				case mark != '#':
					duals[stem+suf] = lemma
				case len(suf) > len("تي"):
					places[stem+suf] = lemma
				}
			}
			continue
		}
		if strings.HasSuffix(lemma, "ي") && !strings.HasSuffix(lemma, "ني") && len(lemma) <= 4 {
			continue // short words like حي
		}
		target := duals
		if mark == '#' {
			target = places
		}
		target[lemma+"ان"] = lemma
		if mark != '*' {
			target[lemma+"ين"] = lemma
		}
	}
	return lemmas, duals, places
}

// personNouns are the people after أحد/إحدى that make it count one person
// (أحد عناصر التنظيم, أحد المسؤولين), folded, without the article.
var personNouns = foldSet("رجال", "عناصر", "مخبرين", "مسؤولين", "مسؤولي", "سكان", "قياديي", "قيادات", "أفراد",
	"جنود", "ضباط", "مقاتلي", "مقاتلين", "أعضاء", "أبناء", "أشخاص", "مدنيين", "مواطنين", "جرحى", "قتلى", "مصابين",
	"حراس", "موظفي", "موظفين", "عمال", "طلاب", "أطفال", "نساء", "رهائن", "معتقلين", "أسرى", "قادة", "زعماء",
	"شيوخ", "نشطاء", "أنصار", "مرافقي", "عناصره", "عناصرها", "منفذي", "مسلحي", "مسلحين", "أمراء", "قضاة",
	"شهود", "ركاب", "حجاج", "مصلين", "صحفيين", "جنديين", "رفاق", "أقارب", "أشقاء", "إخوة", "مرافقين")

// unitLemma returns the singular lemma of a folded counted noun (with or
// without the article and attached و ب ل), or "" when the lexicon does not
// know it.
func unitLemma(w string) string {
	if l, _, ok := lookupWord(w, unitPrefixes, unitLemmas); ok {
		return l
	}
	// with the article: الصواريخ, والصواريخ
	const letter = len("و")
	for k := 0; k < 3 && len(w) > 3*letter; k++ {
		if rest, ok := strings.CutPrefix(w, "ال"); ok {
			if l, ok := unitLemmas[rest]; ok && unitPrefixes.may(rest) {
				return l
			}
			return ""
		}
		switch c := w[:letter]; {
		case k == 0 && (c == "و" || c == "ف"):
		case c == "ب" || c == "ك":
		default:
			return ""
		}
		w = w[letter:]
	}
	return ""
}
