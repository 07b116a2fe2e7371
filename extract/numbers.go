package extract

import (
	"strconv"
	"strings"
	"sync"

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

// qualifierPrefixes holds the word starts of qualifierByLast's keys.
var qualifierPrefixes = newPrefixSet(qualifierByLast)

// qualifierByLast indexes qualifierPhrases by their last word.
var qualifierByLast = func() map[string][]qualPhrase {
	m := map[string][]qualPhrase{}
	for _, p := range qualifierPhrases {
		last := p.words[len(p.words)-1]
		m[last] = append(m[last], p)
	}
	return m
}()

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
	"لدى", "أي", "كل", "غير", "فقط", "أيضا", "وفي", "ومن", "بينهم", "منهم", "آخرين", "اخرين", "آخر", "أخرى", "آخران", "آخرون", "أخريين", "أخريان",
	"على", "الأقل", "تقريبا", "بالمئة", "بالمائة", "المئة", "المائة", "مقابل", "الف")

// numScan walks the tokens of a document looking for numbers.
type numScan struct {
	d    *doc
	toks []normalize.Token
	lex  []numWord // each token's lexicon entry
	hits []numHit
}

// numHit is a number found, kept small until the mentions are built.
type numHit struct {
	start, end int // code points of the original
	value      float64
	vague      bool
	qual, unit string
}

// numScans keeps scanners and their buffers between documents.
var numScans = sync.Pool{New: func() any { return new(numScan) }}

// release returns n to the pool, dropping its document but keeping its
// buffers (bounded, so one huge document does not pin memory).
func (n *numScan) release() {
	if cap(n.lex) > 1<<16 {
		return
	}
	n.d, n.toks, n.hits = nil, nil, n.hits[:0]
	numScans.Put(n)
}

// findNumbers finds numbers outside dates and names: digits in every
// script, number words with their scales, dual nouns that count two, and
// vague quantities (value nil). Each range end (20-30, 20 إلى 30) is a
// number of its own.
func findNumbers(d *doc) []Mention {
	n := numScans.Get().(*numScan)
	defer n.release()
	n.d, n.toks = d, d.toks
	n.lex = grown(n.lex, len(d.toks))
	for k := range d.words {
		h := &d.words[k]
		n.lex[h.tok] = h.num
		n.lex[h.tok].word = int32(k + 1)
	}
	for j, in := range d.dateToks {
		if in {
			n.lex[j].blocked = true
		}
	}
	for mi := range d.matches {
		m := &d.matches[mi] // not copied: a match is ten words
		for j := max(m.First, 0); j < m.Last && j < len(d.toks); j++ {
			n.lex[j].blocked = true
		}
	}
	// only number tokens and lexicon words start a number, and the word
	// before ونصف (ساعة ونصف)
	next := 0 // the first token not read yet
	read := func(i int) {
		if i >= next && !n.lex[i].blocked {
			next = max(n.at(i), i+1)
		}
	}
	for k := range d.words {
		h := &d.words[k]
		i := int(h.tok)
		if h.num.class == nHalf && i > 0 && d.toks[i].Norm == "ونصف" {
			read(i - 1)
		}
		if h.digits || h.num.class != nNone || h.dualRec != 0 {
			read(i)
		}
	}
	if len(n.hits) == 0 {
		return nil
	}
	sc := d.tables()
	out := grown(sc.numOut, len(n.hits))
	sc.numOut = out
	for k := range n.hits {
		h, m := &n.hits[k], &out[k]
		// field by field: a fresh Mention is zero, and most fields stay so
		m.Span = d.span(h.start, h.end)
		m.Kind, m.Qualifier, m.Unit = KindNumber, h.qual, h.unit
		if !h.vague {
			m.Value = boxValue(h.value)
		}
	}
	return out
}

// smallValues holds the integers 0..1023 as float64 values already boxed
// in an interface, so that most numbers cost no allocation.
var smallValues = func() (t [1024]any) {
	for i := range t {
		t[i] = float64(i)
	}
	return t
}()

// boxValue returns v as a Mention value.
func boxValue(v float64) any {
	if v >= 0 && v < float64(len(smallValues)) && v == float64(int(v)) {
		return smallValues[int(v)]
	}
	return v
}

