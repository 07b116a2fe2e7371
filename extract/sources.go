package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"rasd/gazetteer"
	"rasd/normalize"
)

// attribution is a source found in the text with what the event builder
// needs to link it to a sentence.
type attribution struct {
	Mention
	// first and last are the token range [first, last) of the source's noun
	// phrase; for a continuing attribution they are the carried source's.
	first, last int
	// cue is the index of the cue token (verb or preposition); -1 for a
	// dateline.
	cue int
	// sentence is the index in doc.sents of the sentence holding the cue.
	sentence int
	// continues marks a reporting verb without a subject of its own (وأضاف
	// أن ...): Mention is the source carried from the previous attribution
	// of the paragraph (or the one before), and it is not reported as a
	// mention again.
	continues bool
	// addressee marks a news agency a speaker talked to (قال ... لوكالة X):
	// analysts count it as a source, but it is not the sentence's speaker.
	addressee bool
	// dateline marks an agency named in the article's dateline ((رويترز),
	// واس -).
	dateline bool
}

// findSources finds the parties information is attributed to, stores them
// with their token ranges in d.attributions and returns the source mentions
// in text order. It uses d.dates, which must be found first.
//
// The cues are reporting verbs (sources_lexicon.go: past, present and
// object-pronoun forms, with و/ف) and prepositions (بحسب, وفقا لـ, نقلا عن,
// على لسان, ...). A verb's subject is looked for after it (قال المرصد), past
// adverbs, dates, complements and an addressee, then before it (المرصد
// قال, وكان الوزير، فلان، قال). The source is the noun phrase: the head, its
// adjectives, genitives and ل-genitives (لحقوق الإنسان), باسم X, a في
// complement of an organisation or anonymous source, و-conjuncts that are
// sources or adjectives, quoted and bracketed names, gazetteer names kept
// whole; it stops before أن/إن, verbs, objects (مقتل, مسؤوليته), dates,
// punctuation and an addressee. Conventions, after the annotated articles:
// a news agency a speaker talked to (لوكالة X) is a source too (marked
// addressee), a newspaper the speaker talked to is not; documents (البيان,
// حصيلة أعدتها X) and claims of responsibility count; a verb without a
// subject carries the previous source of its paragraph (continues).
func findSources(d *doc) []Mention {
	s := newSourceScan(d)
	s.run()
	d.attributions = s.out
	d.scratch.srcOut = s.out
	out := d.scratch.srcMentions[:0]
	for _, a := range s.out {
		if !a.continues {
			out = append(out, a.Mention)
		}
	}
	d.scratch.srcMentions = out
	return out
}

// sentenceAttribution returns the attribution of sentence i: its first
// explicit source that is not an addressee or a dateline, else its first
// continuing attribution, else (false) none.
func (d *doc) sentenceAttribution(i int) (attribution, bool) {
	var carried *attribution
	for k := range d.attributions {
		a := &d.attributions[k]
		if a.sentence != i || a.addressee || a.dateline {
			continue
		}
		if !a.continues {
			return *a, true
		}
		if carried == nil {
			carried = a
		}
	}
	if carried != nil {
		return *carried, true
	}
	return attribution{}, false
}

// sourceScan holds the per-token facts the attribution rules look at.
type sourceScan struct {
	d    *doc
	toks []normalize.Token
	// inDate marks tokens inside a date mention.
	inDate []bool
	// match is, per token, 1 + the index in d.matches of the gazetteer match
	// starting at it, or 0.
	match []int32
	// paras holds each sentence's paragraph index, and the index of the
	// paragraph after the last sentence at len(d.sents).
	paras []int32
	// hit is, per token, 1 + the index in cueTable of the cue word it is
	// (hitIndex bits), with hitVerb and hitPrep, or 0.
	hit   []uint16
	cands []normalize.Candidate // scratch
	out   []attribution
}

// The bits of sourceScan.hit: hitVerb and hitPrep say what the cue's
// cueTable entry does, so that the tokens that the scanner tests for verbs
// and prepositions at every step need not read it.
const (
	hitVerb  = 1 << 15 // the cue word is a reporting verb
	hitPrep  = 1 << 14 // the cue word starts a prepositional cue
	hitIndex = hitPrep - 1
)

func newSourceScan(d *doc) *sourceScan {
	n := len(d.toks)
	sc := d.tables()
	ints := grown(sc.srcInts, n+len(d.sents)+1)
	sc.srcInts, sc.srcHit = ints, grown(sc.srcHit, n)
	inDate := d.dateToks
	if len(inDate) != n { // a document without findDates (in tests)
		inDate = make([]bool, n)
	}
	s := &sc.src // reused, not allocated, for every document
	*s = sourceScan{d: d, toks: d.toks, inDate: inDate, match: ints[:n:n],
		paras: ints[n:], hit: sc.srcHit, cands: s.cands[:0], out: sc.srcOut[:0]}
	for k := range d.words {
		if c := d.words[k].cue; c != 0 {
			h, e := c, &cueTable[c-1]
			if e.isVerb {
				h |= hitVerb
			}
			if e.preps != 0 {
				h |= hitPrep
			}
			s.hit[d.words[k].tok] = h
		}
	}
	for mi := range d.matches {
		if m := &d.matches[mi]; m.First >= 0 && m.First < n && s.match[m.First] == 0 {
			s.match[m.First] = int32(mi + 1)
		}
	}
	i, p := 0, int32(0)
	for si := 0; si <= len(d.sents); si++ {
		last := n // tokens after the last sentence
		if si < len(d.sents) {
			last = min(int(d.sents[si].Last), n)
		}
		// a line break always starts a sentence (normalize.AppendSentences)
		if i > 0 && i < last && d.toks[i].Newline {
			p++
		}
		s.paras[si] = p
		i = max(i, last)
	}
	return s
}

