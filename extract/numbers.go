package extract

import (
	"strconv"
	"strings"

	"rasd/normalize"
)

// Number qualifiers.
const (
	QualExact    = "exact"
	QualMoreThan = "more_than"
	QualAtLeast  = "at_least"
	QualAbout    = "about"
	QualLessThan = "less_than"
	QualVague    = "vague"
)

// qualifierPhrases are the folded word sequences that qualify the number
// right after them, longest first.
var qualifierPhrases = buildQualifiers([][2]string{
	{QualAtLeast, "ما لا يقل عن"}, {QualAtLeast, "ما لا يقل على"}, {QualAtLeast, "لا يقل عن"},
	{QualAtLeast, "على الأقل"}, {QualAtLeast, "في الأقل"},
	{QualMoreThan, "ما يزيد عن"}, {QualMoreThan, "ما يزيد على"}, {QualMoreThan, "يزيد عن"}, {QualMoreThan, "يزيد على"},
	{QualMoreThan, "ما يربو على"}, {QualMoreThan, "ما يربو عن"}, {QualMoreThan, "يربو على"}, {QualMoreThan, "ما يفوق"},
	{QualMoreThan, "أكثر من"}, {QualMoreThan, "أزيد من"}, {QualMoreThan, "يفوق"}, {QualMoreThan, "فوق"},
	{QualMoreThan, "ما يتجاوز"}, {QualMoreThan, "يتجاوز"}, {QualMoreThan, "أكثر"},
	{QualLessThan, "ما يقل عن"}, {QualLessThan, "أقل من"}, {QualLessThan, "ما دون"}, {QualLessThan, "دون"},
	{QualAbout, "ما يقارب من"}, {QualAbout, "ما يقرب من"}, {QualAbout, "ما يقارب"}, {QualAbout, "يقارب"},
	{QualAbout, "ما يناهز"}, {QualAbout, "يناهز"}, {QualAbout, "نحو"}, {QualAbout, "حوالي"}, {QualAbout, "حوالى"},
	{QualAbout, "قرابة"}, {QualAbout, "زهاء"}, {QualAbout, "تقريبا"}, {QualAbout, "قرابه"},
})

type qualPhrase struct {
	qual  string
	words []string
}

func buildQualifiers(ps [][2]string) []qualPhrase {
	out := make([]qualPhrase, 0, len(ps))
	for _, p := range ps {
		out = append(out, qualPhrase{p[0], strings.Fields(normalize.String(p[1], normalize.Match))})
	}
	return out
}

// notUnits are words after a number that are not the counted noun.
var notUnits = foldSet("في", "من", "على", "الى", "إلى", "عن", "و", "او", "أو", "ان", "أن", "إن", "قد", "ما", "لا",
	"حتى", "منذ", "بعد", "قبل", "خلال", "مع", "كما", "التي", "الذي", "الذين", "هو", "هي", "ثم", "بين", "عند",
	"لدى", "أي", "كل", "غير", "فقط", "أيضا", "وفي", "ومن", "بينهم", "منهم", "آخرين", "اخرين", "آخر", "أخرى",
	"على", "الأقل", "تقريبا", "بالمئة", "بالمائة", "المئة", "المائة", "مقابل", "الف")

// numScan walks the tokens of a document looking for numbers.
type numScan struct {
	d       *doc
	toks    []normalize.Token
	lex     []numWord
	skip    []int8 // runes of proclitics before the lexicon word
	blocked []bool // inside a date or a gazetteer name
	out     []Mention
}

