// inferPublicationDate(text): the day an article was published, from the text alone (metadata hidden).
// Candidates come from full dates the text gives (datelines above all); weekday names and relative words
// ("on Sunday", "yesterday") must agree with a candidate. It abstains rather than guess.
import type { PublicationInference, TimeExpression } from '../../model.js';
import { type Day, daysBetween, formatDay, parseDay, weekday } from './calendar.js';
import { findTimes } from './find-times.js';

/** Below this confidence the inference gives no date. */
export const PUBLICATION_CONFIDENCE_THRESHOLD = 0.8;

interface Evidence {
  score: number;
  lines: string[];
}

const WEEKDAY_LABELS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A date at the very start of the text followed by a dateline mark: "BEIJING, June 28 (Xinhua) --". */
function isDateline(text: string, t: TimeExpression): boolean {
  if (t.start > 120) return false;
  const before = text.slice(0, t.start);
  if (/[.!?]\s/.test(before)) return false;
  const after = text.slice(t.end, t.end + 12);
  return /^\s*(?:\(|--|—|–|_|:|\/)/.test(after) || /^\s*[A-Z .,'-]{0,60},\s*$/.test(before);
}

/** Years the text names outright, most mentioned first. */
function namedYears(times: readonly TimeExpression[]): number[] {
  const counts = new Map<number, number>();
  for (const t of times) {
    const m = /^(\d{4})(?:-|$)/.exec(t.value);
    if (m && t.anchor === 'absolute') counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y]) => y);
}

/** The weekday of a weekday mention ("on Sunday" → 7), or null. */
function weekdayOfMention(t: TimeExpression): number | null {
  const m = /^XXXX-WXX-(\d)/.exec(t.value);
  return m ? Number(m[1]) : null;
}

/** A weekday written right before or after a date: "Sunday, June 28" / "June 28 (Sunday)". */
function attachedWeekday(text: string, t: TimeExpression): number | null {
  const m =
    /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s/i.exec(t.text) ??
    /^[\s,(]*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i.exec(
      text.slice(t.end, t.end + 14),
    );
  return m ? WEEKDAY_LABELS.findIndex((w) => w.toLowerCase() === m[1]!.toLowerCase()) : null;
}

/** "today, June 28, 1998" / "June 28, 1998 today": the text itself calls the date today. */
function calledToday(text: string, t: TimeExpression): boolean {
  return (
    /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))[\s,(]*$/i.test(
      text.slice(Math.max(0, t.start - 24), t.start),
    ) ||
    /^[\s,)]*(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/i.test(text.slice(t.end, t.end + 24))
  );
}

/** "Published: March 20, 2023", "Posted on 20/03/2023", "Updated March 21, 2023": the page states its date. */
function publicationLabel(text: string, t: TimeExpression): 'published' | 'updated' | null {
  const before = text.slice(Math.max(0, t.start - 32), t.start);
  if (/\b(?:published|posted|first\s+published|publication\s+date|dated)\s*(?:on|at|:|-)?\s*$/i.test(before))
    return 'published';
  if (/\b(?:updated|last\s+updated|modified)\s*(?:on|at|:|-)?\s*$/i.test(before)) return 'updated';
  return null;
}

interface Anchor {
  day: Day;
  weight: number;
  line: string;
}

