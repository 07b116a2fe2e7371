package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
	"unsafe"

	"rasd/normalize"
	"rasd/normalize/arabic"
)

// triggerClass says how a trigger word takes part in typing an event.
type triggerClass uint8

const (
	// eventWord names an event of its type (غارة, اشتباكات, اختطف).
	eventWord triggerClass = iota
	// casualtyWord reports deaths or injuries (مقتل, قتلى, جرحى) and makes an
	// event only when nothing else in the sentence names one.
	casualtyWord
	// targetWord is a weak verb (استهدف) that makes an attack only when
	// nothing stronger is said.
	targetWord
)

// trigger is one entry of the trigger lexicon.
type trigger struct {
	typ   string
	class triggerClass
	// verb marks a verb form (قصفت), which opens a clause of its own.
	verb bool
	// airable marks bombardment words (قصف) that name an airstrike when the
	// sentence speaks of aircraft.
	airable bool
	// tokens are the folded tokens after the first one, for multi-word
	// triggers (ضربة جوية, عبوة ناسفة, لقي حتفه).
	tokens []string
}

// verbForms lists the past forms of a verb given its past stem (third
// person masculine singular); active and passive look the same when folded:
// قصف → قصف قصفت قصفوا قصفا قصفتا قصفن. Present forms are left out on
// purpose: in news they describe ongoing, habitual or planned violence
// (تقصف، يسيطر), not a reported event. The second argument names the
// present stem for readers and is not used.
func verbForms(past, _ string) []string {
	return []string{past, past + "ت", past + "وا", past + "ا", past + "تا", past + "ن"}
}

// triggerLexicon maps each form to its triggers. Forms are written as
// journalists write them and folded by buildLexicons.
var triggerLexicon map[string][]trigger

