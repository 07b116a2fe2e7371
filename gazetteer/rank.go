package gazetteer

import (
	"fmt"
	"slices"
	"strings"
)

// featureRank orders place features from most to least likely meant when a
// bare name is ambiguous: a country, then a city, then the governorate of
// the same name, then smaller places.
var featureRank = map[string]int{
	"country": 0, "city": 1, "admin1": 2, "town": 3, "base": 4, "airport": 4, "crossing": 4,
	"region": 5, "admin2": 6, "river": 6, "mountain": 6, "area": 7, "village": 8,
}

// majorCity is the population from which a city outranks what the context
// says for smaller places of the same name: الرياض is Riyadh even in an
// article about Iraq, where a village has the name too.
const majorCity = 500_000

// kindRank orders kinds when a name is shared across kinds: a group name is
// most often an actor, a source name most often said of the group or place.
var kindRank = [...]int{Group: 0, Place: 1, Source: 2}

// docContext is what the other names of a text say about where it is.
type docContext struct {
	countries map[string]int // country codes of places named without ambiguity
	ids       map[string]int // places named without ambiguity, and their ancestors
	self      []*Entry       // per match, the place whose id and ancestors it put into ids itself
	selfCC    []string       // per match, the country it put into countries itself
}

// newContext collects, from the candidates of each name of a text, the
// countries and places it names without ambiguity, into buf's tables. A nil
// list says nothing.
func (g *Gazetteer) newContext(buf *scanBuf, lists [][]*Entry) *docContext {
	ctx := &buf.ctx
	if ctx.countries == nil {
		ctx.countries, ctx.ids = map[string]int{}, map[string]int{}
	}
	clear(ctx.countries)
	clear(ctx.ids)
	ctx.self = slices.Grow(ctx.self[:0], len(lists))[:len(lists)]
	clear(ctx.self)
	ctx.selfCC = slices.Grow(ctx.selfCC[:0], len(lists))[:len(lists)]
	clear(ctx.selfCC)
	for i, all := range lists {
		cc := ""
		for k, e := range all {
			if e.Kind != Place || e.Country == "" || k > 0 && e.Country != cc {
				cc = ""
				break
			}
			cc = e.Country
		}
		if cc != "" {
			ctx.countries[cc]++
			ctx.selfCC[i] = cc
		}
		if len(all) == 1 && all[0].Kind == Place {
			e := all[0]
			ctx.ids[e.ID]++
			for _, id := range g.info[e.index].ancestors {
				ctx.ids[id]++
			}
			ctx.self[i] = e
		}
	}
	return ctx
}

// score is how a candidate ranks for one mention; lower sorts first.
type score struct {
	kind    int
	hint    int // position of the feature in the hint's list; 99 when not hinted
	major   int // 0 for a country, 1 for a major city, 2 for anything else
	context int // 0: an ancestor named in the text, 1: its country named, 2: neither
	feature int
	pop     int64
	order   int32
}

func (a score) less(b score) bool {
	switch {
	case a.kind != b.kind:
		return a.kind < b.kind
	case a.hint != b.hint:
		return a.hint < b.hint
	case a.major != b.major:
		return a.major < b.major
	case a.context != b.context:
		return a.context < b.context
	case a.feature != b.feature:
		return a.feature < b.feature
	case a.pop != b.pop:
		return a.pop > b.pop
	}
	return a.order < b.order
}

// score rates entry e for a mention with the given hint word, in the text
// context ctx, as match number self of the text (-1 for none).
func (g *Gazetteer) score(e *Entry, hint string, ctx *docContext, self int) score {
	i := e.index
	s := score{kind: kindRank[e.Kind], hint: 99, major: 2, context: 2, order: i, pop: e.Population}
	if e.Kind != Place {
		return s
	}
	if hint != "" {
		if k := slices.Index(hintWords[hint], e.Feature); k >= 0 {
			s.hint = k
		}
	}
	switch {
	case e.Feature == "country":
		s.major = 0
	case e.Feature == "city" && e.Population >= majorCity:
		s.major = 1
	}
	if ctx != nil {
		s.context = ctx.support(g, e, self)
	}
	s.feature = 9
	if r, ok := featureRank[e.Feature]; ok {
		s.feature = r
	}
	return s
}

