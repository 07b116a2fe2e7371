package extract

import (
	"strconv"
	"strings"
	"sync"
	"time"

	"rasd/normalize"
)

// Date precisions.
const (
	precNone  = iota // unresolved: the value is null
	precYear         // YYYY
	precMonth        // YYYY-MM
	precDay          // YYYY-MM-DD
)

// dval is a date value being resolved. A zero y, m or day is unknown; prec
// says how much of it the expression denotes.
type dval struct {
	y, m, day int
	prec      int
}

// value returns the ISO value of v: "YYYY-MM-DD", "YYYY-MM" or "YYYY" by
// precision, with X for unknown digits (XXXX-01-10), or nil when v says
// nothing.
func (v dval) value() any {
	if v.prec == precNone || v.y == 0 && (v.prec == precYear || v.m == 0) {
		return nil
	}
	if v.prec == precDay && v.m == 0 {
		return nil
	}
	b := make([]byte, 0, len("YYYY-MM-DD"))
	if v.y > 0 {
		b = pad(b, v.y, 4)
	} else {
		b = append(b, "XXXX"...)
	}
	if v.prec >= precMonth {
		b = pad(append(b, '-'), v.m, 2)
	}
	if v.prec == precDay {
		b = pad(append(b, '-'), v.day, 2)
	}
	return string(b)
}

// pad appends n with at least width digits.
func pad(b []byte, n, width int) []byte {
	var d [20]byte
	s := strconv.AppendInt(d[:0], int64(n), 10)
	for k := len(s); k < width; k++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

func dayVal(t time.Time) dval   { return dval{t.Year(), int(t.Month()), t.Day(), precDay} }
func monthVal(t time.Time) dval { return dval{t.Year(), int(t.Month()), 0, precMonth} }
func yearVal(y int) dval        { return dval{y, 0, 0, precYear} }

// dateScan walks the tokens of a document looking for date expressions.
type dateScan struct {
	d    *doc
	toks []normalize.Token
	ref  time.Time  // zero when unknown
	lex  []dateWord // each token's lexicon entry
	// ctxYear is the last explicit year written in the current sentence: a
	// later date without a year in the sentence takes it.
	ctxYear int
	// prev is the value of the last date found, for anaphora (ذات اليوم).
	prev    dval
	hasPrev bool
	mi      int // the first gazetteer match that may cover the token
	hits    []dateHit
}

// dateHit is a date found, kept small until the mentions are built.
type dateHit struct {
	start, end int // code points of the original
	v          dval
}

// dateScans keeps scanners and their buffers between documents.
var dateScans = sync.Pool{New: func() any { return new(dateScan) }}

// release returns s to the pool, dropping its document but keeping its
// buffers (bounded, so one huge document does not pin memory).
func (s *dateScan) release() {
	if cap(s.lex) > 1<<16 {
		return
	}
	s.d, s.toks = nil, nil
	dateScans.Put(s)
}

// findDates finds date expressions and resolves them against d.ref.
//
// Hijri dates are converted with the tabular Islamic calendar (leap years
// 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of each 30-year cycle) counted
// from the astronomical epoch, Thursday 15 July 622 (Julian). It is not the
// Umm al-Qura calendar Saudi media use, but it agrees with it to within a
// day or two; x/text has no Hijri calendar to do better.
func findDates(d *doc) []Mention {
	s := dateScans.Get().(*dateScan)
	defer s.release()
	*s = dateScan{d: d, toks: d.toks, ref: d.ref, lex: s.lex, hits: s.hits[:0]}
	s.lex = grown(s.lex, len(d.toks))
	for k := range d.words {
		s.lex[d.words[k].tok] = d.words[k].date
	}
	sc := d.tables()
	d.dateToks = grown(sc.dateToks, len(d.toks))
	sc.dateToks = d.dateToks
	sent, next := 0, 0
	for k := range d.words {
		h := &d.words[k]
		i := int(h.tok)
		if i < next || !h.digits && h.date.class == dNone {
			continue // only number tokens and date words start a date
		}
		for sent < len(d.sents) && d.sents[sent].Last <= i {
			sent++
			s.ctxYear = 0
		}
		end, v, ok := s.match(i)
		if !ok || end <= i {
			continue
		}
		next = end
		if !s.blocked(i) {
			s.emit(i, end, v)
		} // else the whole date is part of the name
	}
	if len(s.hits) == 0 {
		return nil
	}
	out := grown(sc.dateOut, len(s.hits))
	sc.dateOut = out
	for k := range s.hits {
		h, m := &s.hits[k], &out[k]
		m.Span, m.Kind = d.span(h.start, h.end), KindDate
		// articles repeat their dates: reuse the value of an equal one
		for j := k - 1; j >= 0 && j >= k-8; j-- {
			if s.hits[j].v == h.v {
				m.Value = out[j].Value
				break
			}
		}
		if m.Value == nil {
			m.Value = h.v.value()
		}
	}
	return out
}

// dateNameHeads are words before a date that make it part of a name (شارع
// 26 سبتمبر, ثورة 25 يناير, حركة 6 أبريل).
var dateNameHeads = foldSet("شارع", "ميدان", "ساحة", "جسر", "ثورة", "حركة", "جامعة", "مستشفى", "مدرسة",
	"تيار", "قوى", "كتلة", "انتفاضة", "تجمع", "مجموعة", "لواء", "كتائب", "جبهة", "تحالف", "اتفاق", "اتفاقية", "بيان")

// blocked reports a token that cannot start a date: inside a gazetteer
// name, or a name that holds a date (شارع 26 سبتمبر).
func (s *dateScan) blocked(i int) bool {
	if i > 0 && s.toks[i-1].Kind == normalize.Word && dateNameHeads.has(s.toks[i-1].Norm) {
		return true
	}
	for s.mi < len(s.d.matches) && s.d.matches[s.mi].Last <= i {
		s.mi++
	}
	return s.mi < len(s.d.matches) && s.d.matches[s.mi].First <= i
}

// emit records the date made of tokens [i, end).
func (s *dateScan) emit(i, end int, v dval) {
	t := &s.toks[i]
	start := t.Start
	if k := int(s.lex[i].skip); k > 0 && t.Kind == normalize.Word {
		start, _ = s.d.text.Span(t.NormStart+k, t.NormEnd)
	}
	s.hits = append(s.hits, dateHit{start, s.toks[end-1].End, v})
	for k := i; k < end; k++ {
		s.d.dateToks[k] = true
	}
	if v.prec != precNone {
		s.prev, s.hasPrev = v, true
	}
}

func (s *dateScan) class(i int) dateClass {
	if i < 0 || i >= len(s.toks) {
		return dNone
	}
	return s.lex[i].class
}

func (s *dateScan) val(i int) int { return int(s.lex[i].val) }

func (s *dateScan) norm(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].Norm
}

