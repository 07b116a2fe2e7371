package gazetteer

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"
	"unsafe"
)

// data holds the default gazetteer files. The whole folder is embedded so
// that the build does not depend on which files exist yet; README.md
// describes them.
//
//go:embed data
var data embed.FS

// DefaultFiles are the files of the embedded default, in load order: a
// later entry with the same id replaces the earlier one.
var DefaultFiles = []string{"places_geonames.tsv", "places.tsv", "groups.tsv", "sources.tsv"}

// DefaultEntries parses the embedded default files in load order. Missing
// files are skipped. The entries are fresh copies the caller may change.
func DefaultEntries() ([]Entry, error) {
	texts := make([]string, 0, len(DefaultFiles))
	names := make([]string, 0, len(DefaultFiles))
	lines := 0
	for _, name := range DefaultFiles {
		b, err := data.ReadFile(path.Join("data", name))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("gazetteer: embedded %s: %w", name, err)
		}
		// embedded bytes are read-only and live forever: no copy needed
		s := unsafe.String(unsafe.SliceData(b), len(b))
		texts, names = append(texts, s), append(names, "data/"+name)
		lines += strings.Count(s, "\n") + 1
	}
	out := make([]Entry, 0, lines)
	for i, s := range texts {
		err := parseString(s, names[i], func(e Entry, _ int) error {
			out = append(out, e)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// DefaultFile returns the content of one embedded default file, or an error
// wrapping fs.ErrNotExist when it is absent.
func DefaultFile(name string) ([]byte, error) {
	b, err := data.ReadFile(path.Join("data", name))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: embedded %s: %w", name, err)
	}
	return b, nil
}

var defaultGazetteer = sync.OnceValues(func() (*Gazetteer, error) {
	es, err := DefaultEntries()
	if err != nil {
		return nil, err
	}
	return newOwned(es), nil
})

// Default returns the compiled embedded default gazetteer. It is built once
// and shared; it is read-only.
func Default() (*Gazetteer, error) { return defaultGazetteer() }

// Options says which gazetteer Load builds.
type Options struct {
	// Files are user gazetteer files, in order; their entries add to the
	// default or replace default entries with the same id.
	Files []string
	// NoDefault drops the embedded default.
	NoDefault bool
}

// Load builds the gazetteer the options describe. Without files it returns
// the shared Default.
func Load(o Options) (*Gazetteer, error) {
	if len(o.Files) == 0 {
		if o.NoDefault {
			return New(nil), nil
		}
		return Default()
	}
	var all []Entry
	if !o.NoDefault {
		es, err := DefaultEntries()
		if err != nil {
			return nil, err
		}
		all = es
	}
	for _, f := range o.Files {
		es, err := ReadFile(f)
		if err != nil {
			return nil, err
		}
		all = append(all, es...)
	}
	return New(all), nil
}
