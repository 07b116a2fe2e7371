package extract

import (
	"strings"

	"rasd/normalize"
)

// verbCue describes a reporting verb form.
type verbCue struct {
	// lemma is the verb's folded past masculine singular, for the mention's cue.
	lemma string
	// relay marks verbs whose عن-complement is a further source (نقلت X عن Y).
	relay bool
	// needAn marks verbs that are also common other words (بين "between",
	// نشر "deployment"): they count only when their clause goes on with أن/إن.
	needAn bool
	// needConj marks verbs that report only with a conjunction attached
	// (وتابع), since the bare word has another common sense.
	needConj bool
	// object marks forms with an object pronoun (أعلنتها, ذكرته): they open
	// relative clauses (حصيلة أعلنتها مصادر), with the subject after them.
	object bool
	// present marks imperfect forms (تقول, يؤكد).
	present bool
	// nounToo marks a bare form that is also a common verbal noun (نقل
	// الجرحى, كشف ملابسات): without a conjunction it needs أن/إن after its
	// subject.
	nounToo bool
}

// reportingVerb lists a verb: its past masculine singular, its present stem
// (without the prefix ي/ت), and extra irregular forms.
type reportingVerb struct {
	past, present string
	extra         []string
	relay         bool
	needAn        bool
	needConj      bool
	nounToo       bool
	// objects says the verb takes object pronouns in relative clauses
	// (حصيلة أعلنتها, ما ذكرته); objectOnly verbs count only so (مقابلة
	// أجرتها محطة, حصيلة أعدتها وكالة).
	objects, objectOnly bool
}

// reportingVerbs are the verbs whose subject is the party information is
// attributed to.
var reportingVerbs = []reportingVerb{
	{objects: true, past: "قال", present: "قول", extra: []string{"قالت", "قالوا", "قالا", "قالتا"}},
	{objects: true, past: "أفاد", present: "فيد"},
	{objects: true, nounToo: true, past: "ذكر", present: "ذكر"},
	{objects: true, past: "أعلن", present: "علن"},
	{objects: true, past: "أكد", present: "ؤكد"},
	{past: "أشار", present: "شير"},
	{past: "أوضح", present: "وضح"},
	{past: "صرح", present: "صرح"},
	{objects: true, nounToo: true, past: "نقل", present: "نقل", relay: true},
	{nounToo: true, past: "كشف", present: "كشف"},
	{past: "أضاف", present: "ضيف"},
	{past: "تابع", present: "تابع", needConj: true, needAn: true},
	{past: "بين", present: "بين", needAn: true},
	{past: "أبان", present: "بين"},
	{past: "لفت", present: "لفت"},
	{past: "نفى", present: "نفي", extra: []string{"نفت", "نفوا", "نفيا"}},
	{objects: true, past: "أورد", present: "ورد"},
	{past: "رجح", present: "رجح"},
	{past: "زعم", present: "زعم"},
	{past: "أبلغ", present: ""},
	{past: "روى", present: "روي", extra: []string{"روت", "رووا"}},
	{past: "تحدث", present: "تحدث"},
	{past: "حذر", present: "حذر"},
	{past: "دعا", present: "دعو", extra: []string{"دعت", "دعوا"}},
	{past: "أدان", present: "دين"},
	{past: "شدد", present: "شدد"},
	{past: "اعتبر", present: "عتبر", needAn: true},
	{past: "توقع", present: "توقع"},
	{nounToo: true, past: "قدر", present: "قدر", needAn: true},
	{objects: true, past: "أحصى", present: "حصي", extra: []string{"أحصت", "أحصوا"}},
	{objects: true, past: "وثق", present: "وثق"},
	{objects: true, nounToo: true, past: "نشر", present: "نشر", needAn: true},
	{objects: true, nounToo: true, past: "بث", present: "بث", extra: []string{"بثت", "بثوا"}},
	{past: "أورد", present: "ورد"},
	{past: "تبنى", present: "", extra: []string{"تبنت", "تبنوا"}},
	{past: "أعرب", present: "عرب"},
	{past: "أفصح", present: "فصح"},
	{past: "أقر", present: "قر", extra: []string{"أقرت", "أقروا"}},
	{past: "اتهم", present: "تهم", needAn: true},
	{objectOnly: true, past: "أعد", present: "عد", extra: []string{"أعدت"}},
	{objectOnly: true, past: "أصدر", present: "صدر"},
	{objectOnly: true, past: "تلقى", present: "", extra: []string{"تلقت", "تلقاها", "تلقتها", "تلقاه", "تلقته"}},
	{objectOnly: true, past: "أجرى", present: "", extra: []string{"أجرت", "أجراها", "أجرتها", "أجراه", "أجرته"}},
	{objectOnly: true, past: "رصد", present: "رصد"},
	{objectOnly: true, past: "سجل", present: "سجل"},
}

