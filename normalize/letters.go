package normalize

// Arabic letters and marks that the folding rules name. Keeping them here, by
// name, makes the rules in fold.go read as what they do.
const (
	Hamza            = '\u0621' // ء
	AlefMadda        = '\u0622' // آ
	AlefHamzaAbove   = '\u0623' // أ
	WawHamza         = '\u0624' // ؤ
	AlefHamzaBelow   = '\u0625' // إ
	YehHamza         = '\u0626' // ئ
	Alef             = '\u0627' // ا
	Beh              = '\u0628' // ب
	TehMarbuta       = '\u0629' // ة
	Teh              = '\u062A' // ت
	Seen             = '\u0633' // س
	Feh              = '\u0641' // ف
	Kaf              = '\u0643' // ك
	Lam              = '\u0644' // ل
	Meem             = '\u0645' // م
	Noon             = '\u0646' // ن
	Heh              = '\u0647' // ه
	Waw              = '\u0648' // و
	AlefMaksura      = '\u0649' // ى
	Yeh              = '\u064A' // ي
	Tatweel          = '\u0640' // ـ
	SuperscriptAlef  = '\u0670' // ٰ
	AlefWasla        = '\u0671' // ٱ
	PersianKeheh     = '\u06A9' // ک
	PersianYeh       = '\u06CC' // ی
	ArabicComma      = '\u060C' // ،
	ArabicSemicolon  = '\u061B' // ؛
	ArabicQuestion   = '\u061F' // ؟
	ArabicFullStop   = '\u06D4' // ۔
	ArabicDecimalSep = '\u066B' // ٫
	ArabicThousands  = '\u066C' // ٬
	ArabicLetterMark = '\u061C' // ALM, a bidi control
	ZeroWidthNBSP    = '\uFEFF' // BOM / ZWNBSP
	NoBreakSpace     = '\u00A0'
	ArabicIndicZero  = '\u0660' // ٠, first of the Arabic-Indic digits
	PersianZero      = '\u06F0' // ۰, first of the Persian digits
	ArabicPercent    = '\u066A' // ٪
)

// isUnicodeSpace reports the spaces that FoldSpaces turns into an ASCII
// space: NBSP, ogham space, U+2000–U+200A, narrow NBSP, medium mathematical
// space and the ideographic space.
func isUnicodeSpace(r rune) bool {
	return r == NoBreakSpace || r == '\u1680' || (r >= '\u2000' && r <= '\u200A') ||
		r == '\u202F' || r == '\u205F' || r == '\u3000'
}

// isDiacritic reports whether r is an Arabic mark that folding removes:
// harakat and tanween (U+064B–U+065F), superscript alef (U+0670), Quranic
// signs (U+0610–U+061A, U+06D6–U+06ED).
func isDiacritic(r rune) bool {
	return (r >= '\u064B' && r <= '\u065F') || r == SuperscriptAlef ||
		(r >= '\u0610' && r <= '\u061A') || (r >= '\u06D6' && r <= '\u06ED')
}

// isControl reports whether r is a zero-width or bidi control that folding
// removes: U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+061C, U+FEFF.
func isControl(r rune) bool {
	return (r >= '\u200B' && r <= '\u200F') || (r >= '\u202A' && r <= '\u202E') ||
		(r >= '\u2066' && r <= '\u2069') || r == ArabicLetterMark || r == ZeroWidthNBSP
}

// isPresentationForm reports whether r is in the Arabic presentation form
// blocks (U+FB50–U+FDFF, U+FE70–U+FEFF) that NFKC folds to base letters.
func isPresentationForm(r rune) bool {
	return (r >= '\uFB50' && r <= '\uFDFF') || (r >= '\uFE70' && r < '\uFEFF')
}

// IsArabicLetter reports whether r is a letter of the Arabic script.
func IsArabicLetter(r rune) bool {
	return (r >= '\u0620' && r <= '\u064A') || (r >= '\u066E' && r <= '\u06D3') ||
		r == '\u06D5' || (r >= '\u06EE' && r <= '\u06FF' && !(r >= '\u06F0' && r <= '\u06F9')) ||
		(r >= '\u0750' && r <= '\u077F') || (r >= '\u08A0' && r <= '\u08C9')
}
