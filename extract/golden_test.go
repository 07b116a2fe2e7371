package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"rasd/gazetteer"
	"rasd/normalize"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenCases pair an input document with its reference date; the golden
// output holds the events and then the mentions, one JSON record a line.
var goldenCases = []struct {
	name, input, ref string
}{
	// the seed article the project started from (see ../testdata)
	{"bukamal", "../testdata/bukamal.txt", "2020-03-12"},
}

func TestGolden(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	x := New(g)
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			text, err := os.ReadFile(tc.input)
			if err != nil {
				t.Fatal(err)
			}
			ref, err := time.Parse("2006-01-02", tc.ref)
			if err != nil {
				t.Fatal(err)
			}
			res := x.Extract(Document{ID: filepath.Base(tc.input), Text: string(text), Ref: ref})
			var got bytes.Buffer
			enc := json.NewEncoder(&got)
			enc.SetEscapeHTML(false)
			for _, e := range res.Events {
				if err := enc.Encode(e); err != nil {
					t.Fatal(err)
				}
			}
			for _, m := range res.Mentions {
				if err := enc.Encode(m); err != nil {
					t.Fatal(err)
				}
			}
			golden := filepath.Join("testdata", tc.name+".golden.jsonl")
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -run TestGolden -update to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("extraction of %s differs from %s; inspect with -update and git diff", tc.input, golden)
			}
		})
	}
}

// BenchmarkExtract runs the whole pipeline (folding, tokens, gazetteer,
// rules, events) on the seed article with the embedded gazetteer.
func BenchmarkExtract(b *testing.B) {
	x, doc := seedExtractor(b)
	for b.Loop() {
		x.Extract(doc)
	}
}

// BenchmarkEvents is what `rasd extract` runs per document: the events of
// the seed article, without mention records.
func BenchmarkEvents(b *testing.B) {
	x, doc := seedExtractor(b)
	for b.Loop() {
		x.Events(doc)
	}
}

// seedExtractor returns an extractor with the embedded gazetteer and the
// seed article, and starts reporting bytes and allocations.
func seedExtractor(b *testing.B) (*Extractor, Document) {
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	text, err := os.ReadFile("../testdata/bukamal.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	return New(g), Document{ID: "bench", Text: string(text), Ref: time.Date(2020, 3, 12, 0, 0, 0, 0, time.UTC)}
}

// seedDoc folds and tokenizes the seed article for the rule benchmarks.
func seedDoc(b *testing.B) (*doc, []byte) {
	text, err := os.ReadFile("../testdata/bukamal.txt")
	if err != nil {
		b.Fatal(err)
	}
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	d := &doc{ref: time.Date(2020, 3, 12, 0, 0, 0, 0, time.UTC)}
	d.text = normalize.Fold(string(text), normalize.Match)
	d.toks = normalize.Tokenize(d.text)
	d.sents = normalize.Sentences(d.toks)
	d.matches = g.Match(d.text, d.toks)
	return d, text
}

// BenchmarkRulesSeed runs every rule family (dates, numbers, attributions)
// on the seed article, real news text; compare with BenchmarkTokenizeSeed.
func BenchmarkRulesSeed(b *testing.B) {
	d, text := seedDoc(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		findRules(d)
	}
}

// BenchmarkTokenizeSeed folds and tokenizes the seed article: the baseline
// the rules' cost is measured against.
func BenchmarkTokenizeSeed(b *testing.B) {
	_, text := seedDoc(b)
	s := string(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_ = normalize.Tokenize(normalize.Fold(s, normalize.Match))
	}
}

// BenchmarkTokenizeSeedReused folds and tokenizes the seed article into
// reused tables, as Extractor.analyse does: the tokenizer's cost without
// the allocations that BenchmarkTokenizeSeed includes.
func BenchmarkTokenizeSeedReused(b *testing.B) {
	_, text := seedDoc(b)
	s := string(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var t normalize.Text
	var toks []normalize.Token
	for b.Loop() {
		t.ResetInPlace(s, normalize.Match)
		toks = normalize.AppendTokens(toks[:0], &t)
	}
}

// BenchmarkFindWords is the shared lexicon pass of the rules on the seed
// article.
func BenchmarkFindWords(b *testing.B) {
	d, text := seedDoc(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d.words = findWords(d, d.words)
	}
}
