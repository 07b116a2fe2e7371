package extract

import (
	"slices"
	"sort"
	"strings"

	"rasd/gazetteer"
	"rasd/normalize"
)

// tokenAt returns the index of the first token that ends after offset.
func (d *doc) tokenAt(offset int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].End > offset })
}

// placeRank orders places from most to least specific.
var placeRank = map[string]int{
	"area": 0, "base": 0, "airport": 0, "crossing": 0, "village": 1, "town": 2, "city": 3,
	"mountain": 4, "river": 4, "admin2": 5, "region": 6, "admin1": 7, "country": 8,
}

var (
	targetBefore = newWordSet("على", "ضد", "مواقع", "مواقعها", "مقرات", "مقر", "معاقل", "تابعة", "تابعه", "التابعة",
		"مخازن", "مستودعات", "صفوف", "استهدفت", "استهدف", "استهداف", "لصالح", "معسكر", "تجمعات", "آليات", "عناصر",
		"مسلحي", "مقاتلي", "قوات")
	onBehalf        = newWordSet("لصالح")
	allegianceWords = newWordSet("الموالية", "الموالي", "الموالين", "موالية", "موال", "موالين", "المدعومة", "المدعوم",
		"المدعومين", "مدعومة", "مدعوم", "التابعة", "تابعة", "المقربة", "مقربة")
	perpetratorBefore = newWordSet("قبل", "شنت", "شن", "نفذ", "نفذت", "أطلقت", "أطلق", "تبنى", "تبنت", "شنها",
		"شنه", "يد", "أيدي", "بأيدي", "برصاص", "بنيران")
)

// fill sets the event's places, actors, date, casualties, quantities and
// source from the mentions in the tokens it owns.
func (d *doc) fill(e *eventDraft, s normalize.Sentence) {
	// the place lists live in reused tables: eventPlaces copies what it keeps
	sc := d.tables()
	places, sentPlaces := sc.placeBuf[:0], sc.sentPlaceBuf[:0]
	for _, m := range d.matchesIn(s.First, s.Last) {
		if m.Last > s.Last {
			continue
		}
		switch m.Entry.Kind {
		case gazetteer.Place:
			if d.wordsIn(m.First-2, m.First, allegianceWords) {
				continue // الموالية لإيران: whom a party serves, not where it was hit
			}
			sentPlaces = append(sentPlaces, m)
			if m.First >= e.first && m.First < e.end {
				places = append(places, m)
			}
		case gazetteer.Group:
			if m.First >= e.first && m.First < e.end {
				e.ev.Actors = append(e.ev.Actors, d.actor(m, e))
			}
		}
	}
	sc.placeBuf, sc.sentPlaceBuf = places[:0], sentPlaces[:0]
	if len(places) == 0 && e.alone {
		places = sentPlaces
	}
	e.ownPlaces = len(places) > 0
	if len(places) == 0 {
		// the place an event carries over is the last one named before it
		if m, ok := d.placeBefore(e.first, false); ok {
			places = append(places, m)
			e.ownPlaces = m.First >= s.First
		}
	}
	if len(places) > 0 && !slices.ContainsFunc(places, listed) {
		// places the gazetteer does not list (حي الإخوة) have no position:
		// the last listed place before them puts the event on the map
		if m, ok := d.placeBefore(places[0].First, true); ok {
			places = append(places, m)
		}
	}
	e.ev.Places = d.eventPlaces(e.ev.Places[:0], places)
	if len(e.ev.Actors) == 0 {
		for _, m := range d.matchesIn(s.First, s.Last) {
			if m.Last <= s.Last && m.Entry.Kind == gazetteer.Group {
				e.ev.Actors = append(e.ev.Actors, d.actor(m, e))
			}
		}
	}
	e.ev.Actors = uniqueActors(e.ev.Actors)
	for _, m := range d.mentionsIn(d.dates, e.first, e.end) {
		if m.Value != nil {
			e.ev.Date = &EventDate{Span: m.Span, Value: m.Value}
			break
		}
	}
	if e.ev.Date == nil && e.alone {
		for _, m := range d.mentionsIn(d.dates, s.First, s.Last) {
			if m.Value != nil {
				e.ev.Date = &EventDate{Span: m.Span, Value: m.Value}
				break
			}
		}
	}
	d.casualties(e)
	e.ev.Source = d.sourceFor(e)
}

