// Package extract turns Arabic news text into conflict-event records: it runs
// the gazetteer matcher and the number, date and attribution rules over a
// tokenized document and links what they find into events. It does no file
// or terminal I/O.
package extract

import (
	"slices"
	"sync"
	"time"

	"rasd/gazetteer"
	"rasd/normalize"
)

// Document is one text to extract from.
type Document struct {
	// ID names the document in the output: a path, "-" for stdin, or a
	// record id.
	ID string
	// Text is the decoded original text; all offsets point into it.
	Text string
	// Ref is the reference date for relative dates (the publication date);
	// the zero value means unknown.
	Ref time.Time
}

// Result holds what was found in one document.
type Result struct {
	// Mentions are the places, groups, sources, numbers and dates, in text order.
	Mentions []Mention
	// Events are the events, in the order they are first reported.
	Events []Event
}

// Extractor runs the extraction pipeline. It is read-only after New and safe
// for concurrent use.
type Extractor struct {
	gaz *gazetteer.Gazetteer
	// wait returns the gazetteer of an extractor made by NewPending
	wait func() *gazetteer.Gazetteer
}

// New returns an extractor that matches names against g.
func New(g *gazetteer.Gazetteer) *Extractor {
	return &Extractor{gaz: g}
}

// NewPending returns an extractor whose gazetteer is still being made, so
// that documents can be read while it loads: Extract and its siblings fold
// and tokenize a document and look its words up in the lexicons, then call
// wait for the gazetteer (nil for none). wait is called once, by the first
// document to need it; the others wait for that call to return.
func NewPending(wait func() *gazetteer.Gazetteer) *Extractor {
	return &Extractor{wait: sync.OnceValue(wait)}
}

// Gazetteer returns the gazetteer names are matched against, waiting for it
// when the extractor was made by NewPending.
func (x *Extractor) Gazetteer() *gazetteer.Gazetteer {
	if x.wait != nil {
		return x.wait()
	}
	return x.gaz
}

// doc is a document under analysis: its tokens and what the rules found.
type doc struct {
	scratch *scratch // reusable tables
	id      string
	ref     time.Time
	text    *normalize.Text
	toks    []normalize.Token
	sents   []normalize.Sentence
	matches []gazetteer.Match // places, groups and sources, in text order
	dates   []Mention
	numbers []Mention
	sources []Mention
	// words are the tokens that are words of the rule lexicons.
	words []wordHit
	// cands, keyStart and cliticEnd hold the readings of every token (see
	// readings).
	cands     []normalize.Candidate
	keyStart  []int32
	cliticEnd []int32
	// setMasks holds, per token, the bits of the wordSets it is in,
	// ruleWordBit for a word one of whose readings is a rule word, and
	// numberBit for a number token.
	setMasks []uint64
	// candLex holds, per reading in cands, 1 + its index in lexicon,
	// or 0.
	candLex []int32
	// sentHits holds the triggers of each sentence.
	sentHits [][]hit
	// dateToks marks the tokens inside a date mention (set by findDates).
	dateToks []bool
	// attributions are the sources with their token ranges and sentences,
	// and the subjectless reporting verbs that carry a previous source.
	attributions []attribution
}

// scratch holds the per-document tables that Extract reuses from one
// document to the next; results never point into them.
type scratch struct {
	text      normalize.Text
	toks      []normalize.Token
	sents     []normalize.Sentence
	cands     []normalize.Candidate
	keyStart  []int32
	cliticEnd []int32
	setMasks  []uint64
	candLex   []int32
	words     []wordHit
	// the attribution scanner's tables (see newSourceScan)
	srcInts  []int32
	srcHit   []uint16
	srcOut   []attribution
	src      sourceScan
	dateToks []bool
	// the mentions of the rules: Extract returns copies (see mentions)
	dateOut, numOut, srcMentions []Mention
	// the gazetteer's matches and their candidate lists
	match gazetteer.MatchBuffers
	// the event builder's tables (see buildEvents, groupHits and fill)
	drafts                          draftArena
	draftList, groupOut             []*eventDraft
	sentHits                        [][]hit
	hitFlat, hitBuf                 []hit
	strongBuf, weakBuf, casualtyBuf []hit
	placeBuf, sentPlaceBuf, sortBuf []gazetteer.Match
	killedBuf, injuredBuf           []Mention
	// the places the gazetteer does not list (see unlistedPlaces), the
	// matches with them, and their entries by name and location
	unlisted, merged []gazetteer.Match
	unlistedEntries  map[unlistedPlace]*gazetteer.Entry
}