// is reports whether token i, under a clitic reading (و ف then ب ل ك
// stripped), is one of words (folded).
func (s *dateScan) is(i int, words ...string) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != normalize.Word {
		return false
	}
	const letter = len("و")
	w := s.toks[i].Norm
	for skip := 0; ; skip++ {
		for _, x := range words {
			if w == x {
				return true
			}
		}
		if skip == 2 || len(w) <= 2*letter {
			return false
		}
		switch c := w[:letter]; {
		case skip == 0 && (c == "و" || c == "ف"):
		case c == "ب" || c == "ل" || c == "ك":
		default:
			return false
		}
		w = w[letter:]
	}
}

// intAt returns the integer value of a plain digit token.
func (s *dateScan) intAt(i int) (int, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != normalize.Number {
		return 0, false
	}
	return digitsInt(s.toks[i].Norm)
}

// digitsInt reads a run of one to nine ASCII digits (a folded token); it
// rejects separators and decimals without allocating an error.
func digitsInt(s string) (int, bool) {
	if len(s) == 0 || len(s) > 9 {
		return 0, false
	}
	n := 0
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// hasRef reports a known reference date.
func (s *dateScan) hasRef() bool { return !s.ref.IsZero() }

// match tries every date pattern at token i and returns the end of the
// longest one.
func (s *dateScan) match(i int) (int, dval, bool) {
	t := &s.toks[i]
	if t.Kind == normalize.Number {
		if end, v, ok := s.numericDate(i); ok {
			return end, v, true
		}
		if end, v, ok := s.dayMonth(i); ok {
			return end, v, true
		}
		return s.bareYear(i)
	}
	switch s.class(i) {
	case dNone:
		return 0, dval{}, false // most words: no lexicon entry, no date
	case dMonth, dMonthAmbig, dHijriMonth:
		// none of the words tested below is a month's name
		// (TestMonthsAreNoKeywords)
		return s.monthExpr(i, false)
	}
	// منذ بداية العام: the duration marker belongs to a part-of-period date
	if s.is(i, "منذ") && s.class(i+1) == dPart {
		if end, v, ok := s.partOf(i + 1); ok {
			return end, v, true
		}
	}
	switch s.class(i) {
	case dPart:
		if end, v, ok := s.relDay(i); ok { // أول أمس
			return end, v, true
		}
		if end, v, ok := s.partOf(i); ok {
			return end, v, true
		}
	case dQuarter:
		return s.quarter(i)
	case dDayPart:
		if end, v, ok := s.dayPart(i); ok {
			return end, v, true
		}
	case dWeekday:
		return s.weekday(i)
	case dRelDay:
		return s.relDay(i)
	case dPeriod:
		if end, v, ok := s.monthExpr(i, false); ok {
			return end, v, true
		}
		return s.period(i)
	case dRelMod:
		if s.val(i) == 0 && (s.is(i, "هذا", "هذه")) {
			return s.period(i)
		}
	case dDecade:
		end := i + 1
		if s.is(end, "القرن") && (s.class(end+1) == dRelMod || s.is(end+1, "العشرين", "الماضي")) {
			end += 2
		}
		return end, dval{}, true
	case dOrdinalDay:
		return s.dayMonth(i)
	}
	if s.is(i, "الحادي") {
		return s.dayMonth(i) // الحادي عشر من سبتمبر
	}
	if end, v, ok := s.feast(i); ok {
		return end, v, true
	}
	if end, v, ok := s.sameDay(i); ok {
		return end, v, true
	}
	if s.is(i, "ال") && i+1 < len(s.toks) && s.toks[i+1].Kind == normalize.Number {
		return s.dayMonth(i) // الـ 12 من الشهر نفسه
	}
	if s.is(i, "صيف", "شتاء", "خريف", "ربيع") {
		if end, v, ok := s.yearExpr(i + 1); ok && v.prec == precYear {
			return end, v, true
		}
	}
	return s.monthExpr(i, false)
}

// monthAt reads a month name at i: one word, or two (كانون الثاني, ربيع
// الأول). It returns the month, whether it is Hijri, whether the word is
// ambiguous, and the token after it.
func (s *dateScan) monthAt(i int) (month int, hijri, ambig bool, next int, ok bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != normalize.Word {
		return 0, false, false, 0, false
	}
	found := false
	stripProclitics(s.toks[i].Norm, func(key string, _ int) bool {
		if !twoWordFirsts.may(key) {
			return false
		}
		for _, p := range twoWordMonths[key] {
			if s.norm(i+1) == p.second {
				month, hijri, next, found = p.month, p.hijri, i+2, true
				return true
			}
		}
		return false
	})
	if found {
		return month, hijri, false, next, true
	}
	switch s.class(i) {
	case dMonth:
		return s.val(i), false, false, i + 1, true
	case dMonthAmbig:
		return s.val(i), false, true, i + 1, true
	case dHijriMonth:
		return s.val(i), true, false, i + 1, true
	}
	return 0, false, false, 0, false
}

// monthGroup reads a month with its paired name (كانون الثاني/يناير, تموز
// (يوليو), مايو - أيار); paired makes an ambiguous name safe.
func (s *dateScan) monthGroup(i int) (month int, hijri, ambig bool, next int, ok bool) {
	month, hijri, ambig, next, ok = s.monthAt(i)
	if !ok {
		return
	}
	switch s.norm(next) {
	case "/", "-", "،", "\\":
		if m2, h2, _, n2, ok2 := s.monthAt(next + 1); ok2 && m2 == month && h2 == hijri {
			return month, hijri, false, n2, true
		}
	case "(", "[":
		if m2, h2, _, n2, ok2 := s.monthAt(next + 1); ok2 && m2 == month && h2 == hijri {
			if c := s.norm(n2); c == ")" || c == "]" {
				return month, hijri, false, n2 + 1, true
			}
		}
	}
	return
}

// yearAt reads a year number at i with its era mark (2017م, 1436 هـ):
// Gregorian 1900..2100 or, with a Hijri mark or context, 1300..1500.
func (s *dateScan) yearAt(i int, hijriCtx bool) (year int, hijri bool, next int, ok bool) {
	n, isInt := s.intAt(i)
	if !isInt || len(s.toks[i].Norm) != 4 {
		return 0, false, 0, false
	}
	next = i + 1
	switch s.class(next) {
	case dHijriMark:
		if s.toks[next].SpaceBefore && s.toks[next].Norm == "ه" && !strings.HasPrefix(s.d.text.Surface(s.toks[next].Start, s.toks[next].End), "هـ") {
			break // a plain word ه after a space
		}
		hijri, next = true, next+1
	case dGregMark:
		next++
	}
	if hijri || hijriCtx {
		if n >= 1300 && n <= 1500 {
			return n, true, next, true
		}
		return 0, false, 0, false
	}
	if n >= 1900 && n <= 2100 {
		return n, false, next, true
	}
	return 0, false, 0, false
}

// yearExpr reads a year: عام 2017, العام 2017, سنة 2017م, 2017م, 1434هـ,
// العام الماضي, هذا العام, السنة الحالية, العام نفسه.
func (s *dateScan) yearExpr(i int) (int, dval, bool) {
	if s.class(i) == dPeriod && s.val(i) == unitYear {
		if y, h, next, ok := s.yearAt(i+1, false); ok {
			return s.yearValue(y, h, next)
		}
		if s.class(i+1) == dRelMod && !s.is(i+1, "هذا", "هذه") {
			end, v := i+2, s.relYear(s.val(i+1))
			if y, h, next, ok := s.yearAt(end, false); ok && h {
				_ = y
				end = next // العام الماضي ١٤٣٥ هـ
			}
			return end, v, true
		}
		if s.class(i+1) == dSame && s.hasPrev && s.prev.y > 0 {
			return i + 2, yearVal(s.prev.y), true
		}
		return 0, dval{}, false
	}
	if s.is(i, "هذا", "هذه") && s.class(i+1) == dPeriod && s.val(i+1) == unitYear {
		return i + 2, s.relYear(0), true
	}
	if s.toks[min(i, len(s.toks)-1)].Kind == normalize.Number {
		if y, h, next, ok := s.yearAt(i, false); ok && (h || next > i+1) {
			return s.yearValue(y, h, next)
		}
	}
	return 0, dval{}, false
}

// yearValue is the value of a written year; a Hijri year becomes the
// Gregorian year holding most of it.
func (s *dateScan) yearValue(y int, hijri bool, next int) (int, dval, bool) {
	if hijri {
		a, b := hijriToTime(y, 1, 1), hijriToTime(y+1, 1, 1)
		mid := a.Add(b.Sub(a) / 2)
		return next, yearVal(mid.Year()), true
	}
	s.ctxYear = y
	return next, yearVal(y), true
}

// relYear is the year before (-1), of (0) or after (+1) the reference.
func (s *dateScan) relYear(k int) dval {
	if !s.hasRef() {
		return dval{}
	}
	return yearVal(s.ref.Year() + k)
}

// bareYear reads a year written alone after a preposition that places in
// time (في 2014, منذ 2011, حتى 2013) or with its era mark (2017م, 1434هـ).
func (s *dateScan) bareYear(i int) (int, dval, bool) {
	if end, v, ok := s.yearExpr(i); ok {
		return end, v, true
	}
	// و2016 right after a date: عامي 2014 و2016, بين 2011 و2013
	after := len(s.hits) > 0 && i >= 2 && s.hits[len(s.hits)-1].end == s.toks[i-2].End && s.is(i-1, "و")
	if y, _, next, ok := s.yearAt(i, false); ok && (after || s.is(i-1, "في", "منذ", "حتي", "خلال", "قبل", "بعد", "مطلع", "عن")) {
		if k := next; k < len(s.toks) && s.toks[k].Kind == normalize.Word && s.toks[k].Norm != "و" && unitLemma(s.toks[k].Norm) != "" {
			return 0, dval{}, false // في 2000 منزل: a count
		}
		return s.yearValue(y, false, next)
	}
	return 0, dval{}, false
}

// numericDate reads 12/3/2020 (day first), 2020-03-12, 12-3-2020 and
// 12.3.2020.
func (s *dateScan) numericDate(i int) (int, dval, bool) {
	tok := s.toks[i].Norm
	if strings.Count(tok, ".") == 2 {
		p := strings.Split(tok, ".")
		if v, ok := dmy(p[0], p[1], p[2]); ok {
			return i + 1, v, true
		}
		return 0, dval{}, false
	}
	if i+4 >= len(s.toks) {
		return 0, dval{}, false
	}
	sep := s.norm(i + 1)
	if (sep != "/" && sep != "-") || s.norm(i+3) != sep {
		return 0, dval{}, false
	}
	for _, k := range []int{i + 2, i + 4} {
		if s.toks[k].Kind != normalize.Number {
			return 0, dval{}, false
		}
	}
	a, b, c := tok, s.toks[i+2].Norm, s.toks[i+4].Norm
	if len(a) == 4 { // 2020-03-12
		v, ok := dmy(c, b, a)
		return i + 5, v, ok
	}
	v, ok := dmy(a, b, c)
	return i + 5, v, ok
}

// dmy builds a day value from day, month and year digits (two-digit years
// are 20YY up to 50, else 19YY).
func dmy(ds, ms, ys string) (dval, bool) {
	d, ok1 := digitsInt(ds)
	m, ok2 := digitsInt(ms)
	y, ok3 := digitsInt(ys)
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > 31 {
		return dval{}, false
	}
	switch len(ys) {
	case 2:
		y += 1900
		if y < 1950 {
			y += 100
		}
	case 4:
	default:
		return dval{}, false
	}
	if y < 1900 || y > 2100 || d > daysIn(y, m) {
		return dval{}, false
	}
	return dval{y, m, d, precDay}, true
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// dayAt reads a day of the month at i: 12, الـ12, الـ 12, العاشر, الحادي
// عشر. It returns the day and the token after it.
func (s *dateScan) dayAt(i int) (int, int, bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, 0, false
	}
	if s.is(i, "ال") && i+1 < len(s.toks) && s.toks[i+1].Kind == normalize.Number {
		i++
	}
	if n, ok := s.intAt(i); ok {
		if n >= 1 && n <= 31 && len(s.toks[i].Norm) <= 2 {
			return n, i + 1, true
		}
		return 0, 0, false
	}
	if s.class(i) == dOrdinalDay || s.is(i, "الحادي") {
		if i+1 < len(s.toks) {
			if w, ok := dateLexicon[s.norm(i)+" "+s.norm(i+1)]; ok && w.class == dOrdinalDay {
				return int(w.val), i + 2, true
			}
		}
		if s.class(i) == dOrdinalDay {
			return s.val(i), i + 1, true
		}
	}
	return 0, 0, false
}

// dayMonth reads a day with its month: 8 كانون الثاني/يناير, 10 يناير
// الفائت, العاشر من تموز, الـ 12 من الشهر نفسه, 15 رجب 1441 هـ, 20 أغسطس
// المقبل.
func (s *dateScan) dayMonth(i int) (int, dval, bool) {
	day, next, ok := s.dayAt(i)
	if !ok {
		return 0, dval{}, false
	}
	ordinal := s.toks[i].Kind == normalize.Word && !s.is(i, "ال")
	if s.is(next, "من") {
		next++
	} else if ordinal {
		return 0, dval{}, false // الثاني alone is an ordinal, not a date
	}
	// الـ 12 من الشهر نفسه / الجاري / الماضي
	if s.class(next) == dPeriod && s.val(next) == unitMonth {
		var base dval
		switch {
		case s.class(next+1) == dSame && s.hasPrev && s.prev.m > 0:
			base = s.prev
		case s.class(next+1) == dRelMod && s.hasRef():
			base = monthVal(s.ref.AddDate(0, s.val(next+1), 0))
			if s.val(next+1) != 0 {
				base = monthVal(time.Date(s.ref.Year(), s.ref.Month()+time.Month(s.val(next+1)), 1, 0, 0, 0, 0, time.UTC))
			}
		default:
			return 0, dval{}, false
		}
		if base.y == 0 || day > daysIn(base.y, base.m) {
			return 0, dval{}, false
		}
		return next + 2, dval{base.y, base.m, day, precDay}, true
	}
	month, hijri, _, end, ok := s.monthGroup(next)
	if !ok {
		return 0, dval{}, false
	}
	year, mod, end := s.yearOrMod(end, hijri)
	if hijri {
		return end, s.hijriDay(year, month, day, mod), true
	}
	if day > 31 {
		return 0, dval{}, false
	}
	return end, s.resolve(dval{year, month, day, precDay}, mod), true
}

// noMod says no relative modifier follows a month.
const noMod = 9

// yearOrMod reads what may follow a month: a year (2014, 2014م, من عام
// 2014, 1441 هـ) or a modifier (الماضي, الجاري, المقبل). It returns the year
// (0 when none), the modifier (noMod when none) and the next token.
func (s *dateScan) yearOrMod(i int, hijri bool) (int, int, int) {
	k := i
	if s.norm(k) == "،" || s.norm(k) == "," {
		k++
	}
	if y, h, next, ok := s.yearAt(k, hijri); ok && h == hijri {
		return y, noMod, next
	}
	if s.is(i, "من") && s.class(i+1) == dPeriod && s.val(i+1) == unitYear {
		if y, h, next, ok := s.yearAt(i+2, hijri); ok && h == hijri {
			return y, noMod, next
		}
	}
	if s.class(i) == dRelMod && !s.is(i, "هذا", "هذه") {
		return 0, s.val(i), i + 1
	}
	return 0, noMod, i
}

// resolve fills the year of a Gregorian month or day from the reference:
// the reference's year unless that puts it after the reference (then the
// year before); الماضي means the last one before the reference's month,
// المقبل the next one after it. A year written earlier in the sentence wins
// over the reference.
func (s *dateScan) resolve(v dval, mod int) dval {
	if v.y > 0 {
		s.ctxYear = v.y
		if v.prec == precDay && v.day > daysIn(v.y, v.m) {
			return dval{}
		}
		return v
	}
	if mod == noMod && s.ctxYear > 0 {
		v.y = s.ctxYear
		return v
	}
	if !s.hasRef() {
		return v // XXXX-MM-DD
	}
	ry, rm, rd := s.ref.Date()
	v.y = ry
	after := v.m > int(rm) || v.m == int(rm) && v.prec == precDay && v.day > rd
	switch mod {
	case -1:
		if v.m >= int(rm) && !(v.m == int(rm) && v.prec == precDay && v.day < rd) {
			v.y--
		}
	case 1:
		if !after {
			v.y++
		}
	case 0:
	default:
		if after {
			v.y--
		}
	}
	if v.prec == precDay && v.day > daysIn(v.y, v.m) {
		return dval{}
	}
	return v
}

// monthExpr reads a month with what may follow it: شهر يوليو, مايو (أيار)
// الماضي, يوليو (تموز) 2013, رمضان, شهر رمضان المبارك. An ambiguous month
// name needs شهر, a paired name or a year.
func (s *dateScan) monthExpr(i int, partCtx bool) (int, dval, bool) {
	start := i
	shahr := false
	if s.class(i) == dPeriod && s.val(i) == unitMonth {
		shahr = true
		i++
	}
	month, hijri, ambig, end, ok := s.monthGroup(i)
	if !ok {
		if shahr && start == i-1 {
			return s.period(start)
		}
		return 0, dval{}, false
	}
	year, mod, end2 := s.yearOrMod(end, hijri)
	if ambig && !shahr && year == 0 && !partCtx {
		return 0, dval{}, false
	}
	// a Hijri month alone is often a name (رجب طيب أردوغان): it needs شهر,
	// a year, a modifier, a part or a preposition of time before it
	if hijri && !shahr && year == 0 && mod == noMod && !partCtx && !s.is(start-1, "في", "خلال", "قبل", "بعد", "منذ", "حتي", "طوال", "اواخر", "اوايل") {
		return 0, dval{}, false
	}
	if hijri {
		if s.is(end2, "المبارك", "الفضيل", "الكريم", "المعظم", "الحرام") {
			end2++
		}
		return end2, s.hijriMonth(year, month, mod), true
	}
	return end2, s.resolve(dval{year, month, 0, precMonth}, mod), true
}

// partOf reads a part of a period: أواخر عام 2017, منتصف يونيو الماضي,
// نهاية العام 2014, بداية يوليو (تموز), مطلع 1434هـ, منتصف الأسبوع الماضي,
// منذ بداية العام الحالي. The value is the period's.
func (s *dateScan) partOf(i int) (int, dval, bool) {
	part := s.val(i)
	j := i + 1
	if s.is(j, "من") {
		j++
	}
	if j >= len(s.toks) {
		return 0, dval{}, false
	}
	// a Hijri year: the month of its start, middle or end
	if y, h, next, ok := s.yearAt(j, false); ok && h {
		a, b := hijriToTime(y, 1, 1), hijriToTime(y+1, 1, 1).AddDate(0, 0, -1)
		switch part {
		case partEarly:
			return next, monthVal(a), true
		case partLate:
			return next, monthVal(b), true
		}
		return next, monthVal(a.Add(b.Sub(a) / 2)), true
	}
	if end, v, ok := s.yearExpr(j); ok {
		return end, v, true
	}
	if end, v, ok := s.monthExpr(j, true); ok {
		return end, v, true
	}
	if end, v, ok := s.period(j); ok {
		return end, v, true
	}
	return 0, dval{}, false
}

// quarter reads a quarter or half of a year: الربع الأول من السنة الحالية,
// النصف الأول لعام 2015, الربع الثاني. The value is the year.
func (s *dateScan) quarter(i int) (int, dval, bool) {
	n := s.val(i)
	j := i + 1
	if s.class(j) != dOrdinalDay || s.val(j) > n {
		if !s.is(j, "الاخير") {
			return 0, dval{}, false
		}
	}
	j++
	k := j
	if s.is(k, "من") {
		k++
	}
	if end, v, ok := s.yearExpr(k); ok {
		return end, v, true
	}
	if n != 4 || s.is(j, "من") {
		return 0, dval{}, false // النصف الثاني من المباراة: a half of something else
	}
	// الربع الثاني alone: a financial quarter of the reference's year
	if !s.hasRef() {
		return j, dval{}, true
	}
	return j, yearVal(s.ref.Year()), true
}

// period reads a period relative to the reference: الأسبوع الماضي (the
// month it fell in), هذا الأسبوع, الشهر الماضي, الشهر الجاري, العام
// الماضي, هذا العام, الشهر نفسه.
func (s *dateScan) period(i int) (int, dval, bool) {
	j, k, mod := i, i+1, 0
	switch {
	case s.is(i, "هذا", "هذه"):
		j, k = i+1, i+2
		if s.class(j) != dPeriod && !s.is(j, "الشهر") {
			return 0, dval{}, false
		}
	case s.class(k) == dRelMod && !s.is(k, "هذا", "هذه"):
		mod, k = s.val(k), k+1
	case s.class(k) == dSame:
		if !s.hasPrev {
			return 0, dval{}, false
		}
		switch s.val(j) {
		case unitYear:
			return k + 1, yearVal(s.prev.y), s.prev.y > 0
		case unitMonth, unitWeek:
			if s.prev.m > 0 {
				return k + 1, dval{s.prev.y, s.prev.m, 0, precMonth}, true
			}
		}
		return 0, dval{}, false
	default:
		if s.class(i) == dPeriod && s.val(i) == unitYear {
			return s.yearExpr(i)
		}
		return 0, dval{}, false
	}
	if s.class(j) != dPeriod {
		return 0, dval{}, false
	}
	unit := s.val(j)
	if unit == unitYear {
		end, v := k, s.relYear(mod)
		if y, h, next, ok := s.yearAt(end, false); ok && h {
			_ = y
			end = next
		}
		return end, v, true
	}
	if !s.hasRef() {
		return k, dval{}, true
	}
	switch unit {
	case unitMonth:
		t := time.Date(s.ref.Year(), s.ref.Month()+time.Month(mod), 1, 0, 0, 0, 0, time.UTC)
		return k, monthVal(t), true
	case unitWeek:
		return k, monthVal(s.ref.AddDate(0, 0, 7*mod)), true
	}
	return 0, dval{}, false
}

// weekdayOn returns the latest day with weekday wd on or before ref (before
// it when strict).
func weekdayOn(ref time.Time, wd int, strict bool) time.Time {
	back := (int(ref.Weekday()) - wd + 7) % 7
	if back == 0 && strict {
		back = 7
	}
	return ref.AddDate(0, 0, -back)
}

// weekday reads a weekday with what may follow it: الخميس, الخميس الماضي,
// الأربعاء الخميس (a night spanning two days: the first), الجمعة - السبت,
// الخميس 12 آذار (then the written date wins).
func (s *dateScan) weekday(i int) (int, dval, bool) {
	wd := s.val(i)
	end := i + 1
	strict := false
	if s.class(end) == dRelMod && s.val(end) == -1 {
		strict, end = true, end+1
	}
	// two-day night: الأربعاء الخميس, الجمعة - السبت, الخميس على الجمعة
	j := end
	if s.norm(j) == "-" || s.norm(j) == "/" || s.is(j, "علي", "الي", "و") {
		j++
	}
	if s.class(j) == dWeekday && s.val(j) == (wd+1)%7 {
		end = j + 1
	}
	// a written date after the weekday: الخميس 12 آذار 2020
	k := end
	if s.norm(k) == "،" || s.norm(k) == "," {
		k++
	}
	if e2, v, ok := s.dayMonth(k); ok {
		return e2, v, true
	}
	if !s.hasRef() {
		return end, dval{}, true
	}
	return end, dayVal(weekdayOn(s.ref, wd, strict)), true
}

// dayPart reads a time of day or يوم before a day: مساء السبت, فجر امس,
// صباح اليوم, ليل الأربعاء الخميس, يوم الثلاثاء, مساء يوم العيد, صباح يوم
// 12 آذار.
func (s *dateScan) dayPart(i int) (int, dval, bool) {
	j := i + 1
	if s.is(j, "يوم") && j+1 < len(s.toks) {
		if end, v, ok := s.afterDayPart(i, j+1); ok {
			return end, v, true // مساء يوم الخميس, مساء يوم العيد
		}
	}
	return s.afterDayPart(i, j)
}

// afterDayPart reads the day after a time of day at i, from token j.
func (s *dateScan) afterDayPart(i, j int) (int, dval, bool) {
	if j >= len(s.toks) {
		return 0, dval{}, false
	}
	if s.is(i, "ليل", "ليله") && s.class(j) == dWeekday {
		return s.weekday(j)
	}
	switch s.class(j) {
	case dWeekday:
		return s.weekday(j)
	case dRelDay:
		return s.relDay(j)
	case dPart:
		if s.is(j, "اول") {
			return s.relDay(j)
		}
	case dOrdinalDay:
		return s.dayMonth(j)
	}
	if s.toks[j].Kind == normalize.Number {
		return s.dayMonth(j)
	}
	if end, v, ok := s.feast(j); ok {
		return end, v, true
	}
	return 0, dval{}, false
}

// relDay reads a day relative to the reference: اليوم, أمس, البارحة, أول
// أمس, أول من أمس, غدا, with a weekday after it (أمس الأحد, أمس (الأربعاء)),
// and الليلة الماضية.
func (s *dateScan) relDay(i int) (int, dval, bool) {
	off, end := 0, i+1
	switch {
	case s.is(i, "اول"):
		k := i + 1
		if s.is(k, "من") {
			k++
		}
		if !s.is(k, "امس", "الامس") {
			return 0, dval{}, false
		}
		off, end = -2, k+1
	case s.class(i) == dRelDay:
		off = s.val(i)
		if off == -1 && s.is(end, "الاول") {
			off, end = -2, end+1 // أمس الأول: the day before yesterday
		}
		if off == 0 && s.is(i-1, "ذلك", "تلك") {
			return 0, dval{}, false // منذ ذلك اليوم: a day of the story (read by sameDay)
		}
		if off == 0 {
			// اليوم التالي, اليوم الأول: a day of a story, not today
			if s.class(end) == dRelMod && s.val(end) != 0 || s.class(end) == dOrdinalDay || s.class(end) == dSame ||
				s.is(end, "التالي", "السابق", "الوطني", "العالمي") {
				if s.class(end) == dSame && s.hasPrev {
					return end + 1, s.prev, true
				}
				return 0, dval{}, false
			}
		}
	default:
		return 0, dval{}, false
	}
	// a weekday that names the same day: أمس الأحد, اليوم (الثلاثاء)
	k := end
	paren := s.norm(k) == "("
	if paren {
		k++
	}
	if s.class(k) == dWeekday {
		k++
		if paren {
			if s.norm(k) == ")" {
				end = k + 1
			}
		} else {
			end = k
		}
	}
	if !s.hasRef() {
		return end, dval{}, true
	}
	return end, dayVal(s.ref.AddDate(0, 0, off)), true
}

// sameDay reads anaphora for a day said before (ذات اليوم, نفس اليوم,
// اليوم نفسه is in relDay) and الليلة الماضية.
func (s *dateScan) sameDay(i int) (int, dval, bool) {
	if s.is(i, "ذات", "نفس", "ذلك", "تلك") && s.is(i+1, "اليوم", "الليله", "الشهر", "العام") {
		if !s.hasPrev {
			return 0, dval{}, false
		}
		v := s.prev
		switch {
		case s.is(i+1, "الشهر") && v.m > 0:
			v = dval{v.y, v.m, 0, precMonth}
		case s.is(i+1, "العام"):
			v = yearVal(v.y)
		}
		return i + 2, v, true
	}
	if s.is(i, "الليله", "ليله", "ليل") && s.class(i+1) == dRelMod && s.val(i+1) == -1 {
		if !s.hasRef() {
			return i + 2, dval{}, true
		}
		return i + 2, dayVal(s.ref.AddDate(0, 0, -1)), true
	}
	return 0, dval{}, false
}

// feastOrdinals are the ordinals of أيام العيد (خامس أيام عيد الفطر).
var feastOrdinals = map[string]int{"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7}

// feast reads a feast day: عيد الفطر, عيد الأضحى, يوم العيد, خامس أيام عيد
// الفطر المبارك: the latest one on or before the reference.
func (s *dateScan) feast(i int) (int, dval, bool) {
	j, nth := i, 1
	if n, ok := feastOrdinals[s.norm(i)]; ok && s.is(i+1, "ايام") {
		j, nth = i+2, n
	}
	kind, end := 0, 0
	switch {
	case s.is(j, "عيد", "العيد") && s.class(j+1) == dEid:
		kind, end = s.val(j+1), j+2
	case s.is(j, "العيد") && (j > i || s.is(j-1, "يوم", "ايام")):
		kind, end = eidAny, j+1
	default:
		return 0, dval{}, false
	}
	if s.is(end, "المبارك", "السعيد") {
		end++
	}
	if !s.hasRef() {
		return end, dval{}, true
	}
	t, ok := lastFeast(s.ref, kind)
	if !ok {
		return end, dval{}, true
	}
	return end, dayVal(t.AddDate(0, 0, nth-1)), true
}

// lastFeast returns the latest feast of kind on or before ref.
func lastFeast(ref time.Time, kind int) (time.Time, bool) {
	hy, _, _ := timeToHijri(ref)
	var best time.Time
	for y := hy + 1; y >= hy-1; y-- {
		for _, k := range []int{eidFitr, eidAdha} {
			if kind != eidAny && kind != k {
				continue
			}
			t := hijriToTime(y, 10, 1)
			if k == eidAdha {
				t = hijriToTime(y, 12, 10)
			}
			if !t.After(ref) && t.After(best) {
				best = t
			}
		}
	}
	return best, !best.IsZero()
}

// hijriDay resolves a Hijri day; without a year, the latest one on or
// before the reference (or the end of the sentence's year).
func (s *dateScan) hijriDay(y, m, d, mod int) dval {
	if d > 30 {
		return dval{}
	}
	if y == 0 {
		ref, ok := s.yearRef()
		if !ok {
			return dval{}
		}
		hy, _, _ := timeToHijri(ref)
		y = hy + 1
		for hijriToTime(y, m, d).After(ref) || mod == -1 && !hijriToTime(y, m, d).Before(ref) {
			y--
		}
	}
	return dayVal(hijriToTime(y, m, d))
}

// hijriMonth resolves a Hijri month: its Gregorian month when it falls in
// one, else the year of its start.
func (s *dateScan) hijriMonth(y, m, mod int) dval {
	if y == 0 {
		ref, ok := s.yearRef()
		if !ok {
			return dval{}
		}
		hy, _, _ := timeToHijri(ref)
		y = hy + 1
		for hijriToTime(y, m, 1).After(ref) || mod == -1 && !hijriToTime(y, m, 1).Before(ref) {
			y--
		}
	}
	a := hijriToTime(y, m, 1)
	b := hijriToTime(y, m+1, 1).AddDate(0, 0, -1)
	if a.Year() == b.Year() && a.Month() == b.Month() {
		return monthVal(a)
	}
	return yearVal(a.Year())
}

// yearRef is the reference for a date without a year: the end of a year
// written earlier in the sentence, else the reference date.
func (s *dateScan) yearRef() (time.Time, bool) {
	if s.ctxYear > 0 {
		return time.Date(s.ctxYear, 12, 31, 0, 0, 0, 0, time.UTC), true
	}
	return s.ref, s.hasRef()
}

// islamicEpoch is the Julian day number of 1 Muharram 1 AH, astronomical
// epoch (Thursday 15 July 622 Julian).
const (
	islamicEpoch = 1948439
	unixEpochJD  = 2440588 // 1970-01-01
)

// hijriToTime converts a tabular Islamic date to a Gregorian day. Month 13
// is the first month of the next year.
func hijriToTime(y, m, d int) time.Time {
	for m > 12 {
		m -= 12
		y++
	}
	jd := d + (295*(m-1)+9)/10 + (y-1)*354 + (3+11*y)/30 + islamicEpoch - 1
	return time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, jd-unixEpochJD)
}

// timeToHijri converts a Gregorian day to the tabular Islamic calendar.
func timeToHijri(t time.Time) (y, m, d int) {
	days := int(t.Sub(time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24)
	jd := days + unixEpochJD
	y = (30*(jd-islamicEpoch) + 10646) / 10631
	for hijriToTime(y, 1, 1).After(t) {
		y--
	}
	for !hijriToTime(y+1, 1, 1).After(t) {
		y++
	}
	m = 1
	for m < 12 && !hijriToTime(y, m+1, 1).After(t) {
		m++
	}
	d = int(t.Sub(hijriToTime(y, m, 1)).Hours()/24) + 1
	return y, m, d
}
