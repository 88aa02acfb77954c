// Resolving relative and underspecified dates against the reference (article) date, with the clause's tense.
import {
  addDays,
  addMonths,
  addQuarters,
  type Day,
  daysBetween,
  formatDay,
  formatMonth,
  formatWeek,
  isValidDay,
  quarterOf,
  weekday,
  weekdayOfWeek,
} from './calendar.js';
import type { TimeUnit } from './lexicon.js';
import type { Tense } from './tense.js';

export interface ResolveContext {
  /** The article's date; null leaves relative expressions underspecified (XXXX-03-20, XXXX-WXX-2). */
  ref: Day | null;
  tense: Tense | null;
}

export type Modifier = 'last' | 'this' | 'next' | null;

/** The day of a weekday: "this" = the article's own ISO week; otherwise past bias unless the clause is future. */
export function resolveWeekdayDay(isoWeekday: number, ctx: ResolveContext, modifier: Modifier): Day | null {
  const { ref } = ctx;
  if (!ref) return null;
  const delta = isoWeekday - weekday(ref); // -6..6
  if (modifier === 'this') return weekdayOfWeek(ref, isoWeekday);
  if (modifier === 'last') return addDays(ref, delta < 0 ? delta : delta - 7);
  if (modifier === 'next') return addDays(ref, delta > 0 ? delta : delta + 7);
  const back = delta <= 0 ? delta : delta - 7; // most recent, today included
  const ahead = delta >= 0 ? delta : delta + 7; // soonest, today included
  if (ctx.tense === 'future') return addDays(ref, ahead);
  if (ctx.tense === 'present') return addDays(ref, -back <= ahead ? back : ahead);
  return addDays(ref, back);
}

export function resolveWeekday(isoWeekday: number, ctx: ResolveContext, modifier: Modifier): string {
  const day = resolveWeekdayDay(isoWeekday, ctx, modifier);
  return day ? formatDay(day) : `XXXX-WXX-${isoWeekday}`;
}

/** The year of a month-day date that gives none: nearest to the reference, on the side the tense points to. */
export function yearForMonthDay(month: number, day: number, ctx: ResolveContext): number | null {
  const { ref } = ctx;
  if (!ref) return null;
  const candidates = [ref.year - 1, ref.year, ref.year + 1]
    .filter((y) => isValidDay(y, month, day))
    .map((y) => ({ y, d: { year: y, month, day } }));
  if (!candidates.length) return null;
  const diff = (d: Day) => daysBetween(ref, d);
  const past = candidates.filter((c) => diff(c.d) <= 0);
  const future = candidates.filter((c) => diff(c.d) >= 0);
  const nearest = (list: typeof candidates) =>
    list.reduce((a, b) => (Math.abs(diff(b.d)) < Math.abs(diff(a.d)) ? b : a)).y;
  if (ctx.tense === 'past' && past.length) {
    // A past-tense clause may still name a day a little ahead ("said it would meet on March 22"): allow two months.
    const close = candidates.filter((c) => diff(c.d) > 0 && diff(c.d) <= 60);
    return close.length ? close[0]!.y : nearest(past);
  }
  if (ctx.tense === 'future' && future.length) return nearest(future);
  return nearest(candidates);
}

export function resolveMonthDay(month: number, day: number, ctx: ResolveContext): string {
  const year = yearForMonthDay(month, day, ctx);
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return year === null ? `XXXX-${mm}-${dd}` : `${year}-${mm}-${dd}`;
}

/** A month named without a year ("in March", "last September"). */
export function resolveMonth(month: number, ctx: ResolveContext, modifier: Modifier): string {
  const { ref } = ctx;
  const mm = String(month).padStart(2, '0');
  if (!ref) return `XXXX-${mm}`;
  let year: number;
  if (modifier === 'last') year = month < ref.month ? ref.year : ref.year - 1;
  else if (modifier === 'next') year = month > ref.month ? ref.year : ref.year + 1;
  else if (modifier === 'this') year = ref.year;
  else if (ctx.tense === 'future') year = month >= ref.month ? ref.year : ref.year + 1;
  // A past-tense clause may still name a month just ahead ("said it would vote in December").
  else if (ctx.tense === 'past') year = month <= ref.month + 2 ? ref.year : ref.year - 1;
  else year = Math.abs(month - ref.month) <= 6 ? ref.year : month > ref.month ? ref.year - 1 : ref.year + 1;
  return formatMonth(year, month);
}

/** A quarter (or half, size "H") named without a year: the latest one begun by the reference, or the next one not over. */
export function resolvePeriod(index: number, size: 'Q' | 'H', ctx: ResolveContext): string {
  const { ref } = ctx;
  if (!ref) return `XXXX-${size}${index}`;
  const months = size === 'Q' ? 3 : 6;
  const firstMonth = (index - 1) * months + 1;
  const lastMonth = index * months;
  const year =
    ctx.tense === 'future'
      ? lastMonth >= ref.month
        ? ref.year
        : ref.year + 1
      : firstMonth <= ref.month
        ? ref.year
        : ref.year - 1;
  return `${year}-${size}${index}`;
}

/** The quarter before the article's own ("the quarter", "the latest quarter"), shifted by whole years. */
export function previousQuarter(ctx: Pick<ResolveContext, 'ref'>, yearsBack = 0): string {
  const { ref } = ctx;
  if (!ref) return 'XXXX-QX';
  const q = addQuarters(ref.year - yearsBack, quarterOf(ref.month), -1);
  return `${q.year}-Q${q.quarter}`;
}

/** A date shifted from the reference by whole units, at the unit's granularity ("last week" → 2023-W11). */
export function shiftByUnit(unit: TimeUnit, n: number, ctx: Pick<ResolveContext, 'ref'>): string {
  const { ref } = ctx;
  switch (unit) {
    case 'day':
      return ref ? formatDay(addDays(ref, n)) : 'XXXX-XX-XX';
    case 'week':
      return ref ? formatWeek(addDays(ref, 7 * n)) : 'XXXX-WXX';
    case 'month': {
      if (!ref) return 'XXXX-XX';
      const m = addMonths(ref.year, ref.month, n);
      return formatMonth(m.year, m.month);
    }
    case 'quarter': {
      if (!ref) return 'XXXX-QX';
      const q = addQuarters(ref.year, quarterOf(ref.month), n);
      return `${q.year}-Q${q.quarter}`;
    }
    case 'year':
      return ref ? String(ref.year + n) : 'XXXX';
    case 'decade':
      return ref ? String(Math.floor(ref.year / 10) + n) : 'XXX';
    case 'century':
      return ref ? String(Math.floor(ref.year / 100) + n) : 'XX';
    default:
      return ref ? formatDay(ref) : 'XXXX-XX-XX';
  }
}

/** A season of a year: past bias for "last"/past clauses, ahead for "next"/future ones. */
export function resolveSeason(code: string, ctx: ResolveContext, modifier: Modifier): string {
  const { ref } = ctx;
  if (!ref) return `XXXX-${code}`;
  const startMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 1;
  let year = ref.year;
  if (modifier === 'last') year = startMonth + 2 < ref.month ? ref.year : ref.year - 1;
  else if (modifier === 'next') year = startMonth > ref.month ? ref.year : ref.year + 1;
  else if (modifier === 'this' || modifier === null) {
    if (ctx.tense === 'past' && startMonth > ref.month && modifier === null) year = ref.year - 1;
    if (ctx.tense === 'future' && startMonth + 2 < ref.month && modifier === null) year = ref.year + 1;
  }
  return `${year}-${code}`;
}