// verbLexicon maps folded verb forms to their cue; buildLexicons makes it.
var verbLexicon map[string]verbCue

func buildVerbLexicon() map[string]verbCue {
	m := make(map[string]verbCue)
	fold := func(s string) string { return normalize.String(s, normalize.Match) }
	for _, v := range reportingVerbs {
		cue := verbCue{lemma: fold(v.past), relay: v.relay, needAn: v.needAn, needConj: v.needConj}
		add := func(form string, object, present bool) {
			c := cue
			c.object, c.present = object, present
			c.nounToo = v.nounToo && form == v.past
			if _, ok := m[fold(form)]; !ok {
				m[fold(form)] = c
			}
		}
		defective := strings.HasSuffix(v.past, "ى") || strings.HasSuffix(v.past, "ا") && len([]rune(v.past)) == 3
		past := append([]string{v.past}, v.extra...)
		if !defective {
			past = append(past, v.past+"ت", v.past+"وا", v.past+"ا", v.past+"تا")
		}
		for _, f := range past {
			object := strings.HasSuffix(f, "ه") || strings.HasSuffix(f, "ها")
			if !v.objectOnly || object {
				add(f, object && (v.objects || v.objectOnly), false)
			}
		}
		if (v.objects || v.objectOnly) && !defective {
			// object pronouns: أعلنه, أعلنها, أعلنته, أعلنتها
			for _, f := range []string{v.past, v.past + "ت"} {
				add(f+"ه", true, false)
				add(f+"ها", true, false)
			}
		}
		if v.present == "" || v.objectOnly {
			continue
		}
		for _, p := range []string{"ي", "ت"} {
			add(p+v.present, false, true)
			add(p+v.present+"ون", false, true)
			add(p+v.present+"ان", false, true)
			if v.objects {
				add(p+v.present+"ه", true, true)
				add(p+v.present+"ها", true, true)
			}
		}
	}
	return m
}

// prepCue is a prepositional cue: its folded tokens, the first possibly with
// the preposition attached to the next word (وفقا لـ, طبقا ل).
type prepCue struct {
	words []string
	// attachedLam says the cue ends with a ل that may be glued to the next
	// word (وفقا لوزارة) or stand alone (وفقا لـ «...»).
	attachedLam bool
}

// prepCues are the prepositional attribution cues, folded.
var prepCues = func() []prepCue {
	raw := []struct {
		s   string
		lam bool
	}{
		{"بحسب", false}, {"حسب", false}, {"وفق", false}, {"حسبما", false},
		{"وفقا", true}, {"طبقا", true}, {"تبعا", true},
		{"نقلا عن", false}, {"استنادا إلى", false}, {"استنادا الى", false}, {"على لسان", false},
		{"بناء على", false}, {"عن لسان", false},
	}
	out := make([]prepCue, 0, len(raw))
	for _, r := range raw {
		out = append(out, prepCue{words: strings.Fields(normalize.String(r.s, normalize.Match)), attachedLam: r.lam})
	}
	return out
}()

