package normalize

import (
	"strings"
	"testing"
)

func TestClitics(t *testing.T) {
	tests := []struct {
		name string
		word string // folded with Match before segmenting
		want []string
	}{
		{"conjunction preposition article", "وبالبوكمال", []string{"وبالبوكمال", "و+بالبوكمال", "و+ب+البوكمال", "و+ب+ال+بوكمال"}},
		{"article", "الحشد", []string{"الحشد", "ال+حشد"}},
		{"lam-lam contraction", "للحشد", []string{"للحشد", "ل+لحشد", "ل+الحشد", "ل+اللحشد", "ل+ال+حشد"}},
		{"lam before a lam word", "للاذقية", []string{"للاذقيه", "ل+لاذقيه", "ل+الاذقيه", "ل+اللاذقيه", "ل+ال+اذقيه"}},
		{"lam before a name", "لبنان", []string{"لبنان", "ل+بنان"}},
		{"baghdad keeps itself first", "بغداد", []string{"بغداد", "ب+غداد"}},
		{"palestine keeps itself first", "فلسطين", []string{"فلسطين", "ف+لسطين", "ف+ل+سطين"}},
		{"kirkuk keeps itself first", "كركوك", []string{"كركوك", "ك+ركوك"}},
		{"wadi keeps itself first", "وادي", []string{"وادي", "و+ادي"}},
		{"beirut keeps itself first", "بيروت", []string{"بيروت", "ب+يروت"}},
		{"kaf with article", "كالعادة", []string{"كالعاده", "ك+العاده", "ك+ال+عاده"}},
		{"conjunction and article", "والجيش", []string{"والجيش", "و+الجيش", "و+ال+جيش"}},
		{"future particle before imperfect", "سيقوم", []string{"سيقوم", "س+يقوم"}},
		{"fa and future particle", "فستنفذ", []string{"فستنفذ", "ف+ستنفذ", "ف+س+تنفذ"}},
		{"no future particle before a noun", "سوريا", []string{"سوريا"}},
		{"no future particle before a short base", "سيف", []string{"سيف"}},
		{"no article after lam", "لالتزام", []string{"لالتزام", "ل+التزام"}},
		{"no article after future particle", "سالم", []string{"سالم", "س+الم"}},
		{"short words untouched", "بل", []string{"بل"}},
		{"three letters", "ولد", []string{"ولد", "و+لد"}},
		{"latin untouched", "isis", []string{"isis"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := String(tc.word, Match)
			var got []string
			for _, c := range Clitics(w) {
				got = append(got, c.String())
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("Clitics(%q)\n got  %q\n want %q", w, got, tc.want)
			}
		})
	}
}

func TestCandidateFields(t *testing.T) {
	tests := []struct {
		name    string
		word    string
		key     string
		skip    int
		article bool
		pro     string
	}{
		{"restored article", "للحشد", "الحشد", 1, false, "ل"},
		{"stripped article after lam", "للحشد", "حشد", 1, true, "ل+ال"},
		{"two proclitics and article", "وبالبوكمال", "بوكمال", 2, true, "و+ب+ال"},
		{"article only", "الرقة", "رقة", 0, true, "ال"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, c := range Clitics(tc.word) {
				if c.Key == tc.key && c.Proclitics == tc.pro {
					if c.Skip != tc.skip || c.Article != tc.article {
						t.Errorf("%q: %+v, want Skip %d Article %v", tc.word, c, tc.skip, tc.article)
					}
					return
				}
			}
			t.Errorf("%q: no candidate %s+%s in %+v", tc.word, tc.pro, tc.key, Clitics(tc.word))
		})
	}
}

func TestAppendCliticsAppends(t *testing.T) {
	dst := AppendClitics(nil, "بغداد")
	dst = AppendClitics(dst, "والجيش")
	if len(dst) != 5 || dst[0].Key != "بغداد" || dst[2].Key != "والجيش" {
		t.Errorf("AppendClitics: %+v", dst)
	}
}
