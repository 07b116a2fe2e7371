package extract

import (
	"slices"
	"strings"

	"rasd/gazetteer"
	"rasd/normalize"
)

// hit is a trigger found in the text.
type hit struct {
	typ        string
	class      triggerClass
	verb       bool
	airable    bool
	first, end int // token range
	start, off int // original code point span
	definite   bool
	quoted     bool // inside quotation marks: what someone said, not the report
}

// findTriggers appends the trigger words of sentence s to out, longest
// first.
func (d *doc) findTriggers(out []hit, s normalize.Sentence) []hit {
	for i := s.First; i < s.Last; i++ {
		tk := &d.toks[i]
		if tk.Kind != normalize.Word {
			continue
		}
		best, bestLen, skip, definite, purpose := trigger{}, 0, 0, false, false
		// only a token that the trigger lexicon knows by some reading
		cands := d.candsOf(i)
		lex := d.candLex[d.keyStart[i]:d.keyStart[i+1]]
		if d.setMasks[i]&triggerBit == 0 {
			cands = nil
		}
		for ci := range cands {
			c := &cands[ci]
			if lex[ci] == 0 || lexicon.masks[lex[ci]-1]&triggerBit == 0 {
				continue
			}
			for _, tr := range lexicon.entries[lex[ci]-1].triggers {
				n := 1 + len(tr.tokens)
				if n <= bestLen || i+n > s.Last || !d.followedBy(i+1, tr.tokens) {
					continue
				}
				best, bestLen, skip, definite = tr, n, c.Skip, c.Article || strings.HasPrefix(c.Key, "ال")
				purpose = strings.HasSuffix(c.Proclitics, "ل") && !tr.verb
			}
		}
		if bestLen == 0 {
			if tk.NormEnd-tk.NormStart < minStemWord {
				continue // short words are in the lexicon as they are written
			}
			tr, ok := stemTrigger(tk.Norm)
			if !ok {
				continue
			}
			best, bestLen = tr, 1
		}
		if purpose && best.typ == TerritoryChange {
			continue // لاستعادتها: in order to retake it
		}
		start, _ := d.text.Span(tk.NormStart+skip, tk.NormEnd)
		end := d.toks[i+bestLen-1].End
		out = append(out, hit{quoted: d.quoted(i), typ: best.typ, class: best.class, verb: best.verb, airable: best.airable, first: i, end: i + bestLen, start: start, off: end, definite: definite})
		i += bestLen - 1
	}
	return out
}

// quoted reports whether token i stands inside quotation marks of its
// sentence: an odd number of « » or " before it.
func (d *doc) quoted(i int) bool {
	open, ascii := 0, 0
	for k := i - 1; k >= 0 && k >= i-150; k-- {
		tk := d.toks[k]
		if d.toks[k+1].Newline {
			break
		}
		if tk.Kind != normalize.Punct {
			continue
		}
		switch tk.Norm {
		case "\"":
			ascii++
		case "«", "“":
			if open == 0 {
				return true
			}
			open--
		case "»", "”":
			open++
		case ".", "؟", "!":
			if open == 0 {
				return ascii%2 == 1
			}
		}
	}
	return ascii%2 == 1
}

// followedBy reports whether the tokens from i on read want, ignoring an
// article on either side.
func (d *doc) followedBy(i int, want []string) bool {
	for k, w := range want {
		if i+k >= len(d.toks) || withoutArticle(d.toks[i+k].Norm) != withoutArticle(w) {
			return false
		}
	}
	return true
}

func withoutArticle(s string) string {
	if strings.HasPrefix(s, "ال") && len(s) > len("ال")+2*2 {
		return s[len("ال"):]
	}
	return s
}

// wordsIn reports whether any token in [a, b) is one of set (after clitics).
func (d *doc) wordsIn(a, b int, set *wordSet) bool {
	if a < 0 {
		a = 0
	}
	if b > len(d.toks) {
		b = len(d.toks)
	}
	d.readings()
	for i := a; i < b; i++ {
		if d.setMasks[i]&set.bit != 0 {
			return true
		}
	}
	return false
}

// candsOf returns the readings of token i that the trigger lexicon is keyed
// by: its clitic readings, then each without a closing pronoun (see
// appendPronounless).
func (d *doc) candsOf(i int) []normalize.Candidate {
	d.readings()
	return d.cands[d.keyStart[i]:d.keyStart[i+1]]
}