// sentence returns the index of token i's sentence (see doc.sentenceOf).
func (s *sourceScan) sentence(i int) int { return s.d.sentenceOf(i) }

// sentenceOf returns the index of token i's sentence in d.sents, or
// len(d.sents) for a token after the last sentence.
func (d *doc) sentenceOf(i int) int {
	return sort.Search(len(d.sents), func(k int) bool { return d.sents[k].Last > i })
}

// paragraph returns the index of token i's paragraph.
func (s *sourceScan) paragraph(i int) int32 { return s.paras[s.sentence(i)] }

// run scans the tokens for cues.
func (s *sourceScan) run() {
	dl := s.datelines()
	next := 0 // the first token not yet read as part of a cue's source
	for k := range s.d.words {
		i := int(s.d.words[k].tok)
		if s.hit[i] == 0 || i < next {
			continue // only cue words start an attribution
		}
		if end, ok := s.prep(i); ok {
			next = end
			continue
		}
		if cue, skip, conj, ok := s.verbAt(i); ok {
			s.verb(i, cue, skip, conj)
		}
	}
	if len(dl) > 0 {
		s.out = append(s.out, dl...)
	}
	sortByStart(s.out, attributionStart)
}

// attributionStart is an attribution's start, for sortByStart.
func attributionStart(a *attribution) int { return a.Start }

// readings returns the clitic readings of token i's folded word: those
// that d.readings made, for a word.
func (s *sourceScan) readings(i int) []normalize.Candidate {
	if s.toks[i].Kind == normalize.Word && s.d.keyStart != nil {
		return s.d.cands[s.d.keyStart[i]:s.d.cliticEnd[i]]
	}
	s.cands = normalize.AppendClitics(s.cands[:0], s.toks[i].Norm)
	return s.cands
}

// verbAt reports whether token i is a reporting verb, with at most a
// conjunction attached.
func (s *sourceScan) verbAt(i int) (cue verbCue, skip int, conj bool, ok bool) {
	h := s.hit[i]
	if h&hitVerb == 0 || s.inDate[i] {
		return verbCue{}, 0, false, false
	}
	e := &cueTable[h&hitIndex-1]
	return e.verb, e.skip, e.conj, true
}

// isVerb reports whether token i is a reporting verb.
func (s *sourceScan) isVerb(i int) bool {
	_, _, _, ok := s.verbAt(i)
	return ok
}

// prepAt matches a prepositional cue at token i: it returns the token after
// the cue and how many runes of that token are the cue's glued ل.
func (s *sourceScan) prepAt(i int) (next, lam int, ok bool) {
	h := s.hit[i]
	if h&hitPrep == 0 {
		return 0, 0, false
	}
	h &= hitIndex
	for c, pc := range prepCues {
		if cueTable[h-1].preps&(1<<c) == 0 {
			continue // the token is not this cue's first word
		}
		j := i + 1
		for _, w := range pc.words[1:] {
			if j >= len(s.toks) || s.toks[j].Norm != w {
				j = -1
				break
			}
			j++
		}
		if j < 0 {
			continue
		}
		if pc.attachedLam {
			if j >= len(s.toks) || s.toks[j].Kind != normalize.Word {
				continue
			}
			n := s.toks[j].Norm
			switch {
			case n == "ل":
				return j + 1, 0, true
			case strings.HasPrefix(n, "ل") && len(n) > len("ل"):
				return j, 1, true
			}
			continue
		}
		return j, 0, true
	}
	return 0, 0, false
}

// prep handles a prepositional cue at token i; it returns the token to go
// on from.
func (s *sourceScan) prep(i int) (int, bool) {
	j, lam, ok := s.prepAt(i)
	if !ok {
		return 0, false
	}
	if j >= len(s.toks) {
		return j, true
	}
	n := s.toks[j].Norm
	if lam == 1 && n == "لما" || lam == 0 && n == "ما" || strings.HasSuffix(s.toks[i].Norm, "ما") {
		// بحسب ما أفاد X, طبقا لما أعلنته X: the verb names the source
		return j, true
	}
	if s.toks[j].Kind == normalize.Punct && isOpenQuote(n) && j+1 < len(s.toks) {
		if end, ok := s.quoted(j); ok {
			s.emit(j+1, s.headSkip(j+1), end-1, i, false)
			return end, true
		}
	}
	if end, ok := s.np(j, lam, false); ok {
		if a, aend, authored := s.author(end); authored {
			s.emit(a, s.headSkip(a), aend, i, false)
			return aend, true
		}
		s.emit(j, lam, end, i, false)
		return end, true
	}
	return j, true
}

// author finds the author clause after a document noun ending at token j
// (دراسة قام بها مركز ...): the author's first token and end.
func (s *sourceScan) author(j int) (first, end int, ok bool) {
	if j+2 >= len(s.toks) || !authorVerbs.has(s.toks[j].Norm) || !authorBy.has(s.toks[j+1].Norm) {
		return 0, 0, false
	}
	end, ok = s.np(j+2, s.headSkip(j+2), false)
	return j + 2, end, ok
}

