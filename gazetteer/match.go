package gazetteer

import (
	"strings"

	"rasd/normalize"
)

// Gazetteer is a compiled set of entries ready for matching. It is read-only
// once built and safe for concurrent use.
type Gazetteer struct {
	entries []*Entry
	byID    map[string]*Entry
	// names maps the folded first token of a name to the names starting with it.
	names map[string][]name
}

// name is one folded name of an entry, as a token sequence.
type name struct {
	tokens []string
	entry  *Entry
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
}

// New compiles entries into a gazetteer; a later entry with the same id
// replaces an earlier one.
func New(entries []Entry) *Gazetteer {
	g := &Gazetteer{byID: make(map[string]*Entry, len(entries)), names: make(map[string][]name)}
	for i := range entries {
		e := &entries[i]
		if old, ok := g.byID[e.ID]; ok {
			*old = *e
			continue
		}
		g.byID[e.ID] = e
		g.entries = append(g.entries, e)
	}
	for _, e := range g.entries {
		seen := map[string]bool{}
		for _, n := range e.Names() {
			toks := keyTokens(n)
			if len(toks) == 0 {
				continue
			}
			k := strings.Join(toks, " ")
			if seen[k] {
				continue
			}
			seen[k] = true
			g.names[toks[0]] = append(g.names[toks[0]], name{tokens: toks, entry: e})
		}
	}
	return g
}

// keyTokens folds a name and splits it into token texts.
func keyTokens(s string) []string {
	t := normalize.Fold(s, normalize.Match)
	var out []string
	for _, tk := range normalize.Tokenize(t) {
		out = append(out, tk.Norm)
	}
	return out
}

// Entries returns the compiled entries in file order.
func (g *Gazetteer) Entries() []*Entry { return g.entries }

// ByID returns the entry with the given id, or nil.
func (g *Gazetteer) ByID(id string) *Entry { return g.byID[id] }

// Match finds names in toks, left to right, longest first, without overlaps.
// The first token of a name may carry proclitics (وبالبوكمال, للحشد).
func (g *Gazetteer) Match(text *normalize.Text, toks []normalize.Token) []Match {
	var out []Match
	var cands []normalize.Candidate
	for i := 0; i < len(toks); {
		if toks[i].Kind != normalize.Word && toks[i].Kind != normalize.Latin && toks[i].Kind != normalize.Number {
			i++
			continue
		}
		cands = normalize.AppendClitics(cands[:0], toks[i].Norm)
		best, bestLen, bestSkip := []*Entry(nil), 0, 0
		for _, c := range cands {
			for _, n := range g.names[c.Key] {
				l := len(n.tokens)
				if i+l > len(toks) || l < bestLen {
					continue
				}
				ok := true
				for k := 1; k < l; k++ {
					if toks[i+k].Norm != n.tokens[k] {
						ok = false
						break
					}
				}
				if !ok {
					continue
				}
				if l > bestLen {
					best, bestLen, bestSkip = best[:0], l, c.Skip
				}
				if l == bestLen && c.Skip <= bestSkip {
					if c.Skip < bestSkip {
						best, bestSkip = best[:0], c.Skip
					}
					best = appendUnique(best, n.entry)
				}
			}
		}
		if bestLen == 0 {
			i++
			continue
		}
		start, end := text.Span(toks[i].NormStart+bestSkip, toks[i+bestLen-1].NormEnd)
		rank(best)
		out = append(out, Match{Entry: best[0], Others: best[1:], First: i, Last: i + bestLen, Start: start, End: end})
		i += bestLen
	}
	return out
}

func appendUnique(list []*Entry, e *Entry) []*Entry {
	for _, x := range list {
		if x == e {
			return list
		}
	}
	return append(list, e)
}

// featureRank orders place features from most to least likely meant when a
// name is ambiguous.
var featureRank = map[string]int{
	"country": 0, "admin1": 1, "city": 2, "base": 3, "airport": 3, "crossing": 3, "region": 4,
	"admin2": 5, "town": 6, "river": 6, "mountain": 6, "area": 7, "village": 8,
}

// rank sorts entries best first: by feature, then population.
func rank(es []*Entry) {
	less := func(a, b *Entry) bool {
		ra, rb := featureRank[a.Feature], featureRank[b.Feature]
		if ra != rb {
			return ra < rb
		}
		return a.Population > b.Population
	}
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && less(es[j], es[j-1]); j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}