// sourceHeads are nouns that head a source's noun phrase, folded and
// without the article.
var sourceHeads = foldSet(
	// anonymous sources
	"مصدر", "مصادر", "مصدرا", "مصدران", "مصدرين", "مسؤول", "مسؤولون", "مسؤولين", "مسؤولا", "مسؤولو", "مسؤولي",
	"متحدث", "متحدثا", "متحدثة", "ناطق", "ناطقة", "ناطقا", "شاهد", "شهود", "ساكن", "سكان", "ناشط", "ناشطون", "ناشطين",
	"ناشطة", "مراسل", "مراسلنا", "مراسلة", "مراسلو", "مراقب", "مراقبون", "مراقبين", "مراقبو", "مسعف", "مسعفون",
	"مسعفين", "محقق", "محققون", "محققين", "خبير", "خبراء", "محلل", "محللون", "محللين", "منتقد", "منتقدون",
	"منتقدين", "طبيب", "أطباء", "مواطن", "مواطنون", "مواطنين", "أهالي", "أهالى", "عنصر", "عناصر", "أحد", "عدد",
	"سياسيون", "سياسيين", "دبلوماسي", "دبلوماسيون", "موظف", "موظفون", "عامل", "عاملون", "قيادي", "قياديون",
	"ضابط", "ضباط", "جندي", "مقاتل", "مقاتلون", "صحفي", "صحافي", "صحفيون", "صحافيون", "ناجون", "ناج",
	"ذوو", "أقارب", "تقارير", "تقرير", "بيان", "بلاغ", "بلاغات", "حصيلة", "إحصائية", "إحصائيات", "أرقام",
	"معلومات", "تقديرات", "نتائج", "وثيقة", "رسالة", "دراسة",
	// organisations
	"وكالة", "وزارة", "وزير", "وزيرة", "رئيس", "رئيسة", "رئاسة", "مدير", "مديرة", "مديرية", "قائد", "قيادة", "أمير",
	"زعيم", "عضو", "أعضاء", "نائب", "محافظ", "مجلس", "خلية", "غرفة", "هيئة", "منظمة", "مرصد", "شبكة", "جهاز",
	"مكتب", "دائرة", "إدارة", "بعثة", "قوة", "لجنة", "مركز", "وسائل", "صحيفة", "جريدة", "مجلة", "قناة", "محطة",
	"موقع", "تلفزيون", "إذاعة", "حكومة", "سلطات", "السلطات", "أمم", "اتحاد", "رابطة", "جمعية", "نقابة", "مفوضية",
	"المفوضية", "الأرصاد", "المرصد", "الجيش", "الشرطة", "الأمن", "الدفاع", "الداخلية", "الخارجية", "التنظيم",
	"الحركة", "الجماعة", "الحزب", "المجموعة", "الائتلاف", "التحالف", "الكرملين", "البنتاغون", "الرئاسة",
	"المستشفى", "مستشفى", "البيت", "الناطق", "المتحدث", "المحطة", "الصحيفة", "الوكالة", "القناة", "البعثة",
	"الوزارة", "الشبكة",
	// titles of persons
	"اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الفريق", "الجنرال", "الشيخ", "الدكتور", "المهندس",
	"الأسقف", "المطران", "الناشط", "المحلل", "الخبير", "الصحفي", "الصحافي", "السفير", "الوزير", "النائب",
	"الرئيس", "الأمين", "العقيد", "المقدم", "الملازم", "الحاج", "السيد", "الأستاذ", "القاضي", "المدعي", "النائب",
)

// namingHeads are heads followed by a quoted name (وكالة «رويترز», قناة
// "العربية", رئيسة «اتحاد ...»).
var namingHeads = foldSet("وكالة", "وكاله", "قناة", "صحيفة", "جريدة", "مجلة", "موقع", "محطة", "شبكة", "تلفزيون",
	"إذاعة", "راديو", "أنباء", "منظمة", "حركة", "جماعة", "تنظيم", "حزب", "اتحاد", "رئيس", "رئيسة", "مدير", "مديرة",
	"هيئة", "مركز", "جمعية", "رابطة", "حساب", "صفحة", "مرصد", "مجموعة", "لجنة", "ائتلاف", "تحالف", "جبهة", "منصة")

// addresseeHeads are the heads of a ل-phrase after a reporting verb that
// names who was told (قال لوكالة ..., لصحيفة ...), not who spoke.
var addresseeHeads = foldSet("وكالة", "صحيفة", "جريدة", "مجلة", "قناة", "موقع", "تلفزيون", "إذاعة", "شبكة",
	"محطة", "مراسل", "مراسلة", "مراسلنا", "مراسلي", "وسائل", "الصحفيين", "الصحافيين", "الصحافة", "الصحفي",
	"الصحافي", "صحفيين", "صحافيين", "منصة", "برنامج", "راديو")

// agencyHeads are addressee heads the analysts also count as sources: a news
// agency a speaker talked to reports what it was told.
var agencyHeads = foldSet("وكالة")

