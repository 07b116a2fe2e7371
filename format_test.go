package main

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"rasd/extract"
)

func fp(f float64) *float64 { return &f }

// testEvent is an event with two places (the first without coordinates),
// two actors, counts and a source.
func testEvent() extract.Event {
	return extract.Event{
		Doc:      "news/a.txt",
		Type:     extract.Airstrike,
		Trigger:  extract.Span{Text: "ضربات جوية", Start: 8, End: 18},
		Sentence: extract.Span{Text: "قال \"المرصد\", إن ضربات جوية\nقتلت 26", Start: 0, End: 36},
		Date:     &extract.EventDate{Span: extract.Span{Text: "الخميس"}, Value: "2020-03-12"},
		Places: []extract.EventPlace{
			{Span: extract.Span{Text: "الحسيان"}, ID: "p1", Name: "الحسيان", NameEn: "Al-Husayan", Country: "SY"},
			{Span: extract.Span{Text: "البوكمال"}, ID: "gn:174448", Name: "البوكمال", NameEn: "Albu Kamal", Country: "SY",
				Lat: fp(34.45226), Lon: fp(40.91854)},
		},
		Actors: []extract.EventActor{
			{Span: extract.Span{Text: "الحشد"}, Name: "الحشد الشعبي", NameEn: "Popular Mobilization Forces", Role: extract.Target},
			{Span: extract.Span{Text: "مجهولة"}, Name: "طائرات مجهولة", Role: extract.Perpetrator},
		},
		Killed:  &extract.Count{Value: 26.0, Qualifier: "exact"},
		Injured: &extract.Count{Value: nil, Qualifier: "vague"},
		Source:  &extract.EventSource{Span: extract.Span{Text: "المرصد"}, NameEn: "SOHR"},
	}
}

func TestFormatEvent(t *testing.T) {
	noCoords := testEvent()
	noCoords.Places = noCoords.Places[:1]
	tests := []struct {
		name   string
		format string
		event  extract.Event
		meta   json.RawMessage
		ok     bool
		check  func(t *testing.T, out string)
	}{
		{name: "jsonl", format: formatJSONL, event: testEvent(), ok: true, check: func(t *testing.T, out string) {
			if !strings.HasPrefix(out, `{"doc":"news/a.txt","type":"airstrike",`) || !strings.HasSuffix(out, "}\n") {
				t.Errorf("got %q", out)
			}
			if strings.Count(out, "\n") != 1 {
				t.Errorf("not one line: %q", out)
			}
		}},
		{name: "jsonl with meta", format: formatJSONL, event: testEvent(), meta: json.RawMessage(`{"url":"u","n":1}`), ok: true,
			check: func(t *testing.T, out string) {
				if !strings.HasSuffix(out, `,"meta":{"url":"u","n":1}}`+"\n") {
					t.Errorf("meta not last: %q", out)
				}
				var v map[string]any
				if err := json.Unmarshal([]byte(out), &v); err != nil {
					t.Errorf("invalid JSON %q: %v", out, err)
				}
			}},
		{name: "json has no line end", format: formatJSON, event: testEvent(), ok: true, check: func(t *testing.T, out string) {
			if strings.HasSuffix(out, "\n") {
				t.Errorf("got %q", out)
			}
		}},
		{name: "geojson point is the first place with coordinates", format: formatGeoJSON, event: testEvent(), ok: true,
			check: func(t *testing.T, out string) {
				want := `{"type":"Feature","geometry":{"type":"Point","coordinates":[40.91854,34.45226]},"properties":{"doc":"news/a.txt",`
				if !strings.HasPrefix(out, want) {
					t.Errorf("got %q, want prefix %q", out, want)
				}
				var v map[string]any
				if err := json.Unmarshal([]byte(out), &v); err != nil {
					t.Errorf("invalid JSON %q: %v", out, err)
				}
			}},
		{name: "geojson skips events without coordinates", format: formatGeoJSON, event: noCoords, ok: false},
		{name: "csv row", format: formatCSV, event: testEvent(), ok: true, check: func(t *testing.T, out string) {
			rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil || len(rows) != 1 {
				t.Fatalf("got %q: %v", out, err)
			}
			want := []string{"news/a.txt", "airstrike", "2020-03-12", "Albu Kamal", "SY", "34.45226", "40.91854",
				"طائرات مجهولة", "Popular Mobilization Forces", "26", "", "SOHR", "قال \"المرصد\", إن ضربات جوية\nقتلت 26"}
			if strings.Join(rows[0], "|") != strings.Join(want, "|") {
				t.Errorf("row\n got %q\nwant %q", rows[0], want)
			}
		}},
		{name: "csv row without coordinates", format: formatCSV, event: noCoords, ok: true, check: func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "news/a.txt,airstrike,2020-03-12,Al-Husayan,SY,,,") {
				t.Errorf("got %q", out)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := newFormat(tc.format, false)
			if err != nil {
				t.Fatal(err)
			}
			out, ok, err := f.newEncoder().event(nil, &tc.event, tc.meta)
			if err != nil {
				t.Fatal(err)
			}
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v (%q)", ok, tc.ok, out)
			}
			if tc.check != nil {
				tc.check(t, string(out))
			}
		})
	}
}

