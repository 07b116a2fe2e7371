package extract

// Span is a piece of the original text with its code point offsets;
// Text is always exactly original[Start:End].
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Mention kinds.
const (
	KindPlace  = "place"
	KindGroup  = "group"
	KindSource = "source"
	KindNumber = "number"
	KindDate   = "date"
)

// Mention is one place, group, source, number or date found in a document.
type Mention struct {
	Span
	// Doc names the document.
	Doc string
	// Kind is one of the Kind* constants.
	Kind string
	// Value is a number's value (float64, nil when vague) or a date's ISO
	// value (string, nil when unresolved).
	Value any
	// Qualifier is a number's qualifier: exact, more_than, at_least, about,
	// less_than, vague.
	Qualifier string
	// Unit is the counted noun of a number, as its normalized singular.
	Unit string
	// Cue is the word that marks an attribution (بحسب, قال, ...).
	Cue string
	// ID, Name and NameEn identify the gazetteer entry, when one matched.
	ID, Name, NameEn string
	// Country, Feature, Lat, Lon and HasCoord describe a place.
	Country, Feature string
	Lat, Lon         float64
	HasCoord         bool
	// Type is a group's or source's class.
	Type string
}

// Event types, after ACLED's sub-event types.
const (
	Airstrike       = "airstrike"
	Shelling        = "shelling"
	Explosion       = "explosion"
	SuicideBombing  = "suicide_bombing"
	ArmedClash      = "armed_clash"
	Attack          = "attack"
	Assassination   = "assassination"
	Abduction       = "abduction"
	Arrest          = "arrest"
	TerritoryChange = "territory_change"
	Protest         = "protest"
)

// EventDate is when an event happened.
type EventDate struct {
	Span
	Value any `json:"value"`
}

// EventPlace is a place where an event happened.
type EventPlace struct {
	Span
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	NameEn  string   `json:"name_en"`
	Country string   `json:"country"`
	Lat     *float64 `json:"lat"`
	Lon     *float64 `json:"lon"`
	feature string   // the gazetteer feature, for ranking
	region  string   // the id of the governorate it lies in, or its own
}

// Actor roles.
const (
	Perpetrator = "perpetrator"
	Target      = "target"
	Unknown     = "unknown"
)

// EventActor is an armed group taking part in an event.
type EventActor struct {
	Span
	ID     string `json:"id"`
	Name   string `json:"name"`
	NameEn string `json:"name_en"`
	Role   string `json:"role"`
}

// Count is a number of people killed or injured.
type Count struct {
	Span
	Value     any    `json:"value"`
	Qualifier string `json:"qualifier"`
}

// Quantity is a number that is not a casualty count (15 rockets).
type Quantity struct {
	Span
	Value     any    `json:"value"`
	Qualifier string `json:"qualifier"`
	Unit      string `json:"unit"`
}

// EventSource is who an event is attributed to.
type EventSource struct {
	Span
	ID     string `json:"id,omitempty"`
	Name   string `json:"name,omitempty"`
	NameEn string `json:"name_en,omitempty"`
}

// Event is one real-world event reported in a document. Field names are the
// output contract that scripts and the evaluation read.
type Event struct {
	Doc        string       `json:"doc"`
	Type       string       `json:"type"`
	Trigger    Span         `json:"trigger"`
	Sentence   Span         `json:"sentence"`
	Date       *EventDate   `json:"date"`
	Places     []EventPlace `json:"places"`
	Actors     []EventActor `json:"actors"`
	Killed     *Count       `json:"killed"`
	Injured    *Count       `json:"injured"`
	Quantities []Quantity   `json:"quantities"`
	Source     *EventSource `json:"source"`
}
