package extract

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"rasd/gazetteer"
	"rasd/normalize"
)

// Places the gazetteer does not list.
//
// A village, a neighbourhood or a street is where much of the news happens,
// and no gazetteer lists them all. Arabic news names them after the kind of
// place they are, in the construct state: قرية ذي عنقب, بلدة تل السمن,
// حي الإخوة, حيي الأندلس والرسالة, بلدات الحدث وحوارين. unlistedPlaces reads
// the name after such an indefinite noun where the gazetteer matched none,
// and adds it as a place without an id or coordinates: its feature comes
// from the noun, its country and governorate from the nearest listed place
// of the sentence (بلدة تل السمن بريف الرقة).
//
// What follows a place noun is often no name: an adjective (منطقة سكنية,
// قرية نائية), a preposition (قرى في), a verbal noun (منطقة نفوذ), a
// relative (البلدة التي). The name is taken only when it does not look like
// one of those:
//   - a quoted name is taken as it stands (قرية "ذي عنقب");
//   - a definite word is taken unless it is a frequent word (التي,
//     المجاورة, السوق) or a word of the rule and trigger lexicons;
//   - an indefinite word is taken after the nouns of settlements only (not
//     after منطقة or محور, which a verbal noun follows as often as a
//     name), and only when it does not have the shape of an adjective
//     (سكني, سكنية, مجاورة, حاسمة, صغيرة: see adjectiveShape), does not end
//     like a pronoun (ها, هم) or a past-tense verb (شهدت), does not start
//     like a present-tense verb (يضم, تقع; ت only in words of five letters
//     or fewer), and is no known word;
//   - a name that starts with a word like تل, وادي, عين, بيت, ذي or أبو
//     goes on to the next word, and so does one joined by بن (طارق بن زياد).
//
// After a plural or dual noun the names joined by و are read too, each
// either listed or not. Streets and sites (شارع, معسكر, سد, مدرسة, مطار...)
// are named with their noun, as analysts write them (شارع استقلال, معسكر
// اللواء 35), and a site only by a definite, quoted or multi-word name: an
// indefinite word after one is mostly what it is (قاعدة عسكرية, مستشفى
// ميداني). A prison (سجن) is no site here: سجن المتهم is as often the
// jailing of a man.

// placeNoun is what an indefinite place noun says of the names after it.
type placeNoun struct {
	feature string // the gazetteer feature of the place named
	many    bool   // plural or dual: names joined by و follow
	bare    bool   // an indefinite word may be the name
	head    bool   // the noun is part of the name (معسكر اللواء 35, شارع استقلال)
}

// placeNounsRaw are the indefinite place nouns, each with its placeNoun
// {feature, many, bare, head}; unlistedNouns holds them folded, and
// unlistedNounWords marks the tokens that may be one.
var placeNounsRaw = map[string]placeNoun{
	"قرية": {"village", false, true, false}, "قريتي": {"village", true, true, false}, "قرى": {"village", true, true, false},
	"بلدة": {"town", false, true, false}, "بلدتي": {"town", true, true, false}, "بلدات": {"town", true, true, false},
	"مدينة": {"city", false, true, false}, "مدينتي": {"city", true, true, false},
	"بلدية": {"town", false, true, false}, "ناحية": {"admin2", false, true, false},
	"حي": {"area", false, true, false}, "حيي": {"area", true, true, false},
	"مخيم": {"area", false, true, false}, "مخيمي": {"area", true, true, false},
	"منطقة": {"area", false, false, false}, "منطقتي": {"area", true, false, false},
	"محور": {"area", false, false, false}, // a front: محور الحردان
	// streets and sites are named with their noun, as analysts write them
	"شارع": {"area", false, true, true}, "ساحة": {"area", false, false, true}, "ميدان": {"area", false, false, true},
	"دوار": {"area", false, false, true}, "معسكر": {"base", false, false, true}, "قاعدة": {"base", false, false, true},
	"مطار": {"airport", false, false, true}, "معبر": {"crossing", false, false, true}, "سد": {"area", false, false, true},
	"ميناء": {"area", false, false, true}, "مدرسة": {"area", false, false, true},
	"مستشفى": {"area", false, false, true}, "مسجد": {"area", false, false, true}, "جامع": {"area", false, false, true},
}

var (
	unlistedNouns     = foldedMap(placeNounsRaw)
	unlistedNounWords = newWordSet(slices.Sorted(maps.Keys(placeNounsRaw))...)
)