// readings computes the readings of every token once.
func (d *doc) readings() {
	if d.keyStart != nil {
		return
	}
	sc := d.tables()
	d.keyStart = grown(sc.keyStart, len(d.toks)+1)
	d.cliticEnd = grown(sc.cliticEnd, len(d.toks))
	d.cands = sc.cands[:0]
	for k, tk := range d.toks {
		d.keyStart[k] = int32(len(d.cands))
		if tk.Kind != normalize.Word {
			d.cands = append(d.cands, normalize.Candidate{Key: tk.Norm})
			d.cliticEnd[k] = int32(len(d.cands))
			continue
		}
		d.cands = normalize.AppendClitics(d.cands, tk.Norm)
		d.cliticEnd[k] = int32(len(d.cands))
		d.cands = appendPronounless(d.cands, d.keyStart[k], d.cliticEnd[k])
	}
	d.keyStart[len(d.toks)] = int32(len(d.cands))
	// what the lexicon (triggers, word sets, rule words) says of every
	// reading, and so which word sets each token is in, by any of its
	// clitic readings
	d.setMasks = grown(sc.setMasks, len(d.toks))
	d.candLex = grown(sc.candLex, len(d.cands))
	for k := range d.toks {
		kind := d.toks[k].Kind
		if kind == normalize.Number {
			d.setMasks[k] = numberBit
		}
		for ci := d.keyStart[k]; ci < d.keyStart[k+1]; ci++ {
			x := lexicon.find(d.cands[ci].Key)
			if x == 0 {
				continue
			}
			d.candLex[ci] = int32(x)
			if mask := lexicon.masks[x-1]; ci < d.cliticEnd[k] {
				d.setMasks[k] |= mask
			} else {
				d.setMasks[k] |= mask & triggerBit // a pronoun-less reading
			}
		}
		if kind != normalize.Word {
			d.setMasks[k] &^= ruleWordBit // the rules read words only
		}
	}
}

// wordSet is a set of folded words that wordsIn and inSet test tokens
// against: each set has a bit, and a document's tokens get the bits of the
// sets any of their clitic readings is in once, when their readings are
// made, instead of a map lookup per reading at every test.
type wordSet struct {
	bit   uint64
	words map[string]bool
}

// wordSetMasks maps every word of every wordSet to the bits of its sets.
var wordSetMasks = map[string]uint64{}

// wordSetCount is the number of wordSets made, at most 61: the last three
// bits of a token's mask are ruleWordBit, numberBit and triggerBit.
var wordSetCount int

// newWordSet makes a wordSet of words, folded.
func newWordSet(words ...string) *wordSet {
	if wordSetCount == 61 {
		panic("extract: more than 61 word sets")
	}
	s := &wordSet{bit: 1 << wordSetCount, words: make(map[string]bool, len(words))}
	for _, w := range words {
		s.words[normalize.String(w, normalize.Match)] = true
	}
	wordSetCount++
	for w := range s.words {
		wordSetMasks[w] |= s.bit
	}
	return s
}

