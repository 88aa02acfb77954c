// inferPublicationDate(text): the day an article was published, from the text alone (metadata hidden).
// Candidates come from full dates the text gives (datelines above all); weekday names and relative words
// ("on Sunday", "yesterday") must agree with a candidate. It abstains rather than guess.
import type { PublicationInference, TimeExpression } from '../../model.js';
import { addDays, type Day, daysBetween, formatDay, parseDay, weekday } from './calendar.js';
import { findTimes } from './find-times.js';

/** Below this confidence the inference gives no date. */
export const PUBLICATION_CONFIDENCE_THRESHOLD = 0.6;

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

/** The day a weekday mention points to for a publication day, or null when the mention is not a weekday. */
function weekdayOfMention(t: TimeExpression): number | null {
  const m = /^XXXX-WXX-(\d)/.exec(t.value);
  return m ? Number(m[1]) : null;
}

export function inferPublicationDate(text: string): PublicationInference {
  const times = findTimes(text);
  const years = namedYears(times);
  const anchors: { day: Day; weight: number; line: string }[] = [];
  for (const t of times) {
    if (t.type !== 'date' && t.type !== 'time') continue;
    const full = /^(\d{4})-(\d{2})-(\d{2})/.exec(t.value);
    const monthDay = /^XXXX-(\d{2})-(\d{2})/.exec(t.value);
    const dateline = isDateline(text, t);
    if (full) {
      const day = parseDay(t.value);
      if (day)
        anchors.push({
          day,
          weight: dateline ? 3 : 1,
          line: `${dateline ? 'dateline' : 'date'} “${t.text}”`,
        });
    } else if (monthDay) {
      for (const y of years.slice(0, 2)) {
        const day = parseDay(`${y}-${monthDay[1]}-${monthDay[2]}`);
        if (day)
          anchors.push({
            day,
            weight: dateline ? 2.5 : 0.6,
            line: `${dateline ? 'dateline' : 'date'} “${t.text}” (year ${y} named in the text)`,
          });
      }
    }
  }
  if (!anchors.length) return { date: null, confidence: 0, evidence: ['no full date in the text'] };

  const candidates = new Map<string, Day>();
  for (const a of anchors)
    for (const shift of [0, 1]) {
      const d = addDays(a.day, shift);
      candidates.set(formatDay(d), d);
    }

  const weekdays = times.filter((t) => weekdayOfMention(t) !== null);
  const scored = [...candidates.entries()].map(([iso, day]) => {
    const ev: Evidence = { score: 0, lines: [] };
    for (const a of anchors) {
      const gap = daysBetween(a.day, day);
      if (gap === 0) {
        ev.score += a.weight;
        ev.lines.push(`${a.line} is the day itself`);
      } else if (gap === 1) {
        ev.score += a.weight * 0.35;
        ev.lines.push(`${a.line} is the day before`);
      } else if (gap < -1) {
        // A past event dated after the publication day contradicts it.
        ev.score -= a.weight * 0.5;
      }
    }
    const pubWeekday = weekday(day);
    for (const w of weekdays) {
      const wd = weekdayOfMention(w)!;
      const back = (pubWeekday - wd + 7) % 7; // days from that weekday to the publication day
      if (w.tense === 'future') {
        if (back === 0) ev.score += 0.2;
        continue;
      }
      if (back === 0) {
        ev.score += 0.8;
        ev.lines.push(`“${w.text}” is ${WEEKDAY_LABELS[pubWeekday]}, the day itself`);
      } else if (back === 1) {
        ev.score += 0.5;
        ev.lines.push(`“${w.text}” is the day before`);
      } else ev.score -= 0.15 * back;
    }
    return { iso, score: ev.score, lines: ev.lines };
  });
  scored.sort((a, b) => b.score - a.score || a.iso.localeCompare(b.iso));
  const best = scored[0]!;
  const second = scored[1];
  const margin = best.score - (second?.score ?? 0);
  const confidence = Math.max(
    0,
    Math.min(1, 1 - Math.exp(-Math.max(0, best.score) * 0.7) * (margin > 0.3 ? 1 : 1.6)),
  );
  const ok = confidence >= PUBLICATION_CONFIDENCE_THRESHOLD && margin > 0.3;
  return {
    date: ok ? best.iso : null,
    confidence: Number(confidence.toFixed(3)),
    evidence: ok
      ? best.lines
      : [`best candidate ${best.iso} (score ${best.score.toFixed(2)}) not confident enough`],
  };
}