// placeNameHeads start names of more than one word (تل السمن, وادي المعسل,
// بيت معياد); placeNameJoins join the words of a name (طارق بن زياد).
var (
	placeNameHeads = foldSet("تل", "تلة", "وادي", "جبل", "عين", "بئر", "كفر", "دير", "بيت", "ذي", "ذو", "أبو", "أم",
		"بني", "خان", "رأس", "سد", "عرب", "مزرعة", "جسر", "باب", "قصر", "نهر", "ساحة", "سوق", "قلعة", "برج",
		"مرج", "حوش", "ظهر", "حصن", "الشيخ", "شيخ", "سيدي", "تلال", "جبال", "الملك", "ملك", "الأمير", "أمير",
		"الإمام", "إمام", "السلطان", "سلطان", "الشهيد", "شهيد", "اللواء", "لواء", "الفرقة", "الكتيبة", "الفوج")
	placeNameJoins = foldSet("بن", "بني", "ابن", "أبو", "أم", "آل")
)

// notNames are frequent words that follow a place noun without naming it:
// prepositions, relatives, directions, adjectives of position, time words
// and generic place nouns.
var notNames = foldSet(
	"في", "من", "على", "إلى", "الى", "عن", "مع", "عند", "قرب", "بين", "حول", "داخل", "خارج", "لدى", "منذ",
	"خلال", "بعد", "قبل", "أمام", "خلف", "تحت", "فوق", "دون", "ضمن", "عبر", "باتجاه", "تجاه", "مثل", "كما",
	"أو", "ثم", "بل", "لكن", "غير", "سوى", "إلا", "حتى", "إذ", "كان", "كانت", "تدعى", "يدعى", "اسمها",
	"التي", "الذي", "الذين", "اللتين", "اللذين", "اللواتي", "ما", "لا", "لم", "لن", "قد", "كل", "بعض", "أي",
	"هذه", "هذا", "ذلك", "تلك", "هناك", "هنا", "ذات", "نفسها", "نفسه", "ذاتها", "بأكملها", "بكاملها",
	"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "أقصى", "محيط", "أطراف", "ريف",
	"الواقعة", "الواقع", "المجاورة", "المجاور", "القريبة", "القريب", "المحاذية", "المحاذي", "المحيطة",
	"المحيط", "التابعة", "التابع", "المذكورة", "المذكور", "المتاخمة", "المطلة", "المقابلة", "المنكوبة",
	"المحاصرة", "المحاصر", "المستهدفة", "المستهدف", "المحررة", "المحتلة", "المحتل", "الحدودية",
	"الجديدة", "الجديد", "القديمة", "القديم", "الكبرى", "الصغرى", "العليا", "السفلى", "الوسطى", "الأولى",
	"الثانية", "الأخيرة", "الأخرى", "الآمنة", "العازلة", "الصناعية", "السكنية", "التجارية", "الشعبية",
	"عدة", "عدد", "أكثر", "أقل", "نحو", "قرابة", "حوالي", "اليوم", "أمس", "يوم", "حاليا", "سابقا", "أيضا",
	"مؤخرا", "كاملة", "كامل", "واحدة", "واحد", "أخرى", "آخر", "أخر", "مجاورة", "قريبة", "بعيدة", "نائية",
	"جديد", "قديم", "كبير", "صغير", "بعيد", "قريب", "أكبر", "أصغر", "أهم", "أول", "أقرب", "أبعد", "ثان",
	"ثالث", "رابع", "آمن", "مجاور", "محاذ", "مختلط", "مكتظ", "مزدحم", "فقير", "مدمر", "محاصر", "مهجور",
	"خال", "منكوب", "مأهول", "مستهدف", "محرر", "محتل", "مغلق", "مفتوح", "نزوح", "لجوء", "إيواء", "اعتقال",
	"ضخمة", "هامة", "مهمة", "حرة", "عامة", "خاصة", "تامة", "آمنة", "كبرى", "صغرى", "أخرى", "عظمى", "وسطى",
	"أدنى", "أقصى", "أعلى", "أولى", "كبيرة", "صغيرة", "جديدة", "قديمة",
	"احتجاز", "تدريب", "البيانات", "الأسهم", "الأوراق", "المال", "العمل", "النساء", "الرجال",
	"المدينة", "البلدة", "القرية", "المنطقة", "الحي", "المخيم", "الشارع", "السوق", "الطريق", "الحدود",
	"العاصمة", "المحافظة", "الناحية", "البلدية", "الريف", "الساحة", "المركز", "الدولة", "البلاد", "المدن",
	"القرى", "البلدات", "المناطق", "الأحياء", "المخيمات", "الشوارع", "الجمعة", "السبت", "الأحد", "الاثنين",
	"الثلاثاء", "الأربعاء", "الخميس", "الأمن", "السلام", "الحرب", "المعارك", "الاشتباكات", "القتال",
	"العمليات", "الهجوم", "القصف", "الغارات", "المواجهات", "السيطرة", "النفوذ", "النزاع", "الصراع",
	"الشرق", "الغرب", "الشمال", "الجنوب", "الوسط", "الخليج", "اليورو", "العالم", "الأطلسي", "المتوسط",
	"المقاومة", "الممانعة", "الشر", "الاعتدال", "الحديث", "النقاش", "الاهتمام",
	// the people a camp or a quarter is for (مخيم اللاجئين, حي الأطباء),
	// and what a "city" of amusements or exhibitions holds
	"اللاجئين", "اللاجئون", "النازحين", "النازحون", "المهجرين", "المهجرون", "المدنيين", "المسلحين",
	"المقاتلين", "المتظاهرين", "المعتصمين", "المعتقلين", "الأسرى", "الجرحى", "المصابين", "العمال", "الطلاب",
	"الطلبة", "الأطباء", "الصحفيين", "الصيادين", "الفلاحين", "الأغنياء", "الفقراء", "الأيتام", "الأرامل",
	"المسنين", "الضباط", "الجنود", "العسكريين", "الموظفين", "الأجانب", "الغرباء", "العائدين", "الوافدين",
	"الأشباح", "الملاهي", "الألعاب", "المعارض", "الرياضة", "السينما", "الإنتاج", "الإعلام", "الصفيح",
	"الخيام", "الإيواء", "العبور", "الاستقبال", "الترانزيت", "الاحتجاز", "التدريب", "الطوارئ",
	// what سد blocks or fills as a verb (سد الفراغ), what من ناحية is about
	"الفراغ", "الثغرات", "الثغرة", "العجز", "الحاجة", "الحاجات", "النقص", "الفجوة", "الذرائع", "المنافذ",
	"المبدأ", "الشكل", "المضمون", "الكم", "النوع", "الحجم", "التوقيت", "القانون", "السياسة", "الاقتصاد",
	// verbs of the relative clauses that follow an indefinite noun (قرية
	// شهدت, حي يضم) which the rules below do not catch by their shape
	"شهد", "ضم", "وقع", "سقط", "دخل", "بات", "صار", "ظل", "بقي", "عاد", "بلغ", "عرف", "خضع", "سكن", "قطن",
	"حوصر", "قصف", "ضرب", "هاجم", "استعاد", "احتل", "أصبح", "أضحى", "شكل", "يعد", "يعتبر")

