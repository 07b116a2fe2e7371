package main

import (
	"strings"
	"unicode/utf8"
)

// Arabic letters the cleaning and folding rules name.
const (
	hamza          = '\u0621'
	alefMadda      = '\u0622'
	alefHamzaAbove = '\u0623'
	wawHamza       = '\u0624'
	alefHamzaBelow = '\u0625'
	yehHamza       = '\u0626'
	alef           = '\u0627'
	tehMarbuta     = '\u0629'
	heh            = '\u0647'
	waw            = '\u0648'
	alefMaksura    = '\u0649'
	yeh            = '\u064A'
	tatweel        = '\u0640'
	alefWasla      = '\u0671'
	superAlef      = '\u0670'
)

// isArabicLetter reports whether r is a letter of the Arabic alphabet proper
// (U+0621..U+063A, U+0641..U+064A). Letters added for Persian, Urdu, Pashto,
// Kurdish or Uyghur (پ چ ژ گ ک ی ٹ ڈ ڑ ں ے ۀ ە ۆ ێ ...) are not: a name that
// holds one is not an Arabic name.
func isArabicLetter(r rune) bool {
	return (r >= hamza && r <= '\u063A') || (r >= '\u0641' && r <= yeh)
}

// isMark reports whether r is an Arabic diacritic (harakat, tanwin, shadda,
// sukun, superscript alef) or tatweel: text that cleaning drops.
func isMark(r rune) bool {
	return (r >= '\u064B' && r <= '\u0652') || r == superAlef || r == tatweel
}

// isInvisible reports format characters that Wikipedia-derived names carry by
// accident (LRM, RLM, ZWJ, BOM) and that cleaning drops. ZWNJ is not among
// them: it marks Persian orthography and makes a name fail isArabicName.
func isInvisible(r rune) bool {
	switch r {
	case '\u200E', '\u200F', '\u200D', '\uFEFF', '\u202A', '\u202B', '\u202C':
		return true
	}
	return false
}

