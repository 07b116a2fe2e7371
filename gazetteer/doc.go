// Package gazetteer holds the places, armed groups and sources that rasd
// recognizes, reads and checks gazetteer files, and finds their names in
// tokenized text.
//
// # File format
//
// A gazetteer file is UTF-8 text, one entry per line, fields separated by
// tabs (TSV). Lines starting with # are comments (attribution lines go
// there); blank lines are ignored. The first other line is the header: it
// names the columns, in any order. id, kind and name are required; an
// unknown column is an error.
//
//	column      meaning
//	id          stable unique id: gn:<geonameid>, place:<cc>:<slug>, group:<slug>, source:<slug>
//	kind        place, group or source
//	name        canonical Arabic name, as news write it (البوكمال)
//	name_en     English name
//	aliases     |-separated other Arabic spellings; ~X declares X knowingly
//	            shared with another entry (a city and its governorate)
//	country     ISO 3166-1 alpha-2 code (groups: home country)
//	feature     places: country, admin1, admin2, city, town, village, area,
//	            base, airport, crossing, river, mountain, region
//	type        groups: state_force, foreign_force, coalition, militia, rebel,
//	            jihadist, police, other; sources: agency, monitor, ministry,
//	            media, official, anonymous, organization
//	parent      id of the containing place or the parent organisation
//	lat, lon    WGS84 degrees, both or neither; empty when not trustworthy
//	population  integer
//	geonames    GeoNames id
//	wikidata    Wikidata Q-id
//
// For example:
//
//	# my places
//	id	kind	name	aliases	country	feature	parent	lat	lon
//	place:sy:hajin	place	هجين	بلدة هجين	SY	town	place:sy:adm1-07	34.70	40.83
//	group:x	group	لواء المثال	اللواء	SY
//
// Parse reports the first problem as a *ParseError ("gazetteer FILE line N:
// problem"); ParseAll and ReadLocated go on and report them all; Check runs
// the data checks (allowed features and types, non-empty keys, no key held
// by two entries unless declared with ~, parents exist, coordinates inside
// the country). Write writes the format back.
//
// # Default and user files
//
// The default gazetteer is embedded from data/ and loaded in the order of
// DefaultFiles; an entry with the id of an earlier one replaces it. Default
// does not parse the files: it starts from the same entries, and their
// folded names, generated into default_table.go (go test -run TestDefaultTable -update after editing
// data/; the test fails while they disagree). DefaultEntries parses them. Load adds
// user files the same way (their entries add to the default or replace
// default entries by id) and can leave the default out.
//
// # Matching
//
// Every name and alias is folded with normalize.Match (alef forms → ا,
// ى → ي, ة → ه, ؤ → و, ئ → ي, diacritics and tatweel removed, digits ASCII)
// and split into tokens; the names form a trie keyed by token. Match walks
// the tokens of a text left to right and takes, at each token, the longest
// name that starts there, reading the first token through normalize's
// clitic candidates: و ف ب ك ل and the article (وبالبوكمال, للحشد) are
// stripped, the future particle س is not (it comes before verbs, never
// names). A key with ال and one without both match the text form with the
// article. The span excludes the proclitics and keeps the article; for لل it
// starts at the second ل (لحشد الشعبي in للحشد الشعبي). Longest wins, so a
// place inside a group's name (الشام in هيئة تحرير الشام) is not reported.
//
// One-token names that only places have are not reported when they read as
// something else:
//   - a common word written without the article (عدة, بعد), a common definite
//     word (الخمس "the five", المطلة "overlooking"), or a spelling that only
//     its hamza sets apart from a place (آب the month is not إب);
//   - an adjective: the article read into a key that ends in ي or ية
//     (المالي is "financial", not Mali); an adjective of origin derived from a
//     country, governorate or large city (السورية, العراقية, الأمريكية), or a
//     definite word in ية, right after a definite noun it agrees with
//     (الحدود السورية, المنافذ المؤدية); an adjective of origin after غير or an
//     indefinite feminine or plural noun (جنسيات غير سورية);
//   - a name that is also a common word (صور "pictures", الباب "the door"),
//     unless a word before it names a kind of place (مدينة صور) or the text
//     names a place of its country elsewhere.
//
// # Ranking
//
// When several entries share a name, Match ranks them, and Explain says why:
//  1. kind: groups, then places, then sources;
//  2. the word before the name: محافظة, ولاية, مديرية, قضاء, منطقة, مدينة,
//     بلدة, قرية, مخيم, حي, مطار, قاعدة, معبر, نهر, جبل, ريف (the countryside
//     of a city or governorate) point to features;
//  3. countries, then cities of 500,000 or more;
//  4. the rest of the text: a place containing the candidate, or a place of
//     its country, named without ambiguity elsewhere in the text;
//  5. feature rank: country, city, admin1, town, base/airport/crossing,
//     region, admin2/river/mountain, area, village;
//  6. population, then file order.
package gazetteer
