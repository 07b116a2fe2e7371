package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"rasd/gazetteer"
	"rasd/gazetteer/geonames"
	"rasd/normalize"
)

const gazetteerUsage = `rasd gazetteer COMMAND [flags] [args]

   The gazetteer holds the places, armed groups and sources rasd recognizes.
   The default one is built in; --gazetteer FILE adds your own entries (or
   replaces default ones with the same id) and --no-default-gazetteer drops
   the built-in one. Files are UTF-8 TSV with a header line (columns id,
   kind, name, name_en, aliases, country, feature, type, parent, lat, lon,
   population, geonames, wikidata; see "go doc rasd/gazetteer").

EXAMPLES:
   rasd gazetteer lookup البوكمال
   rasd gazetteer lookup "مدينة حماة"
   rasd gazetteer lookup --context "قصفت الطائرات مواقع في العراق" الرياض
   rasd gazetteer list --kind group > groups.tsv
   rasd gazetteer list --country SY --feature city
   rasd gazetteer check my-places.tsv
   rasd gazetteer import geonames SY.txt -o sy-places.tsv
   rasd extract --gazetteer sy-places.tsv news/*.txt`

// gazetteerFlags are the flags that choose the gazetteer, shared by the
// gazetteer and extract commands.
func gazetteerFlags() []cli.Flag {
	return []cli.Flag{
		&cli.GenericFlag{Name: "gazetteer", Aliases: []string{"g"}, Value: &fileList{},
			Usage: "add the entries of gazetteer `FILE` (repeatable; same id replaces)"},
		&cli.BoolFlag{Name: "no-default-gazetteer", Usage: "do not load the built-in gazetteer"},
	}
}

// fileList is the value of a repeatable file flag. Unlike a string slice
// flag it does not split values at commas, which file names may hold.
type fileList struct{ paths []string }

// Set adds one path.
func (f *fileList) Set(p string) error {
	f.paths = append(f.paths, p)
	return nil
}

// String returns the paths joined by commas, for help output.
func (f *fileList) String() string {
	if f == nil {
		return ""
	}
	return strings.Join(f.paths, ",")
}

// gazetteerFiles returns the --gazetteer files in order.
func gazetteerFiles(c *cli.Context) []string {
	if fl, ok := c.Generic("gazetteer").(*fileList); ok && fl != nil {
		return fl.paths
	}
	return nil
}

// loadGazetteer returns the gazetteer the --gazetteer and
// --no-default-gazetteer flags describe. Errors carry the file and line.
func loadGazetteer(c *cli.Context) (*gazetteer.Gazetteer, error) {
	g, err := gazetteer.Load(gazetteer.Options{Files: gazetteerFiles(c), NoDefault: c.Bool("no-default-gazetteer")})
	if err != nil {
		return nil, err
	}
	return g, nil
}

