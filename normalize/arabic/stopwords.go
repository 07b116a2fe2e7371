package arabic

// stopWords are frequent Arabic function words, as normalize_pre leaves them
// (no harakat or tatweel): prepositions, conjunctions and particles,
// pronouns, demonstratives, relatives, interrogatives and a few frequent
// auxiliaries. Stem leaves them alone when asked not to stem stop words.
var stopWords = func() map[string]bool {
	words := []string{
		// prepositions and their pronoun forms
		"في", "فيه", "فيها", "فيهم", "من", "منه", "منها", "منهم", "عن", "عنه", "عنها",
		"على", "عليه", "عليها", "عليهم", "إلى", "الى", "إليه", "إليها", "اليه", "اليها",
		"مع", "معه", "معها", "بين", "بينهم", "عند", "عنده", "لدى", "لدي", "حتى", "منذ",
		"مذ", "خلال", "حول", "دون", "نحو", "ضد", "عبر", "قبل", "بعد", "فوق", "تحت",
		"أمام", "امام", "خلف", "وراء", "لها", "له", "لهم", "لهما", "لهن", "به", "بها", "بهم",
		// conjunctions and particles
		"و", "ف", "ثم", "أو", "او", "أم", "ام", "بل", "لكن", "غير", "سوى",
		"إن", "ان", "أن", "إنه", "انه", "أنه", "إنها", "انها", "أنها", "لأن", "لان",
		"كي", "لكي", "لو", "لولا", "إذا", "اذا", "إذ", "اذ", "قد", "لقد", "لم", "لن",
		"لا", "ما", "لما", "إلا", "الا", "سوف", "يا", "أي", "اي", "أيضا", "ايضا",
		"كل", "كلا", "بعض", "كما", "مثل", "حيث", "عندما", "بينما", "كذلك", "هكذا",
		"أما", "اما", "إما", "لعل", "ليس", "ليست", "نعم", "كيف", "متى", "أين", "اين",
		"لماذا", "ماذا", "هل", "كم",
		// pronouns
		"أنا", "انا", "نحن", "أنت", "انت", "أنتم", "انتم", "أنتما", "أنتن", "هو", "هي",
		"هما", "هم", "هن",
		// demonstratives and relatives
		"هذا", "هذه", "هذان", "هاتان", "هؤلاء", "ذلك", "تلك", "ذاك", "أولئك", "اولئك",
		"هنا", "هناك", "هنالك", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي",
		"اللاتي", "اللائي",
		// frequent auxiliaries
		"كان", "كانت", "كانوا", "يكون", "تكون", "أصبح", "اصبح", "ظل", "مازال",
	}
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}()

// IsStopWord reports whether word, once normalize_pre has removed its harakat
// and tatweel, is a frequent Arabic function word (a preposition, conjunction,
// particle, pronoun, demonstrative, relative pronoun, interrogative or the
// auxiliary كان). The list is rasd's, not Snowball's: the Snowball Arabic
// algorithm defines no stop words.
func IsStopWord(word string) bool {
	if stopWords[word] {
		return true
	}
	if n := Normalize(word); n != word {
		return stopWords[n]
	}
	return false
}