// foldedMap folds the keys of m.
func foldedMap[T any](m map[string]T) map[string]T {
	out := make(map[string]T, len(m))
	for k, v := range m {
		out[normalize.String(k, normalize.Match)] = v
	}
	return out
}

// maxNameWords bounds an unlisted name; maxQuoted bounds a quoted one;
// matchAt looks back maxListedWords tokens for a listed name covering one
// (the longest names of the default gazetteer have 8 words).
const (
	maxNameWords   = 4
	maxQuoted      = 5
	maxListedWords = 12
)

// unlistedPlaces adds to d.matches the places named after an indefinite
// place noun that the gazetteer did not match.
func (d *doc) unlistedPlaces() {
	sc := d.tables()
	found := sc.unlisted[:0]
	for _, s := range d.sents {
		for i := s.First; i < s.Last-1; i++ {
			if d.setMasks[i]&unlistedNounWords.bit == 0 {
				continue
			}
			noun, skip, ok := d.placeNounAt(i)
			if !ok {
				continue
			}
			if _, listed := d.matchAt(i); listed {
				continue // بلدة الزهراء: the noun is part of a listed name
			}
			if i > 0 && d.toks[i-1].Norm == "من" && d.toks[i].Norm == "ناحيه" {
				continue // من ناحية: as for, in terms of
			}
			n := len(found)
			last := d.namesAfter(s, i, noun, &found)
			if noun.head && len(found) > n && !d.isQuote(i+1) {
				// a street or a site is named with its noun
				found[n] = d.unlistedMatch(i, found[n].Last, skip, noun)
			}
			i = last
		}
	}
	sc.unlisted = found[:0]
	if len(found) == 0 {
		return
	}
	d.locate(found)
	// the matches live in reused tables: results copy what they keep
	merged := slices.Grow(sc.merged[:0], len(d.matches)+len(found))
	ms := d.matches
	for _, f := range found {
		for len(ms) > 0 && ms[0].First < f.First {
			merged = append(merged, ms[0])
			ms = ms[1:]
		}
		merged = append(merged, f)
	}
	d.matches = append(merged, ms...)
	sc.merged = d.matches[:0]
}

