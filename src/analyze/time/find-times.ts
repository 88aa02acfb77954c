// findTimes(text, reference) → TimeExpression[]: every date, time, range, duration and set, TIMEX3-normalised.
import type { DatePrecision, Span, TimeExpression } from '../../model.js';
import { type Day, formatDay, formatWeek, parseDay } from './calendar.js';
import { mergeRanges } from './ranges.js';
import { type Candidate, RULES, type RuleContext } from './rules.js';
import { clauseTense, type Tense } from './tense.js';

export interface FindTimesOptions {
  /** The article's date (YYYY-MM-DD…); relative expressions stay underspecified without it. */
  reference?: string | Day | null;
  /** Sentences of the text, for TimeExpression.sentence. */
  sentences?: readonly Span[];
}

/** The precision of a TIMEX3 value, when it is a calendar date or time. */
export function precisionOf(value: string, type: TimeExpression['type']): DatePrecision | null {
  if (type === 'duration' || type === 'set') return null;
  if (/T\d/.test(value) || /T(?:MO|AF|EV|NI)$/.test(value)) return 'time';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-(?:\d{2}|W\d{2}(?:-WE)?|Q\d|H\d|SP|SU|FA|WI)$/.test(value)) return 'month';
  if (/^\d{2,4}$/.test(value)) return 'year';
  return null;
}

/** Past / future from where the value lies against the reference; the clause's tense when it holds the reference. */
function tenseOfValue(value: string, ref: Day | null, clause: Tense | null): Tense | null {
  if (value === 'PAST_REF') return 'past';
  if (value === 'PRESENT_REF') return 'present';
  if (value === 'FUTURE_REF') return 'future';
  if (!ref) return clause;
  const refIso = formatDay(ref);
  const week = /^\d{4}-W\d{2}/.exec(value);
  if (week) {
    const own = formatWeek(ref);
    return week[0] < own ? 'past' : week[0] > own ? 'future' : (clause ?? 'present');
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m || /^\d{4}-[WQHSFu]/.test(value)) return clause;
  const key = m[3] ? refIso : m[2] ? refIso.slice(0, 7) : refIso.slice(0, 4);
  const own = m[0];
  if (own < key) return 'past';
  if (own > key) return 'future';
  return clause ?? 'present';
}

function sentenceIndex(sentences: readonly Span[] | undefined, at: number): number {
  if (!sentences?.length) return 0;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Keeps the longest of overlapping candidates (earliest on ties). */
function settleOverlaps(candidates: Candidate[], textLength: number): Candidate[] {
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(textLength + 1);
  const kept: Candidate[] = [];
  for (const c of byLength) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function findTimes(text: string, options: FindTimesOptions = {}): TimeExpression[] {
  const ref =
    typeof options.reference === 'string' ? parseDay(options.reference) : (options.reference ?? null);
  const tenses = new Map<string, Tense | null>();
  const ctx: RuleContext = {
    text,
    ref,
    tenseAt(start, end) {
      const key = `${start}:${end}`;
      if (!tenses.has(key)) tenses.set(key, clauseTense(text, start, end));
      return tenses.get(key) ?? null;
    },
  };
  const candidates: Candidate[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const built = rule.build(m, ctx);
      if (!built || !built.value) continue;
      const start = built.start ?? m.index;
      const end = built.end ?? m.index + m[0].length;
      candidates.push({
        start,
        end,
        type: built.type,
        value: built.value,
        endValue: built.endValue ?? null,
        anchor: built.anchor,
        rule: rule.name,
      });
    }
  }
  const settled = mergeRanges(text, settleOverlaps(candidates, text.length));
  return settled.map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: c.type,
    value: c.value,
    endValue: c.endValue,
    precision: precisionOf(c.value, c.type),
    tense: c.anchor === 'none' ? null : tenseOfValue(c.value, ref, ctx.tenseAt(c.start, c.end)),
    anchor: c.anchor,
    sentence: sentenceIndex(options.sentences, c.start),
  }));
}
