package gazetteer

import "rasd/normalize"

// matchString folds and tokenizes s and matches it.
func matchString(g *Gazetteer, s string) []Match {
	t := normalize.Fold(s, normalize.Match)
	return g.Match(t, normalize.Tokenize(t))
}