// placeNounAt reports whether token i is an indefinite place noun, bare
// or after attached و ف ب ل ك (بقرية, وبلدات), what it says, and how many
// runes of proclitics come before it.
func (d *doc) placeNounAt(i int) (placeNoun, int, bool) {
	tk := &d.toks[i]
	if tk.Kind != normalize.Word {
		return placeNoun{}, 0, false
	}
	for _, c := range d.cands[d.keyStart[i]:d.cliticEnd[i]] {
		if c.Article || strings.Contains(c.Proclitics, "ال") {
			continue
		}
		if n, ok := unlistedNouns[c.Key]; ok {
			return n, c.Skip, true
		}
	}
	return placeNoun{}, 0, false
}

// namesAfter reads the names after the place noun at token i into found
// and returns the last token it read.
func (d *doc) namesAfter(s normalize.Sentence, i int, noun placeNoun, found *[]gazetteer.Match) int {
	j := i + 1
	for slot := 0; j < s.Last; slot++ {
		conj := slot > 0
		if m, ok := d.matchAt(j); ok {
			if m.Entry.Kind != gazetteer.Place {
				return i
			}
			i, j = m.Last-1, m.Last // a listed place: the next may not be
		} else if m, ok := d.unlistedName(s, j, conj, noun); ok {
			*found = append(*found, m)
			i, j = m.Last-1, m.Last
		} else {
			return i
		}
		if !noun.many || j >= s.Last || !d.startsWithAnd(j) {
			return i
		}
	}
	return i
}

// matchAt returns the gazetteer match that starts at token j, or one that
// covers it.
func (d *doc) matchAt(j int) (gazetteer.Match, bool) {
	for _, m := range d.matchesIn(j-maxListedWords, j+1) {
		if m.First <= j && j < m.Last {
			return m, true
		}
	}
	return gazetteer.Match{}, false
}

// startsWithAnd reports a word with an attached و (وحوارين, والرسالة).
func (d *doc) startsWithAnd(j int) bool {
	tk := &d.toks[j]
	return tk.Kind == normalize.Word && strings.HasPrefix(tk.Norm, "و") && tk.NormEnd-tk.NormStart > 2
}

// unlistedName reads a name at token j: after و when conj.
func (d *doc) unlistedName(s normalize.Sentence, j int, conj bool, noun placeNoun) (gazetteer.Match, bool) {
	skip := 0
	word := d.toks[j].Norm
	if conj {
		skip, word = 1, strings.TrimPrefix(word, "و")
	} else if d.isQuote(j) {
		return d.quotedName(s, j+1, noun)
	}
	first := j
	if !d.mayStartName(j, word, conj, noun.bare) {
		return gazetteer.Match{}, false
	}
	last := j + 1
words:
	for last < s.Last && last-first < maxNameWords && !d.toks[last].Newline {
		prev, next := d.toks[last-1].Norm, d.toks[last].Norm
		if last-1 == first {
			prev = word
		}
		if kind := d.toks[last].Kind; kind != normalize.Word {
			if kind == normalize.Number && nameHeads.has(prev) {
				last++ // معسكر اللواء 35
			}
			break
		}
		if _, listed := d.matchAt(last); listed {
			break
		}
		switch {
		case placeNameHeads.has(prev) || placeNameJoins.has(prev):
			if notNames.has(next) || d.knownWord(last, false) && !placeNameJoins.has(next) {
				return gazetteer.Match{}, false // تل في: a head with no name
			}
		case placeNameJoins.has(next) && last+1 < s.Last && d.toks[last+1].Kind == normalize.Word:
		default:
			break words
		}
		last++
	}
	end := d.toks[last-1].Norm
	if last-1 == first {
		end = word
	}
	if placeNameHeads.has(end) || placeNameJoins.has(end) {
		return gazetteer.Match{}, false // the name ended at its head
	}
	return d.unlistedMatch(first, last, skip, noun), true
}

