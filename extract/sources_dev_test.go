package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rasd/gazetteer"
	"rasd/normalize"
)

// TestDevSources writes the source mentions of the annotated dev articles to
// $RASD_SOURCES_OUT (JSON Lines, as `rasd extract --mentions` prints them),
// for scoring with ../shared/eval/score.py without the CLI. It is skipped
// unless RASD_SOURCES_OUT is set.
func TestDevSources(t *testing.T) {
	out := os.Getenv("RASD_SOURCES_OUT")
	if out == "" {
		t.Skip("RASD_SOURCES_OUT is not set")
	}
	dir := filepath.Join("..", "..", "shared", "eval", "dev")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no dev articles in %s", dir)
	}
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatalf("default gazetteer: %v", err)
	}
	x := New(g)
	var b strings.Builder
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := strings.ReplaceAll(strings.TrimPrefix(string(text), "\ufeff"), "\r\n", "\n")
		res := x.Extract(Document{ID: f, Text: s})
		for _, m := range res.Mentions {
			if m.Kind != KindSource {
				continue
			}
			line, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(line)
			b.WriteByte('\n')
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDevAttributions prints the attributions of the dev article named by
// $RASD_SOURCES_DOC (e.g. 005, or a path to any text file), continuing ones
// included, for inspecting the rules. It is skipped unless RASD_SOURCES_DOC
// is set.
func TestDevAttributions(t *testing.T) {
	name := os.Getenv("RASD_SOURCES_DOC")
	if name == "" {
		t.Skip("RASD_SOURCES_DOC is not set")
	}
	path := filepath.Join("..", "..", "shared", "eval", "dev", name+".txt")
	if strings.ContainsRune(name, os.PathSeparator) {
		path = name
	}
	text, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("dev article %s: %v", name, err)
	}
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatalf("default gazetteer: %v", err)
	}
	x := New(g)
	d := &doc{id: name}
	d.text = normalize.Fold(strings.ReplaceAll(strings.TrimPrefix(string(text), "\ufeff"), "\r\n", "\n"), normalize.Match)
	d.toks = normalize.Tokenize(d.text)
	d.sents = normalize.Sentences(d.toks)
	d.matches = x.gaz.Match(d.text, d.toks)
	findRules(d)
	for _, a := range d.attributions {
		t.Logf("sent %d cue %q -> %q [%d,%d) continues=%v addressee=%v dateline=%v %s", a.sentence, a.Cue, a.Text,
			a.first, a.last, a.continues, a.addressee, a.dateline, a.ID)
	}
	if os.Getenv("RASD_SOURCES_MATCHES") != "" {
		for _, m := range d.matches {
			t.Logf("match %q %s %s", d.text.Surface(m.Start, m.End), m.Entry.Kind, m.Entry.ID)
		}
	}
}

// devText joins the dev articles, or skips the benchmark when they are absent.
func devText(b *testing.B) string {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "eval", "dev", "*.txt"))
	if len(files) == 0 {
		b.Skip("no dev articles in ../../shared/eval/dev")
	}
	var sb strings.Builder
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(t)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// BenchmarkFindSourcesDev measures the attribution rules on the dev
// articles, next to BenchmarkTokenizeDev for the tokenizer's cost.
func BenchmarkFindSourcesDev(b *testing.B) {
	text := devText(b)
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	d := analyse(g, text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		d.sources = findSources(d)
	}
}

// devArticlesIfAny returns the dev articles, or none when they are absent.
func devArticlesIfAny() []string {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "eval", "dev", "*.txt"))
	var out []string
	for _, f := range files {
		if t, err := os.ReadFile(f); err == nil {
			out = append(out, string(t))
		}
	}
	return out
}

// devArticles returns the dev articles, or skips the benchmark when they
// are absent.
func devArticles(b testing.TB) []string {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "eval", "dev", "*.txt"))
	if len(files) == 0 {
		b.Skip("no dev articles in ../../shared/eval/dev")
	}
	var out []string
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(t))
	}
	return out
}

