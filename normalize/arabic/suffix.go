package arabic

// The backward steps of arabic.sbl: each sets word_len, matches the longest
// of its suffixes ending at the cursor and, if word_len is large enough,
// deletes it. Each reports whether it changed the word.

// suffixNounStep1aTable: possessive pronouns on nouns.
var suffixNounStep1aTable = newAmong(
	affix{runes: r("كما"), minLen: 6},
	affix{runes: r("هما"), minLen: 6},
	affix{runes: r("نا"), minLen: 5},
	affix{runes: r("كم"), minLen: 5},
	affix{runes: r("ها"), minLen: 5},
	affix{runes: r("هن"), minLen: 5},
	affix{runes: r("هم"), minLen: 5},
	affix{runes: r("ي"), minLen: 4},
	affix{runes: r("ك"), minLen: 4},
	affix{runes: r("ه"), minLen: 4},
)

// suffixNounStep1a is Suffix_Noun_Step1a.
func suffixNounStep1a(w *word) bool { return w.suffixStep(&suffixNounStep1aTable) }

// suffixNounStep1bTable: the nunation/dual-plural ن (word longer than 5).
var suffixNounStep1bTable = newAmong(
	affix{runes: r("ن"), minLen: 6},
)

// suffixNounStep1b is Suffix_Noun_Step1b.
func suffixNounStep1b(w *word) bool { return w.suffixStep(&suffixNounStep1bTable) }

// suffixNounStep2aTable: the long vowels of dual and plural endings (word
// longer than 4).
var suffixNounStep2aTable = newAmong(
	affix{runes: r("ا"), minLen: 5},
	affix{runes: r("ي"), minLen: 5},
	affix{runes: r("و"), minLen: 5},
)

// suffixNounStep2a is Suffix_Noun_Step2a.
func suffixNounStep2a(w *word) bool { return w.suffixStep(&suffixNounStep2aTable) }

// suffixNounStep2bTable: the feminine plural ات.
var suffixNounStep2bTable = newAmong(
	affix{runes: r("ات"), minLen: 5},
)

// suffixNounStep2b is Suffix_Noun_Step2b.
func suffixNounStep2b(w *word) bool { return w.suffixStep(&suffixNounStep2bTable) }

// suffixNounStep2c1Table: ت, a ta marbuta written open before a suffix.
var suffixNounStep2c1Table = newAmong(
	affix{runes: r("ت"), minLen: 4},
)

// suffixNounStep2c1 is Suffix_Noun_Step2c1.
func suffixNounStep2c1(w *word) bool { return w.suffixStep(&suffixNounStep2c1Table) }

// suffixNounStep2c2Table: the feminine ة.
var suffixNounStep2c2Table = newAmong(
	affix{runes: r("ة"), minLen: 4},
)

// suffixNounStep2c2 is Suffix_Noun_Step2c2.
func suffixNounStep2c2(w *word) bool { return w.suffixStep(&suffixNounStep2c2Table) }

// suffixNounStep3Table: the relative (nisba) ي.
var suffixNounStep3Table = newAmong(
	affix{runes: r("ي"), minLen: 3},
)

// suffixNounStep3 is Suffix_Noun_Step3.
func suffixNounStep3(w *word) bool { return w.suffixStep(&suffixNounStep3Table) }

// suffixVerbStep1Table: object pronouns on verbs.
var suffixVerbStep1Table = newAmong(
	affix{runes: r("هما"), minLen: 6},
	affix{runes: r("كما"), minLen: 6},
	affix{runes: r("كمو"), minLen: 6},
	affix{runes: r("ني"), minLen: 5},
	affix{runes: r("نا"), minLen: 5},
	affix{runes: r("ها"), minLen: 5},
	affix{runes: r("هم"), minLen: 5},
	affix{runes: r("هن"), minLen: 5},
	affix{runes: r("كم"), minLen: 5},
	affix{runes: r("كن"), minLen: 5},
	affix{runes: r("ه"), minLen: 4},
	affix{runes: r("ك"), minLen: 4},
)

// suffixVerbStep1 is Suffix_Verb_Step1.
func suffixVerbStep1(w *word) bool { return w.suffixStep(&suffixVerbStep1Table) }

// suffixVerbStep2aTable: subject endings of the past and present.
var suffixVerbStep2aTable = newAmong(
	affix{runes: r("تما"), minLen: 6},
	affix{runes: r("نا"), minLen: 5},
	affix{runes: r("تا"), minLen: 5},
	affix{runes: r("تن"), minLen: 5},
	affix{runes: r("ان"), minLen: 6},
	affix{runes: r("ون"), minLen: 6},
	affix{runes: r("ين"), minLen: 6},
	affix{runes: r("ت"), minLen: 4},
	affix{runes: r("ا"), minLen: 4},
	affix{runes: r("ن"), minLen: 4},
	affix{runes: r("ي"), minLen: 4},
)

// suffixVerbStep2a is Suffix_Verb_Step2a.
func suffixVerbStep2a(w *word) bool { return w.suffixStep(&suffixVerbStep2aTable) }

// suffixVerbStep2bTable: وا and تم.
var suffixVerbStep2bTable = newAmong(
	affix{runes: r("وا"), minLen: 5},
	affix{runes: r("تم"), minLen: 5},
)

// suffixVerbStep2b is Suffix_Verb_Step2b.
func suffixVerbStep2b(w *word) bool { return w.suffixStep(&suffixVerbStep2bTable) }

// suffixVerbStep2cTable: تمو (before a pronoun) and و.
var suffixVerbStep2cTable = newAmong(
	affix{runes: r("تمو"), minLen: 6},
	affix{runes: r("و"), minLen: 4},
)

// suffixVerbStep2c is Suffix_Verb_Step2c.
func suffixVerbStep2c(w *word) bool { return w.suffixStep(&suffixVerbStep2cTable) }

// suffixAllAlefMaqsuraTable: a final ى is read as a misspelt ي.
var suffixAllAlefMaqsuraTable = newAmong(
	affix{runes: r("ى"), repl: r("ي")},
)

// suffixAllAlefMaqsura is Suffix_All_alef_maqsura.
func suffixAllAlefMaqsura(w *word) bool { return w.suffixStep(&suffixAllAlefMaqsuraTable) }
