// Calendar arithmetic on plain days (no time zone): ISO days, weekdays, ISO weeks, quarters.

/** A calendar day; month 1..12, day 1..31. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2023-03-20" (also the date part of a date-time) → Day, or null. */
export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(day.year, day.month, day.day) ? day : null;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

function toUtc(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  return fromUtc(toUtc(d) + n * 86_400_000);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(d: Day): number {
  const w = new Date(toUtc(d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week: the year it belongs to and its number. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - weekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

/** "2023-W12" for the ISO week holding d. */
export function formatWeek(d: Day): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** The day of the given ISO weekday in the ISO week holding d. */
export function weekdayOfWeek(d: Day, isoWeekday: number): Day {
  return addDays(d, isoWeekday - weekday(d));
}

export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export function addQuarters(year: number, quarter: number, n: number): { year: number; quarter: number } {
  const index = year * 4 + (quarter - 1) + n;
  return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
}

export function compareDays(a: Day, b: Day): number {
  return toUtc(a) - toUtc(b);
}
