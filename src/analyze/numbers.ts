// Reading numbers written in digits or words: "190,000", "3.5", "four and a half", "twenty-five", "a dozen".
import { lookup } from '../lookup.js';

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  a: 1,
  an: 1,
};
export const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  bln: 1e9,
  bn: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1000,
};

/** Number words that may start a spelled-out number (not "a"/"an", which need a scale or "half" after them). */
export const NUMBER_WORD = new RegExp(
  `\\b(?:${Object.keys(UNITS)
    .filter((w) => w.length > 2)
    .join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\\b`,
  'i',
);

export function wordValue(word: string): number | null {
  const w = word.toLowerCase();
  const whole = lookup(UNITS, w);
  if (whole !== undefined) return whole;
  const [a, b, ...rest] = w.split('-');
  const tens = a === undefined ? undefined : lookup(UNITS, a);
  const ones = b === undefined ? undefined : lookup(UNITS, b);
  if (
    rest.length === 0 &&
    tens !== undefined &&
    ones !== undefined &&
    tens >= 20 &&
    tens % 10 === 0 &&
    ones < 10
  )
    return tens + ones;
  return null;
}

export function ordinalValue(word: string): number | null {
  const w = word.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  const whole = lookup(ORDINALS, w);
  if (whole !== undefined) return whole;
  const [a, b, ...rest] = w.split('-');
  const tens = a === undefined ? undefined : lookup(UNITS, a);
  const nth = b === undefined ? undefined : lookup(ORDINALS, b);
  return rest.length === 0 && tens !== undefined && nth !== undefined ? tens + nth : null;
}

/** "190,000" → 190000, "3.5" → 3.5, "1.234,5" is not read (English conventions). */
export function digitValue(s: string): number | null {
  const clean = s.replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^\d+(\.\d+)?$/.test(clean)) return null;
  return Number(clean);
}
