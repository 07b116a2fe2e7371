package extract

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// plainEvent is Event without its MarshalJSON: encoding/json writes it from
// the struct tags, the reference AppendJSON must match.
type plainEvent Event

// mentionReference is what a mention's JSON is, written with encoding/json:
// the fields of its kind, in order.
func mentionReference(m Mention) ([]byte, error) {
	type base struct {
		Doc   string `json:"doc"`
		Kind  string `json:"kind"`
		Text  string `json:"text"`
		Start int    `json:"start"`
		End   int    `json:"end"`
	}
	coord := func(ok bool, v float64) *float64 {
		if !ok {
			return nil
		}
		return &v
	}
	b := base{m.Doc, m.Kind, m.Text, m.Start, m.End}
	switch m.Kind {
	case KindPlace:
		return json.Marshal(struct {
			base
			ID      string   `json:"id"`
			Name    string   `json:"name"`
			NameEn  string   `json:"name_en"`
			Country string   `json:"country"`
			Feature string   `json:"feature"`
			Lat     *float64 `json:"lat"`
			Lon     *float64 `json:"lon"`
		}{b, m.ID, m.Name, m.NameEn, m.Country, m.Feature, coord(m.HasCoord, m.Lat), coord(m.HasCoord, m.Lon)})
	case KindGroup:
		return json.Marshal(struct {
			base
			ID     string `json:"id"`
			Name   string `json:"name"`
			NameEn string `json:"name_en"`
			Type   string `json:"type"`
		}{b, m.ID, m.Name, m.NameEn, m.Type})
	case KindSource:
		return json.Marshal(struct {
			base
			Cue    string `json:"cue"`
			ID     string `json:"id,omitempty"`
			Name   string `json:"name,omitempty"`
			NameEn string `json:"name_en,omitempty"`
		}{b, m.Cue, m.ID, m.Name, m.NameEn})
	case KindNumber:
		return json.Marshal(struct {
			base
			Value     any    `json:"value"`
			Qualifier string `json:"qualifier"`
			Unit      string `json:"unit"`
		}{b, m.Value, m.Qualifier, m.Unit})
	case KindDate:
		return json.Marshal(struct {
			base
			Value any `json:"value"`
		}{b, m.Value})
	}
	return json.Marshal(b)
}

// randomRecords makes events and mentions with every field set or not, and
// strings and numbers that exercise JSON's escapes and float formats.
type randomRecords struct{ r *rand.Rand }