func buildTriggerLexicon() map[string][]trigger {
	lex := map[string][]trigger{}
	addForms := func(typ string, class triggerClass, verb bool, phrases ...string) {
		for _, p := range phrases {
			toks := strings.Fields(normalize.String(p, normalize.Match))
			if len(toks) == 0 {
				continue
			}
			lex[toks[0]] = append(lex[toks[0]], trigger{typ: typ, class: class, verb: verb, tokens: toks[1:]})
		}
	}
	add := func(typ string, class triggerClass, phrases ...string) { addForms(typ, class, false, phrases...) }
	words := func(typ string, phrases ...string) { add(typ, eventWord, phrases...) }
	verbs := func(typ, past, present string) { addForms(typ, eventWord, true, verbForms(past, present)...) }

	// Air and drone strikes.
	words(Airstrike, "غارة", "غارات", "غارتين", "غارتان", "الغارة", "ضربة جوية", "ضربات جوية", "الضربات الجوية",
		"قصف جوي", "القصف الجوي", "قصفا جويا", "غارة جوية", "غارات جوية", "طائرة مسيرة", "طائرات مسيرة",
		"طائرة بدون طيار", "طائرات بدون طيار", "طائرة مسيّرة", "مسيرات", "براميل متفجرة", "البراميل المتفجرة",
		"برميل متفجر", "ضربة جوية", "طلعات جوية", "الطيران الحربي", "الطيران المروحي", "طيران التحالف",
		"مقاتلات", "المقاتلات الحربية", "الطائرات الحربية", "طائرات حربية")
	verbs(Airstrike, "أغار", "يغير")
	verbs(Airstrike, "أغارت", "")
	// Artillery, mortar, rocket and missile fire.
	words(Shelling, "قذائف", "قذيفة", "قذيفتين", "قذيفتي", "هاون", "الهاون", "مدفعية", "المدفعية", "قصف مدفعي",
		"قصفا مدفعيا", "القصف المدفعي", "صاروخ", "صواريخ", "صاروخين", "صاروخية", "صاروخي", "هجوم صاروخي",
		"الهجوم الصاروخي", "هجمات صاروخية", "راجمات", "راجمة", "كاتيوشا", "صواريخ باليستية", "صاروخ باليستي",
		"قصف", "القصف", "قصفا", "قصفها", "قصفه", "قصفهم", "بقصف", "رشقات صاروخية")
	verbs(Shelling, "قصف", "قصف")
	verbs(Shelling, "قصفت", "")
	for _, f := range append(verbForms("قصف", ""), "قصف", "القصف", "قصفا", "قصفها", "قصفه", "قصفهم", "بقصف", "قصفت") {
		f = normalize.String(f, normalize.Match)
		for i := range lex[f] {
			lex[f][i].airable = true
		}
	}
	verbs(Shelling, "دك", "دك")
	// Explosions and remote violence on the ground.
	words(Explosion, "انفجار", "انفجارات", "الانفجار", "انفجاري", "عبوة ناسفة", "عبوات ناسفة", "عبوة", "لغم",
		"ألغام", "لغم أرضي", "سيارة مفخخة", "سيارات مفخخة", "شاحنة مفخخة", "دراجة مفخخة", "مفخخة", "قنبلة",
		"قنابل", "تفجير", "تفجيرات", "التفجير", "تفجيرين", "عبوة لاصقة")
	verbs(Explosion, "انفجر", "نفجر")
	// Suicide bombings.
	words(SuicideBombing, "انتحاري", "انتحارية", "انتحاريين", "انتحاريان", "انتحاريا", "تفجير انتحاري",
		"تفجيرات انتحارية", "هجوم انتحاري", "هجمات انتحارية", "عملية انتحارية", "حزام ناسف", "أحزمة ناسفة",
		"فجر نفسه", "فجرت نفسها", "فجروا أنفسهم")
	// Fighting between armed parties.
	words(ArmedClash, "اشتباك", "اشتباكات", "الاشتباكات", "معارك", "معركة", "المعارك", "مواجهات",
		"المواجهات", "قتال", "القتال", "اقتتال", "معارك عنيفة", "عمليات عسكرية", "عملية عسكرية", "محاولة تسلل",
		"تسلل", "التصدي", "تصدي", "هجوم معاكس", "هجوما معاكسا", "حرب شوارع")
	verbs(ArmedClash, "اشتبك", "شتبك")
	verbs(ArmedClash, "تصدى", "تصدى")
	verbs(ArmedClash, "تصدت", "")
	verbs(ArmedClash, "صد", "صد")
	verbs(ArmedClash, "صدت", "")
	verbs(ArmedClash, "قاتل", "قاتل")
	// Armed attacks not covered above.
	words(Attack, "هجوم", "هجمات", "الهجوم", "هجوما", "الهجمات", "هجومين", "كمين", "كمينا", "الكمين",
		"إطلاق نار", "إطلاق النار", "اطلاق الرصاص", "فتح النار", "فتحوا النار",
		"إعدام", "إعدامات", "ذبح", "طعن", "عملية طعن", "هجوم مسلح", "هجوما مسلحا", "اقتحام",
		"إحراق", "حرق", "إسقاط", "مجزرة", "مجازر", "عملية دهس")
	verbs(Attack, "هاجم", "هاجم")
	verbs(Attack, "هاجمت", "")
	verbs(Attack, "أعدم", "عدم")
	verbs(Attack, "اقتحم", "قتحم")
	verbs(Attack, "أسقط", "سقط")
	verbs(Attack, "أحرق", "حرق")
	verbs(Attack, "كمن", "")
	// Targeted killings.
	words(Assassination, "اغتيال", "الاغتيال", "اغتيالات", "تصفية", "عملية اغتيال", "محاولة اغتيال")
	verbs(Assassination, "اغتيل", "غتال")
	verbs(Assassination, "اغتال", "غتال")
	verbs(Assassination, "اغتالت", "")
	// Abductions.
	words(Abduction, "اختطاف", "الاختطاف", "خطف", "مخطوفين", "مختطفين", "المختطفين", "المخطوفين", "رهائن",
		"الرهائن", "رهينة", "احتجاز رهائن", "عمليات خطف", "حالات خطف")
	verbs(Abduction, "اختطف", "ختطف")
	verbs(Abduction, "اختطفت", "")
	verbs(Abduction, "خطف", "خطف")
	verbs(Abduction, "اختطفهم", "")
	// Arrests.
	words(Arrest, "اعتقال", "الاعتقال", "اعتقالات", "القبض", "قبض", "توقيف", "إيقاف", "استيقاف", "حملة مداهمات",
		"مداهمات", "مداهمة", "حملة اعتقالات", "احتجاز")
	verbs(Arrest, "اعتقل", "عتقل")
	verbs(Arrest, "اعتقلت", "")
	verbs(Arrest, "أوقف", "وقف")
	verbs(Arrest, "أوقفت", "")
	verbs(Arrest, "داهم", "داهم")
	verbs(Arrest, "داهمت", "")
	verbs(Arrest, "احتجز", "حتجز")
	// A party takes or loses control of a place.
	words(TerritoryChange, "سيطرة", "السيطرة", "سيطرتها", "سيطرته", "سيطرتهم", "تحرير", "استعادة", "انتزاع",
		"تطهير", "طرد", "بسط سيطرته", "سقطت بأيدي", "سقطت بيد", "اجتياح")
	// Withdrawal (انسحب) is left out: after an attack it says the attackers
	// left, and it names no one taking control.
	verbs(TerritoryChange, "سيطر", "")
	verbs(TerritoryChange, "سيطرت", "")
	verbs(TerritoryChange, "استعاد", "ستعيد")
	verbs(TerritoryChange, "استعادت", "")
	verbs(TerritoryChange, "حرر", "")
	verbs(TerritoryChange, "حررت", "")
	verbs(TerritoryChange, "انتزع", "")
	verbs(TerritoryChange, "انتزعت", "")
	verbs(TerritoryChange, "استولى", "ستولي")
	verbs(TerritoryChange, "استولت", "")
	verbs(TerritoryChange, "طرد", "")
	verbs(TerritoryChange, "طردت", "")
	verbs(TerritoryChange, "اجتاح", "جتاح")
	// Demonstrations.
	words(Protest, "مظاهرة", "مظاهرات", "المظاهرات", "تظاهرة", "تظاهرات", "احتجاج", "احتجاجات", "الاحتجاجات",
		"اعتصام", "اعتصامات", "متظاهرين", "المتظاهرين", "متظاهرون", "المحتجين", "محتجين")
	verbs(Protest, "تظاهر", "تظاهر")
	verbs(Protest, "احتج", "حتج")
	// Casualty reports.
	add(Attack, casualtyWord, "مقتل", "قتل", "قتلى", "القتلى", "قتيل", "قتيلا", "قتيلين", "قتلوا", "قتلت", "يقتل",
		"مصرع", "مصرعهم", "مصرعه", "حتفه", "حتفهم", "لقي حتفه", "لقوا حتفهم", "لقي مصرعه", "لقوا مصرعهم", "جرحى",
		"الجرحى", "جريح", "جريحا", "إصابة", "إصابات", "أصيب", "أصيبوا", "اصابة", "مصابين", "جرح", "جرحوا",
		"ضحايا", "الضحايا", "استشهاد", "استشهد", "استشهدوا", "شهداء", "سقوط قتلى")
	// Weak verbs of targeting.
	add(Attack, targetWord, verbForms("استهدف", "ستهدف")...)
	add(Attack, targetWord, "استهدفت", "استهداف", "مسلحون", "مسلحين", "مجهولون", "مجهولين", "برصاص", "رصاص",
		"بالرصاص")
	// Strikes: from the air when the sentence says so, else a weak attack.
	add(Airstrike, targetWord, "ضربة", "ضربات", "ضربتين", "الضربة", "الضربات")
	return lex
}

