package extract

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"

	"rasd/extract/jsonstr"
)

// Events and mentions are written as JSON by hand: rasd extract writes one
// per record, and encoding/json's reflection was a twentieth of its time.
// The bytes are those json.Marshal writes for the same values (the struct
// tags of Event and its parts are the contract; TestAppendJSON compares
// the two on random records): HTML-safe string escapes, invalid UTF-8 as
// U+FFFD, floats as encoding/json formats them, nil slices and pointers as
// null.

// AppendJSON appends e as a JSON object, as json.Marshal writes it.
func (e *Event) AppendJSON(dst []byte) []byte {
	dst = append(dst, `{"doc":`...)
	dst = appendJSONString(dst, e.Doc)
	dst = append(dst, `,"type":`...)
	dst = appendJSONString(dst, e.Type)
	dst = append(dst, `,"trigger":{`...)
	dst = appendSpanFields(dst, &e.Trigger)
	dst = append(dst, `},"sentence":{`...)
	dst = appendSpanFields(dst, &e.Sentence)
	dst = append(dst, `},"date":`...)
	if d := e.Date; d == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, '{')
		dst = appendSpanFields(dst, &d.Span)
		dst = append(dst, `,"value":`...)
		dst = appendJSONValue(dst, d.Value)
		dst = append(dst, '}')
	}
	dst = append(dst, `,"places":`...)
	dst = appendList(dst, e.Places, func(dst []byte, p *EventPlace) []byte {
		dst = appendSpanFields(dst, &p.Span)
		dst = appendStringField(dst, `,"id":`, p.ID)
		dst = appendStringField(dst, `,"name":`, p.Name)
		dst = appendStringField(dst, `,"name_en":`, p.NameEn)
		dst = appendStringField(dst, `,"country":`, p.Country)
		dst = append(dst, `,"lat":`...)
		dst = appendFloatPointer(dst, p.Lat)
		dst = append(dst, `,"lon":`...)
		return appendFloatPointer(dst, p.Lon)
	})
	dst = append(dst, `,"actors":`...)
	dst = appendList(dst, e.Actors, func(dst []byte, a *EventActor) []byte {
		dst = appendSpanFields(dst, &a.Span)
		dst = appendStringField(dst, `,"id":`, a.ID)
		dst = appendStringField(dst, `,"name":`, a.Name)
		dst = appendStringField(dst, `,"name_en":`, a.NameEn)
		return appendStringField(dst, `,"role":`, a.Role)
	})
	dst = append(dst, `,"killed":`...)
	dst = appendCount(dst, e.Killed)
	dst = append(dst, `,"injured":`...)
	dst = appendCount(dst, e.Injured)
	dst = append(dst, `,"quantities":`...)
	dst = appendList(dst, e.Quantities, func(dst []byte, q *Quantity) []byte {
		dst = appendSpanFields(dst, &q.Span)
		dst = append(dst, `,"value":`...)
		dst = appendJSONValue(dst, q.Value)
		dst = appendStringField(dst, `,"qualifier":`, q.Qualifier)
		return appendStringField(dst, `,"unit":`, q.Unit)
	})
	dst = append(dst, `,"source":`...)
	if s := e.Source; s == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, '{')
		dst = appendSpanFields(dst, &s.Span)
		dst = appendKnownEntry(dst, s.ID, s.Name, s.NameEn)
		dst = append(dst, '}')
	}
	return append(dst, '}')
}

// MarshalJSON writes e as AppendJSON does.
func (e *Event) MarshalJSON() ([]byte, error) { return e.AppendJSON(nil), nil }

