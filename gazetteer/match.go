package gazetteer

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"rasd/normalize"
)

// Gazetteer is a compiled set of entries ready for matching. It is read-only
// once built and safe for concurrent use.
type Gazetteer struct {
	entries []*Entry
	info    []entryInfo // per entry, by index into entries
	// byID is made when first needed for the default (see defaultGazetteer)
	byID     map[string]*Entry
	byIDOnce sync.Once
	// the names form a trie over folded tokens
	trie
}

// entryInfo is what ranking needs of an entry, computed once.
type entryInfo struct {
	ancestors []string // parent chain ids, nearest first
}

// Match is a name found in a text.
type Match struct {
	// Entry is the best-ranked entry for the name.
	Entry *Entry
	// Others are further entries with the same name, best first.
	Others []*Entry
	// First and Last are the indices of the first token and one past the last.
	First, Last int
	// Start and End are code point offsets of the name in the original text,
	// without attached proclitics (و ف ب ك ل) but with the article.
	Start, End int
	// Key is the folded name that matched, tokens joined by a space.
	Key string
	// Hint is the folded word before the name that hints at its feature
	// (محافظه, مدينه, ريف...), or "".
	Hint string
}

// New compiles entries into a gazetteer; a later entry with the same id
// replaces an earlier one. New copies the entries.
func New(entries []Entry) *Gazetteer {
	own := make([]Entry, len(entries))
	copy(own, entries)
	return newOwned(own)
}

// newOwned is New over entries that the gazetteer may keep.
func newOwned(own []Entry) *Gazetteer {
	g := &Gazetteer{byID: make(map[string]*Entry, len(own))}
	g.byIDOnce.Do(func() {}) // made here
	g.entries = make([]*Entry, 0, len(own))
	for i := range own {
		e := &own[i]
		if old, ok := g.byID[e.ID]; ok {
			*old = *e
			continue
		}
		g.byID[e.ID] = e
		g.entries = append(g.entries, e)
	}
	g.compile()
	return g
}

// compile builds the trie and the ranking data.
func (g *Gazetteer) compile() {
	n := len(g.entries)
	g.info = make([]entryInfo, n)
	for i, e := range g.entries {
		if e.index != int32(i) { // written only when wrong: see defaultGazetteer
			e.index = int32(i)
		}
	}
	// the ancestors are for ranking, the keys for the trie: side by side
	var anc sync.WaitGroup
	anc.Add(1)
	go func() {
		defer anc.Done()
		g.ancestors()
	}()
	defer anc.Wait()
	parts := g.keyParts()
	nkeys := 0
	for _, p := range parts {
		nkeys += len(p.keys)
	}
	b := newTrieBuilder(n * 4 / 3) // the default's 11.5k entries make 15k nodes
	at := make([]int32, 0, nkeys)  // the node of each key, in key order
	entries := make([]int32, 0, nkeys)
	for _, p := range parts {
		for _, k := range p.keys {
			at = append(at, b.insert(p.toks[k.lo:k.hi]))
			entries = append(entries, k.entry)
		}
	}
	g.trie = b.finish(at, entries, func(e int32) bool { return g.entries[e].Kind == Place })
}

// keyRange is one folded name of an entry: tokens lo to hi of its part.
type keyRange struct{ entry, lo, hi int32 }

// part is the folded names of a run of entries, in entry order.
type part struct {
	toks []string
	keys []keyRange
}

// keyParts folds the names of every entry into key tokens, on all CPUs. The
// parts cover the entries in order.
func (g *Gazetteer) keyParts() []part {
	n := len(g.entries)
	workers := min(runtime.GOMAXPROCS(0), 8, n/1000+1)
	parts := make([]part, workers)
	work := func(p *part, lo, hi int) {
		p.toks = make([]string, 0, (hi-lo)*4)
		p.keys = make([]keyRange, 0, (hi-lo)*3)
		for i := lo; i < hi; i++ {
			e := g.entries[i]
			add := func(nm string) {
				start := len(p.toks)
				p.toks = appendKeyTokens(p.toks, nm)
				if len(p.toks) > start {
					p.keys = append(p.keys, keyRange{int32(i), int32(start), int32(len(p.toks))})
				}
			}
			add(e.Name)
			for _, a := range e.Aliases {
				add(a)
			}
			for _, a := range e.Shared {
				add(a)
			}
		}
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(&parts[w], n*w/workers, n*(w+1)/workers)
		}()
	}
	wg.Wait()
	return parts
}