var (
	airWords = newWordSet("طيران", "الطيران", "طائرات", "طائرة", "جوي", "جوية", "الجوي", "الجوية", "الحربي",
		"الحربية", "المروحي", "المروحية", "مروحية", "مروحيات", "مقاتلات", "غارات", "غارة", "مسيرة", "مسيرات")
	suicideWords = newWordSet("انتحاري", "انتحارية", "انتحاريين", "انتحاريان", "انتحاريا", "ناسف", "ناسفا")
	// irrealis words before a trigger make it a threat, plan, condition or
	// denial rather than an event.
	irrealisWords = newWordSet("لم", "لن", "سوف", "حال", "بغرض", "لغرض", "بقصد", "بنية", "لتنفيذ", "لمواجهة", "يستعد", "تستعد", "استعداد", "لشن", "يحاول", "تحاول", "إذا", "اذا", "لو", "هدد", "يهدد", "تهدد", "هددت",
		"توعد", "توعدت", "يعتزم", "تعتزم", "يخطط", "تخطط", "خطط", "لمنع", "منع", "إحباط", "احباط", "تحذير",
		"حذر", "حذرت", "يحذر", "تحذر", "خشية", "مخاوف", "احتمال", "يمكن", "ربما", "بهدف", "للتصدي")
	placeNouns = newWordSet("مدينة", "المدينة", "بلدة", "البلدة", "بلدات", "قرية", "القرية", "قرى", "منطقة", "المنطقة",
		"مناطق", "المناطق", "مواقع", "موقع", "حي", "أحياء", "معسكر", "قاعدة", "مطار", "معبر", "تلة", "تل", "جبل", "محافظة",
		"مدن", "المدن", "ناحية", "قضاء", "مديرية", "ريف", "الريف", "مساحات", "أراض", "أراضي", "مقر", "مقرات", "حقل", "حقول",
		"الحدود", "طريق", "الطريق", "جسر", "مخيم", "محيط", "أطراف", "وسط", "العاصمة")
	clauseWords   = foldSet("بينما", "فيما", "حيث", "كما", "بعدما", "عندما")
	accidentWords = newWordSet("غرق", "اصطدام", "اصطدم", "سير", "مرور", "مروري", "حريق",
		"انهيار", "فيضان", "فيضانات", "زلزال", "وباء", "فيروس", "تسمم", "صعق", "العبارة", "عبارة", "مركب", "انقلاب")
	violenceWords = newWordSet("مسلح", "مسلحون", "مسلحين", "برصاص", "رصاص", "النار", "أيدي", "هجوم", "هجمات", "قصف",
		"اشتباكات", "معارك", "مواجهات", "انفجار", "تفجير", "عبوة", "مسلحي", "مقاتلين", "مقاتلي", "إرهابي", "إرهابية",
		"إرهابيين", "ذبح", "إعدام", "أعدم", "قناص", "قناصة", "غارة", "غارات", "صاروخ", "قذيفة", "كمين", "عملية", "جنود",
		"جندي", "عسكريين", "عسكري", "الخاطفون", "الخاطفين", "خاطفين", "رهائن", "الرهائن", "رهينة")
	// intensifyWords say a party stepped up its violence over a period.
	intensifyWords = newWordSet("كثفت", "كثف", "ضاعفت", "ضاعف", "صعدت", "صعد", "تزايدت", "تصاعدت")
	// causeWords before a casualty word make it the background of what
	// follows (بعد مقتل أحد عناصرها), not a report.
	causeWords    = newWordSet("بعد", "عقب", "إثر", "غداة", "منذ", "أعقاب", "بسبب", "انتقاما", "ردا")
	periodOpeners = newWordSet("منذ", "خلال", "طيلة", "طوال")
	periodWords   = newWordSet("عام", "العام", "سنة", "السنة", "سنوات", "أعوام", "بداية", "مطلع", "النصف", "الأشهر",
		"أشهر", "الشهر", "شهور", "الأسابيع", "أسابيع", "الفترة", "الربع", "تولي", "اندلاع", "بدء", "الإطاحة",
		"تعيين", "انطلاق", "انطلاقة")
	habitualWords = newWordSet("مرارا", "باستمرار", "بانتظام", "عادة", "مرات", "الأشهر", "السنوات", "الأعوام",
		"كثفت", "كثف", "صعدت", "صعد", "تصعيد", "تكثيف", "العديد", "وتيرة")
	continuationCues = newWordSet("أضاف", "أضافت", "تابع", "تابعت", "أوضح", "أوضحت", "أشار", "أشارت", "لفت",
		"لفتت", "بين", "بينت", "أكد", "أكدت")
)

// eventDraft is an event being assembled, with the token range it owns.
type eventDraft struct {
	ev         Event
	sent       int
	lastSent   int // the last sentence that added to it
	first, end int // token range of the segment the event owns
	trigger    hit
	casualty   bool // made only of casualty words
	ownPlaces  bool // places named in its own sentence, not carried from before
	alone      bool // the only event of its sentence
	weak       bool // made by a weak verb of targeting (استهدف) alone
	merged     bool
	// lemma caches triggerLemma of lemmaOf, the trigger text it was made of.
	lemma, lemmaOf string
}

// draftArena hands out event drafts that buildEvents reuses from one
// document to the next; the events it returns are copies.
type draftArena struct {
	drafts []*eventDraft
	used   int
}

// reset makes every draft free again.
func (a *draftArena) reset() { a.used = 0 }