// findNumbers finds numbers outside dates and names: digits in every
// script, number words with their scales, dual nouns that count two, and
// vague quantities (value nil). Each range end (20-30, 20 إلى 30) is a
// number of its own.
func findNumbers(d *doc) []Mention {
	n := &numScan{d: d, toks: d.toks}
	n.lex = make([]numWord, len(d.toks))
	n.skip = make([]int8, len(d.toks))
	n.blocked = make([]bool, len(d.toks))
	for i := range d.toks {
		t := &d.toks[i]
		if t.Kind != normalize.Word {
			continue
		}
		stripProclitics(t.Norm, func(key string, skip int) bool {
			if w, ok := numberLexicon[key]; ok {
				n.lex[i], n.skip[i] = w, int8(skip)
				return true
			}
			return false
		})
	}
	k := 0
	for _, m := range d.dates {
		for k < len(d.toks) && d.toks[k].End <= m.Start {
			k++
		}
		for j := k; j < len(d.toks) && d.toks[j].Start < m.End; j++ {
			n.blocked[j] = true
		}
	}
	for _, m := range d.matches {
		for j := max(m.First, 0); j < m.Last && j < len(d.toks); j++ {
			n.blocked[j] = true
		}
	}
	for i := 0; i < len(n.toks); {
		if n.blocked[i] {
			i++
			continue
		}
		end := n.at(i)
		if end <= i {
			end = i + 1
		}
		i = end
	}
	return n.out
}

// at reads a number at token i and returns the token after it (or i when
// there is none).
func (n *numScan) at(i int) int {
	t := &n.toks[i]
	switch t.Kind {
	case normalize.Number:
		if n.clock(i) {
			return i + 3
		}
		if isYearLike(t.Norm) && n.unitAfter(i+1) == "" {
			return i + 1 // a year outside a date expression: not a count
		}
		if n.inName(i) {
			return i + 1
		}
		return n.phrase(i)
	case normalize.Word:
		switch n.lex[i].class {
		case nNone:
			return n.dual(i)
		case nSmall:
			if n.lex[i].val == 1 && !n.one(i) {
				return i + 1
			}
		case nHalf:
			if n.is(i+1, "سنوي", "شهري", "اسبوعي", "يومي", "نهائي", "ساعه") || n.is(i-1, "في") {
				return i + 1 // نصف سنوي, نصف نهائي: not a quantity
			}
		case nVague:
			return n.vague(i, i+1)
		case nVagueOf:
			if n.is(i+1, "من") {
				return n.vague(i, i+2)
			}
			return i
		case nScaleMul:
			if !n.is(i+1, "من") && n.toks[i].Norm != "الاف" {
				return n.vague(i, i+1) // آلاف الأشخاص: thousands
			}
			return n.vague(i, i+1)
		}
		return n.phrase(i)
	}
	return i
}

func (n *numScan) is(i int, words ...string) bool {
	if i < 0 || i >= len(n.toks) {
		return false
	}
	for _, w := range words {
		if n.toks[i].Norm == w {
			return true
		}
	}
	return false
}

// nameHeads are words before a number that make it part of a name: a unit
// (اللواء 35), a resolution or article, a street.
var nameHeads = foldSet("اللواء", "لواء", "الفرقة", "فرقة", "الكتيبة", "كتيبة", "الفوج", "فوج", "القرار", "قرار",
	"رقم", "المادة", "مادة", "البند", "بند", "شارع", "الشارع", "طريق", "الطريق", "ميدان", "المبنى", "الطابق",
	"الرحلة", "رحلة", "الصاروخ", "طراز", "موديل", "الدائرة", "الحي", "حي", "القطاع", "الكيلو", "المربع", "المنطقة",
	"البوابة", "بوابة", "السرية", "سرية", "اللوحة", "الجيل", "القناة", "قناة", "غرفة", "الغرفة", "جيل", "مجموعة")

// inName reports a number that is part of a name: after a name head
// (اللواء 35, القرار 2254) or glued before a closing quote of a quoted
// name («السلام 98»).
func (n *numScan) inName(i int) bool {
	if i > 0 && n.toks[i-1].Kind == normalize.Word {
		if _, ok := nameHeads[n.toks[i-1].Norm]; ok {
			return true
		}
	}
	if i+1 < len(n.toks) && i > 0 && n.toks[i-1].Kind == normalize.Word && !n.toks[i+1].SpaceBefore {
		switch n.toks[i+1].Norm {
		case "»", "\"", "”", "'":
			return true
		}
	}
	return false
}