// matchesIn returns the gazetteer matches that start in tokens [a, b);
// matches are in text order.
func (d *doc) matchesIn(a, b int) []gazetteer.Match {
	i := sort.Search(len(d.matches), func(k int) bool { return d.matches[k].First >= a })
	j := i + sort.Search(len(d.matches)-i, func(k int) bool { return d.matches[i+k].First >= b })
	return d.matches[i:j]
}

// mentionRange returns the index range of the mentions of ms, which are in
// text order, that start in tokens [a, b).
func (d *doc) mentionRange(ms []Mention, a, b int) (int, int) {
	from, to := d.tokenStart(a), d.tokenStart(b)
	i := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= from })
	j := i + sort.Search(len(ms)-i, func(k int) bool { return ms[i+k].Start >= to })
	return i, j
}

// mentionsIn returns the mentions of ms that start in tokens [a, b).
func (d *doc) mentionsIn(ms []Mention, a, b int) []Mention {
	i, j := d.mentionRange(ms, a, b)
	return ms[i:j]
}

// tokenStart returns the original offset where token i starts, or past the
// end of the text for i past the last token.
func (d *doc) tokenStart(i int) int {
	if i < 0 {
		return 0
	}
	if i >= len(d.toks) {
		return int(^uint(0) >> 1)
	}
	return d.toks[i].Start
}

// placeBefore returns the last specific place named before token i, the
// last that the gazetteer lists when onlyListed.
func (d *doc) placeBefore(i int, onlyListed bool) (gazetteer.Match, bool) {
	for k := len(d.matchesIn(0, i)) - 1; k >= 0; k-- {
		m := d.matches[k]
		if m.Last > i || m.Entry.Kind != gazetteer.Place {
			continue
		}
		if m.Entry.Feature == "country" || onlyListed && !listed(m) {
			continue
		}
		return m, true
	}
	return gazetteer.Match{}, false
}

// listed reports a match of a gazetteer entry, not of a place found by
// unlistedPlaces.
func listed(m gazetteer.Match) bool { return m.Entry.ID != "" }

// eventPlaces appends the places of ms to out, most specific first, each
// once.
func (d *doc) eventPlaces(out []EventPlace, ms []gazetteer.Match) []EventPlace {
	sc := d.tables()
	ms = append(sc.sortBuf[:0], ms...)
	sc.sortBuf = ms[:0]
	slices.SortStableFunc(ms, func(a, b gazetteer.Match) int {
		return placeRank[a.Entry.Feature] - placeRank[b.Entry.Feature]
	})
	for _, m := range ms {
		e := m.Entry
		if hasPlace(out, EventPlace{ID: e.ID, Name: e.Name}) {
			continue // an event names few places: a scan beats a set
		}
		p := EventPlace{Span: d.span(m.Start, m.End), ID: e.ID, Name: e.Name, NameEn: e.NameEn,
			Country: e.Country, feature: e.Feature, region: regionOf(e)}
		if e.HasCoord {
			c := &[2]float64{e.Lat, e.Lon} // one allocation for both
			p.Lat, p.Lon = &c[0], &c[1]
		}
		out = append(out, p)
	}
	return out
}

// actor turns a group match into an actor with a role guessed from the words
// around it.
func (d *doc) actor(m gazetteer.Match, e *eventDraft) EventActor {
	role := Unknown
	switch {
	case d.wordsIn(m.First-2, m.First, targetBefore) || d.wordsIn(m.First, m.First+1, onBehalf):
		role = Target
	case d.wordsIn(m.First-2, m.First, perpetratorBefore):
		role = Perpetrator
	case m.First == e.trigger.end || m.Last == e.trigger.first:
		role = Perpetrator
	}
	en := m.Entry
	return EventActor{Span: d.span(m.Start, m.End), ID: en.ID, Name: en.Name, NameEn: en.NameEn, Role: role}
}

