package main

import "strings"

// skeletonArabic reduces an Arabic name to a rough Latin consonant skeleton
// (articles dropped), to compare it with a romanized name.
func skeletonArabic(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(fold(s)) {
		w = strings.TrimPrefix(w, "ال")
		for _, r := range w {
			switch r {
			case 'ب':
				b.WriteByte('b')
			case 'ت', 'ث', 'ط':
				b.WriteByte('t')
			case 'ج':
				b.WriteByte('j')
			case 'ح', 'ه':
				b.WriteByte('h')
			case 'خ', 'ك':
				b.WriteByte('k')
			case 'د', 'ذ', 'ض':
				b.WriteByte('d')
			case 'ر':
				b.WriteByte('r')
			case 'ز', 'ظ':
				b.WriteByte('z')
			case 'س', 'ش', 'ص':
				b.WriteByte('s')
			case 'غ':
				b.WriteByte('g')
			case 'ف':
				b.WriteByte('f')
			case 'ق':
				b.WriteByte('q')
			case 'ل':
				b.WriteByte('l')
			case 'م':
				b.WriteByte('m')
			case 'ن':
				b.WriteByte('n')
			case 'و':
				b.WriteByte('w')
			case 'ي':
				b.WriteByte('y')
			}
		}
	}
	return b.String()
}

// latinArticles are romanized forms of the Arabic article.
var latinArticles = map[string]bool{
	"al": true, "el": true, "ar": true, "as": true, "ash": true, "at": true, "ath": true, "ad": true,
	"adh": true, "an": true, "az": true, "ad-": true,
}

// skeletonLatin reduces a romanized name to the consonant skeleton that
// skeletonArabic produces.
func skeletonLatin(s string) string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("-", " ", "'", "", "`", "").Replace(s)
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		if latinArticles[w] {
			continue
		}
		for _, pre := range []string{"al-", "el-"} {
			w = strings.TrimPrefix(w, pre)
		}
		w = strings.NewReplacer("th", "t", "sh", "s", "kh", "k", "gh", "g", "dh", "d", "ch", "s").Replace(w)
		for _, r := range w {
			switch r {
			case 'a', 'e', 'i', 'o', 'u':
			case 'c':
				b.WriteByte('k')
			case 'v':
				b.WriteByte('f')
			case 'p':
				b.WriteByte('b')
			default:
				if r >= 'b' && r <= 'z' {
					b.WriteRune(r)
				}
			}
		}
	}
	return b.String()
}

// similarity is 1 - normalized edit distance of two skeletons.
func similarity(a, b string) float64 {
	if a == "" && b == "" {
		return 1
	}
	d := levenshtein(a, b)
	n := max(len(a), len(b))
	return 1 - float64(d)/float64(n)
}

// levenshtein is the edit distance of two byte strings.
func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
