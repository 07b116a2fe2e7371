package extract

// findDates finds date expressions and resolves them against d.ref.
func findDates(d *doc) []Mention { return nil }