// mayStartName reports whether word, token j without its conjunction when
// conj, may start a place's name.
func (d *doc) mayStartName(j int, word string, conj, bare bool) bool {
	tk := &d.toks[j]
	if tk.Kind != normalize.Word || notNames.has(word) {
		return false
	}
	if placeNameHeads.has(word) || placeNameJoins.has(word) {
		return true
	}
	n := len([]rune(word))
	if d.knownWord(j, conj) || n < 3 {
		return false
	}
	if strings.HasPrefix(word, "ال") {
		return true
	}
	if !bare {
		return false
	}
	switch {
	case hasAnyPrefix(word, "بال", "لل", "كال", "وال", "فال"):
		return false // a preposition or conjunction and a definite noun
	case !conj && strings.HasPrefix(word, "و") && d.knownWord(j, true):
		return false // قرى ومدن: a conjunction and a common noun
	case !conj && d.adjectiveShape(j, word):
		// سكنية, حاسمة, صغيرة, مجاورة, سكني: adjectives; but a word joined
		// to a name by و is a name too (بلدات صدد وفيروزة)
		return false
	case n >= 5 && hasAnySuffix(word, "ها", "هم", "هما", "هن", "كم", "كما", "كن", "وا"):
		return false // سيطرتهم: a noun with a pronoun; فعلوا: a verb
	case hasAnyPrefix(word, "فب", "فل", "فس", "وب", "ول", "وس"):
		return false // two attached particles: no name starts so
	case strings.HasPrefix(word, "ي"), n <= 5 && strings.HasPrefix(word, "ت"):
		return false // يضم, ينشط, تقع, تشهد, تسيطر: a present-tense verb
	case strings.HasSuffix(word, "ت"):
		return false // شهدت, تعرضت: a past-tense verb
	}
	return true
}

// hasAnySuffix reports whether s ends with one of suffixes.
func hasAnySuffix(s string, suffixes ...string) bool {
	return slices.ContainsFunc(suffixes, func(x string) bool { return strings.HasSuffix(s, x) })
}

// hasAnyPrefix reports whether s starts with one of prefixes.
func hasAnyPrefix(s string, prefixes ...string) bool {
	return slices.ContainsFunc(prefixes, func(x string) bool { return strings.HasPrefix(s, x) })
}

// adjectiveShape reports whether the indefinite word, folded from token j,
// has the shape of an adjective agreeing with a place noun: a nisba in ي or
// ية (سكني, سكنية), or in ة a participle in م (مجاورة, محاصرة), فاعلة (حاسمة)
// or فعيلة (صغيرة). A word in ه (سيطرته) is a noun with its pronoun. Names
// in ة of other shapes (تلبيسة, صلنفة, جبلة) and in ى (نوى, بصرى) pass.
func (d *doc) adjectiveShape(j int, word string) bool {
	switch lastLetter(d.text.Surface(d.toks[j].Start, d.toks[j].End)) {
	case 'ي', 'ه':
		return true
	case 'ة':
		r := []rune(word)
		return strings.HasSuffix(word, "يه") || r[0] == 'م' && len(r) >= 5 ||
			len(r) == 5 && (r[1] == 'ا' || r[2] == 'ي')
	}
	return false
}

// lastLetter returns the last letter of s, past diacritics and tatweel.
func lastLetter(s string) rune {
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		if !unicode.Is(unicode.Mn, r) && r != normalize.Tatweel {
			return r
		}
		s = s[:len(s)-size]
	}
	return 0
}

// knownWord reports a token that the trigger, rule or word-set lexicons
// know as it stands or without its article, after its conjunction و when
// conj: a common word, not a name.
func (d *doc) knownWord(j int, conj bool) bool {
	for ci := d.keyStart[j]; ci < d.cliticEnd[j]; ci++ {
		c := &d.cands[ci]
		p := c.Proclitics
		if conj {
			if p = strings.TrimPrefix(p, "و"); p == c.Proclitics {
				continue
			}
			p = strings.TrimPrefix(p, "+")
		}
		if (p == "" || p == "ال") && d.candLex[ci] != 0 {
			return true
		}
	}
	return false
}

// isQuote reports an opening quotation mark at token j.
func (d *doc) isQuote(j int) bool {
	tk := &d.toks[j]
	return tk.Kind == normalize.Punct && (tk.Norm == "\"" || tk.Norm == "«" || tk.Norm == "“")
}