// one reports whether a lone واحد/أحد at i counts one: أحد before people
// (أحد عناصر التنظيم), واحد after a counted noun (يوم واحد, ليلة واحدة).
func (n *numScan) one(i int) bool {
	if i+1 < len(n.toks) && n.lex[i+1].class == nTeenTen {
		return true // أحد عشر
	}
	w := n.toks[i].Norm[2*int(n.skip[i]):]
	personNext := false
	if i+1 < len(n.toks) && n.toks[i+1].Kind == normalize.Word {
		next := n.toks[i+1].Norm
		if rest, ok := strings.CutPrefix(next, "ال"); ok {
			next = rest
		}
		personNext = personNouns[next]
	}
	if strings.HasPrefix(w, "واحد") {
		if i > 0 && n.toks[i-1].Kind == normalize.Word && unitLemma(n.toks[i-1].Norm) != "" {
			return true
		}
		if w == "واحد" && personNext {
			n.skip[i] = 1 // و+أحد المخبرين
			return true
		}
		return false
	}
	return personNext
}

// clock reports a clock time at i: الساعة 10, 10:30.
func (n *numScan) clock(i int) bool {
	if i > 0 && n.toks[i-1].Kind == normalize.Word {
		prev := n.toks[i-1].Norm
		if strings.HasSuffix(prev, "الساعه") || prev == "س" {
			return true
		}
	}
	return i+2 < len(n.toks) && n.toks[i+1].Norm == ":" && !n.toks[i+1].SpaceBefore &&
		n.toks[i+2].Kind == normalize.Number && !n.toks[i+2].SpaceBefore
}

// isYearLike reports a four-digit number from 1900 to 2100.
func isYearLike(s string) bool {
	if len(s) != 4 {
		return false
	}
	v, err := strconv.Atoi(s)
	return err == nil && v >= 1900 && v <= 2100
}