// gazetteerCommand is `rasd gazetteer`.
func gazetteerCommand() *cli.Command {
	return &cli.Command{
		Name:      "gazetteer",
		Usage:     "look up, list, check and import gazetteer entries",
		UsageText: gazetteerUsage,
		Subcommands: []*cli.Command{
			{
				Name:      "lookup",
				Usage:     "show the entries a name may mean, ranked, and why",
				ArgsUsage: "NAME...",
				UsageText: `rasd gazetteer lookup [--context TEXT] NAME...

   Matches the NAME words as rasd extract would (clitics, longest name,
   the word before a name such as مدينة or محافظة) and prints, for each
   name found, its candidates best first with the reasons of their rank.
   --context is text read as if it came before, in the same article: the
   places it names make their countries and governorates preferred.

EXAMPLES:
   rasd gazetteer lookup وبالبوكمال
   rasd gazetteer lookup "محافظة حماة"
   rasd gazetteer lookup --context "في العراق" الرياض`,
				Flags: append(gazetteerFlags(),
					&cli.StringFlag{Name: "context", Usage: "`TEXT` of the same article, read before NAME"}),
				Action: runGazetteerLookup,
			},
			{
				Name:      "list",
				Usage:     "print entries as TSV",
				ArgsUsage: " ",
				UsageText: `rasd gazetteer list [--kind KIND] [--country CC] [--feature F]

   Prints the entries of the gazetteer (the built-in one and --gazetteer
   files) in the gazetteer file format, so the output can be edited and
   given back with --gazetteer.

EXAMPLES:
   rasd gazetteer list --kind source
   rasd gazetteer list --kind place --country YE --feature admin1`,
				Flags: append(gazetteerFlags(),
					&cli.StringFlag{Name: "kind", Usage: "only entries of `KIND`: place, group or source"},
					&cli.StringFlag{Name: "country", Usage: "only entries of country `CC` (ISO 3166-1 alpha-2)"},
					&cli.StringFlag{Name: "feature", Usage: "only places of feature `F` (city, admin1, ...)"}),
				Action: runGazetteerList,
			},
			{
				Name:      "check",
				Usage:     "validate gazetteer files",
				ArgsUsage: "FILE...",
				UsageText: `rasd gazetteer check FILE...

   Reads each FILE and reports every problem as FILE:LINE: problem: bad
   columns or values, duplicate ids, unknown features or types, names that
   fold to nothing, a name shared with another entry of the files without
   ~ to declare it, parents that exist neither in the files nor in the
   built-in gazetteer, coordinates outside the country. Exits 1 when it
   found a problem.

EXAMPLES:
   rasd gazetteer check my-places.tsv
   rasd gazetteer check --no-default-gazetteer places.tsv groups.tsv`,
				Flags:  []cli.Flag{&cli.BoolFlag{Name: "no-default-gazetteer", Usage: "do not resolve parents in the built-in gazetteer"}},
				Action: runGazetteerCheck,
			},
			{
				Name:  "import",
				Usage: "convert other gazetteers to rasd's format",
				Subcommands: []*cli.Command{{
					Name:      "geonames",
					Usage:     "convert a GeoNames dump (SY.txt, allCountries.txt) to rasd's format",
					ArgsUsage: "FILE",
					UsageText: `rasd gazetteer import geonames FILE [-o OUT]

   Reads a GeoNames dump in its 19-column tab-separated format (a country
   file such as SY.txt, cities500.txt or allCountries.txt; "-" for standard
   input), streaming, and writes the rows that have an Arabic name as rasd
   gazetteer entries: the Arabic-script alternate names become the name and
   aliases (Persian and Urdu spellings left out), feature codes map to
   rasd's features (PPLC, PPLA: city; PPL by population: city, town,
   village; ADM1: admin1; AIRP: airport; MILB: base; STM: river; MT:
   mountain; PCLI: country; ...), parents link to the built-in governorates.
   Rows without an Arabic name are counted and skipped. The data stays
   GeoNames data: "Contains data from GeoNames (www.geonames.org), CC BY 4.0".

EXAMPLES:
   rasd gazetteer import geonames SY.txt -o sy.tsv
   unzip -p allCountries.zip | rasd gazetteer import geonames - > world.tsv
   rasd extract --gazetteer sy.tsv news/`,
					Flags:  []cli.Flag{&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (replaced only when complete) instead of standard output"}},
					Action: runImportGeoNames,
				}},
			},
		},
	}
}

// runGazetteerLookup is the action of `rasd gazetteer lookup`.
func runGazetteerLookup(c *cli.Context) error {
	if c.NArg() == 0 {
		return usageError{errors.New("lookup needs a NAME")}
	}
	g, err := loadGazetteer(c)
	if err != nil {
		return err
	}
	name := strings.Join(c.Args().Slice(), " ")
	text := name
	ctx := c.String("context")
	if ctx != "" {
		text = ctx + "\n" + name
	}
	t := normalize.Fold(text, normalize.Match)
	ms := g.Match(t, normalize.Tokenize(t))
	ctxLen := len([]rune(ctx))
	if ctx != "" {
		ctxLen++ // the newline
	}
	w := bufio.NewWriter(c.App.Writer)
	n := 0
	for i, m := range ms {
		if m.Start < ctxLen {
			continue // a name of the context
		}
		n++
		fmt.Fprintf(w, "%s  (key %s", t.Surface(m.Start, m.End), m.Key)
		if m.Hint != "" {
			fmt.Fprintf(w, ", after %s", m.Hint)
		}
		fmt.Fprintf(w, ")\n")
		for k, r := range g.Explain(ms, i) {
			fmt.Fprintf(w, "  %d. %s\n     why: %s\n", k+1, describe(r.Entry), strings.Join(r.Reasons, "; "))
		}
	}
	if n == 0 {
		// the name is there but the matcher does not take it on its own
		// (a common word, an adjective of origin): say so
		es := g.Lookup(name)
		if len(es) == 0 {
			w.Flush()
			return fmt.Errorf("no gazetteer entry matches %q", name)
		}
		fmt.Fprintf(w, "%s  (key %s: an entry name, but not a mention on its own here: a common word, an adjective, or a name that needs a place word such as مدينة or its country named nearby)\n",
			name, gazetteer.Key(name))
		for k, e := range es {
			fmt.Fprintf(w, "  %d. %s\n", k+1, describe(e))
		}
	}
	if err := w.Flush(); err != nil {
		return outputError{err}
	}
	return nil
}

// describe sums up an entry on one line.
func describe(e *gazetteer.Entry) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %s", e.ID, e.Kind)
	for _, s := range []string{e.Feature, e.Type, e.Country} {
		if s != "" {
			b.WriteString(" " + s)
		}
	}
	fmt.Fprintf(&b, "  %s", e.Name)
	if e.NameEn != "" {
		fmt.Fprintf(&b, " / %s", e.NameEn)
	}
	if e.HasCoord {
		fmt.Fprintf(&b, "  %s,%s", strconv.FormatFloat(e.Lat, 'f', -1, 64), strconv.FormatFloat(e.Lon, 'f', -1, 64))
	}
	if e.Population > 0 {
		fmt.Fprintf(&b, "  pop %d", e.Population)
	}
	if e.Parent != "" {
		fmt.Fprintf(&b, "  in %s", e.Parent)
	}
	return b.String()
}

