package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"
)

// dateLayout is the layout of --date and of a JSONL record's "date".
const dateLayout = "2006-01-02"

// inputRecord is one line of --input jsonl: {"id", "text", "date"?, ...}.
type inputRecord struct {
	id      string
	hasID   bool
	text    string
	date    time.Time
	hasDate bool
	// meta holds the record's other members, in their order, as one JSON
	// object ({} when there are none).
	meta json.RawMessage
}

// parseRecord reads one JSONL input line. Members other than id, text and
// date are kept, in order, in meta.
func parseRecord(line []byte) (inputRecord, error) {
	rec, err := decodeRecord(line)
	if errors.Is(err, errSyntax) {
		// json.Decoder's token errors are terse; Unmarshal says what it expected.
		var v any
		if uerr := json.Unmarshal(line, &v); uerr != nil {
			err = fmt.Errorf("invalid JSON: %w", uerr)
		}
	}
	return rec, err
}

// errSyntax marks a JSON syntax error found by decodeRecord.
var errSyntax = errors.New("invalid JSON")

// decodeRecord does the work of parseRecord in one pass over the line.
func decodeRecord(line []byte) (inputRecord, error) {
	var rec inputRecord
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return rec, fmt.Errorf("%w: %w", errSyntax, err)
	}
	if tok != json.Delim('{') {
		return rec, errors.New("invalid JSON: a record must be an object {\"id\": ..., \"text\": ...}")
	}
	meta := []byte{'{'}
	hasText := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return rec, fmt.Errorf("%w: %w", errSyntax, err)
		}
		key, _ := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return rec, fmt.Errorf("%w: %w", errSyntax, err)
		}
		switch key {
		case "id":
			rec.id, rec.hasID, err = parseID(raw)
		case "text":
			if err = json.Unmarshal(raw, &rec.text); err != nil {
				err = errors.New(`"text" must be a string`)
			}
			hasText = true
		case "date":
			rec.date, rec.hasDate, err = parseRecordDate(raw)
		default:
			if len(meta) > 1 {
				meta = append(meta, ',')
			}
			k, _ := json.Marshal(key)
			meta = append(meta, k...)
			meta = append(meta, ':')
			var c bytes.Buffer
			if err := json.Compact(&c, raw); err != nil {
				return rec, fmt.Errorf("%w: %w", errSyntax, err)
			}
			meta = append(meta, c.Bytes()...)
		}
		if err != nil {
			return rec, err
		}
	}
	if _, err := dec.Token(); err != nil {
		return rec, fmt.Errorf("%w: %w", errSyntax, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return rec, errors.New("invalid JSON: more than one value on the line")
	}
	if !hasText {
		return rec, errors.New(`record has no "text"`)
	}
	rec.meta = append(meta, '}')
	return rec, nil
}

// parseID accepts a string or a number as a record id; null means none.
func parseID(raw json.RawMessage) (string, bool, error) {
	var v any
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		return "", false, fmt.Errorf("invalid JSON: %w", err)
	}
	switch v := v.(type) {
	case nil:
		return "", false, nil
	case string:
		return v, true, nil
	case json.Number:
		return v.String(), true, nil
	}
	return "", false, errors.New(`"id" must be a string or a number`)
}

// parseRecordDate accepts "YYYY-MM-DD" (or an RFC 3339 time, whose date is
// kept); null or "" means none.
func parseRecordDate(raw json.RawMessage) (time.Time, bool, error) {
	var s *string
	if err := json.Unmarshal(raw, &s); err != nil {
		return time.Time{}, false, errors.New(`"date" must be a string "YYYY-MM-DD"`)
	}
	if s == nil || *s == "" {
		return time.Time{}, false, nil
	}
	if t, err := time.Parse(dateLayout, *s); err == nil {
		return t, true, nil
	}
	if t, err := time.Parse(time.RFC3339, *s); err == nil {
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true, nil
	}
	return time.Time{}, false, fmt.Errorf(`bad "date" %q: want YYYY-MM-DD`, *s)
}

// parseDate parses --date.
func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("invalid --date %q: want YYYY-MM-DD, such as 2020-03-12", s)
	}
	return t, nil
}