// support says what the rest of the text says for e as match self: 0 when
// it names a place containing e, 1 when it names a place in e's country,
// 2 when neither.
func (ctx *docContext) support(g *Gazetteer, e *Entry, self int) int {
	for _, a := range g.info[e.index].ancestors {
		if ctx.ids[a]-ownCount(g, ctx, self, a) > 0 {
			return 0
		}
	}
	if e.Country != "" {
		n := ctx.countries[e.Country]
		if self >= 0 && self < len(ctx.selfCC) && ctx.selfCC[self] == e.Country {
			n--
		}
		if n > 0 {
			return 1
		}
	}
	return 2
}

// ownCount is how many times match self put id into the context itself.
func ownCount(g *Gazetteer, ctx *docContext, self int, id string) int {
	if self < 0 || self >= len(ctx.self) || ctx.self[self] == nil {
		return 0
	}
	e, n := ctx.self[self], 0
	if e.ID == id {
		n++
	}
	for _, x := range g.info[e.index].ancestors {
		if x == id {
			n++
		}
	}
	return n
}

// rank sorts the candidates of one mention best first.
func (g *Gazetteer) rank(cands []*Entry, hint string, ctx *docContext, self int) {
	if len(cands) < 2 {
		return
	}
	type scored struct {
		e *Entry
		s score
	}
	var small [8]scored
	list := small[:0]
	for _, e := range cands {
		list = append(list, scored{e, g.score(e, hint, ctx, self)})
	}
	slices.SortStableFunc(list, func(a, b scored) int {
		switch {
		case a.s.less(b.s):
			return -1
		case b.s.less(a.s):
			return 1
		}
		return 0
	})
	for i := range list {
		cands[i] = list[i].e
	}
}

func containsEntry(list []*Entry, e *Entry) bool {
	for _, x := range list {
		if x == e {
			return true
		}
	}
	return false
}

// Ranked is a candidate of a mention with the reasons for its place in the
// ranking.
type Ranked struct {
	// Entry is the candidate.
	Entry *Entry
	// Reasons explain its rank, most decisive first.
	Reasons []string
}

// Explain returns the candidates of match i of ms (as Match returned them
// for one text), best first, each with the reasons of its rank.
func (g *Gazetteer) Explain(ms []Match, i int) []Ranked {
	m := ms[i]
	lists := make([][]*Entry, len(ms))
	for j, o := range ms {
		lists[j] = append([]*Entry{o.Entry}, o.Others...)
	}
	ctx := g.newContext(new(scanBuf), lists)
	all := append([]*Entry{m.Entry}, m.Others...)
	out := make([]Ranked, len(all))
	for k, e := range all {
		s := g.score(e, m.Hint, ctx, i)
		out[k] = Ranked{Entry: e, Reasons: g.reasons(e, s, m.Hint, ctx, i)}
	}
	return out
}

// reasons spells out a score.
func (g *Gazetteer) reasons(e *Entry, s score, hint string, ctx *docContext, self int) []string {
	var r []string
	if e.Kind != Place {
		r = append(r, fmt.Sprintf("kind %s (groups rank before places, places before sources)", e.Kind))
		return r
	}
	if hint != "" {
		if s.hint < 99 {
			r = append(r, fmt.Sprintf("%q before the name points to %s", hint, strings.Join(hintWords[hint], "/")))
		} else {
			r = append(r, fmt.Sprintf("%q before the name points to %s, not %s", hint, strings.Join(hintWords[hint], "/"), e.Feature))
		}
	}
	switch s.major {
	case 0:
		r = append(r, "a country")
	case 1:
		r = append(r, fmt.Sprintf("a major city (population >= %d)", majorCity))
	}
	switch s.context {
	case 0:
		for _, a := range g.info[e.index].ancestors {
			if ctx.ids[a]-ownCount(g, ctx, self, a) > 0 {
				r = append(r, fmt.Sprintf("the text names %s, which contains it", a))
				break
			}
		}
	case 1:
		r = append(r, fmt.Sprintf("the text names a place in %s", e.Country))
	}
	r = append(r, fmt.Sprintf("feature %s (rank %d)", e.Feature, s.feature))
	if e.Population > 0 {
		r = append(r, fmt.Sprintf("population %d", e.Population))
	}
	return r
}
