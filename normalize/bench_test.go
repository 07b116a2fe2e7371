package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sampleNews is a short news-style text written for these benchmarks, used
// when the evaluation articles are not at hand.
const sampleNews = `قُتل ثلاثة مدنيين وأصيب ١٢ آخرون، يوم الأربعاء، في قصفٍ مدفعي استهدف بلدة كفرنبل بريف إدلب الجنوبي، بحسب ما أفاد به ناشطون محليون لوكالة (أ.ف.ب).
وقال مصدر في الدفاع المدني إن فرق الإنقاذ انتشلت جثث الضحايا من تحت الأنقاض، مشيراً إلى أن القصف تجدّد صباح الخميس على قرى مجاورة.
وفي العراق، أعلنت خلية الإعلام الأمني أن قوةً مشتركة من الجيش والحشد الشعبي نفذت عملية تفتيش في صحراء الأنبار، أسفرت عن ضبط 15 عبوة ناسفة و2,500 طلقة.
من جهته، ذكر المرصد السوري لحقوق الإنسان أن حصيلة القتلى منذ مطلع كانون الثاني/يناير 2017 بلغت 3.5 آلاف شخص.
Reuters reported that U.S. forces carried out an air strike near the Syrian–Iraqi border.
`

// benchText returns about 1 MB of Arabic news text: the evaluation
// articles when present (../../shared/eval/dev), else sampleNews.
func benchText(b *testing.B) string {
	b.Helper()
	var parts []string
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "eval", "dev", "*.txt"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			parts = append(parts, string(data))
		}
	}
	one := strings.Join(parts, "\n")
	if one == "" {
		one = sampleNews
	}
	return strings.Repeat(one, 1<<20/len(one)+1)
}

func BenchmarkAppendFold(b *testing.B) {
	s := benchText(b)
	for _, bc := range []struct {
		name string
		o    Options
	}{{"clean", Clean}, {"match", Match}} {
		b.Run(bc.name, func(b *testing.B) {
			dst := make([]byte, 0, len(s))
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				dst = AppendFold(dst[:0], s, bc.o)
			}
		})
	}
}

func BenchmarkFold(b *testing.B) {
	s := benchText(b)
	var t Text
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		t.Reset(s, Match)
	}
}

// BenchmarkTokens is what `rasd tokens --clitics` does: fold with offsets,
// tokenize, and segment every word.
func BenchmarkTokens(b *testing.B) {
	s := benchText(b)
	var t Text
	var toks []Token
	var cands []Candidate
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		t.Reset(s, Match)
		toks = AppendTokens(toks[:0], &t)
		for i := range toks {
			if toks[i].Kind == Word {
				cands = AppendClitics(cands[:0], toks[i].Norm)
			}
		}
	}
}

func BenchmarkSentences(b *testing.B) {
	s := benchText(b)
	toks := Tokenize(Fold(s, Match))
	var out []Sentence
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		out = AppendSentences(out[:0], toks)
	}
}

func BenchmarkDecode(b *testing.B) {
	s := []byte(benchText(b))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(s, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeArticle decodes the seed article, a news article of the
// size rasd extract decodes per file.
func BenchmarkDecodeArticle(b *testing.B) {
	s, err := os.ReadFile("../testdata/bukamal.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(s, ""); err != nil {
			b.Fatal(err)
		}
	}
}
