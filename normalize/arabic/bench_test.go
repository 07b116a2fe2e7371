package arabic

import (
	"os"
	"path/filepath"
	"testing"
)

// builtinWords stand in for the vocabulary when it is absent: news vocabulary
// covering the article, conjunctions, prepositions, verb and noun suffixes,
// hamza carriers, diacritics and a presentation-form ligature.
var builtinWords = []string{
	"والمسلحين", "بالقرب", "للحشد", "الشعبي", "فقتلوا", "سيستخدمون", "يستهدفون",
	"هجوما", "مسلحة", "قواتها", "الأمنية", "وأصيب", "آخرون", "انفجار", "عبوة",
	"ناسفة", "مدينة", "الموصل", "محافظة", "نينوى", "الجيش", "العراقي", "المتحدثة",
	"باسم", "مُسَلَّحِين", "ﻻجئين", "مسؤول", "قائد", "الطائرات", "استهداف", "بغداد",
	"٢٠١٤", "كتائبهم", "سيطرتها", "المدنيين", "يقتلون", "أأنت", "فسيكفيكهم",
}

// benchWords returns the vocabulary inputs, or builtinWords when the
// vocabulary is absent, and their total size in bytes.
func benchWords(b *testing.B) ([]string, int64) {
	words := builtinWords
	if _, err := os.Stat(filepath.Join(vocabDir(), "voc.txt")); err == nil {
		words = readLines(b, "voc.txt")
	}
	var n int64
	for _, w := range words {
		n += int64(len(w))
	}
	return words, n
}

// BenchmarkStemmer measures a reused Stemmer over the vocabulary; the
// reported ns/op is per pass over all words, MB/s over their bytes.
func BenchmarkStemmer(b *testing.B) {
	words, n := benchWords(b)
	var s Stemmer
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			s.Stem(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(words)), "ns/word")
}

// BenchmarkStem measures the package-level Stem (pooled Stemmer, stop words
// stemmed too).
func BenchmarkStem(b *testing.B) {
	words, n := benchWords(b)
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			Stem(w, true)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(words)), "ns/word")
}