// verb handles the reporting verb at token v: its subject after it, or
// before it, or none (the verb continues the previous source).
func (s *sourceScan) verb(v int, cue verbCue, skip int, conj bool) {
	if cue.needConj && !conj {
		return
	}
	if v > 0 && verbNegations.has(s.toks[v-1].Norm) {
		return
	}
	if cue.object && !s.objectLicensed(v) {
		return
	}
	if cue.nounToo && !conj && v > 0 && s.toks[v-1].Kind != normalize.Punct && !s.toks[v].Newline &&
		!subjectBoundaries.has(s.toks[v-1].Norm) && !thatWords.has(s.toks[v-1].Norm) {
		return // نقل الجرحى, عدم كشف هويته: a verbal noun
	}
	// verb-subject: قال المرصد, وأعلنت وزارة الدفاع
	j, skipped := s.skipBeforeSubject(v+1, v)
	if j < len(s.toks) && !s.toks[j].Newline && (!skipped || s.isHeadWord(j, s.headSkip(j)) || s.sourceOrGroupAt(j) != nil) {
		start, sskip := j, s.headSkip(j)
		var end int
		ok := false
		if s.toks[j].Kind == normalize.Punct && isOpenQuote(s.toks[j].Norm) {
			// a quoted name: the name is inside the quotes
			if qend, qok := s.quoted(j); qok {
				if _, ok = s.np(j+1, 0, false); ok {
					start, sskip, end = j+1, s.headSkip(j+1), qend-1
				}
			}
		} else {
			end, ok = s.np(j, sskip, false)
		}
		if ok && cue.relay && !s.followsThat(end) && !s.anFollows(end) {
			ok = false // نقلت القوات الأسرى: moving, not relaying
		}
		if ok && cue.nounToo && cue.lemma == revealLemma && !s.isHeadWord(start, sskip) &&
			s.sourceOrGroupAt(start) == nil && !s.followsThat(end) {
			ok = false // كشف الهجوم عن: a passive verb or a verbal noun, not a report
		}
		if ok && s.verbLicensed(cue, conj, end) {
			s.emit(start, sskip, end, v, false)
			if cue.lemma == informLemma {
				if e := s.sourceEntry(end, end+1); e != nil && e.Type == "agency" && s.match[end] > 0 {
					s.emit(end, 0, s.d.matches[s.match[end]-1].Last, v, true) // أبلغ مسؤول وكالة X
				}
			}
			if end < len(s.toks) && s.toks[end].Kind == normalize.Punct && isCloseQuote(s.toks[end].Norm) {
				end++
			}
			end = s.addresseeAfter(end, v)
			if cue.relay {
				s.relay(end, v)
			}
			return
		}
	}
	if cue.object {
		return
	}
	// subject-verb: وزارة الدفاع أعلنت, لكن محققين ذكروا
	if !conj {
		if start, sskip, end, ok := s.subjectBefore(v); ok && s.verbLicensed(cue, conj, v+1) {
			s.emit(start, sskip, end, v, false)
			if cue.relay {
				s.relay(v+1, v)
			}
			return
		}
	}
	if cue.present || cue.needAn && !conj || !s.reportFollows(v+1) {
		return
	}
	s.carry(v)
}

// objectLicensed reports whether the verb with an object pronoun at v
// reports a document or a what-clause (حصيلة أعلنتها, بحسب ما ذكرته).
func (s *sourceScan) objectLicensed(v int) bool {
	p := v - 1
	if p < 0 || s.toks[p].Kind != normalize.Word {
		return false
	}
	if relativeWhat.has(s.toks[p].Norm) {
		return true
	}
	if n := s.toks[p].Norm; n == "التي" || n == "الذي" {
		p--
	}
	for k := 0; k < 3 && p >= 0 && s.toks[p].Kind == normalize.Word; k++ {
		for _, c := range s.readings(p) {
			if docNouns.has(c.Key) || docNouns.has(stripArticle(c.Key)) {
				return true
			}
		}
		p--
	}
	return false
}

// verbLicensed checks the extra condition of ambiguous verbs: their clause
// must go on with أن/إن (or a colon or quote) after token j.
func (s *sourceScan) verbLicensed(cue verbCue, _ bool, j int) bool {
	if !cue.needAn {
		return true
	}
	return s.followsThat(j)
}

// followsThat reports whether a that-clause (أن, إن, a colon or a quote)
// follows token j, past adverbs, dates and an addressee.
func (s *sourceScan) followsThat(j int) bool {
	for k := 0; k < 8 && j < len(s.toks); k++ {
		t := &s.toks[j]
		switch {
		case t.Kind == normalize.Punct && t.Norm == ":":
			return true
		case t.Kind == normalize.Punct && (t.Norm == "،" || t.Norm == ","):
			j++
			continue
		case t.Kind != normalize.Word:
			return false
		case thatWords.has(t.Norm):
			return true
		case s.inDate[j] || dropAdverbs.has(t.Norm):
			j++
			continue
		}
		if end, ok := s.addresseeEnd(j); ok {
			j = end
			continue
		}
		if t.Norm == "في" && j+1 < len(s.toks) && complementStops.has(s.toks[j+1].Norm) {
			j += 2
			continue
		}
		return false
	}
	return false
}

// anFollows reports whether عن follows token j, past a few adverbs and
// dates (نقلت الوكالة أمس عن).
func (s *sourceScan) anFollows(j int) bool {
	for k := 0; k < 4 && j < len(s.toks); k++ {
		t := &s.toks[j]
		if t.Norm == "عن" {
			return true
		}
		if !s.inDate[j] && !dropAdverbs.has(t.Norm) {
			return false
		}
		j++
	}
	return false
}

// reportFollows reports whether a subjectless verb at j-1 goes on with
// what was said: a that-clause, إلى أن, a colon or a quotation.
func (s *sourceScan) reportFollows(j int) bool {
	if j >= len(s.toks) {
		return false
	}
	t := &s.toks[j]
	if t.Kind == normalize.Punct && (t.Norm == ":" || isOpenQuote(t.Norm)) {
		return true
	}
	if (t.Norm == "الي" || t.Norm == "علي") && j+1 < len(s.toks) && thatWords.has(s.toks[j+1].Norm) {
		return true
	}
	return s.followsThat(j)
}

