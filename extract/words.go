package extract

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"rasd/normalize"
)

// The rule families (dates, numbers, attributions) each need to know which
// tokens are words of their lexicons. Rather than each family looking every
// token up in its own maps, the rule lexicons (the union of the date and
// number lexicons, the dual nouns and the attribution cues) are part of the
// one lexicon that readings looks every clitic reading up in, and findWords
// collects the few tokens that have a rule word among their readings.

// ruleWord is what the rule lexicons say about one folded key.
type ruleWord struct {
	date        dateWord // date.class != dNone when a date word
	num         numWord  // num.class != nNone when a number word
	dual        string   // the lemma when a dual noun that counts two
	cue         uint16   // 1 + the index in cueTable when a cue word
	contraction bool     // the date word is a لل contraction (للعام)
}

// known reports whether w is a word of some rule lexicon.
func (w *ruleWord) known() bool {
	return w.date.class != dNone || w.num.class != nNone || w.dual != "" || w.cue != 0
}

// addRuleLexicon adds the union of the rule lexicons to the lexicon
// entries that entry returns for a key.
func addRuleLexicon(entry func(key string) *lexEntry) {
	for k, w := range dateLexicon {
		e := entry(k)
		e.rule.date, e.rule.contraction = w, dateContractions[k]
	}
	for k, w := range numberLexicon {
		entry(k).rule.num = w
	}
	for k, lemma := range dualForms() {
		entry(k).rule.dual = lemma
	}
	for k, h := range cueIndex {
		entry(k).rule.cue = h
	}
}

// wordHit is a token that may start a rule's mention: a number token, or
// a word of the rule lexicons with, per family, its entry and the runes of
// proclitics before the lexicon word.
type wordHit struct {
	tok      int32
	digits   bool     // a number token (the entries are empty)
	dualSkip int8     // the runes before the dual noun
	date     dateWord // with skip set
	num      numWord  // with skip set
	dualRec  int32    // 1 + the index in lexicon of the dual noun's key, 0 when none
	cue      uint16   // the token itself, without stripping, is a cue word
}

// dual returns the lemma of the dual noun h is, or "".
func (h *wordHit) dual() string {
	if h.dualRec == 0 {
		return ""
	}
	return lexicon.entries[h.dualRec-1].rule.dual
}

// findWords returns the number tokens of d and the word tokens that the
// rule lexicons know, bare or with attached و ف then ب ل ك stripped, in text
// order. For each family the least-stripped reading that it knows wins.
// Those readings are among the clitic readings of d.readings, which has
// looked each of them up in the lexicon already: findWords only reads what
// it found.
func findWords(d *doc, hits []wordHit) []wordHit {
	d.readings()
	hits = hits[:0]
	// the masks, not the tokens, are read for every token: 8 bytes each
	for i, mask := range d.setMasks {
		if mask&(ruleWordBit|numberBit) == 0 {
			continue
		}
		if mask&numberBit != 0 { // set for number tokens only
			hits = append(hits, wordHit{tok: int32(i), digits: true})
			continue
		}
		// a word (readings sets ruleWordBit for words only), whose first
		// reading is the word itself: the tokens are not read
		h := wordHit{tok: int32(i)}
		w := d.cands[d.keyStart[i]].Key
		for ci := d.keyStart[i]; ci < d.cliticEnd[i]; ci++ {
			x := d.candLex[ci]
			if x == 0 || lexicon.masks[x-1]&ruleWordBit == 0 || !ruleReading(w, &d.cands[ci]) {
				continue
			}
			e := &lexicon.rules[x-1]
			skip := d.cands[ci].Skip
			if e.date.class != dNone && h.date.class == dNone {
				h.date = e.date
				h.date.skip = int8(skip)
				if e.contraction {
					h.date.skip++ // للعام: the preposition ل is not part of the date
				}
			}
			if e.num.class != nNone && h.num.class == nNone {
				h.num = e.num
				h.num.skip = int8(skip)
			}
			if e.dual && h.dualRec == 0 {
				h.dualRec, h.dualSkip = x, int8(skip)
			}
			if skip == 0 {
				h.cue = e.cue
			}
		}
		if h.date.class != dNone || h.num.class != nNone || h.dualRec != 0 || h.cue != 0 {
			hits = append(hits, h)
		}
	}
	return hits
}