// uniqueActors drops the repeats of an actor, in place.
func uniqueActors(as []EventActor) []EventActor {
	out := as[:0]
	for _, a := range as {
		if slices.ContainsFunc(out, func(o EventActor) bool { return o.ID == a.ID }) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// sourceFor picks the attribution of the event's sentence nearest to its
// trigger (not an addressee or a dateline), else the one the sentence carries
// over from its paragraph (وأضاف أن، وأشار إلى أن).
func (d *doc) sourceFor(e *eventDraft) *EventSource {
	var best, carried *attribution
	bestDist := 1 << 30
	// attributions are in text order, so those of the event's sentence are a run
	k0 := sort.Search(len(d.attributions), func(k int) bool { return d.attributions[k].sentence >= e.sent })
	for k := k0; k < len(d.attributions) && d.attributions[k].sentence == e.sent; k++ {
		a := &d.attributions[k]
		if a.addressee || a.dateline {
			continue
		}
		if a.continues {
			if carried == nil {
				carried = a
			}
			continue
		}
		// in a sentence of several events, an attribution belongs to the
		// event whose clause holds it, or to all when it opens the sentence
		if !e.alone && (a.cue < e.first || a.cue >= e.end) && !d.opensSentence(e.sent, a.cue) {
			continue
		}
		dist := a.Start - e.trigger.start
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = a, dist
		}
	}
	if best == nil {
		best = carried
	}
	if best == nil {
		return nil
	}
	return &EventSource{Span: best.Span, ID: best.ID, Name: best.Name, NameEn: best.NameEn}
}

// opensSentence reports an attribution at token i that comes before every
// trigger of its sentence (قال المرصد إن ...).
func (d *doc) opensSentence(si, i int) bool {
	for _, h := range d.sentHits[si] {
		if h.class == eventWord && h.first < i {
			return false
		}
	}
	return true
}

// continues reports whether cur, the first event of a sentence, adds detail
// to prev rather than reporting a new event.
func (d *doc) continues(prev, cur *eventDraft, s normalize.Sentence) bool {
	if cur.sent != prev.lastSent+1 || d.toks[s.First].Newline {
		return false
	}
	// a weak verb of targeting right after a report elaborates on it
	if cur.weak {
		return true
	}
	if d.wordsIn(s.First, s.First+3, continuationCues) && (cur.casualty || prev.casualty ||
		coarse[prev.ev.Type] == coarse[cur.ev.Type] || mergedType(prev.ev.Type, cur.ev.Type) != "") {
		return true
	}
	compatible := cur.casualty || prev.casualty || mergedType(prev.ev.Type, cur.ev.Type) != ""
	if !compatible {
		return false
	}
	// the same words for the same kind of event in the next sentence
	if prev.ev.Type == cur.ev.Type && d.sameTrigger(prev.trigger, cur.trigger) {
		return true
	}
	if cur.casualty {
		return prev.ev.Killed == nil || cur.ev.Killed == nil
	}
	if cur.trigger.definite && (cur.ev.Date == nil || sameDate(prev.ev.Date, cur.ev.Date)) {
		for _, p := range cur.ev.Places {
			if !hasPlace(prev.ev.Places, p) {
				return false
			}
		}
		return true
	}
	return false
}

func sameDate(a, b *EventDate) bool {
	return a != nil && b != nil && a.Value == b.Value
}

// hasPlace reports whether ps holds place q: the same gazetteer entry, or
// for a place the gazetteer does not list, the same name.
func hasPlace(ps []EventPlace, q EventPlace) bool {
	for _, p := range ps {
		if p.ID == q.ID && (q.ID != "" || p.Name == q.Name) {
			return true
		}
	}
	return false
}

// mergeInto fills prev's empty fields from cur.
func mergeInto(prev, cur *eventDraft) {
	if prev.casualty && !cur.casualty {
		prev.ev.Type, prev.casualty = cur.ev.Type, false
	} else if t := mergedType(prev.ev.Type, cur.ev.Type); t != "" && !cur.casualty {
		prev.ev.Type = t
	}
	if prev.ev.Killed == nil {
		prev.ev.Killed = cur.ev.Killed
	}
	if prev.ev.Injured == nil {
		prev.ev.Injured = cur.ev.Injured
	}
	if prev.ev.Date == nil {
		prev.ev.Date = cur.ev.Date
	}
	if prev.ev.Source == nil {
		prev.ev.Source = cur.ev.Source
	}
	for _, p := range cur.ev.Places {
		if !hasPlace(prev.ev.Places, p) {
			prev.ev.Places = append(prev.ev.Places, p)
		}
	}
	prev.ev.Actors = uniqueActors(append(prev.ev.Actors, cur.ev.Actors...))
	prev.ev.Quantities = append(prev.ev.Quantities, cur.ev.Quantities...)
	prev.merged = true
	if cur.lastSent > prev.lastSent {
		prev.lastSent = cur.lastSent
	}
}

// dropEchoes removes casualty-only events that repeat a count another event
// reports (a headline before its story) or that carry nothing at all.
func dropEchoes(ds []*eventDraft) []*eventDraft {
	var out []*eventDraft
	for i, e := range ds {
		if e.casualty {
			if e.ev.Killed == nil && e.ev.Injured == nil {
				continue
			}
			echo := false
			for j, o := range ds {
				if j == i || o.sent-e.sent > corefReach || e.sent-o.sent > corefReach {
					continue
				}
				if !o.casualty && sameCount(o.ev.Killed, e.ev.Killed) && sameCount(o.ev.Injured, e.ev.Injured) {
					echo = true
				}
			}
			if echo {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

func sameCount(a, b *Count) bool {
	if a == nil || b == nil {
		return a == nil && b == nil || b == nil
	}
	return a.Value == b.Value
}

// corefReach is how many sentences back an event may be reported again.
const corefReach = 60

// corefTarget returns the earlier event that cur reports again, or nil: one
// of the same type that repeats a count or a quantity, or, for a definite
// noun trigger (الهجوم، التفجير) that brings no new date, the latest event of
// a compatible type.
func corefTarget(ds []*eventDraft, cur *eventDraft) *eventDraft {
	// an article reports an event again within a few dozen sentences; the
	// bound keeps long documents (many articles in one file) near linear:
	// a draft merged again and again stays in reach, but those before and
	// after it that are not drop out
	var inReach []*eventDraft
	for _, p := range ds {
		if cur.sent-p.lastSent <= corefReach {
			inReach = append(inReach, p)
		}
	}
	ds = inReach
	for k := len(ds) - 1; k >= 0; k-- {
		prev := ds[k]
		dateConflict := prev.ev.Date != nil && cur.ev.Date != nil && !sameDate(prev.ev.Date, cur.ev.Date)
		t := mergedType(prev.ev.Type, cur.ev.Type)
		if t == "" && !cur.casualty && !prev.casualty && coarse[prev.ev.Type] != coarse[cur.ev.Type] {
			continue
		}
		if dateConflict && !(t != "" && repeatsCount(prev.ev.Killed, cur.ev.Killed) && countAtLeast(cur.ev.Killed, 3)) {
			continue
		}
		// reports of different places are different events, whatever their tolls
		apart := cur.ownPlaces && len(prev.ev.Places) > 0 && !sharesPlace(prev.ev, cur.ev) && !sharesRegion(prev.ev, cur.ev)
		if !apart && (repeatsCount(prev.ev.Killed, cur.ev.Killed) || repeatsCount(prev.ev.Injured, cur.ev.Injured)) ||
			prev.ev.Type == cur.ev.Type && sharesQuantity(prev.ev, cur.ev) ||
			coarse[prev.ev.Type] == coarse[cur.ev.Type] && cur.ownPlaces && sameSpecificPlace(prev.ev, cur.ev) {
			return prev
		}
	}
	// an event of the same kind that names no place, date or count of its
	// own, a sentence or two after a report, elaborates on it
	if !cur.ownPlaces && cur.ev.Date == nil && cur.ev.Killed == nil && cur.ev.Injured == nil && !cur.casualty {
		for k := len(ds) - 1; k >= 0 && cur.sent-ds[k].lastSent <= 2; k-- {
			if t := mergedType(ds[k].ev.Type, cur.ev.Type); t != "" {
				return ds[k]
			}
		}
	}
	// the same noun for the same kind of event (كمين ... الكمين) names it again
	for k := len(ds) - 1; k >= 0; k-- {
		prev := ds[k]
		if prev.ev.Type != cur.ev.Type || prev.ev.Date != nil && cur.ev.Date != nil && !sameDate(prev.ev.Date, cur.ev.Date) {
			continue
		}
		if sameTriggerText(prev, cur) && (!cur.ownPlaces && cur.sent-prev.lastSent <= 6 || sameSpecificPlace(prev.ev, cur.ev)) {
			return prev
		}
	}
	if !cur.trigger.definite || cur.ev.Date != nil || cur.casualty {
		return nil
	}
	for k := len(ds) - 1; k >= 0; k-- {
		if mergedType(ds[k].ev.Type, cur.ev.Type) == "" {
			continue
		}
		if !cur.ownPlaces || sharesPlace(ds[k].ev, cur.ev) {
			return ds[k]
		}
	}
	return nil
}

func repeatsCount(a, b *Count) bool {
	return a != nil && b != nil && a.Value != nil && a.Value == b.Value
}

// sharesQuantity reports a number of 2 or more that both events give.
func sharesQuantity(a, b Event) bool {
	for _, qa := range a.Quantities {
		for _, qb := range b.Quantities {
			if v, ok := qa.Value.(float64); ok && v >= 2 && qa.Value == qb.Value {
				return true
			}
		}
	}
	return false
}

func sharesPlace(a, b Event) bool {
	for _, p := range b.Places {
		if hasPlace(a.Places, p) {
			return true
		}
	}
	return false
}

// generic reports a definite trigger that names no place, date or count of
// its own: a reference to violence in general (القتال، الهجمات), not a
// report of one event.
func generic(e *eventDraft) bool {
	return e.trigger.definite && !e.ownPlaces && e.ev.Date == nil && e.ev.Killed == nil && e.ev.Injured == nil
}

// sameSpecificPlace reports that one of b's places below the level of a city
// (a town, village, area or base) is among a's places: the same kind of event
// there is the same event reported again.
func sameSpecificPlace(a, b Event) bool {
	for _, p := range b.Places {
		if placeRank[featureOf(p)] < placeRank["city"] && hasPlace(a.Places, p) {
			return true
		}
	}
	return false
}

// featureOf returns the gazetteer feature of an event place.
func featureOf(p EventPlace) string { return p.feature }

// countAtLeast reports a count of n or more.
func countAtLeast(c *Count, n float64) bool {
	v, ok := c.Value.(float64)
	return ok && v >= n
}

// coarse groups event types the way analysts compare them.
var coarse = map[string]string{
	Airstrike: "remote", Shelling: "remote", Explosion: "remote", SuicideBombing: "remote",
	ArmedClash: "battle", TerritoryChange: "battle", Attack: "violence", Assassination: "violence",
	Abduction: "violence", Arrest: "other", Protest: "other",
}

// sameTrigger reports two triggers written with the same words.
func (d *doc) sameTrigger(a, b hit) bool {
	if a.end-a.first != b.end-b.first {
		return false
	}
	for k := 0; k < a.end-a.first; k++ {
		if withoutArticle(d.toks[a.first+k].Norm) != withoutArticle(d.toks[b.first+k].Norm) {
			return false
		}
	}
	return true
}

// sameTriggerText reports triggers written with the same words, ignoring
// clitics and the article.
func sameTriggerText(a, b *eventDraft) bool {
	return a.triggerLemma() == b.triggerLemma()
}

// triggerLemma returns the lemma of the draft's trigger text, computed once
// per text: coreference compares it with every event in reach.
func (e *eventDraft) triggerLemma() string {
	if e.lemmaOf != e.ev.Trigger.Text {
		e.lemma, e.lemmaOf = triggerLemma(e.ev.Trigger.Text), e.ev.Trigger.Text
	}
	return e.lemma
}

func triggerLemma(s string) string {
	var out []string
	for _, w := range strings.Fields(normalize.String(s, normalize.Match)) {
		c := normalize.Clitics(w)
		out = append(out, withoutArticle(c[len(c)-1].Key))
	}
	return strings.Join(out, " ")
}

// regionOf returns the governorate a place lies in: its own id for a
// governorate, its parent below that, nothing for a country.
func regionOf(e *gazetteer.Entry) string {
	switch e.Feature {
	case "country", "region":
		return ""
	case "admin1":
		return e.ID
	}
	return e.Parent
}

// sharesRegion reports two events with places in one governorate.
func sharesRegion(a, b Event) bool {
	for _, pa := range a.Places {
		for _, pb := range b.Places {
			if pa.region != "" && pa.region == pb.region {
				return true
			}
		}
	}
	return false
}

// mergeRepeats merges an event into an earlier one of a compatible type that
// reports the same toll (3 or more killed) in the same governorate: the
// tolls that merging brought in later make the repeat visible only now.
func mergeRepeats(ds []*eventDraft) []*eventDraft {
	var out []*eventDraft
next:
	for _, cur := range ds {
		for _, prev := range out {
			if cur.sent-prev.lastSent > corefReach {
				continue
			}
			if mergedType(prev.ev.Type, cur.ev.Type) == "" || !repeatsCount(prev.ev.Killed, cur.ev.Killed) ||
				!countAtLeast(cur.ev.Killed, 3) {
				continue
			}
			if len(cur.ev.Places) > 0 && len(prev.ev.Places) > 0 && !sharesPlace(prev.ev, cur.ev) && !sharesRegion(prev.ev, cur.ev) {
				continue
			}
			mergeInto(prev, cur)
			continue next
		}
		out = append(out, cur)
	}
	return out
}