// ancestors collects the parent chain of every entry, nearest first, at
// most four deep.
func (g *Gazetteer) ancestors() {
	for i, e := range g.entries {
		pid := e.Parent
		for d := 0; pid != "" && d < 4; d++ {
			g.info[i].ancestors = append(g.info[i].ancestors, pid)
			pe := g.byID[pid]
			if pe == nil || pe == e {
				break
			}
			pid = pe.Parent
		}
	}
}

// Key folds a name the way the matcher does and returns its tokens joined
// by single spaces; "" when nothing is left.
func Key(name string) string {
	return strings.Join(appendKeyTokens(nil, name), " ")
}

// appendKeyTokens folds a name and appends its token texts to dst.
func appendKeyTokens(dst []string, s string) []string {
	if plainWords(s) {
		if foldable(s) {
			s = foldPlain(s)
		}
		return appendFields(dst, s) // most names
	}
	f := normalize.String(s, normalize.Match)
	if plainWords(f) {
		return appendFields(dst, f)
	}
	t := normalize.Fold(s, normalize.Match)
	for _, tk := range normalize.Tokenize(t) {
		dst = append(dst, tk.Norm)
	}
	return dst
}

// plainWords reports whether s holds only Arabic letters of U+0621–U+064A
// and ASCII spaces, so that splitting at spaces tokenizes it.
func plainWords(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
		case c == 0xD8 && i+1 < len(s) && s[i+1] >= 0xA1 && s[i+1] <= 0xBA: // ء..غ
			i++
		case c == 0xD9 && i+1 < len(s) && s[i+1] >= 0x81 && s[i+1] <= 0x8A: // ف..ي
			i++
		default:
			return false
		}
	}
	return true
}

// foldable reports whether s, made of plain words, holds a letter that
// match folding changes: آ أ ؤ إ ئ ة ى.
func foldable(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		switch {
		case s[i] == 0xD8 && (s[i+1] >= 0xA2 && s[i+1] <= 0xA6 || s[i+1] == 0xA9):
			return true
		case s[i] == 0xD9 && s[i+1] == 0x89:
			return true
		}
	}
	return false
}

// foldPlain folds plain words (see plainWords) as normalize.Match does:
// آ أ إ → ا, ؤ → و, ئ → ي, ة → ه, ى → ي. Each is two bytes in, two out.
func foldPlain(s string) string {
	b := []byte(s)
	for i := 0; i+1 < len(b); i += 2 {
		if b[i] == ' ' {
			i-- // spaces are one byte
			continue
		}
		switch c0, c1 := b[i], b[i+1]; {
		case c0 == 0xD8 && (c1 == 0xA2 || c1 == 0xA3 || c1 == 0xA5): // آ أ إ
			b[i+1] = 0xA7 // ا
		case c0 == 0xD8 && c1 == 0xA4: // ؤ
			b[i], b[i+1] = 0xD9, 0x88 // و
		case c0 == 0xD8 && c1 == 0xA6: // ئ
			b[i], b[i+1] = 0xD9, 0x8A // ي
		case c0 == 0xD8 && c1 == 0xA9: // ة
			b[i], b[i+1] = 0xD9, 0x87 // ه
		case c0 == 0xD9 && c1 == 0x89: // ى
			b[i+1] = 0x8A // ي
		}
	}
	return string(b)
}

func appendFields(dst []string, s string) []string {
	for len(s) > 0 {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			return append(dst, s)
		}
		if i > 0 {
			dst = append(dst, s[:i])
		}
		s = s[i+1:]
	}
	return dst
}