// minStemRunes is the shortest Snowball stem the stem lexicon trusts:
// shorter stems collide with unrelated words (غار: raid and cave).
const minStemRunes = 4

// minStemWord is the shortest word looked up by its stem: a shorter word
// with a trigger stem is listed in the lexicon itself.
const minStemWord = 6

// stemLexicon maps the Snowball stems of the one-word triggers to them, so
// that inflections the lexicon does not list (واشتباكاتها، غاراتهم) match.
// buildLexicons makes it.
var stemLexicon map[string]trigger

func buildStemLexicon(lex map[string][]trigger) map[string]trigger {
	out := map[string]trigger{}
	forms := make([]string, 0, len(lex))
	for form := range lex {
		forms = append(forms, form)
	}
	sort.Strings(forms) // a shared stem keeps the same reading on every run
	for _, form := range forms {
		for _, tr := range lex[form] {
			if len(tr.tokens) > 0 || tr.class != eventWord {
				continue
			}
			st := arabic.Stem(form, false)
			if utf8.RuneCountInString(st) < minStemRunes || strings.HasPrefix(st, "ال") {
				continue
			}
			if old, ok := out[st]; ok && old.typ != tr.typ {
				continue // keep the first reading of a shared stem
			}
			out[st] = tr
		}
	}
	return out
}

// stemTrigger looks a word up by its Snowball stem. The stem must stand
// inside the word, so that only affixes were cut (يستهدف, which the
// stemmer rewrites to استهدف, is a present form and no trigger).
func stemTrigger(word string) (trigger, bool) {
	if !stemStarts.within(word) {
		return trigger{}, false // no stem of the lexicon can stand inside it
	}
	st := arabic.Stem(word, false)
	if !strings.Contains(word, st) {
		return trigger{}, false
	}
	tr, ok := stemLexicon[st]
	return tr, ok
}

// stemStarts holds how the stems of stemLexicon begin: a word whose stem
// is in the lexicon holds that stem, so it holds one of these starts. Most
// words hold none and are not stemmed at all (stemming is ~150 ns a word).
// buildLexicons makes it.
var stemStarts *startSet