// BenchmarkRulesDevArticles measures what the rule families (the lexicon
// pass, dates, numbers, attributions) add to the pipeline, on each dev
// article in turn, with the steps and the reused tables of
// Extractor.analyse. "tokenize" is the tokenizer as the text core (issue 2)
// defines it: fold with offsets, tokenize, split sentences, and make the
// clitic candidates of every word (as normalize.BenchmarkTokens and `rasd
// tokens --clitics` do). "before" also makes the readings (the clitic
// candidates again, pronoun-less trigger readings, lexicon lookups) and
// matches the gazetteer; "with-rules" adds the rules where analyse runs
// them. "phases" runs the whole of analyse, events included, and times
// the tokenizer and the rules inside it: tokenize-ns/op and rules-ns/op
// are the two costs measured in the same run, rules/tokenize their ratio,
// and rules/fold+tokens the ratio to folding and tokenizing alone
// (fold-tokens-ns/op), without sentences and clitic candidates.
func BenchmarkRulesDevArticles(b *testing.B) {
	texts := devArticles(b)
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	for _, step := range []string{"tokenize", "before", "with-rules", "phases"} {
		b.Run(step, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			sc := new(scratch)
			var foldTokens, tokenize, rules time.Duration
			var clitics []normalize.Candidate
			for b.Loop() {
				for _, t := range texts {
					t0 := time.Now()
					d := &doc{scratch: sc, words: sc.words}
					sc.text.ResetInPlace(t, normalize.Match)
					d.text = &sc.text
					sc.toks = normalize.AppendTokens(sc.toks[:0], d.text)
					d.toks = sc.toks
					t1 := time.Now()
					sc.sents = normalize.AppendSentences(sc.sents[:0], d.toks)
					d.sents = sc.sents
					for i := range d.toks {
						if d.toks[i].Kind == normalize.Word {
							clitics = normalize.AppendClitics(clitics[:0], d.toks[i].Norm)
						}
					}
					foldTokens += t1.Sub(t0)
					tokenize += time.Since(t0)
					if step == "tokenize" {
						continue
					}
					d.readings()
					if step != "before" {
						t1 := time.Now()
						d.words = findWords(d, d.words)
						rules += time.Since(t1)
					}
					d.matches = g.MatchInto(&sc.match, d.text, d.toks,
						&gazetteer.Readings{Cands: d.cands, Start: d.keyStart, End: d.cliticEnd})
					if step != "before" {
						t1 := time.Now()
						applyRules(d)
						rules += time.Since(t1)
					}
					if step == "phases" {
						sortByStart(d.dates, mentionStart)
						sortByStart(d.numbers, mentionStart)
						sortByStart(d.sources, mentionStart)
						buildEvents(d)
					}
					sc.cands, sc.keyStart, sc.cliticEnd, sc.setMasks, sc.candLex, sc.words = d.cands, d.keyStart, d.cliticEnd, d.setMasks, d.candLex, d.words
				}
			}
			if step == "phases" {
				b.ReportMetric(float64(tokenize.Nanoseconds())/float64(b.N), "tokenize-ns/op")
				b.ReportMetric(float64(rules.Nanoseconds())/float64(b.N), "rules-ns/op")
				b.ReportMetric(float64(rules)/float64(tokenize), "rules/tokenize")
				b.ReportMetric(float64(foldTokens.Nanoseconds())/float64(b.N), "fold-tokens-ns/op")
				b.ReportMetric(float64(rules)/float64(foldTokens), "rules/fold+tokens")
			}
		})
	}
}

// BenchmarkTokenizeDevArticles folds and tokenizes each dev article into
// fresh tables (normalize.Fold, normalize.Tokenize), allocations included;
// BenchmarkRulesDevArticles/tokenize reuses them, as the pipeline does.
func BenchmarkTokenizeDevArticles(b *testing.B) {
	texts := devArticles(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			_ = normalize.Tokenize(normalize.Fold(t, normalize.Match))
		}
	}
}

// BenchmarkTokenizeDev folds and tokenizes the dev articles joined: the
// baseline of BenchmarkFindSourcesDev.
func BenchmarkTokenizeDev(b *testing.B) {
	text := devText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for range b.N {
		_ = normalize.Tokenize(normalize.Fold(text, normalize.Match))
	}
}
