package extract

import (
	"sort"
	"strings"

	"rasd/gazetteer"
	"rasd/normalize"
)

var (
	// killedBefore are words that, just before a number, say it counts dead.
	killedBefore = newWordSet("مقتل", "قتل", "قتلت", "قتلوا", "يقتل", "مصرع", "استشهاد", "استشهد", "سقوط", "حصيلة",
		"وفاة", "وفاه", "أودى", "بحياة", "أسفر", "أوقع", "قضى", "لقي", "لقوا")
	// killedAfter are words that, after a number and its noun, say it counts dead.
	killedAfter = newWordSet("قتيل", "قتيلا", "قتلى", "القتلى", "قتلوا", "قتلو", "قتل", "مصرعهم", "مصرعه", "حتفهم",
		"حتفه", "مقتولين", "شهيدا", "شهداء", "جثث", "جثة", "ضحية", "ضحايا", "قضوا", "توفوا", "لقوا")
	injuredBefore = newWordSet("إصابة", "اصابة", "أصيب", "اصيب", "أصيبت", "جرح", "جرحت", "إصابات", "وإصابة")
	injuredAfter  = newWordSet("جرحى", "الجرحى", "جريح", "جريحا", "مصابين", "مصابا", "أصيبوا", "اصيبوا", "بجروح",
		"جرحوا", "إصابات", "مصاب")
	// nonPerson units count things, not people.
	nonPerson = foldSet("صاروخ", "صواريخ", "قذيفة", "قذائف", "طائرة", "طائرات", "غارة", "غارات", "انفجار",
		"انفجارات", "كيلومتر", "كم", "متر", "يوم", "أيام", "ساعة", "ساعات", "دقيقة", "شهر", "أشهر", "سنة",
		"سنوات", "عام", "أعوام", "دبابة", "دبابات", "سيارة", "سيارات", "آلية", "آليات", "منزل", "منازل",
		"قرية", "قرى", "موقع", "مواقع", "مدينة", "بلدة", "دولار", "بالمئة", "بالمائة", "%", "مرة", "مرات",
		"برميل", "براميل", "عبوة", "عبوات", "لغم", "ألغام", "هجوم", "هجمات", "ضربة", "ضربات", "مليون", "ألف")
	// qualifierWords may stand between a cue and its number.
	qualifierWords = newWordSet("أكثر", "من", "ما", "لا", "يقل", "عن", "نحو", "حوالي", "حوالى", "قرابة", "زهاء",
		"يزيد", "على", "الأقل", "يقارب", "أقل", "إلى", "الى", "عدد", "بحياة", "عن", "فيها", "فيه", "خلالها",
		"خلاله", "جراءها", "جراءه", "بسببها", "إثرها", "اثرها")
	attemptWords = newWordSet("محاولة", "محاولات", "نجا", "نجاة")
	// clauseOpeners start a clause of their own: a count after them is not
	// the object of a verb before them.
	clauseOpeners = foldSet("إن", "أن", "وإن", "وأن", "لكن", "بينما", "فيما", "حيث", "كما", "بعد", "عندما")
	killingVerbs  = newWordSet("قتل", "قتلت", "قتلوا")
	subsetWords   = newWordSet("بينهم", "منهم", "بينها", "بينهن", "منها")
	negations     = newWordSet("لم", "لا", "دون", "بدون", "عدم", "لن")
	killedNeg     = newWordSet("يقتل", "تقتل", "يسقط", "قتلى", "ضحايا", "يصب", "وفيات")
	injuredNeg    = newWordSet("إصابات", "اصابات", "جرحى", "يصب", "يصاب", "إصابة")
)

// inSet reports whether token i, under any clitic reading, is in set.
func (d *doc) inSet(i int, set *wordSet) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	d.readings()
	return d.setMasks[i]&set.bit != 0
}