// at reads a number at token i and returns the token after it (or i when
// there is none).
func (n *numScan) at(i int) int {
	t := &n.toks[i]
	switch t.Kind {
	case normalize.Number:
		if n.clock(i) {
			if i+2 < len(n.toks) && n.toks[i+1].Norm == ":" {
				return i + 3 // 10:30
			}
			return i + 1
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
			if n.is(i+1, "سنوي", "شهري", "اسبوعي", "يومي", "نهايي") {
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
			return n.vague(i, i+1) // آلاف الأشخاص: a scale without a count is vague
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
		head := false
		stripProclitics(n.toks[i-1].Norm, func(key string, _ int) bool {
			head = nameHeads.has(key) || dateNameHeads.has(key) // ثورة 25 يناير: the date is a name
			return head
		})
		if head {
			return true // اللواء 35, والبند 7
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
	if i+1 < len(n.toks) && n.lex[i+1].class == nTeenTen || n.is(i+1, "فاصله") {
		return true // أحد عشر, واحد فاصلة خمسة
	}
	if k, ok := n.conj(i + 1); ok && k < len(n.toks) && n.lex[k].class == nSmall && n.lex[k].val >= 20 {
		return true // واحد وعشرون
	}
	w := n.toks[i].Norm[2*int(n.lex[i].skip):]
	personNext := false
	if i+1 < len(n.toks) && n.toks[i+1].Kind == normalize.Word {
		next := n.toks[i+1].Norm
		if rest, ok := strings.CutPrefix(next, "ال"); ok {
			next = rest
		}
		personNext = personNouns.has(next)
	}
	if strings.HasPrefix(w, "واحد") {
		if i > 0 && n.toks[i-1].Kind == normalize.Word && unitLemma(n.toks[i-1].Norm) != "" {
			return true
		}
		if w == "واحد" && personNext {
			n.lex[i].skip = 1 // و+أحد المخبرين
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
	v, ok := digitsInt(s)
	return ok && v >= 1900 && v <= 2100
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
	if i >= len(n.toks) || n.lex[i].blocked {
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
	if n.toks[i].Kind == normalize.Word && n.lex[i].skip == 1 && strings.HasPrefix(n.toks[i].Norm, "و") {
		return i, true
	}
	return 0, false
}

// phrase reads a number phrase from token i: digits or words, their
// teens, hundreds and scales (ثلاثة آلاف, 2.5 مليون, خمسة وعشرون ألفا,
// خمسمئة وثلاثة وعشرين, مليون ونصف مليون, تريليونين و44 مليار, واحد فاصلة
// خمسة), and emits it.
func (n *numScan) phrase(i int) int {
	a, ok := n.atomAt(i)
	if !ok {
		return i
	}
	if n.toks[i].Norm == "واحد" && i+1 < len(n.toks) && n.lex[i+1].class == nTeenTen {
		n.lex[i].skip = 1 // و+أحد عشر
	}
	p := numPhrase{}
	switch a.class {
	case nSmall, nTeenTen, nHundred, nHalf:
		p.add(a)
	case nScale:
		p.scale(a.val)
	case nScaleTwo:
		p.total, p.lastScale = 2*a.val, a.val
	default:
		return i
	}
	end := a.end
	for end < len(n.toks) {
		// pieces right after: teens (خمسة عشر), ×100 (ثلاث مئة), scales
		if b, ok := n.atomAt(end); ok && !b.digit {
			if p.glued(b) {
				end = b.end
				continue
			}
		}
		// pieces after و
		k, ok := n.conj(end)
		if !ok {
			break
		}
		b, ok := n.atomAt(k)
		if !ok || !p.accepts(b) {
			break
		}
		if b.class == nHalf {
			// مليون ونصف (مليون), ثلاثة ونصف
			if c, ok := n.atomAt(b.end); ok && c.class == nScale && c.val == p.lastScale && p.cur == 0 {
				p.total += 0.5 * p.lastScale
				end = c.end
				continue
			}
			// ونصف المليون: the scale with the article
			if b.end < len(n.toks) && p.lastScale > 0 && p.cur == 0 {
				if rest, ok := strings.CutPrefix(n.toks[b.end].Norm, "ال"); ok {
					if w, ok := numberLexicon[rest]; ok && w.class == nScale && w.val == p.lastScale {
						p.total += 0.5 * p.lastScale
						end = b.end + 1
						continue
					}
				}
			}
			if p.lastScale > 0 && p.cur == 0 {
				p.total += 0.5 * p.lastScale
			} else {
				p.cur += 0.5
			}
			end = b.end
			continue
		}
		p.add(b)
		end = b.end
	}
	value := p.total + p.cur
	// a decimal point in words: واحد فاصلة خمسة, 1 فاصلة 1
	if n.is(end, "فاصله") {
		if f, ok := n.atomAt(end + 1); ok && f.class == nSmall && f.val >= 0 && f.val == float64(int(f.val)) && value == float64(int64(value)) {
			digits := strconv.Itoa(int(f.val))
			if v, err := strconv.ParseFloat(strconv.FormatInt(int64(value), 10)+"."+digits, 64); err == nil {
				value, end = v, f.end
			}
		}
	}
	start, unit := i, n.unitAfter(end)
	// a minus sign before digits: -1200000
	if a.digit && end == i+1 && i > 0 && n.toks[i-1].Norm == "-" && n.toks[i-1].SpaceBefore && !n.toks[i].SpaceBefore &&
		(i < 2 || n.toks[i-2].Kind != normalize.Number) {
		value, start = -value, i-1
	}
	// a counted noun before اثنين/اثنتين (مدنيين اثنين): the phrase is the noun
	if a.class == nSmall && a.val == 2 && end == i+1 && !a.digit && i > 0 && n.toks[i-1].Kind == normalize.Word && unitLemma(n.toks[i-1].Norm) != "" && !n.lex[i-1].blocked {
		start, unit = i-1, unitLemma(n.toks[i-1].Norm)
		if len(n.hits) > 0 && n.hits[len(n.hits)-1].end > n.toks[start].Start {
			n.hits = n.hits[:len(n.hits)-1]
		}
	}
	n.emit(start, end, value, unit)
	return end
}

// numPhrase accumulates a number phrase: total holds the scaled groups
// (ثلاثة آلاف), cur the group being read, last the last unit or tens piece.
type numPhrase struct {
	total, cur, lastScale float64
	last                  float64
	lastDigit             bool
}

func (p *numPhrase) add(a atom) {
	p.cur += a.val
	p.last, p.lastDigit = a.val, a.digit
}

func (p *numPhrase) scale(s float64) {
	if p.cur == 0 {
		p.cur = 1
	}
	p.total += p.cur * s
	p.cur, p.last = 0, 0
	p.lastScale = s
}

// isUnit reports a unit word 1..9 as the last piece.
func (p *numPhrase) lastUnit() bool {
	return !p.lastDigit && p.last >= 1 && p.last <= 9 && p.last == float64(int(p.last))
}

// glued takes a piece that follows the phrase without و: the ten of a teen
// (خمسة عشر), مئة after a unit (ثلاث مئة), a scale (ثلاثة آلاف, 2.5 مليون).
func (p *numPhrase) glued(b atom) bool {
	switch {
	case b.class == nTeenTen && p.lastUnit() && int(p.cur)%100 == int(p.last):
		p.cur += 10
		p.last = 0
		return true
	case b.class == nHundred && b.val == 100 && p.lastUnit() && p.cur == p.last:
		p.cur *= 100
		p.last = 0
		return true
	case b.class == nScale || b.class == nScaleMul && p.cur >= 2:
		if p.lastScale > 0 && b.val >= p.lastScale && p.cur == 0 {
			return false
		}
		p.scale(b.val)
		return true
	}
	return false
}

// accepts reports whether a piece after و continues the phrase: a smaller
// group after a scale (ألف ومئتان, تريليونين و44 مليار), tens and units
// after hundreds (مئة وخمس وعشرون), tens after a unit word (خمسة وعشرون),
// a half. Two digit numbers joined by و stay apart (20 و30).
func (p *numPhrase) accepts(b atom) bool {
	if b.class == nHalf {
		return true
	}
	if b.class == nScaleTwo || b.class == nScaleMul {
		return false
	}
	if p.lastScale > 0 && p.cur == 0 {
		return b.val < p.lastScale
	}
	if b.digit || p.lastDigit {
		return false
	}
	rem := int(p.cur) % 100
	switch {
	case p.cur >= 100 && rem == 0:
		return b.class == nSmall && b.val < 100 || b.class == nTeenTen
	case rem >= 1 && rem <= 9 && p.lastUnit():
		return b.class == nSmall && b.val >= 20 && b.val <= 90
	}
	return false
}

// emit records a number over tokens [i, end).
func (n *numScan) emit(i, end int, value float64, unit string) {
	n.emitHit(i, end, value, false, unit)
}

func (n *numScan) emitHit(i, end int, value float64, vague bool, unit string) {
	t := &n.toks[i]
	start := t.Start
	if k := int(n.lex[i].skip); k > 0 && t.Kind == normalize.Word {
		start, _ = n.d.text.Span(t.NormStart+k, t.NormEnd)
	}
	q := QualVague
	if !vague {
		q = n.qualifier(i, end)
	}
	n.hits = append(n.hits, numHit{start: start, end: n.toks[end-1].End, value: value, vague: vague, qual: q, unit: unit})
}

// vague emits a vague quantity over tokens [i, end): عشرات, عدد من.
func (n *numScan) vague(i, end int) int {
	if end > len(n.toks) {
		end = len(n.toks)
	}
	n.emitHit(i, end, 0, true, n.unitAfter(end))
	return end
}

// isDualEnding reports the last two letters of a dual: ين ان تي تا.
func isDualEnding(s string) bool {
	return s == "ين" || s == "ان" || s == "تي" || s == "تا"
}

// dual reads a dual noun that counts two (قتيلين, جنديان, سيارتين,
// الساعتين, دوريتي), with اثنين/اثنتين after it in the phrase. A place
// noun counts only without the article and as a full dual (بلدتين), since
// القريتين and مدينتي حمص ودمشق name places.
func (n *numScan) dual(i int) int {
	t := &n.toks[i]
	if w := t.Norm; len(w) < 6 || !isDualEnding(w[len(w)-4:]) {
		// متر ونصف, ساعة ونصف: one and a half
		if i+1 < len(n.toks) && n.toks[i+1].Norm == "ونصف" {
			if l := unitLemma(w); l != "" && l == w {
				n.emit(i, i+2, 1.5, l)
				return i + 2
			}
		}
		return i
	}
	if n.lex[i].word == 0 {
		return i
	}
	h := &n.d.words[n.lex[i].word-1]
	lemma, skip := h.dual(), h.dualSkip
	if lemma == "" {
		return i
	}
	end := i + 1
	if w := n.lex[min(end, len(n.toks)-1)]; end < len(n.toks) && w.class == nSmall && w.val == 2 {
		end++
	}
	n.lex[i].skip = skip
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
	if n.is(i, "بالميه", "بالمايه", "بالميه") || n.is(i, "في") && n.is(i+1, "الميه", "المايه") {
		return "%"
	}
	if n.is(i, "من") && i+1 < len(n.toks) && n.toks[i+1].Kind == normalize.Word {
		i++
		t = &n.toks[i]
	}
	if l := unitLemma(t.Norm); l != "" {
		return l
	}
	if notUnits.has(t.Norm) || n.lex[i].class != nNone || dateLexicon[t.Norm].class != dNone {
		return ""
	}
	// a copy: the folded text is reused by the next document
	return strings.Clone(t.Norm)
}

// qualifier returns the qualifier of the number over tokens [i, end) from
// the words before it (أكثر من, نحو, ما لا يقل عن) or after it (على الأقل,
// تقريبا, after the counted noun too).
func (n *numScan) qualifier(i, end int) string {
	var cands []qualPhrase
	if i > 0 && n.toks[i-1].Kind == normalize.Word {
		cands, _, _ = lookupWord(n.toks[i-1].Norm, qualifierPrefixes, qualifierByLast)
	}
	for _, p := range cands {
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
