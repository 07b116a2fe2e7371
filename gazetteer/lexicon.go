package gazetteer

import (
	"strings"
	"unicode/utf8"

	"rasd/normalize"
)

// commonWords are frequent Arabic words that are also the name of some
// place. Written without the article they are read as the word, not the
// place: a one-token place name whose text form (proclitics stripped) or
// whole token is one of them is not a mention. They are function words,
// plus the content words that the default gazetteer's place names collide
// with in news text (checked by running the matcher over news articles).
var commonWords = []string{
	// prepositions, conjunctions, particles
	"في", "من", "عن", "على", "إلى", "الى", "مع", "بين", "عند", "لدى", "حتى", "منذ", "خلال",
	"حول", "دون", "نحو", "ضد", "عبر", "قبل", "بعد", "فوق", "تحت", "أمام", "خلف", "وراء",
	"ثم", "أو", "أم", "بل", "لكن", "غير", "سوى", "إن", "أن", "كي", "لو", "إذا", "إذ", "قد",
	"لقد", "لم", "لن", "لا", "ما", "إلا", "سوف", "أي", "أيضا", "كل", "بعض", "كما", "مثل",
	"حيث", "عندما", "بينما", "كذلك", "أما", "إما", "ليس", "نعم", "كيف", "متى", "أين", "هل",
	"كم", "هو", "هي", "هم", "هذا", "هذه", "ذلك", "تلك", "هنا", "هناك", "الذي", "التي",
	"كان", "كانت", "يكون", "تكون",
	// quantities, time and frequent news words
	"عدة", "عدد", "أكثر", "أقل", "نحو", "قرابة", "حوالي", "أمس", "اليوم", "غدا", "يوم",
	"شهر", "عام", "سنة", "ساعة", "مساء", "صباح", "ليلة", "أول", "آخر", "ثاني", "ثالث",
	"مقتل", "قتل", "قتلى", "جرحى", "هجوم", "قصف", "غارة", "غارات", "قوات", "عناصر",
	"مصادر", "مصدر", "وقال", "قال", "قالت", "أكد", "أفاد", "أعلن", "ذكر", "جديد", "جديدة",
	"كبير", "كبيرة", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي",
	"منطقة", "مدينة", "بلدة", "قرية", "حي", "محافظة", "مناطق", "مدن", "قرى", "بلاد",
	"دولة", "دول", "عربي", "عربية", "رئيس", "وزير", "حكومة", "مجلس", "أمن", "سلام",
	"حرب", "نار", "ماء", "مياه", "طريق", "سوق", "جسر", "باب", "بيت", "دار", "عين", "رأس",
	"تل", "جبل", "وادي", "نهر", "بئر", "كفر", "دير", "قلعة", "برج", "خان", "سد",
}

// commonDefinite are frequent definite words (numbers, participles,
// adjectives) that are also the name of some place: الخمس is "the five"
// before it is al-Khums, المطلة "overlooking" before Metula.
var commonDefinite = []string{
	"الخمس", "الست", "السبع", "الثلاث", "الأربع", "العشر", "المطلة", "المؤدية", "المالي",
	"المالية", "الجديدة", "القديمة", "الكبرى", "الصغرى", "العليا", "السفلى", "الوسطى",
	"الأولى", "الثانية", "الأخيرة", "العامة", "الخاصة", "الحرة", "الأمن", "السلام",
	"العين", "الحي", "البلد", "البلدة", "المدينة", "المنطقة", "القرية", "الدولة", "الجمعة",
	"السبت", "الأحد", "الخميس", "الحدود", "القصر", "الجسر", "السوق", "الطريق",
}

// definiteStopWords holds commonDefinite folded for matching.
var definiteStopWords = foldSet(commonDefinite)

// rawStopWords are spellings that only their hamza sets apart from a place
// name once folded: آب (the month August) and الأب (the father) fold like
// إب (Ibb), بأي ("with any") like باي (Bay, Somalia). They are compared with
// the original spelling, diacritics removed.
var rawStopWords = map[string]bool{
	"آب": true, "أب": true, "الأب": true, "بأي": true, "لأي": true, "آبار": true, "آبارا": true,
}

// weak are folded place names that are also common words (صور "pictures",
// حديثه "recent" or "his talk", الباب "the door", الجزيره "the island").
// They are a mention only when a word before them names a kind of place
// (مدينة صور) or the text names, elsewhere, a place of their country.
var weak = foldSet([]string{"صور", "حديثة", "الباب", "الجزيرة", "الخضر", "باب"})

// stopWords holds commonWords folded for matching.
var stopWords = foldSet(commonWords)

func foldSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[normalize.String(w, normalize.Match)] = true
	}
	return m
}

// holds reports whether an entry for which ok is true has the one-token
// name n.
func (g *Gazetteer) holds(n string, ok func(*Entry) bool) bool {
	id := g.child(0, n, hash(n))
	if id == 0 {
		return false
	}
	for _, h := range g.holdersOf(id) {
		if ok(g.entries[h]) {
			return true
		}
	}
	return false
}

// nisbaFeatures are the features whose names give adjectives of origin that
// news use (السوري, العراقية, الحلبي); smaller places rarely do.
var nisbaFeatures = map[string]bool{"country": true, "admin1": true, "city": true}

// givesNisba reports whether news make adjectives of origin of e's names:
// countries, first-level divisions and cities of 100,000 or more (سوريا
// gives سوري, سوريه, السوري, السوريه; العراق gives العراقي, العراقيه).
func givesNisba(e *Entry) bool {
	return e.Kind == Place && nisbaFeatures[e.Feature] && (e.Feature != "city" || e.Population >= 100_000)
}

// isNisba reports whether the folded word w is an adjective of origin of a
// one-word name of a country, first-level division or large city: السوري,
// سوريه (سوريا), العراقيه (العراق), الامريكي (امريكا), السعوديه (السعودية).
// It derives the names w may come from and looks them up, so nothing is
// precomputed.
func (g *Gazetteer) isNisba(w string) bool {
	if g.holds(w, func(e *Entry) bool { return givesNisba(e) && e.Feature != "country" }) {
		return false // القادسية, قيصري: a governorate or city of that very name
	}
	base := strings.TrimPrefix(w, "ال")
	var stem string
	switch {
	case strings.HasSuffix(base, "يه"):
		stem = strings.TrimSuffix(base, "يه")
	case strings.HasSuffix(base, "ي"):
		stem = strings.TrimSuffix(base, "ي")
	default:
		return false
	}
	if utf8.RuneCountInString(stem) < 2 {
		return false
	}
	// names the adjective derives from: سوريا, امريكا, العراق, لبنان ...
	for _, n := range [...]string{stem + "يا", stem + "ا", stem + "ه", stem, "ال" + stem, "ال" + stem + "ه"} {
		if g.holds(n, givesNisba) {
			return true
		}
	}
	// a name in ية: its masculine (اللاذقي) is an adjective; the name itself
	// is one only for a country named by its adjective (السعودية, سورية),
	// not for cities and governorates (اللاذقية, قونية)
	ok := givesNisba
	if strings.HasSuffix(base, "يه") {
		ok = func(e *Entry) bool { return e.Kind == Place && e.Feature == "country" }
	}
	for _, n := range [...]string{stem + "يه", "ال" + stem + "يه"} {
		if g.holds(n, ok) {
			return true
		}
	}
	return false
}