// ruleReading reports whether c, a clitic reading of the folded word w, is
// one the rule lexicons are read with: w itself, or w without one or two
// attached proclitics of و ف then ب ل ك. Readings without the article,
// with the future particle س, or with a key that the لل contraction spells
// anew are not.
func ruleReading(w string, c *normalize.Candidate) bool {
	const letter = len("و") // the proclitics are two bytes in UTF-8
	if c.Article || c.Skip > 2 || len(c.Key) != len(w)-letter*c.Skip {
		return false
	}
	return c.Skip == 0 || w[letter*(c.Skip-1):letter*c.Skip] != "س"
}

// shapeSet is a 1024-bit filter of folded words' shapes (length, first and
// last letters; see shapeIndex): small enough to stay in the cache, it rules
// out most words that were not added without hashing them.
type shapeSet [16]uint64

// add adds the shape of w.
func (f *shapeSet) add(w string) {
	i := shapeIndex(w) >> 6
	f[i>>6] |= 1 << (i & 63)
}

// may reports whether a word of w's shape was added.
func (f *shapeSet) may(w string) bool {
	i := shapeIndex(w) >> 6
	return f[i>>6]&(1<<(i&63)) != 0
}

// foldedSet is a set of folded words that the rules test tokens against.
// Most tokens tested are in none of the sets: a filter of the words' shapes
// rules most of them out. The words of every foldedSet are in one compact
// table, foldedWords, with the bits of the sets that hold them: the rules
// run after the gazetteer and the tokenizer have been through the caches,
// and a lookup there touches a few nearby lines, where a Go map per set had
// its header, a group and the key scattered over the heap.
type foldedSet struct {
	shapes shapeSet
	bits   uint64 // the set's bit in foldedWords, or a union's bits
}

// foldedSetCount is the number of foldedSets made by foldSet, at most 64.
var foldedSetCount int

// foldedBits maps every word of every foldedSet to the bits of its sets;
// buildLexicons compiles it into foldedWords.
var foldedBits = map[string]uint64{}

// foldedWords is foldedBits as a compact table. Only documents read it:
// package variables are made before it.
var foldedWords bitTable

// foldSet makes a foldedSet of words, folded.
func foldSet(words ...string) *foldedSet {
	if foldedSetCount == 64 {
		panic("extract: more than 64 folded sets")
	}
	s := &foldedSet{bits: 1 << foldedSetCount}
	foldedSetCount++
	for _, w := range words {
		w = normalize.String(w, normalize.Match)
		s.shapes.add(w)
		foldedBits[w] |= s.bits
	}
	return s
}

// unionSet makes the foldedSet of the words of sets: a test of it is one
// where there were len(sets).
func unionSet(sets ...*foldedSet) *foldedSet {
	u := new(foldedSet)
	for _, s := range sets {
		u.bits |= s.bits
		for i := range u.shapes {
			u.shapes[i] |= s.shapes[i]
		}
	}
	return u
}

// has reports whether the folded word w is in s.
func (s *foldedSet) has(w string) bool {
	return s.shapes.may(w) && foldedWords.bits(w)&s.bits != 0
}

// bitTable is a read-only table from words to bit masks: a wordIndex
// over the words back to back in one string, and their masks.
type bitTable struct {
	wordIndex
	masks []uint64 // by the index's index
}