// casualtyKind says whether the number mention m counts people killed
// ("killed"), injured ("injured"), or neither ("").
func (d *doc) casualtyKind(m Mention) string {
	first, last := d.tokenAt(m.Start), d.tokenAt(m.End-1)+1
	unit := normalize.String(m.Unit, normalize.Match)
	if nonPerson.has(unit) {
		return ""
	}
	switch {
	case killedAfter.words[unit]:
		return "killed"
	case injuredAfter.words[unit]:
		return "injured"
	case unit == injuryNoun && !isDigits(m.Text):
		return "injured" // a dual that counts injuries: إصابتين
	}
	if d.combined(last) {
		return "" // بين قتيل وجريح: the dead and the wounded together
	}
	// a cue before the number, over qualifiers (مقتل ما لا يقل عن 8)
	for i, n := first-1, 0; i >= 0 && n < 6; i, n = i-1, n+1 {
		if d.toks[i].Kind != normalize.Word {
			break
		}
		if d.inSet(i, killedBefore) {
			return "killed"
		}
		if d.inSet(i, injuredBefore) {
			return "injured"
		}
		if !d.inSet(i, qualifierWords) {
			break
		}
	}
	// a cue after the number and its noun (7 مدنيين مصرعهم, 6 حوثيين قتلوا)
	for i, n := last, 0; i < len(d.toks) && n < 5; i, n = i+1, n+1 {
		if d.toks[i].Kind == normalize.Number || d.toks[i].Kind == normalize.Punct {
			break
		}
		if d.inSet(i, killedAfter) {
			return "killed"
		}
		if d.inSet(i, injuredAfter) {
			return "injured"
		}
	}
	// a killing verb, its subject and a date between (وقتل الجيش في نهاية
	// أيار 25 مسلحا، وقتل الخاطفون أربعة من الرهائن)
	if d.killingVerbBefore(first) {
		return "killed"
	}
	return ""
}

// combined reports بين قتيل وجريح (or بين قتلى وجرحى) right after token i:
// a toll of the dead and the wounded together.
func (d *doc) combined(i int) bool {
	for k := i; k < i+3 && k+1 < len(d.toks); k++ {
		if d.toks[k].Norm == "بين" {
			return d.inSet(k+1, killedAfter) && d.inSet(k+2, injuredAfter)
		}
	}
	return false
}

// killingVerbBefore reports a killing verb before token i with only its
// subject (one word or a named group), a date, qualifiers or في between.
func (d *doc) killingVerbBefore(i int) bool {
	other := 0
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		switch {
		case d.inSet(k, killingVerbs):
			return true
		case d.inDate(k) || d.inGroup(k) || d.inSet(k, qualifierWords) || d.toks[k].Norm == "في":
			continue
		case d.toks[k].Kind == normalize.Word && other == 0 && !clauseOpeners.has(d.toks[k].Norm):
			other++
			continue
		}
		return false
	}
	return false
}

// inDate reports whether token i lies inside a date mention.
func (d *doc) inDate(i int) bool {
	at := d.toks[i].Start
	k := sort.Search(len(d.dates), func(k int) bool { return d.dates[k].End > at })
	return k < len(d.dates) && d.dates[k].Start <= at
}

// inGroup reports whether token i lies inside an armed group's name.
func (d *doc) inGroup(i int) bool {
	for _, m := range d.matchesIn(i-8, i+1) {
		if m.Entry.Kind == gazetteer.Group && m.First <= i && i < m.Last {
			return true
		}
	}
	return false
}

// injuryNoun is the folded lemma of إصابة (an injury).
var injuryNoun = normalize.String("إصابة", normalize.Match)

// isDigits reports text written with digits (in any script) rather than words.
func isDigits(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= '\u0660' && r <= '\u0669' || r >= '\u06F0' && r <= '\u06F9' {
			return true
		}
	}
	return false
}