var jsonTestPieces = []string{"", "a", "قصف", "البوكمال", `"`, `\`, "<", ">", "&", "\n", "\r", "\t", "\b", "\f",
	"\x00", "\x01", "\x1f", "\x7f", "\u2028", "\u2029", "\u00e9", "€", "😀", "\xff", "\xc3", "\xe2\x82", "\xed\xa0\x80",
	"‏", "ـ", "٢٦", "/", "'", " ", "«رويترز»"}

func (g randomRecords) str() string {
	var b strings.Builder
	for range g.r.IntN(6) {
		b.WriteString(jsonTestPieces[g.r.IntN(len(jsonTestPieces))])
	}
	return b.String()
}

func (g randomRecords) float() float64 {
	special := []float64{0, math.Copysign(0, -1), 1, -1, 26, 2.5, 36.2021, -5.5, 1e-6, 9.99e-7, 1e-7, 1.5e-9,
		1e20, 1e21, 123456789012345678901234.0, 1e-300, math.MaxFloat64, math.SmallestNonzeroFloat64}
	if g.r.IntN(2) == 0 {
		return special[g.r.IntN(len(special))]
	}
	return (g.r.Float64() - 0.5) * math.Pow(10, float64(g.r.IntN(40)-20))
}

func (g randomRecords) value() any {
	switch g.r.IntN(3) {
	case 0:
		return nil
	case 1:
		return g.float()
	}
	return g.str()
}

func (g randomRecords) span() Span {
	return Span{Text: g.str(), Start: g.r.IntN(1 << 20), End: g.r.IntN(1<<20) - 5}
}

func (g randomRecords) floatPtr() *float64 {
	if g.r.IntN(3) == 0 {
		return nil
	}
	f := g.float()
	return &f
}

func (g randomRecords) count() *Count {
	if g.r.IntN(3) == 0 {
		return nil
	}
	return &Count{Span: g.span(), Value: g.value(), Qualifier: g.str()}
}

func (g randomRecords) event() *Event {
	e := &Event{Doc: g.str(), Type: g.str(), Trigger: g.span(), Sentence: g.span(),
		Killed: g.count(), Injured: g.count()}
	if g.r.IntN(3) > 0 {
		e.Date = &EventDate{Span: g.span(), Value: g.value()}
	}
	if n := g.r.IntN(4) - 1; n >= 0 { // nil, empty or some
		e.Places = make([]EventPlace, n)
		for i := range e.Places {
			e.Places[i] = EventPlace{Span: g.span(), ID: g.str(), Name: g.str(), NameEn: g.str(),
				Country: g.str(), Lat: g.floatPtr(), Lon: g.floatPtr(), feature: g.str()}
		}
	}
	if n := g.r.IntN(4) - 1; n >= 0 {
		e.Actors = make([]EventActor, n)
		for i := range e.Actors {
			e.Actors[i] = EventActor{Span: g.span(), ID: g.str(), Name: g.str(), NameEn: g.str(), Role: g.str()}
		}
	}
	if n := g.r.IntN(4) - 1; n >= 0 {
		e.Quantities = make([]Quantity, n)
		for i := range e.Quantities {
			e.Quantities[i] = Quantity{Span: g.span(), Value: g.value(), Qualifier: g.str(), Unit: g.str()}
		}
	}
	if g.r.IntN(3) > 0 {
		e.Source = &EventSource{Span: g.span(), ID: g.str(), Name: g.str(), NameEn: g.str()}
	}
	return e
}

func (g randomRecords) mention() *Mention {
	kinds := []string{KindPlace, KindGroup, KindSource, KindNumber, KindDate, "other"}
	return &Mention{Span: g.span(), Doc: g.str(), Kind: kinds[g.r.IntN(len(kinds))], Value: g.value(),
		Qualifier: g.str(), Unit: g.str(), Cue: g.str(), ID: g.str(), Name: g.str(), NameEn: g.str(),
		Country: g.str(), Feature: g.str(), Lat: g.float(), Lon: g.float(), HasCoord: g.r.IntN(2) == 0,
		Type: g.str()}
}

// TestAppendJSON checks that events and mentions write the bytes
// encoding/json writes for them, on random records.
func TestAppendJSON(t *testing.T) {
	g := randomRecords{rand.New(rand.NewPCG(1, 2))}
	for i := range 20000 {
		e := g.event()
		want, err := json.Marshal(plainEvent(*e))
		if err != nil {
			t.Fatal(err)
		}
		if got := e.AppendJSON([]byte("x")); !bytes.Equal(got[1:], want) || got[0] != 'x' {
			t.Fatalf("event %d:\n got %s\nwant %s", i, got[1:], want)
		}
		if got, err := json.Marshal(e); err != nil || !bytes.Equal(got, want) {
			t.Fatalf("event %d: json.Marshal gives %s, %v\nwant %s", i, got, err, want)
		}
		m := g.mention()
		want, err = mentionReference(*m)
		if err != nil {
			t.Fatal(err)
		}
		if got := m.AppendJSON(nil); !bytes.Equal(got, want) {
			t.Fatalf("mention %d:\n got %s\nwant %s", i, got, want)
		}
		if got, err := json.Marshal(m); err != nil || !bytes.Equal(got, want) {
			t.Fatalf("mention %d: json.Marshal gives %s, %v\nwant %s", i, got, err, want)
		}
	}
}

// FuzzAppendJSONString checks the string escapes against encoding/json on
// any bytes.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range jsonTestPieces {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Fatalf("%q:\n got %s\nwant %s", s, got, want)
		}
	})
}

// BenchmarkAppendJSON writes the seed article's events.
func BenchmarkAppendJSON(b *testing.B) {
	evs := seedEvents(b)
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		buf = buf[:0]
		for i := range evs {
			buf = evs[i].AppendJSON(buf)
		}
	}
	b.SetBytes(int64(len(buf)))
}

// BenchmarkMarshalEvents writes the same events with encoding/json, from
// the struct tags.
func BenchmarkMarshalEvents(b *testing.B) {
	evs := seedEvents(b)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = 0
		for i := range evs {
			out, err := json.Marshal(plainEvent(evs[i]))
			if err != nil {
				b.Fatal(err)
			}
			n += len(out)
		}
	}
	b.SetBytes(int64(n))
}

// seedEvents returns the events of the seed article.
func seedEvents(b *testing.B) []Event {
	x, doc := seedExtractor(b)
	evs := x.Events(doc)
	if len(evs) == 0 {
		b.Fatal("no events in the seed article")
	}
	return evs
}