// grown returns b resized to n zeroed elements, reusing its array when it
// is big enough.
func grown[T any](b []T, n int) []T {
	b = slices.Grow(b[:0], n)[:n]
	clear(b)
	return b
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// tables returns d's reusable tables, fresh ones for a document made
// without Extract (in tests).
func (d *doc) tables() *scratch {
	if d.scratch == nil {
		d.scratch = new(scratch)
	}
	return d.scratch
}

// maxPooledTokens bounds the documents whose tables are reused: about
// 400 KB of text (news articles are a few KB).
const maxPooledTokens = 1 << 16

// Extract analyses one document and returns its mentions and events.
func (x *Extractor) Extract(in Document) Result {
	return x.analyse(in, true, true)
}

// Events returns the events of one document, without building its mention
// records.
func (x *Extractor) Events(in Document) []Event {
	return x.analyse(in, false, true).Events
}

// Mentions returns the mentions of one document, without linking them into
// events.
func (x *Extractor) Mentions(in Document) []Mention {
	return x.analyse(in, true, false).Mentions
}

// analyse runs the pipeline, building the records asked for.
func (x *Extractor) analyse(in Document, wantMentions, wantEvents bool) Result {
	sc := scratchPool.Get().(*scratch)
	defer func() {
		// a huge document's tables are dropped, not kept for the next one
		if cap(sc.toks) <= maxPooledTokens {
			scratchPool.Put(sc)
		}
	}()
	d := &doc{id: in.ID, ref: in.Ref, scratch: sc, words: sc.words}
	sc.text.ResetInPlace(in.Text, normalize.Match)
	d.text = &sc.text
	sc.toks = normalize.AppendTokens(sc.toks[:0], d.text)
	d.toks = sc.toks
	sc.sents = normalize.AppendSentences(sc.sents[:0], d.toks)
	d.sents = sc.sents
	// the clitic readings of every token, and what the lexicon says of
	// them, serve the matcher, the rules and the triggers alike: computed
	// once
	waitLexicons()
	d.readings()
	d.words = findWords(d, d.words)
	if g := x.Gazetteer(); g != nil {
		d.matches = g.MatchInto(&sc.match, d.text, d.toks,
			&gazetteer.Readings{Cands: d.cands, Start: d.keyStart, End: d.cliticEnd})
	}
	d.unlistedPlaces()
	applyRules(d)
	// the event builder looks mentions up by position
	sortByStart(d.dates, mentionStart)
	sortByStart(d.numbers, mentionStart)
	sortByStart(d.sources, mentionStart)
	var res Result
	if wantMentions {
		res.Mentions = d.mentions()
	}
	if wantEvents {
		res.Events = buildEvents(d)
	}
	sc.cands, sc.keyStart, sc.cliticEnd, sc.setMasks, sc.candLex, sc.words = d.cands, d.keyStart, d.cliticEnd, d.setMasks, d.candLex, d.words
	return res
}

// span returns the original text between code point offsets.
func (d *doc) span(start, end int) Span {
	return Span{Text: d.text.Surface(start, end), Start: start, End: end}
}

// entryMention turns a gazetteer match into a mention.
func (d *doc) entryMention(m gazetteer.Match) Mention {
	e := m.Entry
	out := Mention{Span: d.span(m.Start, m.End), Doc: d.id, Kind: e.Kind.String(),
		ID: e.ID, Name: e.Name, NameEn: e.NameEn, Type: e.Type}
	if e.Kind == gazetteer.Place {
		out.Country, out.Feature = e.Country, e.Feature
		out.Lat, out.Lon, out.HasCoord = e.Lat, e.Lon, e.HasCoord
	}
	return out
}

// mentions gathers every mention in text order.
func (d *doc) mentions() []Mention {
	n := len(d.matches) + len(d.dates) + len(d.numbers) + len(d.sources)
	if n == 0 {
		return nil
	}
	places := make([]Mention, 0, len(d.matches))
	for _, m := range d.matches {
		if m.Entry.Kind == gazetteer.Source {
			continue // sources are reported where something is attributed to them
		}
		places = append(places, d.entryMention(m))
	}
	out := mergeByStart(make([]Mention, 0, n), places, d.dates, d.numbers, d.sources)
	for i := range out {
		out[i].Doc = d.id
	}
	return out
}

// sortByStart puts xs in the order of their start, stably. Mentions and
// attributions are large (~250 bytes): they are compared in place, never
// passed to a comparison function, which would copy two a call. They mostly
// are in order, so that is checked first; a few out of place (datelines
// come last) are put in order by insertion, many by sorting their
// positions and moving each once.
func sortByStart[T any](xs []T, start func(*T) int) {
	sorted := true
	for i := 1; i < len(xs) && sorted; i++ {
		sorted = start(&xs[i-1]) <= start(&xs[i])
	}
	if sorted {
		return
	}
	if len(xs) <= 32 {
		for i := 1; i < len(xs); i++ {
			for j := i; j > 0 && start(&xs[j]) < start(&xs[j-1]); j-- {
				xs[j], xs[j-1] = xs[j-1], xs[j]
			}
		}
		return
	}
	idx := make([]int32, len(xs))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(a, b int32) int { return start(&xs[a]) - start(&xs[b]) })
	out := make([]T, len(xs))
	for i, k := range idx {
		out[i] = xs[k]
	}
	copy(xs, out)
}

// mentionStart is a mention's start, for sortByStart.
func mentionStart(m *Mention) int { return m.Start }

// mergeByStart appends the mentions of lists, each in text order, to out
// in text order; of mentions that start together, those of an earlier list
// come first, as a stable sort of the lists one after the other would put
// them.
func mergeByStart(out []Mention, lists ...[]Mention) []Mention {
	for {
		best := -1
		for k, l := range lists {
			if len(l) > 0 && (best < 0 || l[0].Start < lists[best][0].Start) {
				best = k
			}
		}
		if best < 0 {
			return out
		}
		out = append(out, lists[best][0])
		lists[best] = lists[best][1:]
	}
}