// Entries returns the compiled entries in file order.
func (g *Gazetteer) Entries() []*Entry { return g.entries }

// ByID returns the entry with the given id, or nil.
func (g *Gazetteer) ByID(id string) *Entry {
	g.byIDOnce.Do(func() {
		g.byID = make(map[string]*Entry, len(g.entries))
		for _, e := range g.entries {
			g.byID[e.ID] = e
		}
	})
	return g.byID[id]
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Lookup returns the entries that have name (folded like the matcher folds
// it) as their name or alias, unranked, in file order.
func (g *Gazetteer) Lookup(name string) []*Entry {
	toks := appendKeyTokens(nil, name)
	if len(toks) == 0 {
		return nil
	}
	id := int32(0)
	for _, t := range toks {
		if id = g.child(id, t, keyHash(id, t)); id == 0 {
			return nil
		}
	}
	out := make([]*Entry, 0, len(g.holdersOf(id)))
	for _, h := range g.holdersOf(id) {
		out = append(out, g.entries[h])
	}
	return out
}

// matchable reports whether a name may start at a token of kind k.
func matchable(k normalize.Kind) bool {
	return k == normalize.Word || k == normalize.Latin || k == normalize.Number
}

// found is a name found by the scan before ranking.
type found struct {
	first, last int    // token range
	skip        int    // runes of proclitics before the name in the first token
	form        string // the first token without proclitics, article kept
	node        int32  // trie node of the name
	alt         int32  // a second node reached by another reading of the same length, or 0
}

// Match finds names in toks, left to right, longest first, without overlaps,
// and ranks the entries of each name by the context of the whole text (see
// Rank). The first token of a name may carry proclitics (وبالبوكمال, للحشد).
// Adjectives of origin (الحدود السورية) and common words that are also
// place names (see the package documentation) are not reported.
func (g *Gazetteer) Match(text *normalize.Text, toks []normalize.Token) []Match {
	return g.MatchReadings(text, toks, nil)
}

// Readings are the clitic readings of a text's word tokens, as
// normalize.AppendClitics gives them: token i's are Cands[Start[i]:End[i]].
// A caller that needs them anyway passes them to MatchReadings, which then
// does not compute them again.
type Readings struct {
	Cands      []normalize.Candidate
	Start, End []int32
}

// MatchReadings is Match with the readings of toks' words already known; r
// may be nil.
func (g *Gazetteer) MatchReadings(text *normalize.Text, toks []normalize.Token, r *Readings) []Match {
	return g.MatchInto(new(MatchBuffers), text, toks, r)
}

// MatchBuffers hold the matches of MatchInto and their candidate lists, for
// a caller that matches text after text: the matches of one call live in
// them until the next call with the same buffers.
type MatchBuffers struct {
	matches []Match
	entries []*Entry // the candidates of every match, each match's a window
	lists   [][]*Entry
}

// MatchInto is MatchReadings with the matches written into b instead of
// new memory.
func (g *Gazetteer) MatchInto(b *MatchBuffers, text *normalize.Text, toks []normalize.Token, r *Readings) []Match {
	buf := scanBufs.Get().(*scanBuf)
	defer scanBufs.Put(buf)
	fs := g.scan(buf, text, toks, r)
	if len(fs) == 0 {
		return nil
	}
	out := slices.Grow(b.matches[:0], len(fs))[:len(fs)]
	b.matches = out
	for i, f := range fs {
		start, end := text.Span(toks[f.first].NormStart+f.skip, toks[f.last-1].NormEnd)
		out[i] = Match{First: f.first, Last: f.last, Start: start, End: end,
			Key: g.keyOf(toks, f), Hint: hintBefore(toks, f.first)}
	}
	lists := slices.Grow(b.lists[:0], len(fs))[:len(fs)]
	flat := b.entries[:0]
	for i, f := range fs {
		from := len(flat)
		for _, h := range g.holdersOf(f.node) {
			flat = append(flat, g.entries[h])
		}
		if f.alt != 0 {
			for _, h := range g.holdersOf(f.alt) {
				if e := g.entries[h]; !containsEntry(flat[from:], e) {
					flat = append(flat, e)
				}
			}
		}
		// a full slice: a later list, appended to flat, never writes into it
		lists[i] = flat[from:len(flat):len(flat)]
	}
	b.entries = flat
	defer func() {
		clear(lists) // the next document's lists do not keep these alive
		b.lists = lists[:0]
	}()
	ctx := g.newContext(buf, lists)
	keep := out[:0]
	for i, cands := range lists {
		if weak[out[i].Key] && out[i].Hint == "" && !g.supported(cands, ctx, i) {
			continue
		}

		g.rank(cands, out[i].Hint, ctx, i)
		m := out[i]
		m.Entry = cands[0]
		if len(cands) > 1 {
			m.Others = cands[1:]
		}
		keep = append(keep, m)
	}
	return keep
}

// supported reports whether the text names, elsewhere, a place containing
// one of the candidates or a place in its country.
func (g *Gazetteer) supported(cands []*Entry, ctx *docContext, self int) bool {
	for _, e := range cands {
		if e.Kind != Place || ctx.support(g, e, self) < 2 {
			return true
		}
	}
	return false
}

// keyOf returns the folded key of a found name.
func (g *Gazetteer) keyOf(toks []normalize.Token, f found) string {
	if f.last-f.first == 1 {
		return f.form
	}
	var b strings.Builder
	b.WriteString(f.form)
	for k := f.first + 1; k < f.last; k++ {
		b.WriteByte(' ')
		b.WriteString(toks[k].Norm)
	}
	return b.String()
}

// scan finds the longest names left to right.
func (g *Gazetteer) scan(buf *scanBuf, text *normalize.Text, toks []normalize.Token, r *Readings) []found {
	out, own := buf.found[:0], buf.cands
	defer func() { buf.found, buf.cands = out[:0], own[:0] }()
	for i := 0; i < len(toks); {
		if !matchable(toks[i].Kind) {
			i++
			continue
		}
		var cands []normalize.Candidate
		if r != nil && toks[i].Kind == normalize.Word {
			cands = r.Cands[r.Start[i]:r.End[i]]
		} else {
			own = normalize.AppendClitics(own[:0], toks[i].Norm)
			cands = own
		}
		best := found{}
		bestLen := 0
		for ci := range cands {
			c := &cands[ci]
			if strings.HasSuffix(c.Proclitics, "س") {
				// the future particle, the last proclitic where it is one,
				// comes before verbs, never names
				continue
			}
			h := hash(c.Key)
			if !g.first.hasHash(h) {
				continue
			}
			id := g.child(0, c.Key, h)
			if id == 0 {
				continue
			}
			// walk as far as the tokens go, remembering the deepest holder
			last, lastNode := 0, int32(0)
			if g.held(id) {
				last, lastNode = 1, id
			}
			for k := i + 1; k < len(toks); k++ {
				h := edgeHash(id, toks[k].Norm)
				if !g.follow.hasHash(h) {
					break
				}
				next := g.child(id, toks[k].Norm, h)
				if next == 0 {
					break
				}
				id = next
				if g.held(id) {
					last, lastNode = k-i+1, id
				}
			}
			if last == 0 || last < bestLen || last == bestLen && c.Skip > best.skip {
				continue
			}
			form := c.Key
			if c.Article {
				form = "ال" + c.Key
			}
			if last == 1 && g.reject(text, toks, i, c, form, lastNode) {
				continue
			}
			if last == bestLen && c.Skip == best.skip {
				// الشام and ال+شام: the same text read two ways
				if lastNode != best.node && best.alt == 0 {
					best.alt = lastNode
				}
				continue
			}
			best = found{first: i, last: i + last, skip: c.Skip, form: form, node: lastNode}
			bestLen = last
		}
		if bestLen == 0 {
			i++
			continue
		}
		out = append(out, best)
		i = best.last
	}
	return out
}

// scanBuf holds the buffers of one scan, reused from one text to the next:
// Match copies what it keeps.
type scanBuf struct {
	found []found
	cands []normalize.Candidate
	ctx   docContext // newContext's tables
}

var scanBufs = sync.Pool{New: func() any { return new(scanBuf) }}

// reject reports whether a one-token name at toks[i], read as candidate c
// with form (the token without proclitics, article kept), is not a mention
// when the name is only a place's:
//   - a common word written without the article (بعد, عدة), or a common
//     definite word (الخمس, المطلة), or a spelling that only the hamza sets
//     apart from a place (آب, the month, is not إب);
//   - the article read into a key that lacks it when the result is an
//     adjective (مالي is Mali, المالي is "financial") or the key is too short
//     to carry it (الأب is not إب);
//   - an adjective of origin or a feminine adjective agreeing with a definite
//     noun before it (الحدود السورية, المنافذ المؤدية), or an adjective of
//     origin after غير or a feminine plural noun (جنسيات غير سورية).
func (g *Gazetteer) reject(text *normalize.Text, toks []normalize.Token, i int, c *normalize.Candidate, form string, n int32) bool {
	if !g.anyPlace(n) {
		return false
	}
	definite := strings.HasPrefix(form, "ال")
	if text != nil && toks[i].End-toks[i].Start < 12 && rawStopWords[rawForm(text, &toks[i], c.Skip)] {
		return true
	}
	switch {
	case !definite && (stopWords[form] || stopWords[toks[i].Norm]):
		return true
	case definite && definiteStopWords[form]:
		return true
	case c.Article && (strings.HasSuffix(c.Key, "ي") || strings.HasSuffix(c.Key, "يه") || runeCount(c.Key) < 3):
		return true
	case c.Skip > 0:
		return false
	case definite && (g.isNisba(form) || strings.HasSuffix(form, "يه")) && definiteNounBefore(toks, i):
		return true
	case !definite && g.isNisba(form) && indefiniteNounBefore(toks, i) && hintBefore(toks, i) == "":
		return true
	}
	return false
}

// rawForm returns the original spelling of a token without its first skip
// letters, with diacritics removed but hamza and alef forms kept.
func rawForm(text *normalize.Text, tk *normalize.Token, skip int) string {
	f := normalize.String(text.Surface(tk.Start, tk.End), rawFolding)
	for ; skip > 0 && f != ""; skip-- {
		_, w := utf8.DecodeRuneInString(f)
		f = f[w:]
	}
	return f
}

// rawFolding folds what does not tell words apart, keeping the hamza.
const rawFolding = normalize.Clean &^ (normalize.FoldHamza | normalize.FoldAlefMaqsura | normalize.FoldTaMarbuta)

func runeCount(s string) int { return utf8.RuneCountInString(s) }

// indefiniteNounBefore reports whether the word before toks[i] is غير or an
// indefinite feminine or plural noun (ending in ات or ة), after which an
// indefinite adjective of origin agrees: جنسيات غير سورية, قوات سورية.
func indefiniteNounBefore(toks []normalize.Token, i int) bool {
	if i == 0 || toks[i-1].Kind != normalize.Word || toks[i].Newline {
		return false
	}
	w := toks[i-1].Norm
	if w == "غير" {
		return true
	}
	if stopWords[w] || strings.HasPrefix(w, "ال") {
		return false
	}
	return strings.HasSuffix(w, "ات") || strings.HasSuffix(w, "ه")
}

// anyPlace reports whether a node holds only places.
func (g *Gazetteer) anyPlace(n int32) bool { return g.nodes[n].onlyPlaces }

// definiteNounBefore reports whether the token before toks[i] is a definite
// word (with the article, after any proclitics) right before it in the same
// clause, so that a definite adjective at i agrees with it.
func definiteNounBefore(toks []normalize.Token, i int) bool {
	if i == 0 || toks[i-1].Kind != normalize.Word || toks[i].Newline {
		return false
	}
	w := toks[i-1].Norm
	if stopWords[w] {
		return false
	}
	if strings.HasPrefix(w, "ال") && len(w) > len("ال")+2 {
		return true
	}
	for _, p := range [...]string{"وال", "فال", "بال", "كال", "لل", "وبال", "وكال", "ولل", "فبال", "فلل"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+2 {
			return true
		}
	}
	return false
}

// hintWords map a folded word that may precede a place name to the features
// it points to, most likely first.
var hintWords = map[string][]string{
	"محافظه": {"admin1", "admin2"},
	"ولايه":  {"admin1", "admin2"},
	"اقليم":  {"admin1", "region"},
	"مديريه": {"admin2"},
	"قضاء":   {"admin2"},
	"ناحيه":  {"admin2", "town"},
	"منطقه":  {"admin2", "area", "region"},
	"مدينه":  {"city", "town"},
	"بلده":   {"town", "village", "city"},
	"قريه":   {"village", "town"},
	"مخيم":   {"area", "town", "village"},
	"حي":     {"area"},
	"مطار":   {"airport"},
	"قاعده":  {"base", "airport"},
	"معبر":   {"crossing"},
	"نهر":    {"river"},
	"جبل":    {"mountain"},
	"ريف":    {"city", "town", "admin1"},
	"دوله":   {"country"},
	"عاصمه":  {"city"},
}

// hintBefore returns the hint word before token i (proclitics stripped), or "".
func hintBefore(toks []normalize.Token, i int) string {
	if i == 0 || toks[i-1].Kind != normalize.Word {
		return ""
	}
	w := toks[i-1].Norm
	if _, ok := hintWords[w]; ok {
		return w
	}
	var buf [12]normalize.Candidate
	for _, c := range normalize.AppendClitics(buf[:0], w) {
		if _, ok := hintWords[c.Key]; ok {
			return c.Key
		}
	}
	return ""
}

// bloom is a Bloom filter of strings with two probes.
type bloom struct {
	bits []uint64
	mask uint64
}

// newBloom sizes a filter for n keys at about 16 bits a key.
func newBloom(n int) bloom {
	size := uint64(1 << 16)
	for size < uint64(n)*16 {
		size <<= 1
	}
	return bloom{bits: make([]uint64, size/64), mask: size - 1}
}

// hash mixes the length and the first and last eight bytes of s (all of a
// word of up to eight Arabic letters) into 64 bits: two multiplications
// instead of one per byte, which matters for a filter asked about every
// clitic reading of every token. Longer keys that differ only in their
// middle share a hash, which only costs the filter a false positive.
func hash(s string) uint64 {
	var a, b uint64
	if n := len(s); n >= 8 {
		a, b = le64(s), le64(s[n-8:])
	} else {
		for i := 0; i < n; i++ {
			a = a<<8 | uint64(s[i])
		}
	}
	h := (a*0x9E3779B97F4A7C15 ^ b ^ uint64(len(s))<<56) * 0xC2B2AE3D27D4EB4F
	return h ^ h>>29
}

// le64 reads the first eight bytes of s as a little-endian integer.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// addHash adds a key by its hash: its low and high 32 bits set a bit each.
func (b *bloom) addHash(h uint64) {
	for _, x := range [2]uint64{h & b.mask, (h >> 32) & b.mask} {
		b.bits[x/64] |= 1 << (x % 64)
	}
}

// hasHash reports whether a key with hash h may have been added.
func (b *bloom) hasHash(h uint64) bool {
	if b.bits == nil {
		return true
	}
	x, y := h&b.mask, (h>>32)&b.mask
	return b.bits[x/64]&(1<<(x%64)) != 0 && b.bits[y/64]&(1<<(y%64)) != 0
}

// edgeHash hashes the edge from node parent by token tok.
func edgeHash(parent int32, tok string) uint64 {
	h := (hash(tok) ^ uint64(parent)) * 0x9E3779B97F4A7C15
	return h ^ h>>31
}