// startSet is a bit set of the first n bytes of a set of keys, hashed.
type startSet struct {
	n    int // bytes per start: 6 (three Arabic letters) or the shortest key
	bits [1 << 10]uint64
}

// newStartSet returns the starts of m's keys.
func newStartSet[V any](m map[string]V) *startSet {
	s := &startSet{n: 6}
	for k := range m {
		s.n = min(s.n, len(k))
	}
	for k := range m {
		i := startIndex(k[:s.n])
		s.bits[i>>6] |= 1 << (i & 63)
	}
	return s
}

// within reports whether w holds, at a rune boundary, the start of a key.
func (s *startSet) within(w string) bool {
	for p := 0; p+s.n <= len(w); p++ {
		if w[p]&0xC0 == 0x80 {
			continue // inside a rune
		}
		if i := startIndex(w[p : p+s.n]); s.bits[i>>6]&(1<<(i&63)) != 0 {
			return true
		}
	}
	return false
}

// startIndex hashes up to eight bytes into 16 bits.
func startIndex(b string) uint32 {
	var x uint64
	for i := 0; i < len(b); i++ {
		x = x<<8 | uint64(b[i])
	}
	return uint32((x * 0x9E3779B97F4A7C15) >> 48)
}

// pronounSuffixes are object or possessive pronouns that can close a trigger
// word (سيطرتها, قصفها, اختطفهم).
var pronounSuffixes = []string{"هما", "هم", "هن", "ها", "ه", "نا", "كم"}

// pronounsByLast holds pronounSuffixes by their last letter (ا م ن ه), in
// their order.
var pronounsByLast = func() (t [4][]string) {
	for _, suf := range pronounSuffixes {
		k := pronounLetter(suf)
		if k < 0 {
			panic("extract: a pronoun suffix ends in a letter pronounLetter does not know: " + suf)
		}
		t[k] = append(t[k], suf)
	}
	return t
}()

// pronounLetter returns the index in pronounsByLast of w's last letter, or
// -1 when no pronoun suffix ends in it.
func pronounLetter(w string) int {
	if len(w) < 2 {
		return -1
	}
	switch w[len(w)-2:] { // a switch: it runs on every reading
	case "ا":
		return 0
	case "م":
		return 1
	case "ن":
		return 2
	case "ه":
		return 3
	}
	return -1
}

// pronounsEnding returns the pronoun suffixes that end in w's last letter,
// in pronounSuffixes' order (TestPronounsEnding checks them).
func pronounsEnding(w string) []string {
	if k := pronounLetter(w); k >= 0 {
		return pronounsByLast[k]
	}
	return nil
}

// hasRunes reports whether s has at least n runes, counting no further.
func hasRunes(s string, n int) bool {
	if n <= 0 {
		return true
	}
	for range s {
		if n--; n == 0 {
			return true
		}
	}
	return false
}

// appendPronounless appends, for each candidate in dst[from:to], its reading
// without a closing pronoun, with the ta marbuta restored (سيطرتها → سيطره),
// when the trigger lexicon holds it: these readings serve findTriggers
// only, and a reading it does not hold would find nothing there.
func appendPronounless(dst []normalize.Candidate, from, to int32) []normalize.Candidate {
	var buf [64]byte
	for i := from; i < to; i++ {
		// most words end in no pronoun's last letter
		for _, suf := range pronounsEnding(dst[i].Key) {
			c := dst[i]
			base, ok := strings.CutSuffix(c.Key, suf)
			if !ok || !hasRunes(base, 3) {
				continue
			}
			if isTriggerKey(base) {
				dst = append(dst, normalize.Candidate{Key: base, Skip: c.Skip, Proclitics: c.Proclitics, Article: c.Article})
			}
			if stem, ok := strings.CutSuffix(base, "ت"); ok && len(stem)+len("ه") <= len(buf) {
				// looked up from a stack buffer: the string is made only
				// for a trigger
				b := append(append(buf[:0], stem...), "ه"...)
				if isTriggerKey(unsafe.String(&b[0], len(b))) {
					dst = append(dst, normalize.Candidate{Key: string(b), Skip: c.Skip, Proclitics: c.Proclitics, Article: c.Article})
				}
			}
			break
		}
	}
	return dst
}

// isTriggerKey reports whether the trigger lexicon holds the folded word w.
func isTriggerKey(w string) bool {
	x := lexicon.find(w)
	return x != 0 && len(lexicon.entries[x-1].triggers) > 0
}
