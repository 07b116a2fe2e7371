package extract

// findSources finds attributions.
func findSources(d *doc) []Mention { return nil }
