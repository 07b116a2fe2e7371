package arabic

// The Arabic letters and marks the Snowball algorithm names, by their Unicode
// names. arabic.sbl calls them by short stringdefs ({a}, {ao}, {t_}, ...);
// here they are spelled out so the step tables read as what they match.
const (
	hamza          = '\u0621' // ء  {o}
	alefMadda      = '\u0622' // آ  {a~}
	alefHamzaAbove = '\u0623' // أ  {ao}
	wawHamza       = '\u0624' // ؤ  {wo}
	alefHamzaBelow = '\u0625' // إ  {ao_}
	yehHamza       = '\u0626' // ئ  {yo}
	alef           = '\u0627' // ا  {a}
	beh            = '\u0628' // ب  {b}
	tehMarbuta     = '\u0629' // ة  {t_}
	teh            = '\u062A' // ت  {t}
	theh           = '\u062B' // ث  {th}
	jeem           = '\u062C' // ج  {j}
	hah            = '\u062D' // ح  {h}
	khah           = '\u062E' // خ  {x}
	dal            = '\u062F' // د  {d}
	thal           = '\u0630' // ذ  {dz}
	reh            = '\u0631' // ر  {r}
	zain           = '\u0632' // ز  {z}
	seen           = '\u0633' // س  {s}
	sheen          = '\u0634' // ش  {sh}
	sad            = '\u0635' // ص  {c}
	dad            = '\u0636' // ض  {dh}
	tah            = '\u0637' // ط  {tt}
	zah            = '\u0638' // ظ  {zh}
	ain            = '\u0639' // ع  {i}
	ghain          = '\u063A' // غ  {gh}
	tatweel        = '\u0640' // ـ  {_} (kashida)
	feh            = '\u0641' // ف  {f}
	qaf            = '\u0642' // ق  {q}
	kaf            = '\u0643' // ك  {k}
	lam            = '\u0644' // ل  {l}
	meem           = '\u0645' // م  {m}
	noon           = '\u0646' // ن  {n}
	heh            = '\u0647' // ه  {e}
	waw            = '\u0648' // و  {w}
	alefMaksura    = '\u0649' // ى  {a_}
	yeh            = '\u064A' // ي  {y}

	fathatan = '\u064B' // {aan}
	sukun    = '\u0652' // {oo}; fathatan..sukun are the eight marks normalize_pre strips

	arabicIndicZero = '\u0660' // ٠ {0}
	arabicIndicNine = '\u0669' // ٩ {9}

	// The Arabic Presentation Forms-B block that normalize_pre folds:
	// isolated hamza U+FE80 up to the lam-alef ligatures ending at U+FEFC.
	presentationFirst = '\uFE80'
	presentationLast  = '\uFEFC'
)
