// Comparing the values two articles give for one claim: units, rounding, "about"/"more than", durations, ranges,
// a count of past events against "the Nth" one, and the scope a count covers ("in person" vs "including calls").
import { claimValueLabel } from './value-label.js';

/** How a value is stated: exactly, approximately ("about"), as a lower ("more than") or upper ("under") bound. */
export type Precision = 'exact' | 'approx' | 'at-least' | 'at-most';

/** What a count covers, when the sentence says: only in-person events, or every kind ("including calls"). */
export type Scope = 'in-person' | 'all' | null;

export interface ClaimValue {
  /** "count" and "ordinal" compare with each other; other classes only with themselves. */
  kind: 'money' | 'percent' | 'measure' | 'duration' | 'age' | 'count' | 'ordinal' | 'date';
  /** Unit after normalisation ("USD", "m", "s" for durations); null for counts and ordinals. */
  unit: string | null;
  /** The number, in `unit` (seconds for durations); for dates, null. */
  amount: number | null;
  /** For dates: an ISO prefix ("2019", "2022-02", "2022-02-24"). */
  date: string | null;
  precision: Precision;
  scope: Scope;
  /** The comparable text shown in the ledger ("1.9e11 USD", "P3D", "#40", "2019"). */
  normalized: string;
}

const SECONDS: Record<string, number> = {
  Y: 365 * 86400,
  M: 30 * 86400,
  W: 7 * 86400,
  D: 86400,
  h: 3600,
  m: 60,
  s: 1,
};

/** Seconds in an ISO 8601 duration ("P2D", "PT4H30M", "P10Y"); null if it is not one. */
export function durationSeconds(iso: string): number | null {
  const m =
    /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      iso,
    );
  if (!m || iso === 'P' || iso === 'PT') return null;
  const parts: [string | undefined, number][] = [
    [m[1], SECONDS['Y']!],
    [m[2], SECONDS['M']!],
    [m[3], SECONDS['W']!],
    [m[4], SECONDS['D']!],
    [m[5], SECONDS['h']!],
    [m[6], SECONDS['m']!],
    [m[7], SECONDS['s']!],
  ];
  let total = 0;
  let any = false;
  for (const [v, k] of parts)
    if (v !== undefined) {
      total += Number(v) * k;
      any = true;
    }
  return any ? total : null;
}

const LENGTH: Record<string, number> = { km: 1000, m: 1, mi: 1609.344, ft: 0.3048 };
const AREA: Record<string, number> = { km2: 1e6, mi2: 2.589988e6 };

/** A unit and amount in a base unit where several units measure one thing (miles and kilometres). */
export function baseUnit(unit: string, amount: number): { unit: string; amount: number } {
  if (unit in LENGTH) return { unit: 'm', amount: amount * LENGTH[unit]! };
  if (unit in AREA) return { unit: 'm2', amount: amount * AREA[unit]! };
  return { unit, amount };
}

function significantFigures(x: number): number {
  if (x === 0) return 1;
  const digits = String(Math.abs(x))
    .replace(/e.*$/, '')
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return Math.max(1, digits.length);
}

function roundTo(x: number, figures: number): number {
  if (x === 0) return 0;
  const p = Math.floor(Math.log10(Math.abs(x))) - figures + 1;
  return Math.round(x / 10 ** p) * 10 ** p;
}

/** Whether two amounts of one unit can state the same fact, given how each is stated. */
function amountsAgree(a: ClaimValue, b: ClaimValue, x: number, y: number): boolean {
  const rel = Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y), 1e-9);
  if (rel <= 0.005) return true;
  const loose = (p: Precision) => p !== 'exact';
  if (a.precision === 'at-least' && y >= x * 0.95) return true;
  if (b.precision === 'at-least' && x >= y * 0.95) return true;
  if (a.precision === 'at-most' && y <= x * 1.05) return true;
  if (b.precision === 'at-most' && x <= y * 1.05) return true;
  if ((loose(a.precision) || loose(b.precision)) && rel <= 0.15) return true;
  // Rounding: "$190 billion" and "$190.4 billion" agree; small counts must match exactly.
  const roundable =
    (a.kind !== 'count' && a.kind !== 'ordinal' && a.kind !== 'age') ||
    !Number.isInteger(x) ||
    !Number.isInteger(y);
  if (roundable || Math.min(Math.abs(x), Math.abs(y)) >= 1000) {
    const f = Math.min(significantFigures(x), significantFigures(y));
    if (roundTo(x, f) === roundTo(y, f) && rel <= 0.05) return true;
  }
  return false;
}

/** Why two values of one claim cannot both be true, or null when they agree. `yearsApart` is the time between
 * the two statements (ages grow with it). */
export function disagreement(a: ClaimValue, b: ClaimValue, yearsApart = 0): string | null {
  if (a.kind === 'age' && b.kind === 'age' && a.amount !== null && b.amount !== null) {
    const grown = Math.abs(a.amount - b.amount) / (365 * 86400);
    return Math.abs(grown - yearsApart) <= 1
      ? null
      : `${claimValueLabel(a.normalized)} vs ${claimValueLabel(b.normalized)}`;
  }
  if (a.kind === 'date' || b.kind === 'date') {
    if (!a.date || !b.date) return null;
    const agree = a.date.startsWith(b.date) || b.date.startsWith(a.date);
    return agree ? null : `${claimValueLabel(a.normalized)} vs ${claimValueLabel(b.normalized)}`;
  }
  if (a.amount === null || b.amount === null) return null;
  if (a.scope && b.scope && a.scope !== b.scope) {
    // One number for a total that includes calls and for the in-person meetings alone cannot both hold.
    const [all, person] = a.scope === 'all' ? [a, b] : [b, a];
    if (numbersAgree(all, person))
      return `${claimValueLabel(all.normalized)} counting every kind vs ${claimValueLabel(person.normalized)} in person`;
    // A total that includes calls may exceed the in-person count, never fall below it.
    const total = (all.amount ?? 0) + (all.kind === 'ordinal' ? 0 : 1);
    return total >= (person.amount ?? 0)
      ? null
      : `${claimValueLabel(all.normalized)} in all vs ${claimValueLabel(person.normalized)} in person`;
  }
  return numbersAgree(a, b) ? null : `${claimValueLabel(a.normalized)} vs ${claimValueLabel(b.normalized)}`;
}

function numbersAgree(a: ClaimValue, b: ClaimValue): boolean {
  const x = a.amount ?? 0;
  const y = b.amount ?? 0;
  if (a.kind !== b.kind && (a.kind === 'ordinal' || b.kind === 'ordinal')) {
    // "met 39 times before" and "the 40th meeting" agree; so does a count that already includes this one.
    const [count, ordinal] = a.kind === 'ordinal' ? [y, x] : [x, y];
    const gap = ordinal - count;
    const approx = a.precision !== 'exact' || b.precision !== 'exact';
    return gap === 0 || gap === 1 || (approx && Math.abs(gap) / Math.max(ordinal, 1) <= 0.15);
  }
  return amountsAgree(a, b, x, y);
}