// thatWords open a reported clause.
var thatWords = foldSet("فإن", "فان", "فإنه", "فانه", "أن", "إن", "ان", "أنه", "إنه", "انه", "أنها", "إنها", "انها", "أنهم", "إنهم", "انهم",
	"بأن", "بان", "بأنه", "بانه", "بأنها", "بانها", "أنّ", "إنّ")

// skipBeforeSubject skips what may stand between a verb and its subject:
// adverbs, dates, an addressee (قال لـ«الشرق الأوسط» المتحدث) and a
// complement (أكد خلال مؤتمر صحفي الوزير), which it reports. An addressee
// that is a news agency is recorded as a source.
func (s *sourceScan) skipBeforeSubject(j, v int) (next int, complement bool) {
	for k := 0; k < 6 && j < len(s.toks); k++ {
		t := &s.toks[j]
		if t.Newline || t.Kind != normalize.Word {
			return j, complement
		}
		if s.inDate[j] || dropAdverbs.has(t.Norm) && !(t.Norm == "من" && !s.nextIs(j, "جهته", "جهتها", "جانبه", "جانبها", "ناحيته", "ناحيتها")) {
			j++
			continue
		}
		if end, ok := s.addresseeEnd(j); ok {
			s.addressee(j, end, v)
			j = end
			continue
		}
		if (t.Norm == "في" || t.Norm == "خلال" || t.Norm == "عبر") && j+1 < len(s.toks) &&
			complementStops.has(s.toks[j+1].Norm) && s.toks[j+1].Kind == normalize.Word {
			// قال في بيان رسمي المتحدث ...
			j += 2
			if j < len(s.toks) && s.toks[j].Kind == normalize.Word && isAdjective(s.toks[j].Norm) {
				j++
			}
			complement = true
			continue
		}
		return j, complement
	}
	return j, complement
}

// nextIs reports whether the token after j is one of the folded words ws.
func (s *sourceScan) nextIs(j int, ws ...string) bool {
	if j+1 >= len(s.toks) {
		return false
	}
	n := s.toks[j+1].Norm
	for _, w := range ws {
		if normalize.String(w, normalize.Match) == n {
			return true
		}
	}
	return false
}

// addresseeEnd reports whether an addressee phrase (ل + who was told)
// starts at token j, and the token after it.
func (s *sourceScan) addresseeEnd(j int) (int, bool) {
	t := &s.toks[j]
	if t.Kind != normalize.Word || !strings.HasPrefix(t.Norm, "ل") {
		return 0, false
	}
	if t.Norm == "ل" { // لـ «الرياض», لـ"الاقتصادية"
		if j+1 < len(s.toks) && isOpenQuote(s.toks[j+1].Norm) {
			if end, ok := s.quoted(j + 1); ok {
				return end, true
			}
		}
		if end, ok := s.np(j+1, 0, true); ok {
			return end, true
		}
		return 0, false
	}
	if s.isHeadWord(j, 0) { // لجنة, لواء: a word that starts with ل
		return 0, false
	}
	key := strings.TrimPrefix(t.Norm, "ل")
	if strings.HasPrefix(key, "ل") { // للصحفيين
		key = "ال" + key[len("ل"):]
	}
	if !addresseeHeads.has(key) && !addresseeHeads.has(stripArticle(key)) && !s.mediaAt(j) {
		return 0, false
	}
	if end, ok := s.np(j, 1, true); ok {
		return end, true
	}
	return j + 1, true
}

// addresseeAfter looks for an addressee in the few tokens after a subject
// ending at j (قال المتحدث أمس لوكالة ...), records it and returns the
// token after it, or j.
func (s *sourceScan) addresseeAfter(j, v int) int {
	for k := j; k < len(s.toks) && k < j+6; k++ {
		t := &s.toks[k]
		if k > j && t.Newline || t.Kind == normalize.Punct || thatWords.has(t.Norm) {
			return j
		}
		if end, ok := s.addresseeAt(k); ok {
			s.addressee(k, end, v)
			if k == j {
				return end
			}
			return j
		}
	}
	return j
}

// addresseeAt is addresseeEnd with a bounds check.
func (s *sourceScan) addresseeAt(j int) (int, bool) {
	if j >= len(s.toks) || s.toks[j].Newline {
		return 0, false
	}
	return s.addresseeEnd(j)
}

// addressee records the addressee phrase [j, end) of verb v as a source
// when it is a news agency.
func (s *sourceScan) addressee(j, end, v int) {
	t := &s.toks[j]
	first, skip := j, 1
	if t.Norm == "ل" {
		first, skip = j+1, 0
	}
	if first >= end {
		return
	}
	key := s.toks[first].Norm
	if skip == 1 {
		key = strings.TrimPrefix(key, "ل")
	}
	agency := agencyHeads.has(key)
	if e := s.sourceEntry(first, end); e != nil && e.Type == "agency" {
		agency = true
	}
	if agency {
		s.emit(first, skip, end, v, true)
	}
}

// relay records the عن-complement of a relaying verb (نقلت X عن Y).
func (s *sourceScan) relay(j, v int) {
	for k := 0; k < 3 && j < len(s.toks) && (s.inDate[j] || dropAdverbs.has(s.toks[j].Norm)); k++ {
		j++
	}
	if j+1 >= len(s.toks) || s.toks[j].Norm != "عن" {
		return
	}
	j++
	if end, ok := s.np(j, s.headSkip(j), false); ok {
		s.emit(j, s.headSkip(j), end, v, false)
	}
}

