package normalize

import "unicode/utf8"

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

const minBase = 2 // runes a base keeps after stripping

// Clitics returns the candidate segmentations of a folded word, the word
// itself first, then readings that strip more. Proclitics follow the order
// conjunction (و ف), preposition or future particle (ب ك ل س), article (ال),
// with the contraction لل = ل + ال. Candidates are offered, not chosen: a word
// such as بغداد yields بغداد and ب+غداد, and the lexicon lookup decides.
func Clitics(word string) []Candidate {
	return AppendClitics(nil, word)
}

// AppendClitics appends the candidate segmentations of word to dst.
func AppendClitics(dst []Candidate, word string) []Candidate {
	dst = append(dst, Candidate{Key: word})
	n := utf8.RuneCountInString(word)
	// Arabic proclitic letters are all two bytes in UTF-8.
	at := func(i int) rune {
		if 2*i+2 > len(word) {
			return 0
		}
		r, _ := utf8.DecodeRuneInString(word[2*i:])
		return r
	}
	pre := ""
	i := 0
	if c := at(0); (c == Waw || c == Feh) && n-1 >= minBase {
		i = 1
		pre = string(c)
		dst = append(dst, Candidate{Key: word[2:], Skip: 1, Proclitics: pre})
	}
	stems := []int{i}
	if c := at(i); (c == Beh || c == Kaf || c == Lam || c == Seen) && n-i-1 >= minBase {
		p := join(pre, string(c))
		if c == Lam && at(i+1) == Lam && n-i-2 >= minBase {
			// لل: ل + ال with the article's alef elided
			dst = append(dst, Candidate{Key: "ال" + word[2*(i+2):], Skip: i + 1, Proclitics: p})
			dst = append(dst, Candidate{Key: word[2*(i+2):], Skip: i + 1, Proclitics: join(p, "ال"), Article: true})
		}
		dst = append(dst, Candidate{Key: word[2*(i+1):], Skip: i + 1, Proclitics: p})
		stems = append(stems, i+1)
		pre2 := p
		_ = pre2
	}
	for k, j := range stems {
		if at(j) == Alef && at(j+1) == Lam && n-j-2 >= minBase {
			p := pre
			if k == 1 {
				p = join(pre, string(at(j-1)))
			}
			dst = append(dst, Candidate{Key: word[2*(j+2):], Skip: j, Proclitics: join(p, "ال"), Article: true})
		}
	}
	return dst
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "+" + b
}