// next returns a free draft set to v, whose lists are empty. They keep
// the arrays of the draft's earlier use.
func (a *draftArena) next(v eventDraft) *eventDraft {
	if a.used == len(a.drafts) {
		a.drafts = append(a.drafts, new(eventDraft))
	}
	e := a.drafts[a.used]
	a.used++
	places, actors, quantities := e.ev.Places[:0], e.ev.Actors[:0], e.ev.Quantities[:0]
	*e = v
	e.ev.Places, e.ev.Actors, e.ev.Quantities = places, actors, quantities
	return e
}

// buildEvents links triggers and mentions into events.
func buildEvents(d *doc) []Event {
	sc := d.tables()
	sc.drafts.reset()
	drafts := sc.draftList[:0]
	defer func() { sc.draftList = drafts[:0] }()
	// every sentence's triggers in one array, each sentence's a full slice
	// of it
	d.sentHits = grown(sc.sentHits, len(d.sents))
	sc.sentHits = d.sentHits
	flat := sc.hitFlat[:0]
	for si, s := range d.sents {
		from := len(flat)
		flat = d.findTriggers(flat, s)
		d.sentHits[si] = flat[from:len(flat):len(flat)]
	}
	sc.hitFlat = flat
	hitBuf := sc.hitBuf
	defer func() { sc.hitBuf = hitBuf }()
	for si, s := range d.sents {
		hits := append(hitBuf[:0], d.sentHits[si]...) // realis filters its copy
		hitBuf = hits[:0]
		hits = d.realis(s, hits)
		if len(hits) == 0 {
			continue
		}
		evs := d.groupHits(si, s, hits)
		for _, e := range evs {
			d.fill(e, s)
		}
		// a sentence that continues the previous one's report enriches the
		// previous event instead of making a new one
		if len(drafts) > 0 && len(evs) > 0 {
			prev := drafts[len(drafts)-1]
			if d.continues(prev, evs[0], s) {
				mergeInto(prev, evs[0])
				evs = evs[1:]
			}
		}
		for _, e := range evs {
			if prev := corefTarget(drafts, e); prev != nil {
				mergeInto(prev, e)
				continue
			}
			if generic(e) || e.trigger.quoted || e.weak && !e.ownPlaces && e.ev.Date == nil && e.ev.Killed == nil {
				continue
			}
			// a casualty report of its own needs violence, not an accident,
			// a period's toll or the background of something else
			if e.casualty && (!d.violent(s) || d.summary(s) || d.wordsIn(e.trigger.first-2, e.trigger.first, causeWords)) {
				continue
			}
			drafts = append(drafts, e)
		}
	}
	drafts = mergeRepeats(drafts)
	drafts = dropEchoes(drafts)
	// the drafts' lists are reused by the next document: the events get
	// copies, each kind of list in one array for the whole document
	var nPlaces, nActors, nQuantities int
	for _, e := range drafts {
		nPlaces += len(e.ev.Places)
		nActors += len(e.ev.Actors)
		nQuantities += len(e.ev.Quantities)
	}
	places := make([]EventPlace, 0, nPlaces)
	actors := make([]EventActor, 0, nActors)
	quantities := make([]Quantity, 0, nQuantities)
	out := make([]Event, 0, len(drafts))
	for _, e := range drafts {
		ev := e.ev
		ev.Places, places = window(places, ev.Places)
		ev.Actors, actors = window(actors, ev.Actors)
		ev.Quantities, quantities = window(quantities, ev.Quantities)
		// merging appended places: most specific first again
		slices.SortStableFunc(ev.Places, func(a, b EventPlace) int {
			return placeRank[a.feature] - placeRank[b.feature]
		})
		ev.Doc = d.id
		out = append(out, ev)
	}
	return out
}

// window appends xs to all and returns them as a full slice of all (so
// that appending to it copies), never nil, and all.
func window[T any](all, xs []T) ([]T, []T) {
	if len(xs) == 0 {
		return []T{}, all
	}
	from := len(all)
	all = append(all, xs...)
	return all[from:len(all):len(all)], all
}