// newBitTable compiles m.
func newBitTable(m map[string]uint64) bitTable {
	words := slices.Sorted(maps.Keys(m)) // the same layout every run
	t := bitTable{wordIndex: newWordIndex(len(words)), masks: make([]uint64, 0, len(words))}
	blob := strings.Join(words, "")
	for _, w := range words {
		k := blob[:len(w)] // the keys are read from nearby lines
		blob = blob[len(w):]
		h := wordHash(k)
		_, i := t.lookup(k, h)
		t.add(k, h, i)
		t.masks = append(t.masks, m[w])
	}
	return t
}

// bits returns the bits of w, or 0 when w is not in t.
func (t *bitTable) bits(w string) uint64 {
	if x, _ := t.lookup(w, wordHash(w)); x != 0 {
		return t.masks[x-1]
	}
	return 0
}

// applyRules finds dates, numbers (outside dates) and attributions (outside
// dates) from d.words, the gazetteer matches and the tokens.
func applyRules(d *doc) {
	d.attributions = d.attributions[:0]
	d.dates = findDates(d)
	d.numbers = findNumbers(d)
	d.sources = findSources(d)
}

// wordTable is a read-only open-addressing hash table from folded words to
// lexicon entries. It does what a Go map does for the per-reading lookup
// at a fraction of the cost, and touches little memory, which matters as
// much: two workers share the CPU caches with the gazetteer's tables.
//   - A set of the keys' shapes (8 KB) rules out two thirds of the words
//     that are no key without hashing them.
//   - The hash reads only the length and the first and last eight bytes of
//     a word, and a Bloom filter of the keys' hashes (8 KB, two bits a key)
//     rules out all but ~3% of the rest before any slot is read.
//   - The keys are in a wordIndex: four-byte slots, at most half full; a
//     key is compared only when its hash's top 16 bits match.
//   - The keys and the entries' masks, which every hit reads, are arrays of
//     their own (16 and 8 bytes a key); the entries, which only the few
//     trigger and rule words need, are apart.
type wordTable struct {
	// shapes is the set of the keys' shapes (see shapeIndex).
	shapes [1 << 10]uint64
	// filter is a Bloom filter of the keys.
	filter keyFilter
	// the keys, and masks and entries by the same index: 1 + the index is
	// what find returns
	wordIndex
	masks   []uint64    // entries[i].mask, filled by seal
	rules   []ruleBrief // what findWords reads of entries[i].rule, filled by seal
	entries []lexEntry
}

// wordIndex is an open-addressing hash index of folded words, under
// wordTable and bitTable. Its slots are four bytes and at most half full; a
// key is compared only when its hash's top 16 bits match.
type wordIndex struct {
	mask  uint32
	slots []wordSlot
	keys  []string
}

// wordSlot is one slot of a wordIndex: the top 16 bits of a key's hash
// and 1 + its index in keys, 0 when the slot is empty.
type wordSlot struct {
	tag, index uint16
}

// newWordIndex returns an empty index for up to n keys.
func newWordIndex(n int) wordIndex {
	if n >= 1<<16-1 {
		panic("extract: more words than a 16-bit word index holds")
	}
	size := 1
	for size < 2*n {
		size <<= 1
	}
	return wordIndex{mask: uint32(size - 1), slots: make([]wordSlot, size), keys: make([]string, 0, n)}
}

// lookup returns 1 + the index of w, whose wordHash is h, or 0 and the
// empty slot where w would go.
func (x *wordIndex) lookup(w string, h uint32) (uint16, uint32) {
	i := h & x.mask
	for ; x.slots[i].index != 0; i = (i + 1) & x.mask {
		if s := x.slots[i]; s.tag == uint16(h>>16) && x.keys[s.index-1] == w {
			return s.index, i
		}
	}
	return 0, i
}

// add adds w, whose wordHash is h, at slot i, where lookup found it
// missing, and returns 1 + its index.
func (x *wordIndex) add(w string, h, i uint32) uint16 {
	if len(x.keys) == cap(x.keys) {
		panic("extract: more words than the word index was made for")
	}
	x.keys = append(x.keys, w)
	x.slots[i] = wordSlot{tag: uint16(h >> 16), index: uint16(len(x.keys))}
	return uint16(len(x.keys))
}