// npStops end a source's noun phrase, folded.
var npStops = foldSet(
	"أن", "إن", "ان", "أنه", "إنه", "انه", "أنها", "إنها", "انها", "أنهم", "إنهم", "انهم", "أنهما", "أننا", "إننا",
	"بأن", "بان", "بأنه", "بانه", "بأنها", "بانها", "لأن", "لان", "الذي", "التي", "الذين", "اللذين", "اللتين",
	"اللذان", "عن", "إلى", "الى", "على", "علي", "أمس", "امس", "اليوم", "قد", "لقد", "ما", "لا", "لم", "لن", "كان",
	"كانت", "كانوا", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "خلال", "بعد", "قبل", "عقب", "منذ", "حول", "مع", "بين",
	"أيضا", "ايضا", "حيث", "إذ", "اذ", "ثم", "أو", "او", "حتى", "لكن", "بل", "غير", "وسط", "أمام", "نحو", "ضد",
	"عبر", "إثر", "اثر", "جراء", "نتيجة", "بسبب", "فيه", "فيها", "عليه", "عليها", "له", "لها", "لهم", "منه", "منها",
	"به", "بها", "هو", "هي", "هم", "هما", "نحن", "أنا", "إنما", "كما", "فيما", "بينما", "عند", "عندما", "لدى",
	"إن", "صباح", "مساء", "ليل", "ليلة", "فجر", "ظهر", "يوم", "مؤخرا", "سابقا", "لاحقا", "الآن", "حاليا",
	"متحدثا", "متحدثة", "مضيفا", "مضيفة", "موضحا", "موضحة", "مشيرا", "مشيرة", "مؤكدا", "مؤكدة", "واصفا",
	"مبديا", "مشددا", "لافتا", "معتبرا", "قائلا", "قائلة", "طالبا", "رافضا", "ذاكرا", "المتابع", "المتابعة",
	"يدعى", "تدعى", "وهو", "وهي", "الذى", "التى", "إذا", "اذا", "لو", "كل", "جميع", "أي", "أية",
	"من", "ل", "فإن", "فان", "وإن", "وان", "فإنه", "فانه", "فإنها", "فانها", "أثناء", "اثناء", "لدى", "بشأن",
	"بشان", "إزاء", "تجاه", "عقب", "ضمن", "دون", "بدون", "عبر", "قوله", "قولها", "قولهم", "قولهما",
	"طلب", "طلبت", "طلبا", "طلبوا", "فضل", "فضلت", "فضلوا", "مفضلا", "رفض", "رفضت", "شريطة",
)

// objectNouns are verbal nouns that follow أعلن/أكد as their object; they
// neither start nor continue a source's name (أعلنت الوزارة مقتل ...).
var objectNouns = foldSet(
	"مقتل", "مصرع", "إصابة", "اصابة", "سقوط", "اعتقال", "القبض", "تدمير", "إسقاط", "استهداف", "مسؤولية",
	"مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "سيطرة", "السيطرة", "سيطرتها", "سيطرته", "تحرير", "ارتفاع", "وفاة",
	"استشهاد", "انتهاء", "بدء", "نجاح", "رفض", "عزم", "تنفيذ", "ضبط", "إحباط", "وصول", "فتح", "إغلاق", "إطلاق",
	"تعرض", "وقوع", "انسحاب", "دخول", "هوية", "نزوح", "اختطاف", "خطف", "أسر", "تفجير", "مقتله", "إصابته",
	"مقتلهم", "حالة", "حالات", "عدم", "مواصلة", "استمرار", "تراجع", "تقدم", "انطلاق", "شن", "قصف", "غارات",
	"الحاجة", "ضرورة", "أهمية", "وجود", "تأكيد", "إجلاء", "انتشال", "العثور", "تسلم", "تسليم", "إنقاذ",
	"انفجار", "هجوم", "هجوما", "غرق", "حريق", "اندلاع", "تسجيل", "سماع", "قتل", "جرح", "طقسا", "صورا", "حظر", "فرض", "رفع", "تمديد", "إعلان", "وقف",
	"تعليق", "إلغاء", "منع", "حل", "توقيف", "إنهاء", "بدء", "عودة", "نشر", "صور", "حادثة", "أحداث",
	"تطورات", "معطيات", "وقائع", "ظروف", "أوضاع", "مؤشرات", "دلائل", "لقطات", "الحداد", "الطوارئ", "النفير",
	"الاستنفار", "التعبئة", "الهدنة", "الحرب", "الإضراب", "العصيان", "النصر", "الانتصار", "حداد", "هدنة", "حصيلة", "عددا", "تفاصيل", "أسماء", "نبأ", "خبر",
	"النار", "صورا", "لقطات", "مقطع", "شريط", "تسجيلا", "فيديو", "بيانا", "تقريرا", "بعض", "جثث", "جثة",
)