// quotedName reads the words from token j to a closing quotation mark as
// the name of a place of the kind noun names.
func (d *doc) quotedName(s normalize.Sentence, j int, noun placeNoun) (gazetteer.Match, bool) {
	for k := j; k < s.Last && k-j <= maxQuoted; k++ {
		tk := &d.toks[k]
		if tk.Kind == normalize.Punct && (tk.Norm == "\"" || tk.Norm == "»" || tk.Norm == "”") {
			if k == j {
				return gazetteer.Match{}, false
			}
			return d.unlistedMatch(j, k, 0, noun), true
		}
		if tk.Kind != normalize.Word {
			return gazetteer.Match{}, false
		}
		if _, listed := d.matchAt(k); listed {
			return gazetteer.Match{}, false
		}
	}
	return gazetteer.Match{}, false
}

// unlistedMatch makes the match of the name in tokens [first, last), less
// skip runes at its start.
func (d *doc) unlistedMatch(first, last, skip int, noun placeNoun) gazetteer.Match {
	start, end := d.text.Span(d.toks[first].NormStart+skip, d.toks[last-1].NormEnd)
	var key strings.Builder
	for k := first; k < last; k++ {
		w := d.toks[k].Norm
		if k == first && skip > 0 {
			w = strings.TrimPrefix(w, "و")
		}
		if k > first {
			key.WriteByte(' ')
		}
		key.WriteString(w)
	}
	// locate makes the entry; Hint holds the feature until then
	return gazetteer.Match{First: first, Last: last, Start: start, End: end, Key: key.String(), Hint: noun.feature}
}

// unlistedPlace is what makes two unlisted places one.
type unlistedPlace struct{ name, feature, country, parent string }

// locateReach bounds, in tokens on either side, where locate looks for the
// listed place nearest to an unlisted one.
const locateReach = 30

// locate makes the entries of the unlisted places of found, which are in
// text order. Each gets the country and governorate of the nearest listed
// place of its sentence, in tokens and within locateReach (بلدة تل السمن
// بريف الرقة; أحياء في الفلوجة تركز على حيي الأندلس والرسالة), after it when
// two are as near; with none there, of the last one named before it, or
// else of the first one named after it.
func (d *doc) locate(found []gazetteer.Match) {
	var last *gazetteer.Entry // the last listed place before f
	next := 0                 // the first match not yet looked at for last
	ahead := 0                // the first listed place after f, or past the end
	// one entry per name, feature and location: a name repeated in a long
	// document is one place
	sc := d.tables()
	if sc.unlistedEntries == nil {
		sc.unlistedEntries = make(map[unlistedPlace]*gazetteer.Entry)
	}
	entries := sc.unlistedEntries
	defer clear(entries)
	for fi := range found {
		f := &found[fi]
		for ; next < len(d.matches) && d.matches[next].Last <= f.First; next++ {
			if m := d.matches[next]; m.Entry.Kind == gazetteer.Place && listed(m) {
				last = m.Entry
			}
		}
		s := d.sents[d.sentenceOf(f.First)]
		near := last
		best := locateReach + 1
		for _, m := range d.matchesIn(max(s.First, f.First-locateReach), min(s.Last, f.Last+locateReach)) {
			if m.Entry.Kind != gazetteer.Place || !listed(m) || m.Last > s.Last {
				continue
			}
			dist := m.First - f.Last
			if m.Last <= f.First {
				dist = f.First - m.Last
			}
			if dist >= 0 && (dist < best || dist == best && m.First > f.First) {
				near, best = m.Entry, dist
			}
		}
		for ahead < len(d.matches) && (d.matches[ahead].First < f.Last ||
			d.matches[ahead].Entry.Kind != gazetteer.Place || !listed(d.matches[ahead])) {
			ahead++
		}
		if near == nil && ahead < len(d.matches) {
			near = d.matches[ahead].Entry // named first, located later
		}
		p := unlistedPlace{name: d.text.Surface(f.Start, f.End), feature: f.Hint}
		if near != nil {
			p.country, p.parent = near.Country, regionOf(near)
		}
		e := entries[p]
		if e == nil {
			e = &gazetteer.Entry{Kind: gazetteer.Place, Name: p.name, Feature: p.feature, Country: p.country, Parent: p.parent}
			entries[p] = e
		}
		f.Entry, f.Hint = e, ""
	}
}