// newWordTable returns an empty table for up to n keys.
func newWordTable(n int) *wordTable {
	return &wordTable{wordIndex: newWordIndex(n), entries: make([]lexEntry, 0, n)}
}

// entry returns the entry of key k, added (empty) if it is not in the
// table; the pointer is valid until the next call.
func (t *wordTable) entry(k string) *lexEntry {
	h := wordHash(k)
	x, i := t.lookup(k, h)
	if x == 0 {
		x = t.add(k, h, i)
		t.entries = append(t.entries, lexEntry{})
		si := shapeIndex(k)
		t.shapes[si>>6] |= 1 << (si & 63)
		t.filter.addHash(h)
	}
	return &t.entries[x-1]
}

// seal copies the entries' masks into masks, once every entry is made.
func (t *wordTable) seal() {
	t.masks = make([]uint64, len(t.entries))
	t.rules = make([]ruleBrief, len(t.entries))
	for i := range t.entries {
		t.masks[i] = t.entries[i].mask
		r := &t.entries[i].rule
		t.rules[i] = ruleBrief{date: r.date, num: r.num, cue: r.cue, dual: r.dual != "", contraction: r.contraction}
	}
}

// ruleBrief is what findWords reads of a lexicon entry's ruleWord, in an
// array of its own (32 bytes an entry, against 80 for the entries): it runs
// after the gazetteer, with the lexicon out of the cache.
type ruleBrief struct {
	date              dateWord
	num               numWord
	cue               uint16
	dual, contraction bool
}

// find returns 1 + the index of w's key, or 0.
func (t *wordTable) find(w string) uint16 {
	if i := shapeIndex(w); t.shapes[i>>6]&(1<<(i&63)) == 0 {
		return 0 // no key has w's length, first two and last letters
	}
	h := wordHash(w)
	if !t.filter.hasHash(h) {
		return 0 // no key has w's hash
	}
	x, _ := t.lookup(w, h)
	return x
}

// shapeIndex hashes the length of w and its first two and last letters
// (the last bytes of their UTF-8 forms) into 16 bits.
func shapeIndex(w string) uint32 {
	n := len(w)
	if n < 4 {
		return uint32(n)
	}
	x := uint32(n)<<18 | uint32(w[1]&63)<<12 | uint32(w[3]&63)<<6 | uint32(w[n-1]&63)
	return (x * 0x9E3779B1) >> 16
}

// keyFilter is a Bloom filter of folded words (64 Kbit): the low and the
// high half of a word's wordHash set a bit each. For the few thousand words
// of a lexicon it rules out nearly every other word without a map lookup.
type keyFilter [1 << 10]uint64

// addHash adds the word whose wordHash is h.
func (f *keyFilter) addHash(h uint32) {
	a, b := h&0xffff, h>>16
	f[a>>6] |= 1 << (a & 63)
	f[b>>6] |= 1 << (b & 63)
}

// hasHash reports whether a word whose wordHash is h may have been added.
func (f *keyFilter) hasHash(h uint32) bool {
	a, b := h&0xffff, h>>16
	return f[a>>6]&(1<<(a&63)) != 0 && f[b>>6]&(1<<(b&63)) != 0
}

// has reports whether w may have been added.
func (f *keyFilter) has(w string) bool { return f.hasHash(wordHash(w)) }

// ruleWordBit is the bit of a lexEntry's mask, and so of a token's
// setMasks, that says the rule lexicons know the reading, and triggerBit
// the one that says the trigger lexicon does; numberBit, set by readings,
// marks a number token.
const (
	ruleWordBit = 1 << 63
	numberBit   = 1 << 62
	triggerBit  = 1 << 61
)

// lexEntry is what the lexicons say of one folded reading.
type lexEntry struct {
	mask     uint64    // the bits of the wordSets that hold it, and ruleWordBit
	triggers []trigger // its triggers (triggerLexicon)
	rule     ruleWord  // its rule-lexicon entry, if rule.known()
}