// casualties sets killed, injured and quantities from the numbers the event
// owns, and zero counts from negated casualty words (لم يقتل أي جندي).
func (d *doc) casualties(e *eventDraft) {
	sc := d.tables()
	killed, injured := sc.killedBuf[:0], sc.injuredBuf[:0]
	defer func() { sc.killedBuf, sc.injuredBuf = killed[:0], injured[:0] }()
	prevKind, prevEnd := "", -10
	for _, m := range d.mentionsIn(d.numbers, e.first, e.end) {
		ti := d.tokenAt(m.Start)
		kind := d.casualtyKind(m)
		// a count joined to a casualty count by و counts the same way
		// (مقتل 17 جنديا وأكثر من مائة مسلح)
		if kind == "" && prevKind != "" && ti-prevEnd <= 14 && d.coordinated(prevEnd, ti) {
			kind = prevKind
		}
		if kind != "" {
			prevKind, prevEnd = kind, d.tokenAt(m.End-1)+1
		}
		switch kind {
		case "killed":
			if !d.wordsIn(ti-2, ti, subsetWords) {
				killed = append(killed, m)
			}
		case "injured":
			if !d.wordsIn(ti-2, ti, subsetWords) {
				injured = append(injured, m)
			}
		default:
			if m.Value != nil {
				e.ev.Quantities = append(e.ev.Quantities, Quantity{Span: m.Span, Value: m.Value, Qualifier: m.Qualifier, Unit: m.Unit})
			}
		}
	}
	e.ev.Killed = total(killed)
	e.ev.Injured = total(injured)
	// an assassination reported as done killed its target
	if e.ev.Killed == nil && e.ev.Type == Assassination && !d.wordsIn(e.trigger.first-2, e.trigger.end, attemptWords) {
		e.ev.Killed = &Count{Span: e.ev.Trigger, Value: 1.0, Qualifier: "exact"}
	}
	for i := e.first; i < e.end && (e.ev.Killed == nil || e.ev.Injured == nil); i++ {
		if !d.inSet(i, negations) {
			continue
		}
		for j := i + 1; j <= i+2 && j < e.end; j++ {
			switch {
			case e.ev.Killed == nil && d.inSet(j, killedNeg):
				e.ev.Killed = &Count{Span: d.span(d.toks[i].Start, d.toks[j].End), Value: 0.0, Qualifier: "exact"}
			case e.ev.Injured == nil && d.inSet(j, injuredNeg):
				e.ev.Injured = &Count{Span: d.span(d.toks[i].Start, d.toks[j].End), Value: 0.0, Qualifier: "exact"}
			default:
				continue
			}
			break
		}
	}
}

// coordinated reports that the words between tokens a and b join a second
// count to a first: an و, maybe the first count's noun, and qualifiers.
func (d *doc) coordinated(a, b int) bool {
	for i := b - 1; i >= a && i >= b-4; i-- {
		tk := d.toks[i]
		if tk.Kind == normalize.Word && strings.HasPrefix(tk.Norm, "و") {
			return true
		}
		if tk.Kind != normalize.Word || !d.inSet(i, qualifierWords) {
			return false
		}
	}
	return false
}

// total adds up distinct counts of one kind (مقتل 18 من ... ومقتل 4 من ...).
func total(ms []Mention) *Count {
	if len(ms) == 0 {
		return nil
	}
	c := &Count{Span: ms[0].Span, Value: ms[0].Value, Qualifier: ms[0].Qualifier}
	sum, ok := ms[0].Value.(float64)
	if !ok {
		return c
	}
	for k := 1; k < len(ms); k++ {
		if v, isNum := ms[k].Value.(float64); isNum && !hasValue(ms[:k], v) {
			sum += v
			c.Value = sum
		}
	}
	return c
}

// hasValue reports whether one of ms has the value v.
func hasValue(ms []Mention, v float64) bool {
	for _, m := range ms {
		if w, ok := m.Value.(float64); ok && w == v {
			return true
		}
	}
	return false
}
