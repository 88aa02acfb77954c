// Explicit calendar dates written in a text ("February 24, 2022", "March 2019", "2019") and day ranges
// ("between March 20 and 22"), as ISO prefixes. Relative dates are the time analysis' business.

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.toLowerCase()) + 1;
}

export interface ExplicitDate {
  /** "2022-02-24", "2022-02" or "2022". */
  iso: string;
  start: number;
  end: number;
}

/** Explicit dates in the text, most precise reading first at each place. */
export function explicitDates(text: string): ExplicitDate[] {
  const out: ExplicitDate[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => !taken.some(([s, e]) => a < e && b > s);
  const add = (iso: string, start: number, end: number) => {
    if (!free(start, end)) return;
    taken.push([start, end]);
    out.push({ iso, start, end });
  };
  for (const m of text.matchAll(
    new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'g'),
  ))
    add(`${m[3]}-${pad(monthNumber(m[1]!))}-${pad(Number(m[2]))}`, m.index, m.index + m[0].length);
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+((?:19|20)\\d{2})\\b`, 'g')))
    add(`${m[3]}-${pad(monthNumber(m[2]!))}-${pad(Number(m[1]))}`, m.index, m.index + m[0].length);
  for (const m of text.matchAll(new RegExp(`\\b${MONTH},?\\s+((?:19|20)\\d{2})\\b`, 'g')))
    add(`${m[2]}-${pad(monthNumber(m[1]!))}`, m.index, m.index + m[0].length);
  for (const m of text.matchAll(/\b((?:19|20)\d{2})\b(?![-–]\d)/g))
    add(m[1]!, m.index, m.index + m[0].length);
  return out.sort((a, b) => a.start - b.start);
}

export interface DayRange {
  /** Days covered, both ends included ("March 20 and 22" → 3). */
  days: number;
  text: string;
  start: number;
  end: number;
}

/** "between March 20 and 22", "from 20 to 22 March", "March 20-22", "from March 30 to April 2". */
export function dayRanges(text: string): DayRange[] {
  const out: DayRange[] = [];
  const monthDay = new RegExp(
    `\\b(?:(?:between|from)\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|to|until|through|-|–)\\s*(?:${MONTH}\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b`,
    'g',
  );
  for (const m of text.matchAll(monthDay)) {
    const m1 = monthNumber(m[1]!);
    const m2 = m[3] ? monthNumber(m[3]) : m1;
    const days = spanDays(m1, Number(m[2]), m2, Number(m[4]));
    if (days) out.push({ days, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  const dayMonth = new RegExp(
    `\\b(?:between|from)\\s+(\\d{1,2})\\s*(?:${MONTH}\\s*)?(?:and|to|until|-|–)\\s*(\\d{1,2})\\s+${MONTH}\\b`,
    'g',
  );
  for (const m of text.matchAll(dayMonth)) {
    const m2 = monthNumber(m[4]!);
    const m1 = m[2] ? monthNumber(m[2]) : m2;
    const days = spanDays(m1, Number(m[1]), m2, Number(m[3]));
    if (days) out.push({ days, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function spanDays(m1: number, d1: number, m2: number, d2: number): number | null {
  // A leap-free reference year: only the difference matters.
  const a = Date.UTC(2001, m1 - 1, d1);
  const b = Date.UTC(m2 < m1 ? 2002 : 2001, m2 - 1, d2);
  const days = Math.round((b - a) / 86400000) + 1;
  return days >= 2 && days <= 120 ? days : null;
}
