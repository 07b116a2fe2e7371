package extract

import (
	"strings"

	"rasd/normalize"
)

// dateClass is the role a word plays in a date expression.
type dateClass uint8

const (
	dNone       dateClass = iota
	dMonth                // a Gregorian month name; val is 1..12
	dMonthAmbig           // a month name that is also a common word (مارس, ماي, آب); needs a day, a year or شهر
	dHijriMonth           // a Hijri month name; val is 1..12
	dWeekday              // a weekday; val is time.Weekday
	dDayPart              // فجر, صباح, مساء, ليل, يوم ...: leads a day
	dRelDay               // اليوم, أمس, غدا: val is the offset in days from the reference
	dPart                 // أوائل, منتصف, نهاية ...: part of a period; val is partEarly/partMid/partLate
	dPeriod               // عام, الشهر, الأسبوع: val is unitYear/unitMonth/unitWeek
	dRelMod               // الماضي, الجاري, المقبل: val is -1, 0, +1
	dOrdinalDay           // الأول .. الحادي والثلاثين used as a day of the month; val is the day
	dHijriMark            // هـ, هجري, هجرية
	dGregMark             // م, ميلادي, ميلادية
	dSame                 // نفسه, ذاته: "the same" after a period word
	dEid                  // عيد الفطر / عيد الأضحى heads; val is eidFitr/eidAdha/eidAny
	dDecade               // تسعينيات ...: a decade, left unresolved
	dQuarter              // الربع, النصف: a quarter or half of a year
	dLead                 // another word that may start a date (منذ, عيد, الحادي, كانون, صيف)
)

// Parts of a period.
const (
	partEarly = 1 + iota
	partMid
	partLate
)

// Period units.
const (
	unitYear = 1 + iota
	unitMonth
	unitWeek
	unitDay
)

// Feasts.
const (
	eidFitr = 1 + iota
	eidAdha
	eidAny
)

// dateWord is a lexicon entry: its class and value; for a token, skip is
// the runes of proclitics before the lexicon word.
type dateWord struct {
	class dateClass
	skip  int8
	val   int16 // small: a month, a weekday, an offset, a unit
}

// dateLexicon maps folded words (with the article when they take it) to
// their role in dates. Words are written as journalists write them and
// folded at init; for every word with the article the لل contraction (للعام)
// is added too. buildLexicons makes them.
var (
	dateLexicon      map[string]dateWord
	dateContractions map[string]bool
)