// complementStops are words after في that make it an adverbial of the
// verb (قال في بيان), not part of the source's name.
var complementStops = foldSet("بيان", "بيانه", "بيانها", "بيانات", "تصريح", "تصريحه", "تصريحها", "تصريحات",
	"حديث", "حديثه", "حديثها", "مقابلة", "مؤتمر", "المؤتمر", "تقرير", "تقريره", "تقريرها", "اتصال", "وقت",
	"حين", "حينه", "رسالة", "تغريدة", "منشور", "كلمة", "كلمته", "خطاب", "خطابه", "لقاء", "ختام", "أعقاب",
	"اعقاب", "معرض", "سياق", "إطار", "اطار", "ضوء", "هذا", "ذلك", "الوقت", "تسجيل", "شريط", "صفحته",
	"حسابه", "موقعه", "موقعها", "ساعة", "ساعات", "وقتٍ", "الساعات", "مداخلة", "ندوة", "المدينة", "المنطقة",
	"البلدة", "القرية", "منطقة", "مدينة", "بلدة", "قرية", "قرى", "مناطق", "محيط", "ريف", "شمال", "جنوب",
	"شرق", "غرب", "وسط", "أثناء", "اثناء", "حال", "تلك", "الموقع", "مكان", "المكان")

// quantifierHeads are heads followed by من and the real noun (عدد من
// الخبراء, أحد المسؤولين).
var quantifierHeads = foldSet("عدد", "أحد", "إحدى", "بعض", "مجموعة", "عشرات", "مئات", "كثير", "عدة")

// sentenceStartBoundaries end a backward scan for a subject before its verb
// (لكن X قال): the subject starts after them.
var subjectBoundaries = foldSet("لكن", "ولكن", "بينما", "فيما", "حين", "كما", "أن", "إن", "ان", "أنه", "إنه",
	"انه", "الذي", "التي", "كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "قد", "وقد", "فقد", "لقد", "حيث",
	"إذ", "اذ", "ثم", "و", "بعد", "قبل", "بأن", "بان", "لأن", "لان", "إلا", "الا", "بل", "أما", "اما",
	"أيضا", "ايضا", "عندما", "حينما", "لما", "كذلك", "وكذلك", "فيما", "وفيما", "وبينما", "بينما", "لكنه", "ولكنه")

// dropAdverbs may stand between a reporting verb and its subject (قال أمس
// مصدر, أكد من جهته المتحدث).
var dropAdverbs = foldSet("أمس", "امس", "اليوم", "أيضا", "ايضا", "كذلك", "بدوره", "بدورها", "جهته", "جهتها",
	"جانبه", "جانبها", "ناحيته", "ناحيتها", "من", "الليلة", "به", "بها", "بذلك", "رسميا", "علنا", "صراحة",
	"حاليا", "مساء", "صباحا", "مساءً", "لاحقا", "مجددا", "مجددا", "مؤخرا", "لاحقا", "سابقا", "الآن")

// docNouns are documents a source's statement comes in: a ل-phrase after
// them names their author (بيان لوزارة الداخلية), not an addressee.
var docNouns = foldSet("بيان", "بيانا", "تقرير", "تقريرا", "حصيلة", "حصيلته", "بلاغات", "نتائج", "أرقام", "معلومات",
	"إحصائيات", "تقديرات", "إحصاء", "أرقام", "بيانات", "إحصائية", "إحصاءات", "رسالة", "وثيقة",
	"دراسة", "تصريح", "تصريحات", "بلاغ", "حساب", "صفحة", "مقابلة", "تغريدة", "تسجيل", "شريط")

// headRejects are the words that cannot head a source's noun phrase: the
// union of npStops, headStops, objectNouns and thatWords, for one lookup.
var headRejects = unionSet(npStops, headStops, objectNouns, thatWords)

// npEnders end a source's noun phrase: the union of npStops, objectNouns
// and thatWords, and subjectStops, with subjectBoundaries, bound a subject
// before its verb; complementEnders end a complement after في. Each is one
// test where three were.
var (
	npEnders         = unionSet(npStops, objectNouns, thatWords)
	subjectStops     = unionSet(subjectBoundaries, npStops, objectNouns)
	complementEnders = unionSet(complementStops, npStops, objectNouns)
)

// headStops cannot start a source's noun phrase.
var headStops = foldSet("في", "من", "ب", "ل", "و", "ف", "ك", "إلى", "الى", "على", "عن", "مع")

// verbNegations before a reporting verb deny the report (لا يعلن, لم يذكر).
var verbNegations = foldSet("لا", "لم", "لن", "ولا", "ولم", "ولن", "فلا", "فلم")