// subjectBefore finds a subject right before verb v (المرصد السوري قال).
// It must be headed by a source noun or a gazetteer name.
func (s *sourceScan) subjectBefore(v int) (start, skip, end int, ok bool) {
	p := v - 1
	if p >= 0 && (s.toks[p].Norm == "قد" || s.toks[p].Norm == "لقد") {
		p--
	}
	end = p + 1
	first := int(s.d.sents[s.sentence(v)].First)
	start = -1
	// after كان the subject may hold an apposition between commas (وكان
	// الرئيس، فلان، قال): commas are crossed when كان opens the clause.
	kana := false
	for q := p; q >= first && end-q <= 14; q-- {
		if s.toks[q].Newline && q < p || s.toks[q].Kind == normalize.Punct && !isCloseQuote(s.toks[q].Norm) &&
			!isOpenQuote(s.toks[q].Norm) && s.toks[q].Norm != "،" && s.toks[q].Norm != "," {
			break
		}
		if kanaWords.has(s.toks[q].Norm) {
			kana = true
			break
		}
		if s.isVerb(q) || thatWords.has(s.toks[q].Norm) {
			break
		}
	}
	window := 8
	if kana {
		window = 14
	}
	for ; p >= first && end-p <= window; p-- {
		t := &s.toks[p]
		if s.toks[p+1].Newline {
			break
		}
		if t.Kind == normalize.Punct {
			if isCloseQuote(t.Norm) {
				if q := s.openQuoteBefore(p); q >= first {
					p = q
					continue
				}
			}
			if kana && (t.Norm == "،" || t.Norm == ",") && p > first {
				continue
			}
			break
		}
		if t.Kind == normalize.Number || s.inDate[p] || subjectStops.has(t.Norm) || s.isVerb(p) {
			break
		}
		if _, _, isPrep := s.prepAt(p); isPrep {
			break
		}
		start = p
	}
	if start < 0 || end <= start {
		return 0, 0, 0, false
	}
	skip = s.headSkip(start)
	if !s.isHeadWord(start, skip) && s.sourceOrGroupAt(start) == nil {
		return 0, 0, 0, false
	}
	return start, skip, end, true
}

// openQuoteBefore returns the index of the opening quote that closes at
// token p, or -1.
func (s *sourceScan) openQuoteBefore(p int) int {
	for q := p - 1; q >= 0 && p-q <= 10; q-- {
		if s.toks[q].Kind == normalize.Punct && isOpenQuote(s.toks[q].Norm) && quotePair(s.toks[q].Norm, s.toks[p].Norm) {
			return q
		}
		if s.toks[q].Newline {
			break
		}
	}
	return -1
}

// carry records a subjectless reporting verb at v that continues the
// previous source of the paragraph or the one before.
func (s *sourceScan) carry(v int) {
	for k := len(s.out) - 1; k >= 0; k-- {
		a := &s.out[k]
		if a.addressee || a.dateline || a.cue > v {
			continue
		}
		if s.paragraph(v)-s.paragraph(a.cueOrFirst()) > 1 {
			break
		}
		c := *a
		c.continues, c.cue, c.sentence = true, v, s.sentence(v)
		c.Cue = s.cueText(v)
		s.out = append(s.out, c)
		return
	}
}

// cueOrFirst is the token where the attribution is anchored.
func (a *attribution) cueOrFirst() int {
	if a.cue >= 0 {
		return a.cue
	}
	return a.first
}

// cueText is the original text of cue token i without its proclitics.
func (s *sourceScan) cueText(i int) string {
	t := &s.toks[i]
	skip := 0
	if _, k, _, ok := s.verbAt(i); ok {
		skip = k
	} else if pfx := t.Norm; strings.HasPrefix(pfx, "و") || strings.HasPrefix(pfx, "ف") {
		if _, _, ok := s.prepAt(i); ok && !s.wordIsExact(i) {
			skip = 1
		}
	}
	start := s.offset(i, skip)
	return s.d.text.Surface(start, t.End)
}

// wordIsExact reports whether token i is itself a prepositional cue word,
// without a conjunction.
func (s *sourceScan) wordIsExact(i int) bool {
	for _, pc := range prepCues {
		if s.toks[i].Norm == pc.words[0] {
			return true
		}
	}
	return false
}

// offset is the original code point offset of token i after skip runes.
func (s *sourceScan) offset(i, skip int) int {
	t := &s.toks[i]
	if skip <= 0 || t.NormStart+skip >= t.NormEnd {
		return t.Start
	}
	start, _ := s.d.text.Span(t.NormStart+skip, t.NormEnd)
	return start
}

// emit records the source made of tokens [first, end), the first without
// skip runes of proclitics, found by the cue at token cue.
func (s *sourceScan) emit(first, skip, end, cue int, addressee bool) {
	end = s.trim(first, end)
	if end <= first {
		return
	}
	start := s.offset(first, skip)
	if mi := s.match[first]; mi > 0 {
		if m := s.d.matches[mi-1]; m.Start > start && m.Start < s.toks[first].End {
			start = m.Start
		}
	}
	stop := s.toks[end-1].End
	if start >= stop {
		return
	}
	// attributions come nearly in text order: an overlap is among the last
	for k := len(s.out) - 1; k >= 0 && k >= len(s.out)-16; k-- {
		o := &s.out[k]
		if !o.continues && o.Start < stop && start < o.End {
			return // already found by another cue
		}
	}
	a := attribution{first: first, last: end, cue: cue, addressee: addressee}
	a.Mention = Mention{Span: s.d.span(start, stop), Doc: s.d.id, Kind: KindSource}
	if cue >= 0 {
		a.Cue = s.cueText(cue)
		a.sentence = s.sentence(cue)
	} else {
		a.sentence = s.sentence(first)
	}
	if e := s.sourceEntry(first, end); e != nil {
		a.ID, a.Name, a.NameEn = e.ID, e.Name, e.NameEn
	}
	s.out = append(s.out, a)
}

