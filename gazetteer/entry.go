package gazetteer

import "fmt"

// Kind is what an entry names.
type Kind uint8

// The entry kinds.
const (
	Place Kind = iota + 1
	Group
	Source
)

// String returns the kind's name as written in files and JSON.
func (k Kind) String() string {
	switch k {
	case Place:
		return "place"
	case Group:
		return "group"
	case Source:
		return "source"
	}
	return "unknown"
}

// ParseKind reads a kind name.
func ParseKind(s string) (Kind, error) {
	switch s {
	case "place":
		return Place, nil
	case "group":
		return Group, nil
	case "source":
		return Source, nil
	}
	return 0, fmt.Errorf("unknown kind %q (want place, group or source)", s)
}

// Entry is one place, armed group or source.
type Entry struct {
	// ID is stable and unique: gn:<geonameid>, place:<cc>:<slug>, group:<slug>, source:<slug>.
	ID string
	// Kind says what the entry names.
	Kind Kind
	// Name is the canonical Arabic name.
	Name string
	// NameEn is the English name.
	NameEn string
	// Aliases are other Arabic spellings. Shared lists the aliases that the
	// file declares knowingly shared with other entries (written ~X).
	Aliases, Shared []string
	// Country is an ISO 3166-1 alpha-2 code.
	Country string
	// Feature is a place's class: country, admin1, admin2, city, town,
	// village, area, base, airport, crossing, river, mountain, region.
	Feature string
	// Type is a group's or source's class (state_force, militia, agency, ...).
	Type string
	// Parent is the id of the containing place or parent organisation.
	Parent string
	// Lat and Lon are WGS84 degrees, meaningful when HasCoord is true.
	Lat, Lon float64
	// HasCoord reports whether the entry has a trustworthy position.
	HasCoord bool
	// Population is the number of inhabitants where known.
	Population int64
	// GeoNames is the GeoNames id where known.
	GeoNames int64
	// Wikidata is the Wikidata Q-id where known.
	Wikidata string

	index int32 // position in its compiled gazetteer
}

// Names returns the entry's name followed by its aliases, shared ones included.
func (e *Entry) Names() []string {
	out := make([]string, 0, 1+len(e.Aliases)+len(e.Shared))
	out = append(out, e.Name)
	out = append(out, e.Aliases...)
	return append(out, e.Shared...)
}