// relativeWhat are the words before a verb with an object pronoun that make
// it report (بحسب ما أعلنته, وفقا لما ذكرته).
var relativeWhat = foldSet("ما", "لما", "بما", "كما", "حسبما", "مثلما", "وفقما")

// kanaWords are forms of كان that open a clause whose subject comes before
// its verb (وكان الرئيس، فلان، قال).
var kanaWords = foldSet("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا")

// authorVerbs follow a document noun and name its author (دراسة قام بها
// مركز): the pair قام/قامت + بها/به.
var authorVerbs = foldSet("قام", "قامت", "أجرى", "أجرت", "أعد", "أعدت")
var authorBy = foldSet("بها", "به")

// anonymousHeads head anonymous sources: their noun phrase is the head and
// its adjectives (مصادر أمنية عراقية), with a في/من complement or a
// conjunct, never a name.
var anonymousHeads = foldSet("مصدر", "مصادر", "مصدرا", "مصدران", "مصدرين", "شاهد", "شهود", "ساكن", "سكان",
	"ناشط", "ناشطون", "ناشطين", "مسؤول", "مسؤولون", "مسؤولين", "مسؤولا", "مسعف", "مسعفون", "مسعفين", "محقق",
	"محققون", "محققين", "تقارير", "خبراء", "محللون", "محللين", "منتقدون", "منتقدين", "مراقبون", "مراقبين",
	"أطباء", "مواطنون", "مواطنين", "سياسيون", "سياسيين", "وسائل", "مراسل")

// cueHit is what a folded word is as a cue: a reporting verb (with the
// conjunction و/ف attached when conj), the first word of a prepositional
// cue, or both.
type cueHit struct {
	verb   verbCue
	skip   int
	conj   bool
	isVerb bool
	// preps has bit c set when the word is the first word of prepCues[c],
	// bare or with و/ف.
	preps uint32
}

// cueTable and cueIndex let the scanner classify a token with one map
// lookup: cueIndex maps every cue word, bare or with و/ف, to 1 + its index in
// cueTable. buildLexicons makes them.
var (
	cueTable []cueHit
	cueIndex map[string]uint16
)

func buildCueIndex() ([]cueHit, map[string]uint16) {
	var table []cueHit
	index := make(map[string]uint16, 4*len(verbLexicon))
	put := func(key string, h cueHit) {
		if k, ok := index[key]; ok {
			table[k-1].preps |= h.preps
			return
		}
		table = append(table, h)
		index[key] = uint16(len(table))
	}
	for form, v := range verbLexicon {
		put(form, cueHit{verb: v, isVerb: true})
	}
	for form, v := range verbLexicon {
		for _, c := range []string{"و", "ف"} {
			put(c+form, cueHit{verb: v, skip: 1, conj: true, isVerb: true})
		}
	}
	if len(prepCues) > 32 {
		panic("extract: more than 32 prepositional cues do not fit cueHit.preps")
	}
	for i, pc := range prepCues {
		for _, c := range []string{"", "و", "ف"} {
			put(c+pc.words[0], cueHit{preps: 1 << i})
		}
	}
	if len(table) > hitIndex {
		panic("extract: more cue words than sourceScan.hit can number")
	}
	return table, index
}

// informLemma is أبلغ, whose object is the party told (أبلغ مسؤول وكالة ...).
var informLemma = normalize.String("أبلغ", normalize.Match)

// revealLemma is كشف, whose bare form is also a verbal noun or a passive
// (كشف الهجوم عن).
var revealLemma = normalize.String("كشف", normalize.Match)

// baStops are words with ب that end a source's name: manner adverbs and
// verbal-noun objects (قال الرئيس بشدة, أفادت مصادر بمقتل). Other ب-words
// may be names (بوتين, بلينكن) or part of the name (بالجيش).
var baStops = foldSet("بشدة", "بشكل", "بصورة", "بدوره", "بدورها", "بقوة", "بوضوح", "بحذر", "بنفسه", "بنفسها",
	"بعد", "بسبب", "بعدم", "بضرورة", "بوجود", "بمشاركة", "بدعم", "بمساعدة", "بتصريحات", "بتصريح", "ببيان",
	"بيان", "بأنه", "بأنها", "بأنهم", "بحدوث", "بتنفيذ", "بتعرض", "بسماع", "بخصوص", "بشأن", "برفقة", "بلهجة",
	"بالتزامن", "بالإضافة", "بالقرب", "بالنسبة", "بعيدا", "بينما", "بين")
