package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"sync"

	"rasd/extract"
)

// Output formats for --format.
const (
	formatJSONL   = "jsonl"
	formatJSON    = "json"
	formatCSV     = "csv"
	formatGeoJSON = "geojson"
)

// formatNames lists the formats in the order --help shows them.
var formatNames = []string{formatJSONL, formatJSON, formatCSV, formatGeoJSON}

// csvEventColumns are the columns of --format csv for events, after ACLED's.
var csvEventColumns = []string{"doc", "event_type", "date", "place", "country", "lat", "lon",
	"actor1", "actor2", "killed", "injured", "source", "sentence"}

// csvMentionColumns are the columns of --format csv with --mentions.
var csvMentionColumns = []string{"doc", "kind", "text", "start", "end", "value", "qualifier", "unit",
	"cue", "id", "name", "name_en", "country", "feature", "lat", "lon", "type"}

// format writes records in one output format. The output is head, then the
// records with sep between them, then tail; each worker encodes records
// with its own encoder, and the writer only adds head, separators and tail,
// so the records of many documents can be encoded in parallel.
type format struct {
	name            string
	head, sep, tail []byte
	// newEncoder returns an encoder for one worker.
	newEncoder func() recordEncoder
}

// recordEncoder appends one record to dst; ok is false when the record has
// no place in the format (an event without coordinates in GeoJSON).
type recordEncoder interface {
	event(dst []byte, e *extract.Event, meta json.RawMessage) (out []byte, ok bool, err error)
	mention(dst []byte, m *extract.Mention, meta json.RawMessage) (out []byte, ok bool, err error)
}

// newFormat returns the named format.
func newFormat(name string, mentions bool) (*format, error) {
	switch name {
	case formatJSONL:
		return &format{name: name, newEncoder: func() recordEncoder { return jsonEncoder{eol: true} }}, nil
	case formatJSON:
		return &format{name: name, head: []byte("[\n"), sep: []byte(",\n"), tail: []byte("\n]\n"),
			newEncoder: func() recordEncoder { return jsonEncoder{} }}, nil
	case formatGeoJSON:
		return &format{name: name, head: []byte(`{"type":"FeatureCollection","features":[` + "\n"),
			sep: []byte(",\n"), tail: []byte("\n]}\n"),
			newEncoder: func() recordEncoder { return geoEncoder{} }}, nil
	case formatCSV:
		cols := csvEventColumns
		if mentions {
			cols = csvMentionColumns
		}
		var head bytes.Buffer
		w := csv.NewWriter(&head)
		if err := w.Write(cols); err != nil {
			return nil, err
		}
		w.Flush()
		return &format{name: name, head: head.Bytes(), newEncoder: func() recordEncoder { return newCSVEncoder() }}, nil
	}
	return nil, fmt.Errorf("unknown format %q (known: jsonl, json, csv, geojson)", name)
}

// empty returns the whole output for no records.
func (f *format) empty() []byte {
	if f.name == formatJSON {
		return []byte("[]\n")
	}
	if f.name == formatGeoJSON {
		return []byte(`{"type":"FeatureCollection","features":[]}` + "\n")
	}
	return f.head
}

// jsonEncoder writes records as JSON objects, with the JSONL input's other
// fields under "meta".
type jsonEncoder struct{ eol bool }

func (j jsonEncoder) event(dst []byte, e *extract.Event, meta json.RawMessage) ([]byte, bool, error) {
	return j.value(dst, e, meta)
}

func (j jsonEncoder) mention(dst []byte, m *extract.Mention, meta json.RawMessage) ([]byte, bool, error) {
	return j.value(dst, m, meta)
}

func (j jsonEncoder) value(dst []byte, v any, meta json.RawMessage) ([]byte, bool, error) {
	dst, err := appendJSON(dst, v, meta)
	if err != nil {
		return dst, false, err
	}
	if j.eol {
		dst = append(dst, '\n')
	}
	return dst, true, nil
}

// jsonBuf is a json.Encoder writing to a reusable buffer: json.Marshal
// returns a fresh copy of every record, a fifth of what extract allocated.
// Encode writes what Marshal returns (HTML-safe escapes included) and a
// newline.
type jsonBuf struct {
	buf bytes.Buffer
	enc *json.Encoder
}

var jsonBufs = sync.Pool{New: func() any {
	jb := new(jsonBuf)
	jb.enc = json.NewEncoder(&jb.buf)
	return jb
}}

// jsonAppender is a record that writes its own JSON, as json.Marshal would
// (extract.Event, extract.Mention).
type jsonAppender interface {
	AppendJSON(dst []byte) []byte
}

// appendJSON appends v as one line of JSON; meta, when not nil, is added as
// a last "meta" member of the object.
func appendJSON(dst []byte, v any, meta json.RawMessage) ([]byte, error) {
	start := len(dst)
	if a, ok := v.(jsonAppender); ok {
		dst = a.AppendJSON(dst)
	} else {
		jb := jsonBufs.Get().(*jsonBuf)
		defer jsonBufs.Put(jb)
		jb.buf.Reset()
		if err := jb.enc.Encode(v); err != nil {
			return dst, fmt.Errorf("encoding record: %w", err)
		}
		b := jb.buf.Bytes()
		dst = append(dst, b[:len(b)-1]...) // Encode ends the value with a newline
	}
	obj := dst[start:]
	if meta == nil || len(obj) < 2 || obj[len(obj)-1] != '}' {
		return dst, nil
	}
	// "meta" before the object's closing brace
	dst = dst[:len(dst)-1]
	if len(obj) > 2 {
		dst = append(dst, ',')
	}
	dst = append(dst, `"meta":`...)
	dst = append(dst, meta...)
	return append(dst, '}'), nil
}