/** Days the text states in full, weighted by how strongly each one says "this is the day of writing". */
function anchorsOf(text: string, times: readonly TimeExpression[]): Anchor[] {
  const years = namedYears(times);
  const anchors: Anchor[] = [];
  for (const t of times) {
    if (t.type !== 'date' && t.type !== 'time') continue;
    const wd = attachedWeekday(text, t);
    let day = /^\d{4}-\d{2}-\d{2}/.test(t.value) ? parseDay(t.value) : null;
    let how = '';
    const monthDay = /^XXXX-(\d{2})-(\d{2})/.exec(t.value);
    if (!day && monthDay && wd && years.length) {
      // The year is fixed by the weekday: the first year from the latest one the text names that fits.
      const latest = Math.max(...years);
      for (let y = latest - 1; y <= latest + 3 && !day; y++) {
        const d = parseDay(`${y}-${monthDay[1]}-${monthDay[2]}`);
        if (d && weekday(d) === wd) {
          day = d;
          how = ` (year ${y}: the first from ${latest - 1} where it is a ${WEEKDAY_LABELS[wd]})`;
        }
      }
    }
    if (!day) continue;
    if (wd && weekday(day) !== wd) continue; // the text's own weekday contradicts the date
    let weight = 0.3;
    let why = 'date';
    const label = publicationLabel(text, t);
    if (label === 'published') [weight, why] = [3, 'publication line'];
    else if (label === 'updated') [weight, why] = [1.5, 'update line'];
    else if (isDateline(text, t)) [weight, why] = [2.5, 'dateline'];
    else if (calledToday(text, t)) [weight, why] = [2, 'called today'];
    else if (wd) [weight, why] = [0.8, 'date with its weekday'];
    anchors.push({
      day,
      weight: how ? weight * 0.5 : weight,
      line: `${why} “${t.text.replace(/\s+/g, ' ')}”${how}`,
    });
  }
  // The latest day stated in full, when every weekday the text uses for past or present events is that
  // day's weekday: the article speaks of that day as its own ("--Feb. 4, 2000: ..." and "on Friday").
  const stated = times
    .filter((t) => t.anchor === 'absolute' && t.tense !== 'future' && /^\d{4}-\d{2}-\d{2}$/.test(t.value))
    .map((t) => ({ t, day: parseDay(t.value)! }))
    .sort((a, b) => daysBetween(a.day, b.day));
  const latest = stated[0];
  const used = times.filter((t) => weekdayOfMention(t) !== null && t.tense !== 'future');
  if (latest && used.length && used.every((t) => weekdayOfMention(t) === weekday(latest.day)))
    anchors.push({
      day: latest.day,
      weight: 1.2,
      line: `latest date stated “${latest.t.text.replace(/\s+/g, ' ')}” is a ${WEEKDAY_LABELS[weekday(latest.day)]}, the weekday the text uses`,
    });
  return anchors;
}

export function inferPublicationDate(text: string): PublicationInference {
  const times = findTimes(text);
  const anchors = anchorsOf(text, times);
  if (!anchors.length) return { date: null, confidence: 0, evidence: ['the text states no full date'] };
  const weekdays = times.filter((t) => weekdayOfMention(t) !== null);
  const candidates = new Map<string, Day>(anchors.map((a) => [formatDay(a.day), a.day]));
  const scored = [...candidates.entries()].map(([iso, day]) => {
    const ev: Evidence = { score: 0, lines: [] };
    for (const a of anchors) {
      const gap = daysBetween(a.day, day);
      if (gap === 0) {
        ev.score += a.weight;
        ev.lines.push(a.line);
      }
    }
    const pubWeekday = weekday(day);
    let agree = 0;
    for (const w of weekdays) {
      const back = (pubWeekday - weekdayOfMention(w)! + 7) % 7; // days from that weekday to the publication day
      if (w.tense !== 'future' && back === 0) agree++;
      else if (w.tense !== 'future' && back === 1) agree += 0.5;
    }
    if (agree) {
      ev.score += Math.min(1, 0.4 * agree);
      ev.lines.push(`weekday mentions agree (${WEEKDAY_LABELS[pubWeekday]} or the day before)`);
    }
    return { iso, score: ev.score, lines: ev.lines };
  });
  scored.sort((a, b) => b.score - a.score || a.iso.localeCompare(b.iso));
  const best = scored[0]!;
  const margin = best.score - (scored[1]?.score ?? 0);
  const confidence = Number((1 - Math.exp(-best.score * 0.8) * (margin >= 1 ? 1 : 2)).toFixed(3));
  const ok = confidence >= PUBLICATION_CONFIDENCE_THRESHOLD && margin >= 1;
  return {
    date: ok ? best.iso : null,
    confidence: Math.max(0, confidence),
    evidence: ok
      ? best.lines
      : [`best candidate ${best.iso} (score ${best.score.toFixed(2)}) not confident enough`],
  };
}