// cleanName turns a raw name into the form written to the gazetteer: no
// parenthetical qualifier, no diacritics, tatweel or direction marks, hyphens
// and runs of spaces as single spaces. It returns "" when the rest is not an
// Arabic name (another script, Persian/Urdu letters, digits).
func cleanName(s string) string {
	if i := strings.IndexAny(s, "(（"); i >= 0 {
		s = s[:i]
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case isInvisible(r) || isMark(r):
			continue
		case r == ' ' || r == '-' || r == '\u2010' || r == '\u2013' || r == '_':
			space = b.Len() > 0
			continue
		case r == alefWasla:
			r = alef
		case !isArabicLetter(r):
			return ""
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	out := b.String()
	for _, w := range strings.Fields(out) {
		if strings.HasPrefix(w, "ئ") {
			// Kurdish and Uyghur spell a word-initial vowel with ئ;
			// Arabic words do not start with it.
			return ""
		}
		if i := strings.IndexRune(w, tehMarbuta); i >= 0 && i+len("ة") < len(w) {
			// ة inside a word is Kurdish for the vowel ە (كةربالا).
			return ""
		}
	}
	return out
}

// fold is the match folding of the format contract (alef forms -> ا, ى -> ي,
// ة -> ه, ؤ -> و, ئ -> ي) applied to a cleaned name.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case alefMadda, alefHamzaAbove, alefHamzaBelow, alefWasla:
			r = alef
		case alefMaksura, yehHamza:
			r = yeh
		case tehMarbuta:
			r = heh
		case wawHamza:
			r = waw
		}
		if isMark(r) || isInvisible(r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// key is the identity of a name for deduplication and collision checks: the
// folded tokens, each without a leading article, since the matcher treats
// "العراق" and "عراق" as the same key.
func key(s string) string {
	toks := strings.Fields(fold(s))
	for i, t := range toks {
		if strings.HasPrefix(t, "ال") && utf8.RuneCountInString(t) > 3 {
			toks[i] = t[len("ال"):]
		}
	}
	return strings.Join(toks, " ")
}

// genericHeads are words that qualify a name in Wikipedia-style titles
// ("محافظة حلب", "قضاء تلكيف") rather than belong to it. The first word of
// a place name is dropped when it is one of these.
var genericHeads = []string{
	"محافظة", "ولاية", "منطقة", "إقليم", "اقليم", "مقاطعة", "شعبية", "إمارة", "امارة",
	"بلدية", "قضاء", "ناحية", "مديرية", "مدينة", "بلدة", "قرية", "مركز", "لواء", "كانتون",
}

// stripHead removes generic head words from a cleaned name ("مركز قضاء
// القائم" -> "القائم") and returns the rest and the first head removed (""
// when there was none). A name that is only a head word stays as it is.
func stripHead(s string) (rest, head string) {
	rest = s
	for {
		first, after, ok := strings.Cut(rest, " ")
		if !ok || !isHead(first) {
			return rest, head
		}
		if head == "" {
			head = first
		}
		rest = after
	}
}

// isHead reports whether w is one of genericHeads.
func isHead(w string) bool {
	for _, h := range genericHeads {
		if fold(w) == fold(h) {
			return true
		}
	}
	return false
}

// stopKeys are keys (see key) of common Arabic words that are village names
// somewhere but in news text are almost always the plain noun: direction
// words, "market", "centre", "new", "village", abstract nouns used for
// villages' names (النصر، السلام، الوحدة ...). Such a name is never a key.
var stopKeys = map[string]bool{}

func init() {
	words := []string{
		"السوق", "المركز", "الجديدة", "الجديد", "القرية", "القديمة", "القديم", "الشمال", "الجنوب", "الشرق", "الغرب",
		"الوسط", "الشمالية", "الجنوبية", "الشرقية", "الغربية", "الوسطى", "المدينة", "المحطة", "المطار",
		"الميناء", "الجامع", "المسجد", "المدرسة", "المزرعة", "المزارع", "البلد", "البلدة", "الحي", "الساحل",
		"البحر", "الجبل", "الوادي", "النهر", "العين", "البئر", "القلعة", "الحصن", "السد", "الجسر",
		"المعسكر", "المخيم", "الشارع", "الطريق", "الدوار", "الساحة", "الحدود", "المعبر", "القاعدة",
		"الجيش", "الدولة", "الحكومة", "الرئيس", "الشعب", "الثورة", "النصر", "السلام", "الحرية",
		"الوحدة", "الاستقلال", "الشهداء", "الشهيد", "العرب", "الجمهورية", "الأمل", "الخير", "النور",
		"الفجر", "الإسلام", "الرحمة", "البركة", "الأمير", "الشيخ", "الملك", "الجامعة", "المستشفى",
		"الصناعية", "الزراعة", "العمال", "الضباط", "المطاحن", "الكهرباء", "المعامل", "الشركة",
		"الرسالة", "العودة", "التحرير", "الأمن", "الأمان", "العروبة", "الحق", "العدل",
		"الكرامة", "الأحرار", "الجهاد", "المقاومة", "النهضة", "التقدم",
		"المنطقة", "الناحية", "القضاء", "المحافظة", "الولاية", "الإقليم", "الريف", "الضاحية",
		"البيت", "الدار", "القصر", "البرج", "الكنيسة", "الدير", "المقبرة", "الخان", "الحمام",
		"الطاحونة", "المعصرة", "المصنع", "المعمل", "الملعب", "الحديقة", "الغابة", "البستان",
		"البساتين", "الحقول", "الحقل", "الكهف", "المغارة", "التل", "الهضبة", "السهل", "الصحراء",
		"الخليج", "الرأس", "الشاطئ", "البحيرة", "الينابيع", "النبع", "العيون", "الآبار",
		"الأحد", "السبت", "الجمعة", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
		"الصباح", "المساء", "الليل", "النهار", "اليوم", "الغد", "العام", "الشهر", "الأسبوع",
		"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "الأولى", "الثانية", "الثالثة",
		"الكبير", "الكبيرة", "الصغير", "الصغيرة", "العليا", "السفلى", "الفوقاني", "التحتاني",
		"الأعلى", "الأسفل", "الأخضر", "الأحمر", "الأسود", "الأزرق",
		"السلطان", "الإمام", "الوزير", "القائد", "الزعيم", "الحاكم", "القاضي", "المختار",
		"الأخوة", "الإخوة", "الأخوين", "العائلة", "القبيلة", "العشيرة", "الأهالي", "السكان",
		"المواطن", "الوطن", "الأمة", "الحرمين", "الهلال", "الصليب", "المجد",
		"الفتح", "الفرقان", "الأنصار", "المهاجرين", "الصحابة", "التوحيد", "الإيمان",
		"الجبهة", "الحزب", "اللواء", "الفرقة", "الكتيبة", "الفوج", "السرية", "الحرس",
		"النقطة", "الحاجز", "الموقع", "المقر", "المبنى", "الطابق", "السجن", "المحكمة",
		"الأرض", "السماء", "الماء", "الهواء", "النار", "الشمس", "القمر", "النجمة", "النجم",
		"البيضاء القديمة", "السوداء", "الزرقاء القديمة",
		"الرملة البيضاء", "حي", "سوق", "مركز", "جديد", "جديدة",
		"الحرب", "السلم", "الدفاع", "الهجوم", "القتال", "الغارة", "الانفجار",
		// Names of GeoNames places in the samples that are, in news, words:
		"الاتحاد", "التحالف", "البلاد", "الجيب", "الحاجب", "الحاضر", "الحرف", "الحول", "الحيلة",
		"الخراب", "الدرب", "الدور", "الراعي", "الرجم", "الزور", "الزيارة", "السلاسل", "السند",
		"الشجرة", "الشيوخ", "الصورة", "الطرف", "الطويلة", "العبور", "العبر", "العمود", "الفحص",
		"الفحم", "الفقير", "الفندق", "القابل", "القاسم", "القبو", "القطن", "المالح", "المصدر",
		"المفتاح", "الملاح", "النظير", "النعمة", "الهجرة", "الهادر", "المسلخة", "المزار",
		"المنزلة", "الموقر", "النادرة", "الحرجة", "الصلبة", "الضلع", "الشامخة", "الكريمة",
		"الخارجة", "العاقر", "الجلاء", "العاصمة", "الظاهرة", "الواحات", "الوسطى",
		"سلطات", "سوف", "سحب", "بيان", "دخان", "سلامة", "جمال", "حارس", "بحار", "تلا", "مساكن",
		"صيف", "سكة", "ملح", "ملكة", "فرعون", "سحر", "حمد", "سالم", "سارة", "عيسى", "ناصر",
		"زايد", "حاتم", "بسمة", "صخرة", "درة", "سلوى", "زبدة", "عتبة", "كريمة", "سلامات",
		"خصب", "بول", "سار", "سال", "صفا", "شرس", "عمد", "مبين", "خمر", "سما", "مليح", "ملاح",
		// Arabic names of cities elsewhere that are Arabic words or names:
		"كان", "هام", "نادي", "يوما", "بري", "بار", "رومي", "ساري", "فار", "فان", "قدح", "لين",
		"فارس", "مشهد", "سيول", "خفي", "غالي", "ويل", "مين", "موس", "عدي", "سهيل", "بور", "سوا",
		"إنا", "إدي", "شمالي", "جنوبي", "شرقي", "غربي", "مركزي", "الأوسط", "مرات", "أطار", "جاوا",
		"وان", "جنة", "كيل", "الأشهر", "بشري", "بخاري", "الخبر", "بحركة", "بيانه", "عالية",
		"المتوسط", "الجرود", "حدة", "الجنوبي", "الشمالي", "الشرقي", "الغربي",
		// Found on the dev texts: place names that are forms of common words
		// (الخمس five, حديثة recent, المؤدية leading, بأي with any, آبارًا).
		"الخمس", "حديثة", "مودية", "باي", "إبارا", "إيل",
		// Names that collide with frequent news phrases: عاصفة الحزم, القبة
		// الحديدية, بحجة (under the pretext), مظاهرات سلمية, أمين الجميل.
		"الحزم", "القبة", "حجة", "سلمية", "السلمية", "الجميل", "الصافي",
	}
	for _, w := range words {
		stopKeys[key(w)] = true
	}
}

// badKey reports whether k (a key) can never be a place key: too short or a
// common word.
func badKey(k string) bool {
	return (utf8.RuneCountInString(strings.ReplaceAll(k, " ", "")) < 3 && !shortKeys[k]) || stopKeys[k]
}
