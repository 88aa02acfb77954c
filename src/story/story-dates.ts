// The reference day of each article of a story: its own date when it has one, else one inferred from the story.
// Articles without any date (no metadata, nothing in the text) borrow the story's days: the year is the one in
// which the days the articles name fall on the weekdays they use, and each article's day is the one that makes
// its relative words ("tomorrow", "on Friday", "this Tuesday") agree with those days.
import { addDays, type Day, formatDay, parseDay, weekday, weekdayOfWeek } from '../analyze/time/calendar.js';
import { findTimes } from '../analyze/time/find-times.js';
import type { StoryDoc, TimeExpression } from '../model.js';

export interface DocReference {
  /** YYYY-MM-DD, or null when neither the article nor the story tells it. */
  day: string | null;
  source: 'publication' | 'link' | 'story' | null;
}

/** The article's own date: its publication date (metadata or inferred), else the link date unless it is ingestion time. */
export function ownReference(doc: StoryDoc): string | null {
  const pub = doc.analysis.publication?.value ?? null;
  if (pub && parseDay(pub)) return pub.slice(0, 10);
  if (doc.link.date.source !== 'ingested' && parseDay(doc.link.date.value))
    return doc.link.date.value.slice(0, 10);
  return null;
}

const monthDayOf = (t: TimeExpression) => /^XXXX-(\d{2})-(\d{2})$/.exec(t.value);
const weekdayOf = (t: TimeExpression) => {
  const m = /^XXXX-WXX-(\d)$/.exec(t.value);
  return m ? Number(m[1]) : null;
};

/** The year in which the month-days the story names fall on the weekdays it uses (null when not clear). */
function storyYear(docs: readonly StoryDoc[]): number | null {
  const monthDays = new Set<string>();
  const weekdays = new Set<number>();
  let latestYear = 0;
  for (const d of docs)
    for (const t of d.analysis.times ?? []) {
      const md = monthDayOf(t);
      if (md) monthDays.add(`${md[1]}-${md[2]}`);
      const w = weekdayOf(t);
      if (w) weekdays.add(w);
      const endWeekday = t.endValue ? /^XXXX-WXX-(\d)$/.exec(t.endValue) : null;
      if (endWeekday) weekdays.add(Number(endWeekday[1]));
      const y = /^(\d{4})(?:-|$)/.exec(t.value);
      if (y && t.anchor === 'absolute') latestYear = Math.max(latestYear, Number(y[1]));
      if (t.endValue && /^XXXX-\d{2}-\d{2}$/.test(t.endValue)) monthDays.add(t.endValue.slice(5));
    }
  if (!monthDays.size || !weekdays.size || !latestYear) return null;
  const scored: { year: number; score: number }[] = [];
  for (let year = latestYear; year <= latestYear + 3; year++) {
    let score = 0;
    for (const md of monthDays) {
      const day = parseDay(`${year}-${md}`);
      if (day && weekdays.has(weekday(day))) score++;
    }
    scored.push({ year, score });
  }
  scored.sort((a, b) => b.score - a.score || a.year - b.year);
  const [best, second] = scored;
  if (!best || best.score === 0 || (second && second.score === best.score)) return null;
  return best.year;
}

/** How well a candidate day explains an article's own time expressions, given the story's key days and ranges. */
function agreement(doc: StoryDoc, candidate: Day, keyDays: Set<string>, keyRanges: Set<string>): number {
  let score = 0;
  for (const t of findTimes(doc.article.text, { reference: candidate })) {
    if (t.anchor !== 'relative') continue;
    if (keyDays.has(t.value)) score += 1;
    if (t.endValue && keyDays.has(t.endValue)) score += 1;
    if (t.endValue && keyRanges.has(`${t.value}/${t.endValue}`)) score += 1; // the very range another article states
  }
  const iso = formatDay(candidate);
  // The article's own expressions, resolved without a date: their tense is the clause's.
  for (const t of doc.analysis.times ?? []) {
    const md = monthDayOf(t);
    if (md) {
      // The clause's tense says on which side of the article's day a stated day lies.
      const day = `${candidate.year}-${md[1]}-${md[2]}`;
      if (t.tense === 'future') score += iso < day ? 0.5 : -0.5;
      else if (t.tense === 'past') score += iso >= day ? 0.5 : -0.5;
    }
    const w = weekdayOf(t);
    if (!w || t.tense === 'future') continue;
    if (/^this\b/i.test(t.text)) {
      // "sealed this Tuesday": a past or present "this <weekday>" is not after the article's day.
      if (formatDay(weekdayOfWeek(candidate, w)) > iso) score -= 1;
      continue;
    }
    // News name the weekday of the day itself, or of the day before, for what they report.
    const back = (weekday(candidate) - w + 7) % 7;
    if (back === 0) score += 0.3;
    else if (back === 1) score += 0.15;
  }
  return score;
}

/** The reference day of every article of the story (same order as `docs`). */
export function storyReferences(docs: readonly StoryDoc[]): DocReference[] {
  const refs: DocReference[] = docs.map((d) => {
    const own = ownReference(d);
    if (!own) return { day: null, source: null };
    return { day: own, source: d.analysis.publication?.value ? 'publication' : 'link' };
  });
  if (refs.every((r) => r.day)) return refs;
  // Key days: what dated articles give, else the month-days the story names in its year.
  const keyDays = new Set<string>();
  const dated = refs.filter((r) => r.day).map((r) => r.day!);
  for (const d of dated) keyDays.add(d);
  const year = dated.length ? Number(dated[0]!.slice(0, 4)) : storyYear(docs);
  if (year === null) return refs;
  for (const d of docs)
    for (const t of d.analysis.times ?? []) {
      for (const v of [t.value, t.endValue])
        if (v && /^XXXX-\d{2}-\d{2}$/.test(v) && parseDay(`${year}${v.slice(4)}`))
          keyDays.add(`${year}${v.slice(4)}`);
        else if (v && /^\d{4}-\d{2}-\d{2}$/.test(v) && v.startsWith(String(year))) keyDays.add(v);
    }
  if (!keyDays.size) return refs;
  const keyRanges = new Set<string>();
  for (const d of docs)
    for (const t of d.analysis.times ?? [])
      if (
        t.endValue &&
        /^(?:XXXX|\d{4})-\d{2}-\d{2}$/.test(t.value) &&
        /^(?:XXXX|\d{4})-\d{2}-\d{2}$/.test(t.endValue)
      )
        keyRanges.add(`${year}${t.value.slice(4)}/${year}${t.endValue.slice(4)}`);
  const sortedKeys = [...keyDays].sort();
  const first = parseDay(sortedKeys[0]!)!;
  const last = parseDay(sortedKeys[sortedKeys.length - 1]!)!;
  const candidates: Day[] = [];
  for (let d = addDays(first, -5); formatDay(d) <= formatDay(addDays(last, 2)); d = addDays(d, 1))
    candidates.push(d);
  return refs.map((r, i) => {
    if (r.day) return r;
    const doc = docs[i]!;
    let best: { day: Day; score: number } | null = null;
    for (const c of candidates) {
      const score = agreement(doc, c, keyDays, keyRanges);
      const better =
        !best ||
        score > best.score + 1e-9 ||
        // Ties: a key day before any other day, then the earliest.
        (Math.abs(score - best.score) < 1e-9 &&
          keyDays.has(formatDay(c)) &&
          !keyDays.has(formatDay(best.day)));
      if (better) best = { day: c, score };
    }
    return best && best.score > 0 ? { day: formatDay(best.day), source: 'story' } : r;
  });
}
