package normalize

import (
	"strings"
	"unicode/utf8"
)

// Candidate is one way to read a word as proclitics followed by a base.
type Candidate struct {
	// Key is the base word to look up: the word without its proclitics, and
	// without the article when Article is true. For the لل contraction the key
	// is spelled with its full article (للحشد gives الحشد).
	Key string
	// Skip is how many runes of the folded word precede the name: the
	// proclitics, not the article. For للحشد reading ل+الحشد it is 1.
	Skip int
	// Proclitics are the stripped proclitic letters, in order, with "ال" for
	// the article (e.g. "و+ب+ال").
	Proclitics string
	// Article reports that the article ال was stripped from Key.
	Article bool
}

// String returns the segmentation as "و+ب+ال+بوكمال", or the word itself
// when nothing was stripped.
func (c Candidate) String() string {
	if c.Proclitics == "" {
		return c.Key
	}
	return c.Proclitics + "+" + c.Key
}

// depth is the number of proclitics the candidate strips: the letters before
// the base, and the article.
func (c *Candidate) depth() int {
	if c.Article {
		return c.Skip + 1
	}
	return c.Skip
}

const minBase = 2 // runes a base keeps after stripping

// The proclitic slots: conjunction (none, و, ف) and preposition or future
// particle (none, ب, ك, ل, س).
var (
	conjunctions = [...]rune{0, Waw, Feh}
	prepositions = [...]rune{0, Beh, Kaf, Lam, Seen}
)

// procliticNames[conj][prep][article] is the Proclitics string of a reading,
// built once so that segmenting allocates nothing but the لل keys.
var procliticNames = func() (t [len(conjunctions)][len(prepositions)][2]string) {
	for c, cr := range conjunctions {
		for p, pr := range prepositions {
			for a := range 2 {
				s := ""
				for _, part := range []rune{cr, pr} {
					if part != 0 {
						s = join(s, string(part))
					}
				}
				if a == 1 {
					s = join(s, "ال")
				}
				t[c][p][a] = s
			}
		}
	}
	return t
}()

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "+" + b
}

// Clitics returns the candidate segmentations of a folded word, the word
// itself first, then readings that strip more, fewest proclitics first.
// Proclitics follow the order conjunction (و ف), preposition (ب ك ل) or
// future particle (س, only before an imperfect-verb prefix ي ت ن ا), article
// (ال after nothing, ب or ك), with the contraction لل = ل + ال (للحشد reads
// ل+الحشد and ل+ال+حشد; لليل also reads ل+الليل). Candidates are offered, not
// chosen: بغداد yields بغداد and ب+غداد, and the lexicon lookup decides.
func Clitics(word string) []Candidate {
	return AppendClitics(nil, word)
}

// AppendClitics appends the candidate segmentations of word to dst, in the
// order Clitics gives them.
func AppendClitics(dst []Candidate, word string) []Candidate {
	first := len(dst)
	dst = append(dst, Candidate{Key: word})
	if len(word) < 6 || !maybeProclitic(word[0], word[1]) {
		return dst
	}
	// the first runes of the word and their byte offsets
	const look = 5
	var rs [look]rune
	var off [look + 1]int
	n := 0 // runes decoded into rs
	for i := 0; n < look && i < len(word); n++ {
		r, w := utf8.DecodeRuneInString(word[i:])
		rs[n], off[n] = r, i
		i += w
		off[n+1] = i
	}
	if n < 3 {
		return dst
	}
	total := n
	if n == look {
		total = utf8.RuneCountInString(word)
	}
	at := func(i int) rune {
		if i < n {
			return rs[i]
		}
		return 0
	}
	article := func(j int) bool { // ال at rune j with a base after it
		return at(j) == Alef && at(j+1) == Lam && total-j-2 >= minBase
	}
	for c := range conjunctions {
		j := 0 // runes stripped so far
		if c > 0 {
			if at(0) != conjunctions[c] || total-1 < minBase {
				continue
			}
			j = 1
			dst = append(dst, Candidate{Key: word[off[1]:], Skip: 1, Proclitics: procliticNames[c][0][0]})
		}
		if article(j) {
			dst = append(dst, Candidate{Key: word[off[j+2]:], Skip: j, Proclitics: procliticNames[c][0][1], Article: true})
		}
		p := 0
		for k, pr := range prepositions {
			if k > 0 && at(j) == pr {
				p = k
			}
		}
		if p == 0 || total-j-1 < minBase {
			continue
		}
		switch prepositions[p] {
		case Seen:
			switch at(j + 1) {
			case Yeh, Teh, Noon, Alef, AlefHamzaAbove:
				if total-j-1 > minBase {
					dst = append(dst, Candidate{Key: word[off[j+1]:], Skip: j + 1, Proclitics: procliticNames[c][p][0]})
				}
			}
		case Lam:
			dst = append(dst, Candidate{Key: word[off[j+1]:], Skip: j + 1, Proclitics: procliticNames[c][p][0]})
			if at(j+1) == Lam && total-j-2 >= minBase {
				// لل: ل + ال with the article's alef elided; before a base
				// starting with ل, one of three lams goes too (لليل = ل+الليل).
				rest, lamRest := word[off[j+2]:], word[off[j+1]:]
				// both keys in one allocation: "ال"+rest and "ال"+lamRest
				var b strings.Builder
				b.Grow(2*len("ال") + len(rest) + len(lamRest))
				b.WriteString("ال")
				b.WriteString(rest)
				b.WriteString("ال")
				b.WriteString(lamRest)
				keys := b.String()
				split := len("ال") + len(rest)
				dst = append(dst,
					Candidate{Key: keys[:split], Skip: j + 1, Proclitics: procliticNames[c][p][0]},
					Candidate{Key: rest, Skip: j + 1, Proclitics: procliticNames[c][p][1], Article: true},
					Candidate{Key: keys[split:], Skip: j + 1, Proclitics: procliticNames[c][p][0]})
			}
		default: // ب ك
			dst = append(dst, Candidate{Key: word[off[j+1]:], Skip: j + 1, Proclitics: procliticNames[c][p][0]})
			if article(j + 1) {
				dst = append(dst, Candidate{Key: word[off[j+3]:], Skip: j + 1, Proclitics: procliticNames[c][p][1], Article: true})
			}
		}
	}
	// fewest proclitics first; stable, so equal depths keep the order above
	cs := dst[first:]
	for i := 1; i < len(cs); i++ {
		for k := i; k > 0 && cs[k].depth() < cs[k-1].depth(); k-- {
			cs[k], cs[k-1] = cs[k-1], cs[k]
		}
	}
	return dst
}

// maybeProclitic reports whether a word starting with the bytes c0 c1 may
// start with a proclitic or the article: و ف ب ك ل س ا.
func maybeProclitic(c0, c1 byte) bool {
	x, ok := blockIndex(c0, c1)
	if !ok {
		return false
	}
	switch rune(0x600 + x) {
	case Waw, Feh, Beh, Kaf, Lam, Seen, Alef:
		return true
	}
	return false
}