// geoEncoder writes events as GeoJSON features: a Point at the first place
// with coordinates, and the event as properties.
type geoEncoder struct{}

func (geoEncoder) event(dst []byte, e *extract.Event, meta json.RawMessage) ([]byte, bool, error) {
	p := placeWithCoords(e)
	if p == nil {
		return dst, false, nil
	}
	return appendFeature(dst, *p.Lon, *p.Lat, e, meta)
}

func (geoEncoder) mention(dst []byte, m *extract.Mention, meta json.RawMessage) ([]byte, bool, error) {
	if m.Kind != extract.KindPlace || !m.HasCoord {
		return dst, false, nil
	}
	return appendFeature(dst, m.Lon, m.Lat, m, meta)
}

func appendFeature(dst []byte, lon, lat float64, v any, meta json.RawMessage) ([]byte, bool, error) {
	dst = append(dst, `{"type":"Feature","geometry":{"type":"Point","coordinates":[`...)
	dst = appendFloat(dst, lon)
	dst = append(dst, ',')
	dst = appendFloat(dst, lat)
	dst = append(dst, `]},"properties":`...)
	dst, err := appendJSON(dst, v, meta)
	if err != nil {
		return dst, false, err
	}
	return append(dst, '}'), true, nil
}

// appendFloat appends a coordinate the way encoding/json writes a float64.
func appendFloat(dst []byte, f float64) []byte {
	return strconv.AppendFloat(dst, f, 'f', -1, 64)
}

// placeWithCoords returns the first place of e with coordinates, or nil.
func placeWithCoords(e *extract.Event) *extract.EventPlace {
	for i := range e.Places {
		if e.Places[i].Lat != nil && e.Places[i].Lon != nil {
			return &e.Places[i]
		}
	}
	return nil
}

// mainPlace is the place a CSV row names: the first with coordinates, else
// the first.
func mainPlace(e *extract.Event) *extract.EventPlace {
	if p := placeWithCoords(e); p != nil {
		return p
	}
	if len(e.Places) > 0 {
		return &e.Places[0]
	}
	return nil
}

// csvEncoder writes records as CSV rows (RFC 4180 quoting, by encoding/csv).
type csvEncoder struct {
	buf bytes.Buffer
	w   *csv.Writer
	row []string
}

func newCSVEncoder() *csvEncoder {
	c := &csvEncoder{}
	c.w = csv.NewWriter(&c.buf)
	return c
}

func (c *csvEncoder) flush(dst []byte) ([]byte, bool, error) {
	if err := c.w.Write(c.row); err != nil {
		return dst, false, fmt.Errorf("encoding CSV: %w", err)
	}
	c.w.Flush()
	dst = append(dst, c.buf.Bytes()...)
	c.buf.Reset()
	return dst, true, c.w.Error()
}

func (c *csvEncoder) event(dst []byte, e *extract.Event, _ json.RawMessage) ([]byte, bool, error) {
	var place, country, lat, lon string
	if p := mainPlace(e); p != nil {
		place, country = label(p.NameEn, p.Name, p.Text), p.Country
		if p.Lat != nil && p.Lon != nil {
			lat, lon = string(appendFloat(nil, *p.Lat)), string(appendFloat(nil, *p.Lon))
		}
	}
	actor1, actor2 := actors(e)
	var date, killed, injured, source string
	if e.Date != nil {
		date = valueString(e.Date.Value)
	}
	if e.Killed != nil {
		killed = valueString(e.Killed.Value)
	}
	if e.Injured != nil {
		injured = valueString(e.Injured.Value)
	}
	if e.Source != nil {
		source = label(e.Source.NameEn, e.Source.Name, e.Source.Text)
	}
	c.row = append(c.row[:0], e.Doc, e.Type, date, place, country, lat, lon,
		actor1, actor2, killed, injured, source, e.Sentence.Text)
	return c.flush(dst)
}

func (c *csvEncoder) mention(dst []byte, m *extract.Mention, _ json.RawMessage) ([]byte, bool, error) {
	var lat, lon string
	if m.HasCoord {
		lat, lon = string(appendFloat(nil, m.Lat)), string(appendFloat(nil, m.Lon))
	}
	c.row = append(c.row[:0], m.Doc, m.Kind, m.Text, strconv.Itoa(m.Start), strconv.Itoa(m.End),
		valueString(m.Value), m.Qualifier, m.Unit, m.Cue, m.ID, m.Name, m.NameEn,
		m.Country, m.Feature, lat, lon, m.Type)
	return c.flush(dst)
}

// actors returns the names for ACLED's actor1 (who acted) and actor2 (who
// was acted on).
func actors(e *extract.Event) (actor1, actor2 string) {
	first, second := -1, -1
	for i, a := range e.Actors {
		if a.Role == extract.Perpetrator && first < 0 {
			first = i
		}
		if a.Role == extract.Target && second < 0 {
			second = i
		}
	}
	for i, a := range e.Actors {
		if i == first || i == second || a.Role == extract.Perpetrator || a.Role == extract.Target {
			continue
		}
		if first < 0 {
			first = i
		} else if second < 0 {
			second = i
		}
	}
	if first >= 0 {
		a := e.Actors[first]
		actor1 = label(a.NameEn, a.Name, a.Text)
	}
	if second >= 0 {
		a := e.Actors[second]
		actor2 = label(a.NameEn, a.Name, a.Text)
	}
	return actor1, actor2
}

// label returns the first non-empty name.
func label(names ...string) string {
	for _, n := range names {
		if n != "" {
			return n
		}
	}
	return ""
}

// valueString writes a record value (a number, an ISO date, or nil) for CSV.
func valueString(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case int:
		return strconv.Itoa(v)
	case json.Number:
		return v.String()
	}
	return fmt.Sprint(v)
}