// lexicon merges triggerLexicon, wordSetMasks and the rule lexicons, which
// every reading of every word is looked up in: one lookup instead of
// three, done once, in readings.
var lexicon *wordTable

// lexiconsBuilt is closed when buildLexicons has returned; lexiconsReady is
// set by the first waitLexicons to see it closed.
var (
	lexiconsBuilt = make(chan struct{})
	lexiconsReady atomic.Bool
)

// The lexicons are built in the background from the package's
// initialization on (after every wordSet is made), and the first document
// waits for them where it first reads them (waitLexicons in analyse).
// Building them takes 6-8 ms, a third of rasd's start-up; on two CPUs the
// rest of the start-up (the other packages, the command line, listing a
// folder) and the first document's tokens run beside it.
func init() {
	go func() {
		buildLexicons()
		close(lexiconsBuilt)
	}()
}

// waitLexicons returns once the lexicons are built. Every reader of what
// buildLexicons makes calls it first (tests: TestMain).
func waitLexicons() {
	if !lexiconsReady.Load() {
		<-lexiconsBuilt
		lexiconsReady.Store(true)
	}
}

// buildLexicons makes the lexicons (of triggers, reporting verbs and cues,
// dates, numbers and counted nouns) in two halves side by side, then
// lexicon, which merges them with the word sets. No package-level
// variable's initializer may read what buildLexicons makes: they run
// before it.
func buildLexicons() {
	var wg sync.WaitGroup
	wg.Go(func() {
		triggerLexicon = buildTriggerLexicon()
		stemLexicon = buildStemLexicon(triggerLexicon)
		stemStarts = newStartSet(stemLexicon)
		dateLexicon, dateContractions = buildDateLexicon()
		twoWordMonths, twoWordFirsts = buildTwoWordMonths()
	})
	wg.Go(func() {
		verbLexicon = buildVerbLexicon()
		cueTable, cueIndex = buildCueIndex()
		numberLexicon = buildNumberLexicon()
		unitLemmas, dualNouns, placeDuals = buildUnitLemmas()
		unitPrefixes = newPrefixSet(unitLemmas)
	})
	wg.Wait()
	lexicon = buildLexicon()
	foldedWords = newBitTable(foldedBits)
}

// buildLexicon merges the lexicons into one table.
func buildLexicon() *wordTable {
	// the keys overlap: their number is at most the sum of the lexicons'
	t := newWordTable(len(triggerLexicon) + len(wordSetMasks) + len(dateLexicon) + len(numberLexicon) +
		len(cueIndex) + 2*len(dualNouns) + len(placeDuals)) // dualForms
	for k, trs := range triggerLexicon { // in map order: the layout varies, the lookups do not
		t.entry(k).triggers = trs
	}
	for k, mask := range wordSetMasks {
		t.entry(k).mask = mask
	}
	addRuleLexicon(t.entry)
	for i := range t.entries {
		e := &t.entries[i]
		if e.rule.known() {
			e.mask |= ruleWordBit
		}
		if len(e.triggers) > 0 {
			e.mask |= triggerBit
		}
	}
	t.seal()
	return t
}

// wordHash hashes the length and the first and last eight bytes of w (the
// whole of a word of up to eight Arabic letters).
func wordHash(w string) uint32 {
	var a, b uint64
	if n := len(w); n >= 8 {
		a = le64(w)
		b = le64(w[n-8:])
	} else {
		for i := 0; i < n; i++ {
			a = a<<8 | uint64(w[i])
		}
	}
	h := (a*0x9E3779B97F4A7C15 ^ b) * 0xC2B2AE3D27D4EB4F
	h ^= uint64(len(w)) * 0x165667B19E3779F9
	return uint32(h>>32) ^ uint32(h)
}

// le64 reads the first eight bytes of s as a little-endian integer.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