// parseDigits reads a folded digit token: 1,500, 3.5, 26.
func parseDigits(s string) (float64, bool) {
	s = strings.ReplaceAll(s, ",", "")
	if strings.Count(s, ".") > 1 {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// atom is one piece of a number phrase.
type atom struct {
	class numClass
	val   float64
	end   int
	digit bool
}

// atomAt reads a number piece at token i: digits (with a decimal comma
// before a scale, ٢,٦ مليون) or a number word.
func (n *numScan) atomAt(i int) (atom, bool) {
	if i >= len(n.toks) || n.blocked[i] {
		return atom{}, false
	}
	t := &n.toks[i]
	if t.Kind == normalize.Number {
		v, ok := parseDigits(t.Norm)
		if !ok {
			return atom{}, false
		}
		end := i + 1
		// a decimal comma: ٢,٦ مليون
		if i+3 < len(n.toks) && n.toks[i+1].Norm == "," && !n.toks[i+1].SpaceBefore && n.toks[i+2].Kind == normalize.Number &&
			!n.toks[i+2].SpaceBefore && len(n.toks[i+2].Norm) <= 2 && !strings.ContainsAny(t.Norm, ".,") {
			if c := n.lex[i+3].class; c == nScale || c == nScaleMul {
				if f, err := strconv.ParseFloat(t.Norm+"."+n.toks[i+2].Norm, 64); err == nil {
					v, end = f, i+3
				}
			}
		}
		return atom{class: nSmall, val: v, end: end, digit: true}, true
	}
	w := n.lex[i]
	if w.class == nNone || w.class == nVague || w.class == nVagueOf {
		return atom{}, false
	}
	return atom{class: w.class, val: w.val, end: i + 1}, true
}

// conj reports a و at i, alone or attached to the next number word, and
// returns where the next piece starts.
func (n *numScan) conj(i int) (int, bool) {
	if i >= len(n.toks) {
		return 0, false
	}
	if n.toks[i].Norm == "و" {
		return i + 1, true
	}
	if n.toks[i].Kind == normalize.Word && n.skip[i] == 1 && strings.HasPrefix(n.toks[i].Norm, "و") {
		return i, true
	}
	return 0, false
}

// phrase reads a number phrase from token i: digits or words, their
// teens, hundreds and scales (ثلاثة آلاف, 2.5 مليون, خمسة وعشرون ألفا,
// مليون ونصف مليون, تريليونين و44 مليار), and emits it.
func (n *numScan) phrase(i int) int {
	a, ok := n.atomAt(i)
	if !ok {
		return i
	}
	var total, cur, lastScale float64
	end := a.end
	scaled := false
	applyScale := func(s float64) {
		if cur == 0 {
			cur = 1
		}
		total += cur * s
		cur = 0
		lastScale = s
		scaled = true
	}
	switch a.class {
	case nSmall, nTeenTen, nHundred, nHalf:
		cur = a.val
	case nScale:
		applyScale(a.val)
	case nScaleTwo:
		total, lastScale, scaled = 2*a.val, a.val, true
	default:
		return i
	}
	wordsOnly := !a.digit
	for end < len(n.toks) {
		j := end
		// pieces right after: teens, ×100, scales
		if b, ok := n.atomAt(j); ok && !b.digit {
			switch {
			case b.class == nTeenTen && cur >= 1 && cur <= 9 && !a.digit && !scaled && total == 0:
				cur += 10
				end = b.end
				continue
			case b.class == nHundred && b.val == 100 && cur >= 1 && cur <= 9 && cur == float64(int(cur)):
				cur *= 100
				end = b.end
				continue
			case b.class == nScale || b.class == nScaleMul && cur >= 2:
				if lastScale > 0 && b.val >= lastScale && cur == 0 {
					break
				}
				applyScale(b.val)
				end = b.end
				continue
			}
		}
		// pieces after و
		k, ok := n.conj(j)
		if !ok {
			break
		}
		b, ok := n.atomAt(k)
		if !ok || b.digit && !scaled {
			break
		}
		accept := false
		switch {
		case b.class == nHalf:
			accept = true
		case lastScale > 0 && cur == 0:
			accept = b.class != nScaleTwo && (b.val < lastScale || b.class == nScale)
			if b.class == nScale || b.class == nScaleMul {
				accept = b.val < lastScale
			}
		case cur >= 100 && cur < 1000 && int(cur)%100 == 0:
			accept = b.class == nSmall && b.val < 100 || b.class == nTeenTen
		case cur >= 1 && cur <= 9 && b.class == nSmall && b.val >= 20 && b.val <= 90 && wordsOnly:
			accept = true
		}
		if !accept {
			break
		}
		if b.class == nHalf {
			// مليون ونصف (مليون), ثلاثة ونصف
			if c, ok := n.atomAt(b.end); ok && c.class == nScale && c.val == lastScale {
				total += 0.5 * lastScale
				end = c.end
				continue
			}
			if lastScale > 0 && cur == 0 {
				total += 0.5 * lastScale
			} else {
				cur += 0.5
			}
			end = b.end
			continue
		}
		cur += b.val
		end = b.end
	}
	value := total + cur
	start := i
	// a counted noun before اثنين/اثنتين (مدنيين اثنين): the phrase is the noun
	if a.class == nSmall && a.val == 2 && end == i+1 && !a.digit && i > 0 && n.toks[i-1].Kind == normalize.Word && unitLemma(n.toks[i-1].Norm) != "" && !n.blocked[i-1] {
		start = i - 1
		if len(n.out) > 0 && n.out[len(n.out)-1].End > n.toks[start].Start {
			n.out = n.out[:len(n.out)-1]
		}
	}
	n.emit(start, end, value, n.unitAfter(end))
	return end
}

// emit records a number over tokens [i, end).
func (n *numScan) emit(i, end int, value any, unit string) {
	t := &n.toks[i]
	start := t.Start
	if k := int(n.skip[i]); k > 0 && t.Kind == normalize.Word {
		start, _ = n.d.text.Span(t.NormStart+k, t.NormEnd)
	}
	q := QualVague
	if value != nil {
		q = n.qualifier(i, end)
	}
	n.out = append(n.out, Mention{Span: n.d.span(start, n.toks[end-1].End), Kind: KindNumber,
		Value: value, Qualifier: q, Unit: unit})
}

// vague emits a vague quantity over tokens [i, end): عشرات, عدد من.
func (n *numScan) vague(i, end int) int {
	if end > len(n.toks) {
		end = len(n.toks)
	}
	n.emit(i, end, nil, n.unitAfter(end))
	return end
}

// dual reads a dual noun that counts two (قتيلين, جنديان, سيارتين,
// الساعتين, دوريتي), with اثنين/اثنتين after it in the phrase. A place
// noun counts only without the article and as a full dual (بلدتين), since
// القريتين and مدينتي حمص ودمشق name places.
func (n *numScan) dual(i int) int {
	t := &n.toks[i]
	lemma, skip := "", 0
	stripProclitics(t.Norm, func(key string, k int) bool {
		if l, ok := dualNouns[key]; ok {
			lemma, skip = l, k
			return true
		}
		if l, ok := placeDuals[key]; ok {
			lemma, skip = l, k // بلدتين, not البلدتين: with the article a place dual is a name (القريتين)
			return true
		}
		if rest, ok := strings.CutPrefix(key, "ال"); ok {
			if l, ok := dualNouns[rest]; ok {
				lemma, skip = l, k
				return true
			}
		}
		return false
	})
	if lemma == "" {
		// متر ونصف, ساعة ونصف: one and a half
		if l := unitLemma(t.Norm); l != "" && l == t.Norm && n.is(i+1, "ونصف") {
			n.emit(i, i+2, 1.5, l)
			return i + 2
		}
		return i
	}
	end := i + 1
	if w := n.lex[min(end, len(n.toks)-1)]; end < len(n.toks) && w.class == nSmall && w.val == 2 {
		end++
	}
	n.skip[i] = int8(skip)
	n.emit(i, end, 2.0, lemma)
	return end
}

// unitAfter returns the counted noun after a number ending before token i:
// its singular lemma when the lexicon knows it, else the folded word; a
// noun after من counts too (26 من المسلحين). Percentages give "%".
func (n *numScan) unitAfter(i int) string {
	if i >= len(n.toks) {
		return ""
	}
	t := &n.toks[i]
	if t.Norm == "%" || t.Norm == "٪" {
		return "%"
	}
	if t.Kind != normalize.Word {
		return ""
	}
	if n.is(i, "بالمئه", "بالمايه", "بالميه") || n.is(i, "في") && n.is(i+1, "المئه", "المايه") {
		return "%"
	}
	if n.is(i, "من") && i+1 < len(n.toks) && n.toks[i+1].Kind == normalize.Word {
		i++
		t = &n.toks[i]
	}
	if l := unitLemma(t.Norm); l != "" {
		return l
	}
	if notUnits[t.Norm] || n.lex[i].class != nNone || dateLexicon[t.Norm].class != dNone {
		return ""
	}
	return t.Norm
}

// qualifier returns the qualifier of the number over tokens [i, end) from
// the words before it (أكثر من, نحو, ما لا يقل عن) or after it (على الأقل,
// تقريبا, after the counted noun too).
func (n *numScan) qualifier(i, end int) string {
	for _, p := range qualifierPhrases {
		k := i - len(p.words)
		if k < 0 {
			continue
		}
		ok := true
		for j, w := range p.words {
			t := &n.toks[k+j]
			if t.Norm == w {
				continue
			}
			if j == 0 && strings.HasSuffix(t.Norm, w) && len(t.Norm) <= len(w)+4 {
				hit := false
				stripProclitics(t.Norm, func(key string, _ int) bool { hit = key == w; return hit })
				if hit {
					continue
				}
			}
			ok = false
			break
		}
		if ok && !(p.qual == QualMoreThan && len(p.words) == 1 && p.words[0] == "اكثر") {
			return p.qual
		}
	}
	// after: 10 انفجارات على الأقل, 50 شخصا تقريبا
	for j := end; j < end+3 && j < len(n.toks); j++ {
		if n.is(j, "تقريبا") {
			return QualAbout
		}
		if n.is(j, "علي", "في") && n.is(j+1, "الاقل") {
			return QualAtLeast
		}
		if n.toks[j].Kind != normalize.Word {
			break
		}
	}
	return QualExact
}