// realis drops triggers that stand after a negation, modal, threat or
// condition word, or that describe habitual background.
func (d *doc) realis(s normalize.Sentence, hits []hit) []hit {
	out := hits[:0]
	for _, h := range hits {
		// in a clause that sums up a period, only verbs report events
		if d.summary(d.window(s, h.first-8, h.end+14)) {
			continue
		}
		if h.class != casualtyWord && (d.wordsIn(h.first-5, h.first, irrealisWords) || d.modalQad(h.first)) {
			continue
		}
		// بعد مقتل أحد عناصرها: a death given as the background of something else
		if h.class == casualtyWord && d.wordsIn(h.first-2, h.first, causeWords) {
			continue
		}
		if d.wordsIn(h.end, h.end+6, habitualWords) || d.wordsIn(h.first-5, h.first, habitualWords) ||
			d.wordsIn(h.first-15, h.first, intensifyWords) {
			continue
		}
		// taking control is of a place: استولى على دبابات is no territory change
		if h.typ == TerritoryChange && !d.placeNear(s, h) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// modalQad reports قد followed by a present verb (قد يشن: may launch) in the
// three tokens before token i; قد before a past verb (قد شن: had launched)
// is realis.
func (d *doc) modalQad(i int) bool {
	for k := i - 3; k < i; k++ {
		if k < 0 || d.toks[k].Norm != "قد" || k+1 >= len(d.toks) {
			continue
		}
		next := d.toks[k+1].Norm
		if strings.HasPrefix(next, "ي") || strings.HasPrefix(next, "ت") || strings.HasPrefix(next, "ن") {
			return true
		}
	}
	return false
}

// mergedType says what one event becomes when a second trigger of type b
// joins an event of type a in the same sentence, or "" when b is a separate
// event.
func mergedType(a, b string) string {
	if a == b {
		return a
	}
	pair := func(x, y string) bool { return (a == x && b == y) || (a == y && b == x) }
	switch {
	case pair(Explosion, SuicideBombing):
		return SuicideBombing
	case pair(Explosion, Airstrike):
		return Airstrike
	case pair(Explosion, Shelling):
		return Shelling
	case a == Attack && b != TerritoryChange && b != Protest && b != Arrest:
		return b
	case b == Attack && a != TerritoryChange && a != Protest && a != Arrest:
		return a
	case pair(ArmedClash, TerritoryChange):
		return a
	}
	return ""
}

// groupHits turns the triggers of one sentence into event drafts.
func (d *doc) groupHits(si int, s normalize.Sentence, hits []hit) []*eventDraft {
	air := d.wordsIn(s.First, s.Last, airWords)
	suicide := d.wordsIn(s.First, s.Last, suicideWords)
	sc := d.tables()
	strong, weak, casualty := sc.strongBuf[:0], sc.weakBuf[:0], sc.casualtyBuf[:0]
	for _, h := range hits {
		switch h.class {
		case eventWord:
			if h.typ == Shelling && h.airable && air && d.wordsIn(h.first-4, h.end+5, airWords) {
				h.typ = Airstrike
			}
			if suicide && (h.typ == Explosion || h.typ == Attack) {
				h.typ = SuicideBombing
			}
			strong = append(strong, h)
		case targetWord:
			if h.typ == Airstrike && air && d.wordsIn(h.first-5, h.end+5, airWords) {
				strong = append(strong, h)
				continue
			}
			h.typ = Attack
			weak = append(weak, h)
		case casualtyWord:
			casualty = append(casualty, h)
		}
	}
	// the buffers go back before strong may become a slice of another
	sc.strongBuf, sc.weakBuf, sc.casualtyBuf = strong[:0], weak[:0], casualty[:0]
	onlyCasualty := false
	if len(strong) == 0 {
		switch {
		case len(weak) > 0 && !d.summary(s):
			strong = weak[:1]
		case len(casualty) > 0:
			strong, onlyCasualty = casualty[:1], true
		default:
			return nil
		}
	}
	out := sc.groupOut[:0]
	defer func() { sc.groupOut = out[:0] }()
	lastEnd := -1
	for _, h := range strong {
		// a verb far from the previous trigger opens a clause, and a new
		// event, of its own (قصفت ... كما قصفت); so does a trigger of
		// another type behind a clause boundary (بغارات ...، وقتل 16 في كمين)
		newClause := lastEnd >= 0 && (h.verb && h.first-lastEnd > 3 ||
			len(out) > 0 && h.typ != out[len(out)-1].ev.Type && d.clauseBoundary(lastEnd, h.first) > 0)
		lastEnd = h.end
		if n := len(out); n > 0 && !newClause {
			if t := mergedType(out[n-1].ev.Type, h.typ); t != "" {
				out[n-1].ev.Type = t
				continue
			}
		}
		e := sc.drafts.next(eventDraft{sent: si, lastSent: si, trigger: h, casualty: onlyCasualty, weak: h.class == targetWord})
		e.ev.Type = h.typ
		e.ev.Trigger = d.span(h.start, h.off)
		e.ev.Sentence = d.span(s.Start, s.End)
		out = append(out, e)
	}
	// each event owns the tokens from its trigger to the next event's trigger;
	// the first also owns what precedes it
	for k, e := range out {
		e.first, e.end = e.trigger.first, s.Last
		if k == 0 {
			e.first = s.First
		}
		if k+1 < len(out) {
			e.end = out[k+1].trigger.first
		}
	}
	// a clause boundary between two triggers (، بينما، فيما) hands what
	// follows it to the later event
	for k := 1; k < len(out); k++ {
		if b := d.clauseBoundary(out[k-1].trigger.end, out[k].trigger.first); b > 0 {
			out[k-1].end, out[k].first = b, b
		}
	}
	for _, e := range out {
		e.alone = len(out) == 1
	}
	if onlyCasualty && len(out) == 1 && d.armedOnBothSides(s) {
		out[0].ev.Type = ArmedClash
	}
	return out
}

// clauseBoundary returns where a new clause opens in [a, b): the first
// clause word (بينما، فيما), else after the last comma; 0 when none.
func (d *doc) clauseBoundary(a, b int) int {
	for i := a; i < b; i++ {
		if clauseWords.has(d.toks[i].Norm) {
			return i
		}
	}
	for i := b - 1; i >= a; i-- {
		tk := d.toks[i]
		if tk.Kind == normalize.Punct && (tk.Norm == "،" || tk.Norm == "," || tk.Norm == "؛" || tk.Norm == ";") {
			return i + 1
		}
	}
	return 0
}

// violent reports a sentence that names an armed group or a violent act,
// which a casualty report needs to count as an event (road accidents,
// drownings and disasters do not).
func (d *doc) violent(s normalize.Sentence) bool {
	if d.wordsIn(s.First, s.Last, accidentWords) {
		return false
	}
	for _, m := range d.matchesIn(s.First, s.Last) {
		if m.Last <= s.Last && m.Entry.Kind == gazetteer.Group {
			return true
		}
	}
	return d.wordsIn(s.First, s.Last, violenceWords)
}

// placeNear reports a place named, or a place noun, near trigger h: in
// the dozen tokens after it or the four before it (مدينة تدمر التي سقطت).
func (d *doc) placeNear(s normalize.Sentence, h hit) bool {
	w := d.window(s, h.first-4, h.end+12)
	for _, m := range d.matchesIn(w.First, w.Last) {
		if m.Entry.Kind == gazetteer.Place {
			return true
		}
	}
	return d.wordsIn(w.First, w.Last, placeNouns)
}

// dateAt reports a date mention starting at token i.
func (d *doc) dateAt(i int) bool {
	if i >= len(d.toks) {
		return false
	}
	return len(d.mentionsIn(d.dates, i, i+1)) > 0
}

// window returns the part of sentence s between tokens a and b.
func (d *doc) window(s normalize.Sentence, a, b int) normalize.Sentence {
	if a < s.First {
		a = s.First
	}
	if b > s.Last {
		b = s.Last
	}
	return normalize.Sentence{First: a, Last: b}
}

// summary reports a sentence that sums up a period (منذ عام 2009، خلال
// النصف الأول من العام) rather than reporting one event.
func (d *doc) summary(s normalize.Sentence) bool {
	for i := s.First; i < s.Last; i++ {
		if !d.inSet(i, periodOpeners) {
			continue
		}
		for j := i + 1; j <= i+3 && j < s.Last; j++ {
			if d.inSet(j, periodWords) || (d.toks[j].Kind == normalize.Number && len(d.toks[j].Norm) == 4) {
				return true
			}
		}
		if d.toks[i].Norm == "منذ" && d.dateAt(i+1) {
			return true
		}
	}
	return false
}

// armedOnBothSides reports a sentence that names two or more armed groups.
func (d *doc) armedOnBothSides(s normalize.Sentence) bool {
	first := ""
	for _, m := range d.matchesIn(s.First, s.Last) {
		if m.Last <= s.Last && m.Entry.Kind == gazetteer.Group {
			if first == "" {
				first = m.Entry.ID
			} else if m.Entry.ID != first {
				return true
			}
		}
	}
	return false
}