// trim drops trailing tokens that cannot end a name: punctuation other than
// a closing quote or bracket, and linking words.
func (s *sourceScan) trim(first, end int) int {
	for end > first {
		t := &s.toks[end-1]
		if t.Kind == normalize.Punct && !isCloseQuote(t.Norm) && t.Norm != ")" {
			end--
			continue
		}
		if t.Kind == normalize.Word && (t.Norm == "في" || t.Norm == "من" || t.Norm == "باسم" || t.Norm == "و") {
			end--
			continue
		}
		break
	}
	return end
}

// np finds the end of the noun phrase that starts at token i (without skip
// runes of proclitics). addr says the phrase is an addressee, which may
// itself hold an agency name.
func (s *sourceScan) np(i, skip int, addr bool) (int, bool) {
	if i >= len(s.toks) {
		return 0, false
	}
	t := &s.toks[i]
	if t.Kind != normalize.Word && t.Kind != normalize.Latin {
		return 0, false
	}
	head := t.Norm
	if skip > 0 {
		head, _ = afterRunes(head, skip)
	}
	if headRejects.has(head) || objectNouns.has(stripArticle(head)) {
		return 0, false
	}
	if !addr && s.isVerb(i) {
		return 0, false
	}
	known := s.isHeadWord(i, skip) || s.sourceOrGroupAt(i) != nil
	if !known && !s.plausibleHead(i, head) {
		return 0, false
	}
	limit := i + 6
	if known {
		limit = i + 14
	}
	prev := stripArticle(head)
	anonymous := anonymousHeads.has(prev) // an anonymous source: ends after its adjectives
	adjectives := 0
	j := i + 1
	if mi := s.match[i]; mi > 0 {
		j = max(j, s.d.matches[mi-1].Last)
		limit = max(limit, j+8)
	}
	for j < len(s.toks) && j < limit {
		if mi := s.match[j]; mi > 0 && !s.toks[j].Newline && !s.inDate[j] && j > i && s.nameContinues(j) &&
			!npEnders.has(s.toks[j].Norm) {
			if adjectives > 0 && anonymous && s.d.matches[mi-1].Start == s.toks[j].Start {
				return j, true
			}
			j = max(j+1, s.d.matches[mi-1].Last)
			prev = ""
			continue
		}
		u := &s.toks[j]
		if u.Newline || s.inDate[j] {
			break
		}
		n := u.Norm
		switch u.Kind {
		case normalize.Punct:
			if n == "(" {
				if end, ok := s.acronym(j); ok {
					j = end
					continue
				}
			}
			if isOpenQuote(n) && namingHeads.has(prev) {
				if end, ok := s.quoted(j); ok {
					j, prev = end, ""
					continue
				}
			}
			return j, true
		case normalize.Number:
			if prev == "قناه" || prev == "الزور" {
				j++
				continue
			}
			return j, true
		case normalize.Latin:
			j++
			continue
		case normalize.Word:
		default:
			return j, true
		}
		if npEnders.has(n) || s.isVerb(j) {
			if n == "من" && quantifierHeads.has(prev) || n == "عن" && (prev == "صادر" || prev == "صادره") {
				j++
				continue
			}
			return j, true
		}
		if _, _, isPrep := s.prepAt(j); isPrep {
			return j, true
		}
		if authorVerbs.has(n) && j+1 < len(s.toks) && authorBy.has(s.toks[j+1].Norm) {
			return j, true
		}
		switch {
		case n == "في":
			if j+1 < len(s.toks) && s.complementOK(j+1, known, adjectives) {
				j += 2
				prev = stripArticle(s.toks[j-1].Norm)
				continue
			}
			return j, true
		case n == "باسم" || n == "بإسم":
			j++
			continue
		case n == "و":
			if j+1 < len(s.toks) && s.conjunctOK(s.toks[j+1].Norm, j+1) {
				j++
				continue
			}
			return j, true
		}
		r := ""
		if len(n) >= len("و") {
			r = n[:len("و")]
		}
		switch r {
		case "و":
			if !s.conjunctOK(n[len("و"):], j) {
				return j, true
			}
		case "ل":
			if !addr && !docNouns.has(prev) {
				if _, ok := s.addresseeEnd(j); ok {
					return j, true
				}
			}
			if objectNouns.has(strings.TrimPrefix(n, "ل")) {
				return j, true
			}
		case "ب":
			// بالجيش, بالمنطقة, بوتين belong to the name; بشدة, بمقتل do not
			if rest := n[len("ب"):]; baStops.has(n) || objectNouns.has(rest) || objectNouns.has(stripArticle(rest)) {
				return j, true
			}
		}
		if r == "ي" && (strings.HasSuffix(n, "ون") || strings.HasSuffix(n, "ان")) && utf8.RuneCountInString(n) >= 5 {
			return j, true // an imperfect verb of a relative clause (أعضاء ينتمون)
		}
		if isAdjective(n) {
			adjectives++
		} else if anonymous && adjectives > 0 && r != "و" && r != "ل" {
			return j, true // مصادر محلية | سماع ...: an anonymous source ends after its adjectives
		} else if j > i && s.match[j] == 0 && !strings.HasPrefix(n, "ال") && strings.HasSuffix(n, "ا") &&
			len([]rune(n)) >= 4 && !s.isHeadWord(j, 0) {
			return j, true // an indefinite accusative object (طقسا, صورا)
		}
		prev = stripArticle(n)
		j++
	}
	return j, true
}