// buildDateLexicon returns the lexicon and the set of its لل contraction
// keys, whose first letter is the preposition ل.
func buildDateLexicon() (map[string]dateWord, map[string]bool) {
	m, contractions := map[string]dateWord{}, map[string]bool{}
	add := func(c dateClass, v int, words ...string) {
		for _, w := range words {
			k := normalize.String(w, normalize.Match)
			m[k] = dateWord{class: c, val: int16(v)}
		}
	}
	// Gregorian months: Levantine/Iraqi, Egyptian and Maghrebi names.
	months := [12][]string{
		{"كانون الثاني", "يناير", "جانفي", "جانفييه", "ينايـر"},
		{"شباط", "فبراير", "فيفري", "فبرير"},
		{"آذار", "اذار", "مارس"},
		{"نيسان", "أبريل", "إبريل", "ابريل", "أفريل", "افريل", "ابريـل"},
		{"أيار", "مايو", "ماي"},
		{"حزيران", "يونيو", "يونيه", "جوان"},
		{"تموز", "يوليو", "يوليه", "جويلية", "يوليوز"},
		{"آب", "أغسطس", "اغسطس", "أغسطس", "أوت", "اوت", "غشت"},
		{"أيلول", "سبتمبر", "شتنبر"},
		{"تشرين الأول", "أكتوبر", "اكتوبر", "أكتوبر"},
		{"تشرين الثاني", "نوفمبر", "نونبر"},
		{"كانون الأول", "ديسمبر", "دجنبر"},
	}
	for i, names := range months {
		for _, n := range names {
			if strings.Contains(n, " ") {
				continue // two-word names are matched by monthAt
			}
			add(dMonth, i+1, n)
		}
	}
	// Month names that are also ordinary words: مارس (practised), ماي,
	// آب (father), أوت, تموز is safe, أيار is safe.
	add(dMonthAmbig, 3, "مارس")
	add(dMonthAmbig, 5, "ماي")
	add(dMonthAmbig, 8, "آب", "أوت", "اوت")
	hijri := [12][]string{
		{"محرم", "المحرم"},
		{"صفر"},
		{"ربيع الأول"},
		{"ربيع الثاني", "ربيع الآخر"},
		{"جمادى الأولى", "جمادى الأول"},
		{"جمادى الآخرة", "جمادى الثانية", "جمادى الآخر"},
		{"رجب"},
		{"شعبان"},
		{"رمضان"},
		{"شوال"},
		{"ذو القعدة", "ذي القعدة"},
		{"ذو الحجة", "ذي الحجة"},
	}
	for i, names := range hijri {
		for _, n := range names {
			if !strings.Contains(n, " ") {
				add(dHijriMonth, i+1, n)
			}
		}
	}
	// weekdays by time.Weekday; only with the article, as Arabic writes them
	add(dWeekday, 0, "الأحد")
	add(dWeekday, 1, "الاثنين", "الإثنين")
	add(dWeekday, 2, "الثلاثاء")
	add(dWeekday, 3, "الأربعاء")
	add(dWeekday, 4, "الخميس")
	add(dWeekday, 5, "الجمعة")
	add(dWeekday, 6, "السبت")
	add(dDayPart, 0, "يوم", "ليل", "ليلة", "فجر", "صباح", "ظهر", "ظهيرة", "عصر", "مساء", "صبيحة", "عشية",
		"نهار", "منتصف ليل", "ضحى", "قبيل", "فجرا", "صباحا", "مساء", "ليلا", "ظهرا", "عصرا")
	add(dRelDay, 0, "اليوم")
	add(dRelDay, -1, "أمس", "امس", "البارحة", "الأمس")
	add(dRelDay, 1, "غدا", "غداً", "الغد")
	add(dPart, partEarly, "أوائل", "اوائل", "مطلع", "بداية", "بدايات", "مستهل", "أول", "مطالع", "غرة")
	add(dPart, partMid, "منتصف", "أواسط", "اواسط", "وسط")
	add(dPart, partLate, "أواخر", "اواخر", "نهاية", "نهايات", "آخر", "ختام", "أخريات")
	add(dPeriod, unitYear, "عام", "العام", "سنة", "السنة", "عامي", "العامين")
	add(dPeriod, unitMonth, "شهر", "الشهر")
	add(dPeriod, unitWeek, "الأسبوع", "الاسبوع", "أسبوع")
	add(dRelMod, -1, "الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة", "السابق", "السابقة", "المنقضي")
	add(dRelMod, 0, "الجاري", "الجارية", "الحالي", "الحالية", "هذا", "هذه")
	add(dRelMod, 1, "المقبل", "المقبلة", "القادم", "القادمة", "التالي")
	ordinals := []string{"", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
		"التاسع", "العاشر", "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر",
		"السادس عشر", "السابع عشر", "الثامن عشر", "التاسع عشر", "العشرين", "الحادي والعشرين",
		"الثاني والعشرين", "الثالث والعشرين", "الرابع والعشرين", "الخامس والعشرين", "السادس والعشرين",
		"السابع والعشرين", "الثامن والعشرين", "التاسع والعشرين", "الثلاثين", "الحادي والثلاثين"}
	for i, o := range ordinals {
		if i > 0 {
			m[ordinalKey(o)] = dateWord{class: dOrdinalDay, val: int16(i)}
		}
	}
	add(dOrdinalDay, 1, "الأولى")
	add(dHijriMark, 0, "هـ", "ه", "هجري", "هجرية", "للهجرة", "هجريا")
	add(dGregMark, 0, "م", "ميلادي", "ميلادية", "للميلاد", "ميلاديا")
	add(dSame, 0, "نفسه", "ذاته", "عينه")
	add(dEid, eidFitr, "الفطر")
	add(dEid, eidAdha, "الأضحى", "الاضحى")
	add(dDecade, 0, "الثمانينيات", "التسعينيات", "السبعينيات", "الستينيات", "الخمسينيات", "تسعينيات",
		"ثمانينيات", "سبعينيات", "ستينيات", "خمسينيات", "الثمانينات", "التسعينات", "السبعينات", "الستينات",
		"ثمانينات", "تسعينات", "سبعينات", "ستينات")
	add(dQuarter, 4, "الربع", "ربع")
	add(dQuarter, 2, "النصف", "نصف")
	add(dLead, 0, "منذ", "الحادي", "عيد", "العيد", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ذات", "نفس",
		"الليلة", "ال", "ذلك", "تلك", "صيف", "شتاء", "خريف", "ربيع", "كانون", "تشرين", "جمادى", "ذو", "ذي")
	// the لل contraction of every word with the article: للعام, للشهر
	for k, v := range m {
		if strings.HasPrefix(k, "ال") && !strings.Contains(k, " ") && len(k) > len("ال")+2 {
			if _, ok := m["ل"+k[len("ا"):]]; !ok {
				m["ل"+k[len("ا"):]] = v
				contractions["ل"+k[len("ا"):]] = true
			}
		}
	}
	return m, contractions
}

// ordinalKey folds a possibly two-word ordinal into one lexicon key with a
// space between its words.
func ordinalKey(s string) string { return normalize.String(s, normalize.Match) }

// monthPair is the second word of a two-word month name and the month.
type monthPair struct {
	second string
	month  int
	hijri  bool
}

// twoWordMonths maps the first word of a two-word month name to the second
// word and the month: كانون الثاني, تشرين الأول, ربيع الأول, جمادى الآخرة.
// buildLexicons makes it.
var twoWordMonths map[string][]monthPair

