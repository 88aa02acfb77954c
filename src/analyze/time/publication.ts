// inferPublicationDate(text): the day an article was published, from the text alone (metadata hidden).
// Candidates come from full dates the text gives (datelines above all); weekday names and relative words
// ("on Sunday", "yesterday") must agree with a candidate. A dateline without its year ("CARACAS, May 11
// (Xinhua) --") is dated when nearby full dates and the weekday mentions fix one year, and moved to the
// agency's own clock by the UTC offsets of place and agency desk; a chronology ends on the day of writing.
// It abstains rather than guess: wire copy that names no year leaves the day open.
import type { PublicationInference, TimeExpression } from '../../model.js';
import { addDays, type Day, daysBetween, formatDay, parseDay, weekday } from './calendar.js';
import { findTimes } from './find-times.js';
import { agencyOffset, placeOffset } from './zones.js';

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
  // A list entry ("--March 3, 2021: the suit is filed") is not a dateline.
  if (/(?:^|\n)[ \t]*(?:--|[-–—•*])[ \t]*$/.test(before)) return false;
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

/** A dateline that gives the month and day but no year: "CARACAS, May 11 (Xinhua) --". */
interface YearlessDateline {
  t: TimeExpression;
  month: number;
  dayOfMonth: number;
  place: string;
  agency: string | null;
}

function yearlessDateline(text: string, times: readonly TimeExpression[]): YearlessDateline | null {
  for (const t of times) {
    if (t.start > 200) break;
    const md = /^XXXX-(\d{2})-(\d{2})$/.exec(t.value);
    if (!md || !isDatelineAt(text, t)) continue;
    const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
    const place = text
      .slice(lineStart, t.start)
      .replace(/[,\s]+$/, '')
      .trim();
    const credit = /^\s*\(([^)]{2,30})\)/.exec(text.slice(t.end, t.end + 40));
    return {
      t,
      month: Number(md[1]),
      dayOfMonth: Number(md[2]),
      place,
      agency: credit ? credit[1]!.trim() : null,
    };
  }
  return null;
}

