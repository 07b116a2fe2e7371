package arabic

// The forward steps of arabic.sbl: Checks1, which guesses from the raw word
// whether it is a defined noun, and the prefix steps. Each sets word_len,
// matches at the cursor and reports whether it changed the word (Checks1:
// whether it set the flags).

// definedArticles are Checks1's strings: بال كال need more than 4 runes,
// لل ال more than 3.
var definedArticles = newAmong(
	affix{runes: r("بال"), minLen: 5},
	affix{runes: r("كال"), minLen: 5},
	affix{runes: r("لل"), minLen: 4},
	affix{runes: r("ال"), minLen: 4},
)

// checks1 is Checks1: a word starting with the article (ال لل بال كال) and
// long enough is taken for a defined noun, so the verb suffixes are not
// tried and some noun suffixes are kept. It runs on the raw word, before
// normalize_pre, and does not change it.
func checks1(w *word) bool {
	w.wordLen = len(w.RS)
	e := w.matchPrefix(&definedArticles)
	if e == nil || w.wordLen < e.minLen {
		return false
	}
	w.isNoun, w.isVerb, w.isDefined = true, false, true
	return true
}

// prefixStep1Table folds a doubled hamza-alef at the start: أأ→أ, أآ→آ,
// أؤ→أ, أا→ا, أإ→إ (word longer than 3).
var prefixStep1Table = newAmong(
	affix{runes: r("أأ"), minLen: 4, repl: r("أ")},
	affix{runes: r("أآ"), minLen: 4, repl: r("آ")},
	affix{runes: r("أؤ"), minLen: 4, repl: r("أ")},
	affix{runes: r("أا"), minLen: 4, repl: r("ا")},
	affix{runes: r("أإ"), minLen: 4, repl: r("إ")},
)

// prefixStep1 is Prefix_Step1.
func prefixStep1(w *word) bool { return w.prefixStep(&prefixStep1Table) }

// prefixStep2Table removes the conjunctions ف and و (word longer than 3).
var prefixStep2Table = newAmong(
	affix{runes: r("ف"), minLen: 4},
	affix{runes: r("و"), minLen: 4},
)

// prefixStep2 is Prefix_Step2: ف or و is removed unless followed by alef
// (فا, وا).
func prefixStep2(w *word) bool {
	w.wordLen = len(w.RS)
	if w.hasPrefixAt(w.c, []rune{feh, alef}) || w.hasPrefixAt(w.c, []rune{waw, alef}) {
		return false
	}
	return w.prefixAmong(&prefixStep2Table)
}

// prefixStep3aTable removes the article: بال كال (word longer than 5),
// لل ال (longer than 4).
var prefixStep3aTable = newAmong(
	affix{runes: r("بال"), minLen: 6},
	affix{runes: r("كال"), minLen: 6},
	affix{runes: r("لل"), minLen: 5},
	affix{runes: r("ال"), minLen: 5},
)

// prefixStep3aNoun is Prefix_Step3a_Noun: the word is a defined noun.
func prefixStep3aNoun(w *word) bool { return w.prefixStep(&prefixStep3aTable) }

// prefixStep3bTable removes the preposition ب and undoubles بب and كك (word
// longer than 3). بب comes before ب: longest match first.
var prefixStep3bTable = newAmong(
	affix{runes: r("بب"), minLen: 4, repl: r("ب")},
	affix{runes: r("كك"), minLen: 4, repl: r("ك")},
	affix{runes: r("ب"), minLen: 4},
)

// prefixStep3bNoun is Prefix_Step3b_Noun: the word is probably a noun; ب is
// kept when followed by alef (با).
func prefixStep3bNoun(w *word) bool {
	w.wordLen = len(w.RS)
	if w.hasPrefixAt(w.c, []rune{beh, alef}) {
		return false
	}
	return w.prefixAmong(&prefixStep3bTable)
}

// prefixStep3VerbTable drops the future particle س before a present-tense
// prefix: سي→ي, ست→ت, سن→ن, سأ→أ (word longer than 4).
var prefixStep3VerbTable = newAmong(
	affix{runes: r("سي"), minLen: 5, repl: r("ي")},
	affix{runes: r("ست"), minLen: 5, repl: r("ت")},
	affix{runes: r("سن"), minLen: 5, repl: r("ن")},
	affix{runes: r("سأ"), minLen: 5, repl: r("أ")},
)

// prefixStep3Verb is Prefix_Step3_Verb.
func prefixStep3Verb(w *word) bool { return w.prefixStep(&prefixStep3VerbTable) }

// prefixStep4VerbTable turns the present of form X (يست نست تست) into its
// past/masdar stem است (word longer than 4).
var prefixStep4VerbTable = newAmong(
	affix{runes: r("يست"), minLen: 5, repl: r("است")},
	affix{runes: r("نست"), minLen: 5, repl: r("است")},
	affix{runes: r("تست"), minLen: 5, repl: r("است")},
)

// prefixStep4Verb is Prefix_Step4_Verb; on success the word is taken for a
// verb.
func prefixStep4Verb(w *word) bool {
	if !w.prefixStep(&prefixStep4VerbTable) {
		return false
	}
	w.isVerb, w.isNoun = true, false
	return true
}