// plausibleHead rejects an unknown head word that reads as an object: a
// word with an attached object pronoun (ولاءها, بنقلهم) or a verbal noun
// behind a preposition (بنزوح).
func (s *sourceScan) plausibleHead(i int, head string) bool {
	for _, suf := range []string{"هما", "هم", "هن", "ها", "ته"} {
		if strings.HasSuffix(head, suf) && utf8.RuneCountInString(head) >= 5 {
			return false
		}
	}
	for _, c := range s.readings(i) {
		if c.Skip > 0 && (objectNouns.has(c.Key) || c.Article && strings.Contains(c.Proclitics, "ب")) {
			return false
		}
	}
	return true
}

// acronym reports a short name in brackets at token j (وكالة الأنباء
// السورية (سانا)) and the token after it.
func (s *sourceScan) acronym(j int) (int, bool) {
	for k := j + 1; k < len(s.toks) && k <= j+4; k++ {
		t := &s.toks[k]
		if t.Newline {
			return 0, false
		}
		if t.Kind == normalize.Punct {
			if t.Norm == ")" && k > j+1 {
				return k + 1, true
			}
			return 0, false
		}
		if t.Kind == normalize.Number || s.inDate[k] || npStops.has(t.Norm) || s.isVerb(k) {
			return 0, false
		}
	}
	return 0, false
}

// nameContinues reports whether the gazetteer name starting at token j
// continues the noun phrase before it: it is glued to it by nothing but the
// genitive (وكالة فرانس برس, قوات البيشمركة) or the conjunction و.
func (s *sourceScan) nameContinues(j int) bool {
	m := &s.d.matches[s.match[j]-1]
	if m.Start == s.toks[j].Start {
		return true
	}
	p := s.d.text.Surface(s.toks[j].Start, m.Start)
	return p == "و" || p == "ب" || p == "وب"
}

// complementOK reports whether the word at j after في belongs to the name
// (مصادر في المقاومة, المجلس العسكري في تعز), not to the clause (قال في بيان).
func (s *sourceScan) complementOK(j int, known bool, adjectives int) bool {
	t := &s.toks[j]
	if t.Kind != normalize.Word || s.inDate[j] || t.Newline {
		return false
	}
	n := t.Norm
	if complementEnders.has(n) || complementStops.has(stripArticle(n)) || s.isVerb(j) {
		return false
	}
	if !known {
		return false
	}
	if s.sourceOrGroupAt(j) != nil || s.match[j] > 0 {
		return true
	}
	return adjectives == 0 || strings.HasPrefix(n, "ال")
}

// conjunctOK reports whether the word w (after و) at token j continues a
// source's name: another source noun, an adjective, أخرى.
func (s *sourceScan) conjunctOK(w string, j int) bool {
	if w == "" || npStops.has(w) || s.isVerb(j) {
		return false
	}
	switch w {
	case "اخري", "اخرون", "اخرين", "اخر":
		return true
	}
	return sourceHeads.has(w) || sourceHeads.has(stripArticle(w)) || isAdjective(w) || s.sourceOrGroupAt(j) != nil
}

// isAdjective guesses a relational adjective by its ending (محلية,
// الأمنية, عراقيون).
func isAdjective(w string) bool {
	// the endings first: the runes are counted for the few words that have one
	switch {
	case strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "يون") || strings.HasSuffix(w, "يين") ||
		strings.HasSuffix(w, "يان"):
		return utf8.RuneCountInString(w) >= 4
	case strings.HasSuffix(w, "ي"):
		if strings.HasPrefix(w, "ال") {
			return utf8.RuneCountInString(w) >= 5
		}
		return utf8.RuneCountInString(w) >= 4
	}
	return false
}

// stripArticle removes a leading ال.
func stripArticle(w string) string {
	if rest, ok := strings.CutPrefix(w, "ال"); ok {
		// two runes or more after ال, told without counting them all
		if _, size := utf8.DecodeRuneInString(rest); len(rest) > size {
			return rest
		}
	}
	return w
}

// headSkip is how many runes of proclitics precede the name at token i: a
// gazetteer name's own offset, or و/ف (and ل for لل) before a source noun.
func (s *sourceScan) headSkip(i int) int {
	t := &s.toks[i]
	if t.Kind != normalize.Word {
		return 0
	}
	if mi := s.match[i]; mi > 0 {
		m := s.d.matches[mi-1]
		for k := 0; k < 3 && m.Start > t.Start; k++ {
			if s.offset(i, k) >= m.Start {
				return k
			}
		}
		return 0
	}
	for _, c := range s.readings(i) {
		if c.Skip == 0 || (c.Proclitics != "و" && c.Proclitics != "ف") {
			continue
		}
		if sourceHeads.has(c.Key) || sourceHeads.has(stripArticle(c.Key)) {
			return c.Skip
		}
	}
	return 0
}

// isHeadWord reports whether token i, after skip runes, is a source noun.
func (s *sourceScan) isHeadWord(i, skip int) bool {
	n := s.toks[i].Norm
	if skip > 0 {
		var ok bool
		if n, ok = afterRunes(n, skip); !ok || n == "" {
			return false
		}
	}
	return sourceHeads.has(n) || sourceHeads.has(stripArticle(n))
}

// sourceOrGroupAt returns the source or group entry of a gazetteer name
// starting at token i, or nil.
func (s *sourceScan) sourceOrGroupAt(i int) *gazetteer.Entry {
	mi := s.match[i]
	if mi == 0 {
		return nil
	}
	m := &s.d.matches[mi-1]
	if m.Entry.Kind == gazetteer.Source || m.Entry.Kind == gazetteer.Group {
		return m.Entry
	}
	for _, e := range m.Others {
		if e.Kind == gazetteer.Source || e.Kind == gazetteer.Group {
			return e
		}
	}
	return nil
}

