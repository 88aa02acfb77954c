// Amounts in durations and shifts: "three", "24", "2 1/2", "a couple of", "several" (unspecified = null).
import { wordValue } from '../numbers.js';

const WORD_NUMBERS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen';

/** A regular-expression fragment matching an amount as written before a time unit. */
export const AMOUNT = String.raw`(?:\d+(?:\.\d+)?(?:\s+1/2)?|1/2|a\s+half|half\s+an?|a\s+couple\s+of|a\s+few|several|few|many|some|a|an|(?:${WORD_NUMBERS})(?:[\s-](?:${WORD_NUMBERS})){0,3}(?:\s+and\s+a\s+half)?)`;

const VAGUE = new Set(['a few', 'several', 'few', 'many', 'some']);

/** The number an amount stands for; null when unspecified ("several"); undefined when it is not an amount. */
export function amountValue(written: string): number | null | undefined {
  const s = written.toLowerCase().replace(/\s+/g, ' ').trim();
  if (VAGUE.has(s)) return null;
  if (s === 'a' || s === 'an') return 1;
  if (s === 'a couple of') return 2;
  if (s === '1/2' || s === 'a half' || s === 'half a' || s === 'half an') return 0.5;
  const digits = /^(\d+(?:\.\d+)?)( 1\/2)?$/.exec(s);
  if (digits) return Number(digits[1]) + (digits[2] ? 0.5 : 0);
  let rest = s;
  let half = 0;
  if (rest.endsWith(' and a half')) {
    half = 0.5;
    rest = rest.slice(0, -' and a half'.length);
  }
  let total = 0;
  let current = 0;
  for (const word of rest.split(/[\s-]+/)) {
    if (word === 'hundred') {
      current = (current || 1) * 100;
      continue;
    }
    const v = wordValue(word);
    if (v === null) return undefined;
    current += v;
  }
  total += current;
  return total + half;
}