func TestFormatMention(t *testing.T) {
	place := extract.Mention{Span: extract.Span{Text: "البوكمال", Start: 3, End: 11}, Doc: "-", Kind: extract.KindPlace,
		ID: "gn:174448", Name: "البوكمال", NameEn: "Albu Kamal", Country: "SY", Feature: "town",
		Lat: 34.45226, Lon: 40.91854, HasCoord: true}
	number := extract.Mention{Span: extract.Span{Text: "26", Start: 20, End: 22}, Doc: "-", Kind: extract.KindNumber,
		Value: 26.0, Qualifier: "exact", Unit: "عنصر"}
	tests := []struct {
		name    string
		format  string
		mention extract.Mention
		want    string
		ok      bool
	}{
		{"csv place", formatCSV, place, "-,place,البوكمال,3,11,,,,,gn:174448,البوكمال,Albu Kamal,SY,town,34.45226,40.91854,\n", true},
		{"csv number", formatCSV, number, "-,number,26,20,22,26,exact,عنصر,,,,,,,,,\n", true},
		{"geojson place", formatGeoJSON, place, `{"type":"Feature","geometry":{"type":"Point","coordinates":[40.91854,34.45226]},"properties":` +
			`{"doc":"-","kind":"place","text":"البوكمال","start":3,"end":11,"id":"gn:174448","name":"البوكمال","name_en":"Albu Kamal",` +
			`"country":"SY","feature":"town","lat":34.45226,"lon":40.91854}}`, true},
		{"geojson skips numbers", formatGeoJSON, number, "", false},
		{"jsonl number", formatJSONL, number, `{"doc":"-","kind":"number","text":"26","start":20,"end":22,"value":26,"qualifier":"exact","unit":"عنصر"}` + "\n", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := newFormat(tc.format, true)
			if err != nil {
				t.Fatal(err)
			}
			out, ok, err := f.newEncoder().mention(nil, &tc.mention, nil)
			if err != nil {
				t.Fatal(err)
			}
			if ok != tc.ok || string(out) != tc.want {
				t.Errorf("got %q, %v\nwant %q, %v", out, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestFormatFrame(t *testing.T) {
	tests := []struct {
		name, format string
		mentions     bool
		head, empty  string
	}{
		{"jsonl", formatJSONL, false, "", ""},
		{"json", formatJSON, false, "[\n", "[]\n"},
		{"geojson", formatGeoJSON, false, `{"type":"FeatureCollection","features":[` + "\n", `{"type":"FeatureCollection","features":[]}` + "\n"},
		{"csv events", formatCSV, false, strings.Join(csvEventColumns, ",") + "\n", strings.Join(csvEventColumns, ",") + "\n"},
		{"csv mentions", formatCSV, true, strings.Join(csvMentionColumns, ",") + "\n", strings.Join(csvMentionColumns, ",") + "\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := newFormat(tc.format, tc.mentions)
			if err != nil {
				t.Fatal(err)
			}
			if string(f.head) != tc.head || string(f.empty()) != tc.empty {
				t.Errorf("head %q empty %q, want %q %q", f.head, f.empty(), tc.head, tc.empty)
			}
		})
	}
	if _, err := newFormat("xml", false); err == nil {
		t.Error("newFormat(xml) did not fail")
	}
}

func TestActors(t *testing.T) {
	a := func(name, role string) extract.EventActor { return extract.EventActor{NameEn: name, Role: role} }
	tests := []struct {
		name         string
		actors       []extract.EventActor
		want1, want2 string
	}{
		{"none", nil, "", ""},
		{"roles", []extract.EventActor{a("T", extract.Target), a("P", extract.Perpetrator)}, "P", "T"},
		{"unknown roles in order", []extract.EventActor{a("A", extract.Unknown), a("B", extract.Unknown)}, "A", "B"},
		{"target and unknown", []extract.EventActor{a("U", extract.Unknown), a("T", extract.Target)}, "U", "T"},
		{"perpetrator only", []extract.EventActor{a("P", extract.Perpetrator)}, "P", ""},
		{"second perpetrator ignored", []extract.EventActor{a("P", extract.Perpetrator), a("Q", extract.Perpetrator)}, "P", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := extract.Event{Actors: tc.actors}
			got1, got2 := actors(&e)
			if got1 != tc.want1 || got2 != tc.want2 {
				t.Errorf("actors = %q, %q; want %q, %q", got1, got2, tc.want1, tc.want2)
			}
		})
	}
}

func TestValueString(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"nil", nil, ""},
		{"date", "2020-03-12", "2020-03-12"},
		{"whole", 26.0, "26"},
		{"fraction", 1.5, "1.5"},
		{"large", 1e7, "10000000"},
		{"int", 3, "3"},
		{"number", json.Number("12"), "12"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := valueString(tc.v); got != tc.want {
				t.Errorf("valueString(%#v) = %q, want %q", tc.v, got, tc.want)
			}
		})
	}
}

func BenchmarkEncodeEvent(b *testing.B) {
	e := testEvent()
	meta := json.RawMessage(`{"url":"https://example.org/a"}`)
	for _, name := range formatNames {
		b.Run(name, func(b *testing.B) {
			f, err := newFormat(name, false)
			if err != nil {
				b.Fatal(err)
			}
			enc := f.newEncoder()
			out, _, _ := enc.event(nil, &e, meta)
			b.SetBytes(int64(len(out)))
			b.ReportAllocs()
			for b.Loop() {
				out, _, _ = enc.event(out[:0], &e, meta)
			}
		})
	}
}