// AppendJSON appends m as a JSON object with the fields that belong to its
// kind, in a fixed order: {"doc","kind","text","start","end", ...}.
func (m *Mention) AppendJSON(dst []byte) []byte {
	dst = append(dst, `{"doc":`...)
	dst = appendJSONString(dst, m.Doc)
	dst = appendStringField(dst, `,"kind":`, m.Kind)
	dst = append(dst, ',')
	dst = appendSpanFields(dst, &m.Span)
	switch m.Kind {
	case KindPlace:
		dst = appendStringField(dst, `,"id":`, m.ID)
		dst = appendStringField(dst, `,"name":`, m.Name)
		dst = appendStringField(dst, `,"name_en":`, m.NameEn)
		dst = appendStringField(dst, `,"country":`, m.Country)
		dst = appendStringField(dst, `,"feature":`, m.Feature)
		if m.HasCoord {
			dst = append(dst, `,"lat":`...)
			dst = appendJSONFloat(dst, m.Lat)
			dst = append(dst, `,"lon":`...)
			dst = appendJSONFloat(dst, m.Lon)
		} else {
			dst = append(dst, `,"lat":null,"lon":null`...)
		}
	case KindGroup:
		dst = appendStringField(dst, `,"id":`, m.ID)
		dst = appendStringField(dst, `,"name":`, m.Name)
		dst = appendStringField(dst, `,"name_en":`, m.NameEn)
		dst = appendStringField(dst, `,"type":`, m.Type)
	case KindSource:
		dst = appendStringField(dst, `,"cue":`, m.Cue)
		dst = appendKnownEntry(dst, m.ID, m.Name, m.NameEn)
	case KindNumber:
		dst = append(dst, `,"value":`...)
		dst = appendJSONValue(dst, m.Value)
		dst = appendStringField(dst, `,"qualifier":`, m.Qualifier)
		dst = appendStringField(dst, `,"unit":`, m.Unit)
	case KindDate:
		dst = append(dst, `,"value":`...)
		dst = appendJSONValue(dst, m.Value)
	}
	return append(dst, '}')
}

// MarshalJSON writes m as AppendJSON does.
func (m Mention) MarshalJSON() ([]byte, error) { return m.AppendJSON(nil), nil }

// appendList appends list as a JSON array of the objects whose members
// members appends, or null for a nil list, as encoding/json writes a slice.
func appendList[T any](dst []byte, list []T, members func([]byte, *T) []byte) []byte {
	if list == nil {
		return append(dst, "null"...)
	}
	dst = append(dst, '[')
	for i := range list {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(members(append(dst, '{'), &list[i]), '}')
	}
	return append(dst, ']')
}

// appendSpanFields appends the members of s, without braces.
func appendSpanFields(dst []byte, s *Span) []byte {
	dst = append(dst, `"text":`...)
	dst = appendJSONString(dst, s.Text)
	dst = append(dst, `,"start":`...)
	dst = strconv.AppendInt(dst, int64(s.Start), 10)
	dst = append(dst, `,"end":`...)
	return strconv.AppendInt(dst, int64(s.End), 10)
}

// appendStringField appends a member name (with its comma and colon) and a
// string value.
func appendStringField(dst []byte, name, v string) []byte {
	return appendJSONString(append(dst, name...), v)
}

// appendCount appends a count, or null.
func appendCount(dst []byte, c *Count) []byte {
	if c == nil {
		return append(dst, "null"...)
	}
	dst = append(dst, '{')
	dst = appendSpanFields(dst, &c.Span)
	dst = append(dst, `,"value":`...)
	dst = appendJSONValue(dst, c.Value)
	dst = appendStringField(dst, `,"qualifier":`, c.Qualifier)
	return append(dst, '}')
}

// appendFloatPointer appends *f, or null.
func appendFloatPointer(dst []byte, f *float64) []byte {
	if f == nil {
		return append(dst, "null"...)
	}
	return appendJSONFloat(dst, *f)
}

// appendJSONValue appends a mention's value: nil, a float64 or a string
// (anything else, which the rules do not make, through encoding/json).
func appendJSONValue(dst []byte, v any) []byte {
	switch v := v.(type) {
	case nil:
		return append(dst, "null"...)
	case float64:
		return appendJSONFloat(dst, v)
	case string:
		return appendJSONString(dst, v)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return appendJSONString(dst, fmt.Sprint(v))
	}
	return append(dst, b...)
}

// appendJSONFloat appends f as encoding/json does: like ES6's number to
// string, with 'e' notation below 1e-6 and from 1e21, and an exponent
// without a leading zero. NaN and infinities, which json.Marshal refuses
// and the rules do not make, are written as null.
func appendJSONFloat(dst []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(dst, "null"...)
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		if n := len(dst); n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1] // e-09 → e-9
			dst = dst[:n-1]
		}
	}
	return dst
}

// appendKnownEntry appends the id, name and name_en fields of a source's
// gazetteer entry, each only when set (omitempty).
func appendKnownEntry(dst []byte, id, name, nameEn string) []byte {
	if id != "" {
		dst = appendStringField(dst, `,"id":`, id)
	}
	if name != "" {
		dst = appendStringField(dst, `,"name":`, name)
	}
	if nameEn != "" {
		dst = appendStringField(dst, `,"name_en":`, nameEn)
	}
	return dst
}

// appendJSONString appends s as a JSON string, quotes included, escaped as
// encoding/json escapes it (HTML-safe).
func appendJSONString(dst []byte, s string) []byte { return jsonstr.Append(dst, s, true) }