// twoWordFirsts holds the shapes of twoWordMonths' first words, which
// rule out nearly every other word before the map lookup.
var twoWordFirsts shapeSet

func buildTwoWordMonths() (map[string][]monthPair, shapeSet) {
	m := map[string][]monthPair{}
	var firsts shapeSet
	add := func(first, second string, month int, hijri bool) {
		f, s := normalize.String(first, normalize.Match), normalize.String(second, normalize.Match)
		m[f] = append(m[f], monthPair{s, month, hijri})
		firsts.add(f)
	}
	add("كانون", "الثاني", 1, false)
	add("كانون", "الأول", 12, false)
	add("تشرين", "الأول", 10, false)
	add("تشرين", "الثاني", 11, false)
	add("ربيع", "الأول", 3, true)
	add("ربيع", "الثاني", 4, true)
	add("ربيع", "الآخر", 4, true)
	add("جمادى", "الأولى", 5, true)
	add("جمادى", "الأول", 5, true)
	add("جمادى", "الآخرة", 6, true)
	add("جمادى", "الثانية", 6, true)
	add("جمادى", "الآخر", 6, true)
	add("ذو", "القعدة", 11, true)
	add("ذي", "القعدة", 11, true)
	add("ذو", "الحجة", 12, true)
	add("ذي", "الحجة", 12, true)
	return m, firsts
}

// stripProclitics yields the readings of a folded word without attached
// conjunction and preposition letters (و ف, then ب ل ك), with the number of
// runes stripped; fn returns true to stop. It is a cheap, allocation-free
// subset of normalize.Clitics for lexicon lookups that run on every token:
// the article stays on the word (the lexicons list it), and the لل
// contraction is covered by the lexicons' لل entries.
func stripProclitics(w string, fn func(key string, skip int) bool) {
	if fn(w, 0) {
		return
	}
	const letter = len("و") // Arabic letters are two bytes in UTF-8
	skip := 0
	for k := 0; k < 2 && len(w) > 2*letter; k++ {
		c := w[:letter]
		switch {
		case k == 0 && (c == "و" || c == "ف"):
		case c == "ب" || c == "ل" || c == "ك":
		default:
			return
		}
		w = w[letter:]
		skip++
		if fn(w, skip) {
			return
		}
	}
}

// lookupWord finds the folded word w, or w without attached و ف then ب ل
// ك, in m, and returns the entry and the runes stripped. It is
// stripProclitics for lookups made often (counted nouns, qualifiers): the
// prefix set p rules out most readings without a map lookup.
func lookupWord[V any](w string, p *prefixSet, m map[string]V) (V, int, bool) {
	const letter = len("و")
	for skip := 0; ; skip++ {
		if i, ok := prefixIndex(w); !ok || p[i>>6]&(1<<(i&63)) != 0 {
			if v, ok := m[w]; ok {
				return v, skip, true
			}
		}
		if skip == 2 || len(w) <= 2*letter {
			break
		}
		switch c := w[:letter]; {
		case skip == 0 && (c == "و" || c == "ف"):
		case c == "ب" || c == "ل" || c == "ك":
		default:
			var zero V
			return zero, 0, false
		}
		w = w[letter:]
	}
	var zero V
	return zero, 0, false
}

// prefixSet is a bitset of hashed word starts (up to three letters after a
// leading article) of a lexicon's keys: one lookup rules out most words
// before a map lookup. Collisions only cost a map lookup.
type prefixSet [1 << 10]uint64

// newPrefixSet returns the word starts of the maps' keys.
func newPrefixSet[V any](maps ...map[string]V) *prefixSet {
	p := new(prefixSet)
	for _, m := range maps {
		for k := range m {
			if i, ok := prefixIndex(k); ok {
				p[i>>6] |= 1 << (i & 63)
			}
		}
	}
	return p
}

// prefixIndex hashes the first six bytes of k (three Arabic letters; fewer
// for a short k), after ال when two letters or more follow, into 16 bits.
// It fails for a k under four bytes.
func prefixIndex(k string) (int, bool) {
	if len(k) >= 8 && k[0] == 0xD8 && k[1] == 0xA7 && k[2] == 0xD9 && k[3] == 0x84 { // ال
		k = k[4:]
	}
	if len(k) < 4 {
		return 0, false
	}
	x := uint32(k[0])<<24 | uint32(k[1])<<16 | uint32(k[2])<<8 | uint32(k[3])
	if len(k) >= 6 {
		x ^= uint32(k[4])<<7 ^ uint32(k[5])
	}
	return int((x * 0x9E3779B1) >> 16), true
}

// may reports whether k may be a key: its start is in the set, or k is not
// Arabic enough to tell.
func (p *prefixSet) may(k string) bool {
	i, ok := prefixIndex(k)
	return !ok || p[i>>6]&(1<<(i&63)) != 0
}