// runGazetteerList is the action of `rasd gazetteer list`.
func runGazetteerList(c *cli.Context) error {
	if c.NArg() > 0 {
		return usageError{fmt.Errorf("list takes no arguments (got %q)", c.Args().First())}
	}
	var kind gazetteer.Kind
	if k := c.String("kind"); k != "" {
		var err error
		if kind, err = gazetteer.ParseKind(k); err != nil {
			return usageError{err}
		}
	}
	cc := strings.ToUpper(c.String("country"))
	feature := c.String("feature")
	if feature != "" && !gazetteer.Features[feature] {
		return usageError{fmt.Errorf("unknown feature %q", feature)}
	}
	g, err := loadGazetteer(c)
	if err != nil {
		return err
	}
	var out []gazetteer.Entry
	for _, e := range g.Entries() {
		if kind != 0 && e.Kind != kind || cc != "" && e.Country != cc || feature != "" && e.Feature != feature {
			continue
		}
		out = append(out, *e)
	}
	if err := gazetteer.Write(c.App.Writer, out); err != nil {
		return outputError{err}
	}
	return nil
}

// runGazetteerCheck is the action of `rasd gazetteer check`.
func runGazetteerCheck(c *cli.Context) error {
	if c.NArg() == 0 {
		return usageError{errors.New("check needs a FILE")}
	}
	var base *gazetteer.Gazetteer
	if !c.Bool("no-default-gazetteer") {
		var err error
		if base, err = gazetteer.Default(); err != nil {
			return err
		}
	}
	var all []gazetteer.Located
	var problems []error
	for _, path := range c.Args().Slice() {
		ls, errs := gazetteer.ReadLocatedFile(path)
		problems = append(problems, errs...)
		all = append(all, ls...)
	}
	problems = append(problems, gazetteer.Check(all, base)...)
	for _, p := range problems {
		var pe *gazetteer.ParseError
		if errors.As(p, &pe) {
			fmt.Fprintf(c.App.ErrWriter, "%s:%d: %v\n", pe.File, pe.Line, pe.Err)
		} else {
			fmt.Fprintf(c.App.ErrWriter, "%s: %v\n", programName, p)
		}
	}
	if len(problems) > 0 {
		fmt.Fprintf(c.App.ErrWriter, "%s: %d problems in %d entries\n", programName, len(problems), len(all))
		return errInputsFailed
	}
	fmt.Fprintf(c.App.Writer, "%d entries, no problems\n", len(all))
	return nil
}

// runImportGeoNames is the action of `rasd gazetteer import geonames`.
func runImportGeoNames(c *cli.Context) error {
	args := c.Args().Slice()
	output := c.String("output")
	// flags after FILE, as in "import geonames SY.txt -o sy.tsv"
	if len(args) == 3 && (args[1] == "-o" || args[1] == "--output") && output == "" {
		args, output = args[:1], args[2]
	}
	if len(args) != 1 {
		return usageError{errors.New("import geonames needs one FILE (- for standard input)")}
	}
	path := args[0]
	var in io.Reader = c.App.Reader
	if path != stdinName {
		f, err := os.Open(path)
		if err != nil {
			return pathError(err)
		}
		defer f.Close()
		in = f
	}
	base, err := gazetteer.Default()
	if err != nil {
		return err
	}
	o := geonames.Options{Parent: defaultParent(base)}
	var out io.Writer = c.App.Writer
	var af *atomicFile
	if output != "" && output != stdinName {
		if af, err = createAtomic(output); err != nil {
			return err
		}
		defer af.abort()
		out = af
	}
	st, err := geonames.Import(in, out, o)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if af != nil {
		if err := af.commit(); err != nil {
			return err
		}
	}
	fmt.Fprintf(c.App.ErrWriter, "%s: %d rows: %d entries, %d without an Arabic name, %d with a feature rasd does not keep\n",
		path, st.Rows, st.Entries, st.NoArabic, st.Unmapped)
	return nil
}

// defaultParent links imported places to the built-in first-level divisions
// (place:<cc>:adm1-<code>) or countries (place:<cc>:country).
func defaultParent(g *gazetteer.Gazetteer) func(cc, admin1 string) string {
	return func(cc, admin1 string) string {
		lc := strings.ToLower(cc)
		if admin1 != "" {
			if id := "place:" + lc + ":adm1-" + admin1; g.ByID(id) != nil {
				return id
			}
		}
		if id := "place:" + lc + ":country"; g.ByID(id) != nil {
			return id
		}
		return ""
	}
}
