package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

func TestParseRecord(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(dateLayout, s); return d }
	tests := []struct {
		name    string
		line    string
		id      string
		hasID   bool
		text    string
		date    time.Time
		meta    string
		wantErr string
	}{
		{name: "minimal", line: `{"id":"a","text":"نص"}`, id: "a", hasID: true, text: "نص", meta: `{}`},
		{name: "meta keeps order and values", line: `{"z":1,"id":"a","text":"t","a":[1, 2],"m":{"k": "v"}}`,
			id: "a", hasID: true, text: "t", meta: `{"z":1,"a":[1,2],"m":{"k":"v"}}`},
		{name: "numeric id", line: `{"id":42,"text":"t"}`, id: "42", hasID: true, text: "t", meta: `{}`},
		{name: "big numeric id kept as written", line: `{"id":12345678901234567890,"text":"t"}`,
			id: "12345678901234567890", hasID: true, text: "t", meta: `{}`},
		{name: "null id", line: `{"id":null,"text":"t"}`, text: "t", meta: `{}`},
		{name: "no id", line: `{"text":"t"}`, text: "t", meta: `{}`},
		{name: "date", line: `{"text":"t","date":"2020-03-12"}`, text: "t", date: day("2020-03-12"), meta: `{}`},
		{name: "RFC 3339 date", line: `{"text":"t","date":"2020-03-12T23:30:00+03:00"}`, text: "t", date: day("2020-03-12"), meta: `{}`},
		{name: "empty date", line: `{"text":"t","date":""}`, text: "t", meta: `{}`},
		{name: "escapes", line: `{"text":"a\nb \u0627"}`, text: "a\nb ا", meta: `{}`},
		{name: "spaces around", line: "  {\"text\" : \"t\"}  ", text: "t", meta: `{}`},
		{name: "bad JSON", line: `{text:"t"}`, wantErr: "invalid JSON: invalid character 't' looking for beginning of object key string"},
		{name: "truncated", line: `{"text":"t"`, wantErr: "invalid JSON: unexpected end of JSON input"},
		{name: "not an object", line: `"text"`, wantErr: "invalid JSON: a record must be an object"},
		{name: "two values", line: `{"text":"t"} {}`, wantErr: "more than one value"},
		{name: "no text", line: `{"id":"a"}`, wantErr: `record has no "text"`},
		{name: "text not a string", line: `{"text":1}`, wantErr: `"text" must be a string`},
		{name: "id an object", line: `{"id":{},"text":"t"}`, wantErr: `"id" must be a string or a number`},
		{name: "bad date", line: `{"text":"t","date":"12/03/2020"}`, wantErr: `bad "date" "12/03/2020": want YYYY-MM-DD`},
		{name: "date not a string", line: `{"text":"t","date":20200312}`, wantErr: `"date" must be a string`},
		{name: "empty line", line: ``, wantErr: "invalid JSON"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec, err := parseRecord([]byte(tc.line))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("parseRecord(%q) error = %v, want %q", tc.line, err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("parseRecord(%q): %v", tc.line, err)
			}
			if rec.id != tc.id || rec.hasID != tc.hasID || rec.text != tc.text || !rec.date.Equal(tc.date) ||
				rec.hasDate != !tc.date.IsZero() || string(rec.meta) != tc.meta {
				t.Errorf("parseRecord(%q) = id %q/%v text %q date %v meta %s; want %q/%v %q %v %s",
					tc.line, rec.id, rec.hasID, rec.text, rec.date, rec.meta, tc.id, tc.hasID, tc.text, tc.date, tc.meta)
			}
		})
	}
}

// FuzzParseRecord checks that a record that parses gives back what it was
// made of: its text and id, and meta holding exactly its other members.
func FuzzParseRecord(f *testing.F) {
	for _, s := range []string{`{"id":"a","text":"نص","url":"u"}`, `{"text":"t","date":"2020-03-12","n":[1,{"x":null}]}`,
		`{"id":1e3,"text":""}`, `{"text":"\ud800"}`, `[]`, `{"text":"t",}`, `{"text":"t","text":"u"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		rec, err := parseRecord(line)
		if err != nil {
			return
		}
		var all map[string]json.RawMessage
		if err := json.Unmarshal(line, &all); err != nil {
			t.Fatalf("parseRecord accepted %q, json.Unmarshal says %v", line, err)
		}
		var text string
		if err := json.Unmarshal(all["text"], &text); err != nil || text != rec.text {
			t.Fatalf("%q: text %q, want %q (%v)", line, rec.text, text, err)
		}
		var meta map[string]json.RawMessage
		if err := json.Unmarshal(rec.meta, &meta); err != nil {
			t.Fatalf("%q: meta %q is not a JSON object: %v", line, rec.meta, err)
		}
		for k := range all {
			_, inMeta := meta[k]
			if special := k == "id" || k == "text" || k == "date"; special == inMeta {
				t.Fatalf("%q: member %q in meta = %v", line, k, inMeta)
			}
		}
		for k := range meta {
			if _, ok := all[k]; !ok {
				t.Fatalf("%q: meta has %q, not in the record", line, k)
			}
		}
	})
}

func TestReadLine(t *testing.T) {
	long := strings.Repeat("x", 100_000)
	tests := []struct {
		name  string
		input string
		max   int
		want  []string // lines, then "ERR:..." for an error other than EOF
	}{
		{"lines", "a\nb\n", 1 << 20, []string{"a", "b", ""}},
		{"no final line end", "a\nb", 1 << 20, []string{"a", "b"}},
		{"CRLF", "a\r\nb\r\n", 1 << 20, []string{"a", "b", ""}},
		{"longer than the buffer", long + "\nb\n", 1 << 20, []string{long, "b", ""}},
		{"long last line", "a\n" + long, 1 << 20, []string{"a", long}},
		{"too long is skipped", "a\n" + long + "\nb\n", 50_000, []string{"a", "ERR:line too long", "b", ""}},
		{"empty", "", 10, []string{""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			br := bufio.NewReaderSize(strings.NewReader(tc.input), 16)
			var got []string
			for {
				line, err := readLine(br, tc.max)
				switch {
				case errors.Is(err, errLineTooLong):
					got = append(got, "ERR:"+err.Error())
					continue
				case err != nil && err != io.EOF:
					t.Fatal(err)
				}
				got = append(got, string(line))
				if err == io.EOF {
					break
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("lines of %q:\n got %q\nwant %q", tc.input[:min(len(tc.input), 40)], got, tc.want)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"empty means none", "", true},
		{"ISO", "2020-03-12", true},
		{"leap day", "2020-02-29", true},
		{"no such day", "2021-02-29", false},
		{"short month", "2020-3-12", false},
		{"slashes", "12/03/2020", false},
		{"time", "2020-03-12T10:00:00Z", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseDate(tc.in)
			if (err == nil) != tc.ok {
				t.Errorf("parseDate(%q) error = %v, want ok=%v", tc.in, err, tc.ok)
			}
		})
	}
}