// mediaAt reports whether the gazetteer name of a news agency or medium
// starts at token i: after a reporting verb, ل before it names who was told
// (لرويترز); ل before a ministry is a genitive (المتحدث لوزارة الداخلية).
func (s *sourceScan) mediaAt(i int) bool {
	e := s.sourceEntry(i, i+1)
	return e != nil && (e.Type == "agency" || e.Type == "media")
}

// sourceEntry returns the gazetteer source entry of the first source name
// that starts within tokens [first, end), or nil.
func (s *sourceScan) sourceEntry(first, end int) *gazetteer.Entry {
	for i := first; i < end && i < len(s.toks); i++ {
		mi := s.match[i]
		if mi == 0 {
			continue
		}
		m := &s.d.matches[mi-1]
		if m.Entry.Kind == gazetteer.Source {
			return m.Entry
		}
		for _, e := range m.Others {
			if e.Kind == gazetteer.Source {
				return e
			}
		}
	}
	return nil
}

// quoted returns the token after the closing quote that matches the
// opening quote at token j, if it closes within a short name on the line.
func (s *sourceScan) quoted(j int) (int, bool) {
	open := s.toks[j].Norm
	for k := j + 1; k < len(s.toks) && k-j <= 10; k++ {
		t := &s.toks[k]
		if t.Newline {
			return 0, false
		}
		if t.Kind == normalize.Punct && isCloseQuote(t.Norm) && quotePair(open, t.Norm) {
			if k == j+1 {
				return 0, false
			}
			return k + 1, true
		}
		if t.Kind == normalize.Punct && t.Norm != "-" && t.Norm != "'" {
			return 0, false
		}
	}
	return 0, false
}

// isOpenQuote and isCloseQuote classify quotation marks; a straight quote
// is both.
func isOpenQuote(p string) bool {
	switch p {
	case "«", "\"", "“", "„", "'", "‘":
		return true
	}
	return false
}

func isCloseQuote(p string) bool {
	switch p {
	case "»", "\"", "”", "'", "’", "“":
		return true
	}
	return false
}

// quotePair reports whether close closes open.
func quotePair(open, close string) bool {
	switch open {
	case "«":
		return close == "»"
	case "\"":
		return close == "\""
	case "“":
		return close == "”" || close == "“"
	case "„":
		return close == "“" || close == "”"
	case "'":
		return close == "'"
	case "‘":
		return close == "’"
	}
	return false
}

// datelines records news agencies named as the article's origin: in
// brackets ((رويترز), (أ ف ب)), before a dash or colon (رويترز - بنغازي:),
// or alone at the end of a dateline line.
func (s *sourceScan) datelines() []attribution {
	var out []attribution
	for mi := range s.d.matches {
		m := &s.d.matches[mi]
		e := m.Entry
		if e.Kind != gazetteer.Source {
			for _, o := range m.Others {
				if o.Kind == gazetteer.Source {
					e = o
					break
				}
			}
		}
		if e.Kind != gazetteer.Source || (e.Type != "agency" && e.Type != "media") {
			continue
		}
		if !s.isDateline(m.First, m.Last) {
			continue
		}
		a := attribution{first: m.First, last: m.Last, cue: -1, dateline: true, sentence: s.sentence(m.First)}
		a.Mention = Mention{Span: s.d.span(m.Start, m.End), Doc: s.d.id, Kind: KindSource,
			ID: e.ID, Name: e.Name, NameEn: e.NameEn}
		out = append(out, a)
	}
	return out
}

// placeEndsAt reports whether a gazetteer place name ends at token b.
func (s *sourceScan) placeEndsAt(b int) bool {
	for k := b; k >= 0 && k > b-4; k-- {
		if mi := s.match[k]; mi > 0 {
			m := &s.d.matches[mi-1]
			return m.Last == b+1 && m.Entry.Kind == gazetteer.Place
		}
	}
	return false
}

// isDateline reports whether the name [first, last) stands where a
// dateline names the agency.
func (s *sourceScan) isDateline(first, last int) bool {
	n := len(s.toks)
	prevPunct := func(p string) bool {
		return first > 0 && s.toks[first-1].Kind == normalize.Punct && s.toks[first-1].Norm == p
	}
	nextPunct := func(ps ...string) bool {
		if last >= n || s.toks[last].Kind != normalize.Punct || s.toks[last].Newline {
			return false
		}
		for _, p := range ps {
			if s.toks[last].Norm == p {
				return true
			}
		}
		return false
	}
	lineStart := first == 0 || s.toks[first].Newline
	lineEnd := last >= n || s.toks[last].Newline
	switch {
	case prevPunct("(") && nextPunct(")"):
		// بيروت (رويترز): after a place, a date, a dash or at a line's start;
		// not an acronym after a name (وكالة الأنباء السورية (سانا))
		b := first - 2
		return b < 0 || s.toks[first-1].Newline || s.toks[b].Kind != normalize.Word || s.inDate[b] ||
			s.placeEndsAt(b)
	case lineStart && nextPunct("-", "–", "—", ":", "/", "،", ","):
		return true
	case lineEnd && first > 0 && (s.inDate[first-1] || s.toks[first-1].Kind == normalize.Number ||
		s.toks[first-1].Kind == normalize.Punct || s.toks[first-1].Norm == "م"):
		return true
	case lineStart && lineEnd:
		return true
	}
	return false
}

// afterRunes returns s without its first n runes; ok is false when s has
// fewer runes (and the result is "").
func afterRunes(s string, n int) (string, bool) {
	for ; n > 0; n-- {
		if s == "" {
			return "", false
		}
		_, size := utf8.DecodeRuneInString(s)
		s = s[size:]
	}
	return s, true
}
