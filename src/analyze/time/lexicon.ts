// Words of time: month, weekday, season, part-of-day and unit names, and how TIMEX3 writes them.

export const MONTH_NAMES: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const WEEKDAY_NAMES: Record<string, number> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};

/** TIMEX3 season codes. */
export const SEASONS: Record<string, string> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

/** TIMEX3 part-of-day codes. */
export const DAY_PARTS: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
  overnight: 'NI',
};

export type TimeUnit =
  'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export const UNIT_NAMES: Record<string, TimeUnit> = {
  second: 'second',
  seconds: 'second',
  sec: 'second',
  secs: 'second',
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  mins: 'minute',
  hour: 'hour',
  hours: 'hour',
  hr: 'hour',
  hrs: 'hour',
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  fortnight: 'week',
  month: 'month',
  months: 'month',
  quarter: 'quarter',
  quarters: 'quarter',
  year: 'year',
  years: 'year',
  yr: 'year',
  yrs: 'year',
  decade: 'decade',
  decades: 'decade',
  century: 'century',
  centuries: 'century',
};

/** The ISO 8601 / TIMEX3 duration designator of a unit, and whether it sits after the "T". */
export const UNIT_CODES: Record<TimeUnit, { code: string; timePart: boolean }> = {
  second: { code: 'S', timePart: true },
  minute: { code: 'M', timePart: true },
  hour: { code: 'H', timePart: true },
  day: { code: 'D', timePart: false },
  week: { code: 'W', timePart: false },
  month: { code: 'M', timePart: false },
  quarter: { code: 'Q', timePart: false },
  year: { code: 'Y', timePart: false },
  decade: { code: 'DE', timePart: false },
  century: { code: 'CE', timePart: false },
};

/** A TIMEX3 duration: "P3D", "PT4H", "PXY" (amount null = unspecified), fractions of years/hours carried down. */
export function durationValue(amount: number | null, unit: TimeUnit): string {
  const { code, timePart } = UNIT_CODES[unit];
  const prefix = timePart ? 'PT' : 'P';
  if (amount === null) return `${prefix}X${code}`;
  if (Number.isInteger(amount)) return `${prefix}${amount}${code}`;
  const whole = Math.floor(amount);
  const rest = amount - whole;
  if (unit === 'year' && Number.isInteger(rest * 12)) return `P${whole ? `${whole}Y` : ''}${rest * 12}M`;
  if (unit === 'hour' && Number.isInteger(rest * 60)) return `PT${whole ? `${whole}H` : ''}${rest * 60}M`;
  if (unit === 'day' && Number.isInteger(rest * 24)) return `P${whole ? `${whole}D` : ''}T${rest * 24}H`;
  if (unit === 'minute' && Number.isInteger(rest * 60)) return `PT${whole ? `${whole}M` : ''}${rest * 60}S`;
  return `${prefix}${amount}${code}`;
}

/** Alternation of the keys of a lexicon, longest first, for a regular expression. */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}