/** A dateline mark right after a date near the top: "BEIJING, June 28 (Xinhua) --", after a headline line too. */
function isDatelineAt(text: string, t: TimeExpression): boolean {
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  const before = text.slice(lineStart, t.start);
  if (!/^\s*[A-Za-z][A-Za-z .,'-]{1,60},\s*$/.test(before)) return false;
  return /^\s*(?:\([^)]{2,30}\)\s*)?(?:--|—|–|_|:)/.test(text.slice(t.end, t.end + 40));
}

/**
 * How many days a story filed on the dateline day lies ahead (+1) or behind (−1) on the publisher's clock,
 * and how likely that is: the story is taken to be filed at a local hour spread evenly over 10:00–24:00.
 */
function clockShift(gapHours: number): { shift: number; p: number } {
  const counts = new Map<number, number>();
  const steps = 56;
  for (let i = 0; i < steps; i++) {
    const h = 10 + (14 * (i + 0.5)) / steps + gapHours;
    const s = h >= 24 ? 1 : h < 0 ? -1 : 0;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const [shift, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return { shift, p: n / steps };
}

/**
 * The year of a year-less dateline, fixed by the full dates the text gives: the one year in which the
 * dateline day lies within three months of some of them (news speaks of nearby days), and in which the
 * weekdays the text uses for past events fall on the dateline day or the day before.
 */
function datelineYear(
  dl: YearlessDateline,
  times: readonly TimeExpression[],
  text: string,
): { day: Day; p: number; line: string } | null {
  const dated = times
    .filter((t) => t.anchor === 'absolute' && /^\d{4}-\d{2}/.test(t.value))
    .map((t) => ({ t, day: parseDay(`${t.value.slice(0, 7)}-${t.value.slice(8, 10) || '15'}`) }))
    .filter((x): x is { t: TimeExpression; day: Day } => !!x.day);
  const years = new Set(dated.flatMap((x) => [x.day.year - 1, x.day.year, x.day.year + 1]));
  const attached = attachedWeekday(text, dl.t);
  const mentions = times.filter((t) => t !== dl.t && weekdayOfMention(t) !== null && t.tense !== 'future');
  const options: { day: Day; near: TimeExpression[]; agree: number }[] = [];
  for (const y of years) {
    const day = parseDay(
      `${y}-${String(dl.month).padStart(2, '0')}-${String(dl.dayOfMonth).padStart(2, '0')}`,
    );
    if (!day || (attached && weekday(day) !== attached)) continue;
    const near = dated.filter((x) => Math.abs(daysBetween(day, x.day)) <= 92).map((x) => x.t);
    if (!near.length) continue;
    near.sort(
      (a, b) => Number(/^\d{4}-\d{2}-\d{2}/.test(b.value)) - Number(/^\d{4}-\d{2}-\d{2}/.test(a.value)),
    );
    const agree = mentions.filter((m) => (weekday(day) - weekdayOfMention(m)! + 7) % 7 <= 1).length;
    if (mentions.length && agree * 2 < mentions.length) continue; // the weekdays point to another year
    options.push({ day, near, agree });
  }
  if (options.length !== 1) return null; // no full date near the dateline day, or two years fit
  const { day, near, agree } = options[0]!;
  // A day-precise date fixes the year well; a month alone ("in July 1995") is often a past event's.
  const dayPrecise = near.some((t) => /^\d{4}-\d{2}-\d{2}/.test(t.value));
  const p =
    (dayPrecise ? 1 : 0.6) *
    (attached ? 0.95 : 0.85 + (mentions.length ? (0.1 * agree) / mentions.length : 0));
  const why = attached
    ? `its weekday ${WEEKDAY_LABELS[attached]}`
    : mentions.length
      ? `${agree} of ${mentions.length} weekday mentions on that day or the day before`
      : 'no weekday mention';
  return {
    day,
    p,
    line: `year ${day.year}: full dates within three months (“${near[0]!.text.replace(/\s+/g, ' ')}”); ${why}`,
  };
}

/** The publication day a year-less dateline implies, with its probability and evidence. */
function datelineDay(
  text: string,
  times: readonly TimeExpression[],
): { day: Day; p: number; lines: string[] } | null {
  const dl = yearlessDateline(text, times);
  if (!dl) return null;
  const year = datelineYear(dl, times, text);
  if (!year) return null;
  const lines = [`dateline “${dl.t.text.replace(/\s+/g, ' ')}”`, year.line];
  const local = placeOffset(dl.place);
  const home = dl.agency ? agencyOffset(dl.agency) : null;
  let shift = 0;
  let p = 0.85; // no clock to compare: the dateline's own day
  if (local !== null && home !== null) {
    const c = clockShift(home - local);
    [shift, p] = [c.shift, c.p];
    lines.push(
      `${dl.place} is UTC${local >= 0 ? '+' : ''}${local}, ${dl.agency} UTC${home >= 0 ? '+' : ''}${home}: ` +
        (shift ? `filed ${shift > 0 ? 'the next' : 'the previous'} day on the agency's clock` : 'same day') +
        ` (${Math.round(c.p * 100)}%)`,
    );
  } else if (home !== null) p = 0.6; // the agency's clock is known, the place's is not
  return { day: addDays(year.day, shift), p: p * year.p, lines };
}

/**
 * A chronology ("--March 26, 1999: convicted. --April 13, 1999: sentenced.") is written on the day of its last
 * entry: at least three lines that open with a full date, in order, and no later day stated anywhere.
 */
function chronologyEnd(text: string, times: readonly TimeExpression[]): { day: Day; lines: string[] } | null {
  const entries = times.filter((t) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(t.value)) return false;
    const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
    if (!/^[\s\-–—•*]*$/.test(text.slice(lineStart, t.start))) return false;
    return /^\s*(?:--|—|–|-|:)/.test(text.slice(t.end, t.end + 6));
  });
  if (entries.length < 3) return null;
  const days = entries.map((t) => parseDay(t.value)!);
  for (let i = 1; i < days.length; i++) if (daysBetween(days[i - 1]!, days[i]!) < 0) return null;
  const last = days[days.length - 1]!;
  const later = times.some(
    (t) => /^\d{4}-\d{2}-\d{2}/.test(t.value) && daysBetween(last, parseDay(t.value.slice(0, 10))!) > 0,
  );
  if (later) return null;
  const mentions = times.filter((t) => weekdayOfMention(t) !== null && t.tense !== 'future');
  const agree = mentions.filter((m) => (weekday(last) - weekdayOfMention(m)! + 7) % 7 <= 1).length;
  if (agree * 2 < mentions.length) return null;
  const lastText = entries[entries.length - 1]!.text.replace(/\s+/g, ' ');
  return { day: last, lines: [`chronology of ${entries.length} dated entries ending “${lastText}”`] };
}

/**
 * The day from the full dates the text states (publication lines, datelines with a year, dates called today),
 * scored by the weekday mentions that agree with each; abstains when no candidate stands out.
 */
function fromFullDates(text: string, times: readonly TimeExpression[]): PublicationInference {
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

export function inferPublicationDate(text: string): PublicationInference {
  const times = findTimes(text);
  // A day the text states in full comes first ("Published: March 20, 2023", "MOSCOW, March 20, 2023 -").
  const full = fromFullDates(text, times);
  if (full.date) return full;
  // Then a dateline without its year ("CARACAS, May 11 (Xinhua) --"), the year fixed by nearby full dates.
  const dl = datelineDay(text, times);
  if (dl) {
    const confidence = Number(dl.p.toFixed(3));
    const iso = formatDay(dl.day);
    return confidence >= PUBLICATION_CONFIDENCE_THRESHOLD
      ? { date: iso, confidence, evidence: dl.lines }
      : { date: null, confidence, evidence: [`best candidate ${iso} not confident enough`, ...dl.lines] };
  }
  // Then a chronology, written on the day of its last entry.
  const chronology = chronologyEnd(text, times);
  if (chronology) return { date: formatDay(chronology.day), confidence: 0.85, evidence: chronology.lines };
  return full;
}
