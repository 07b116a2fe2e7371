package gazetteer

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rasd/normalize"
)

// BenchmarkDefault parses and compiles the embedded default files, as the
// default was loaded before default_table.go (budget: 20 ms).
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		es, err := DefaultEntries()
		if err != nil {
			b.Fatal(err)
		}
		newOwned(es)
	}
	reportCPU(b, cpu, 0)
}

// BenchmarkDefaultTable compiles the entries of the generated default
// table, as Load does when user files add to them (Default itself compiles
// nothing: its trie is generated too).
func BenchmarkDefaultTable(b *testing.B) {
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		newOwned(defaultTable[:])
	}
	reportCPU(b, cpu, 0)
}

// BenchmarkDefaultParse parses the embedded default without compiling it.
func BenchmarkDefaultParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DefaultEntries(); err != nil {
			b.Fatal(err)
		}
	}
}

// syllables build synthetic Arabic place names.
var syllables = []string{"كفر", "تل", "عين", "دير", "بيت", "أبو", "خان", "رأس", "حمام", "قصر",
	"سل", "مان", "حور", "زيد", "نور", "بر", "دان", "قاسم", "حلو", "جب", "رحمة", "شيخ", "سعد", "كرم"}

// synthetic returns n synthetic place entries in TSV, like a GeoNames import.
func synthetic(n int) []byte {
	var buf bytes.Buffer
	buf.WriteString("id\tkind\tname\tname_en\taliases\tcountry\tfeature\tparent\tlat\tlon\tpopulation\tgeonames\n")
	for i := range n {
		s := len(syllables)
		a, c, d := syllables[i%s], syllables[(i/s)%s], syllables[(i/s/s)%s]
		name := a + " " + c + d
		alias := a + c + d
		if i%3 == 0 {
			name = "ال" + c + d + syllables[(i/7)%s]
		}
		fmt.Fprintf(&buf, "gn:%d\tplace\t%s\tPlace %d\t%s\tSY\tvillage\t\t%.4f\t%.4f\t%d\t%d\n",
			1_000_000+i, name, i, alias, 33+float64(i%400)/100, 36+float64(i%500)/100, i%5000, 1_000_000+i)
	}
	return buf.Bytes()
}

// BenchmarkLoad200k parses and compiles 200,000 synthetic entries, the size
// of a country-wide GeoNames import (budget: 2 s).
func BenchmarkLoad200k(b *testing.B) {
	data := synthetic(200_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		es, err := Parse(bytes.NewReader(data), "synthetic")
		if err != nil {
			b.Fatal(err)
		}
		newOwned(es)
	}
	reportCPU(b, cpu, len(data))
}

// newsText is a made-up Arabic news paragraph with names of every kind.
const newsText = `قالت مصادر محلية إن غارات جوية استهدفت مواقع لقوات الحشد الشعبي في منطقة الحسيان بريف البوكمال شرقي دير الزور، ` +
	`وأسفرت عن مقتل 12 عنصراً. وأضاف المرصد السوري لحقوق الإنسان أن الطائرات حلقت فوق الحدود السورية العراقية، ` +
	`فيما أعلنت هيئة تحرير الشام سيطرتها على بلدة كفرنبل في ريف إدلب الجنوبي. وفي العراق، قصفت القوات الأمريكية ` +
	`مواقع لكتائب حزب الله قرب مدينة القائم بمحافظة الأنبار، بحسب وكالة رويترز. وفي اليمن قال الحوثيون إنهم ` +
	`استهدفوا مطار أبها في السعودية، بينما تواصلت الاشتباكات في محافظة مأرب وفي مدينة تعز.`

// benchText returns about 1 MB of text: the dev articles when they are
// beside the repository, else the paragraph above repeated.
func benchText(b *testing.B) string {
	var sb strings.Builder
	files, _ := filepath.Glob("../../shared/eval/dev/*.txt")
	for _, f := range files {
		if d, err := os.ReadFile(f); err == nil {
			sb.Write(d)
			sb.WriteByte('\n')
		}
	}
	if sb.Len() == 0 {
		sb.WriteString(newsText)
	}
	one := sb.String()
	for sb.Len() < 1<<20 {
		sb.WriteString(one)
	}
	return sb.String()
}

func benchMatch(b *testing.B, g *Gazetteer) {
	s := benchText(b)
	t := normalize.Fold(s, normalize.Match)
	toks := normalize.Tokenize(t)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		g.Match(t, toks)
	}
	reportCPU(b, cpu, len(s))
}

// reportCPU reports the CPU time per operation and the throughput per CPU
// second, which a busy machine does not distort as it does wall time.
func reportCPU(b *testing.B, start time.Duration, bytes int) {
	used := cpuTime() - start
	if used <= 0 || b.N == 0 {
		return
	}
	b.ReportMetric(float64(used.Nanoseconds())/float64(b.N), "cpu-ns/op")
	if bytes > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/used.Seconds()/1e6, "cpu-MB/s")
	}
}

// BenchmarkMatchDefault matches tokenized news text with the default
// gazetteer (budget: 20 MB/s per core).
func BenchmarkMatchDefault(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	benchMatch(b, g)
}

// BenchmarkMatch200k matches news text with the default plus 200,000
// synthetic entries.
func BenchmarkMatch200k(b *testing.B) {
	benchMatch(b, New(entries200k(b)))
}

// BenchmarkPipeline200k folds, tokenizes and matches, the whole path from
// text to mentions, with the 200k gazetteer.
func BenchmarkPipeline200k(b *testing.B) {
	g := New(entries200k(b))
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		t := normalize.Fold(s, normalize.Match)
		g.Match(t, normalize.Tokenize(t))
	}
	reportCPU(b, cpu, len(s))
}

// entries200k returns the default entries followed by 200,000 synthetic ones,
// the user gazetteer of a GeoNames import that the benchmarks load.
func entries200k(b *testing.B) []Entry {
	es, err := DefaultEntries()
	if err != nil {
		b.Fatal(err)
	}
	more, err := Parse(bytes.NewReader(synthetic(200_000)), "synthetic")
	if err != nil {
		b.Fatal(err)
	}
	return append(es, more...)
}
