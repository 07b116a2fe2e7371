package gazetteer

import (
	_ "embed" // the default files
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"
)

// The default gazetteer files, embedded as strings: the parser reads them
// where they lie in the binary, without a copy on the heap.
var (
	//go:embed data/places_geonames.tsv
	placesGeonamesTSV string
	//go:embed data/places.tsv
	placesTSV string
	//go:embed data/groups.tsv
	groupsTSV string
	//go:embed data/sources.tsv
	sourcesTSV string
)

// defaultTexts are the embedded default files by name.
var defaultTexts = map[string]string{
	"places_geonames.tsv": placesGeonamesTSV,
	"places.tsv":          placesTSV,
	"groups.tsv":          groupsTSV,
	"sources.tsv":         sourcesTSV,
}

// DefaultFiles are the files of the embedded default, in load order: a
// later entry with the same id replaces the earlier one.
var DefaultFiles = []string{"places_geonames.tsv", "places.tsv", "groups.tsv", "sources.tsv"}

// DefaultEntries parses the embedded default files in load order. The
// entries are fresh copies the caller may change.
func DefaultEntries() ([]Entry, error) {
	texts := make([]string, 0, len(DefaultFiles))
	names := make([]string, 0, len(DefaultFiles))
	lines := 0
	for _, name := range DefaultFiles {
		s, ok := defaultTexts[name]
		if !ok {
			return nil, fmt.Errorf("gazetteer: %s is in DefaultFiles but not embedded", name)
		}
		texts, names = append(texts, s), append(names, "data/"+name)
		lines += strings.Count(s, "\n") + 1
	}
	// parse the files side by side, each into its own region of out (a
	// file has no more entries than lines), then close the gaps
	out := make([]Entry, lines)
	start := make([]int, len(texts)+1)
	for i, s := range texts {
		start[i+1] = start[i] + strings.Count(s, "\n") + 1
	}
	count := make([]int, len(texts))
	errs := make([]error, len(texts))
	var wg sync.WaitGroup
	for i, s := range texts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			region := out[start[i]:start[i+1]]
			errs[i] = parseString(s, names[i], func(e Entry, _ int) error {
				region[count[i]] = e
				count[i]++
				return nil
			})
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	n := 0
	for i := range texts {
		n += copy(out[n:], out[start[i]:start[i]+count[i]])
	}
	clear(out[n:])
	return out[:n], nil
}

// DefaultFile returns the content of one embedded default file, or an error
// wrapping fs.ErrNotExist when it is absent.
func DefaultFile(name string) ([]byte, error) {
	s, ok := defaultTexts[name]
	if !ok {
		return nil, fmt.Errorf("gazetteer: embedded %s: %w", name, fs.ErrNotExist)
	}
	return []byte(s), nil
}

// defaultGazetteer is the default compiled into the binary
// (default_table.go): its entries (defaultTable), its trie (defaultTrie)
// and its ranking data (defaultInfo), which is what compiling the parsed
// data/*.tsv makes (TestDefaultTable). Start-up builds nothing but the list
// of the entries, where parsing and folding took almost half of it, and
// compiling a third. Nothing is written into the tables, so their pages
// stay shared with the executable file and only those read are loaded.
// The entries by id are made when first asked for.
var defaultGazetteer = sync.OnceValues(func() (*Gazetteer, error) {
	g := &Gazetteer{trie: defaultTrie, info: defaultInfo[:]}
	g.entries = make([]*Entry, len(defaultTable))
	for i := range defaultTable {
		g.entries[i] = &defaultTable[i]
	}
	return g, nil
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
		// the compiled default, copied: its ids are unique already, and a
		// user entry with one of them replaces it in place, as it would
		// replace the parsed entry
		all = append(all, defaultTable[:]...)
	}
	for _, f := range o.Files {
		es, err := ReadFile(f)
		if err != nil {
			return nil, err
		}
		all = append(all, es...)
	}
	return newOwned(all), nil
}
