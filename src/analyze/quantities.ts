// Quantities in news text: number, unit and what is counted, normalised ("190,000 million dollars" = 1.9e11 USD,
// "50 billion cubic meters", "2,600-mile", "116%", "four and a half hours", "the 40th").
import type { Quantity, QuantityKind } from '../model.js';

import { digitValue, ordinalValue, SCALES, wordValue } from './numbers.js';

const CURRENCY_SYMBOL: Record<string, string> = { $: 'USD', us$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const CURRENCY_WORD: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  usd: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  yuan: 'CNY',
  renminbi: 'CNY',
  rmb: 'CNY',
  ruble: 'RUB',
  rubles: 'RUB',
  rouble: 'RUB',
  roubles: 'RUB',
  yen: 'JPY',
  rupee: 'INR',
  rupees: 'INR',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  francs: 'CHF',
  franc: 'CHF',
};
const MEASURE: [RegExp, string][] = [
  [/^cubic (?:meters?|metres?)$/, 'm3'],
  [/^square (?:kilometers?|kilometres?)$/, 'km2'],
  [/^square miles?$/, 'mi2'],
  [/^(?:kilometers?|kilometres?|km)$/, 'km'],
  [/^(?:meters?|metres?)$/, 'm'],
  [/^miles?$/, 'mi'],
  [/^(?:feet|foot|ft)$/, 'ft'],
  [/^(?:tons?|tonnes?)$/, 't'],
  [/^(?:kilograms?|kg)$/, 'kg'],
  [/^barrels?$/, 'bbl'],
  [/^(?:liters?|litres?)$/, 'l'],
  [/^(?:megawatts?|mw)$/, 'MW'],
  [/^(?:gigawatts?|gw)$/, 'GW'],
  [/^hectares?$/, 'ha'],
  [/^acres?$/, 'acre'],
  [/^degrees?$/, 'deg'],
];
const DURATION: Record<string, [string, boolean]> = {
  second: ['S', true],
  seconds: ['S', true],
  minute: ['M', true],
  minutes: ['M', true],
  hour: ['H', true],
  hours: ['H', true],
  day: ['D', false],
  days: ['D', false],
  week: ['W', false],
  weeks: ['W', false],
  month: ['M', false],
  months: ['M', false],
  year: ['Y', false],
  yr: ['Y', false],
  yrs: ['Y', false],
  years: ['Y', false],
  decade: ['Y10', false],
  decades: ['Y10', false],
  century: ['Y100', false],
  centuries: ['Y100', false],
};
const MONTHS =
  /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$/i;
const MONTHS_BEFORE_RANGE =
  /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|and|to|or|through)\s*$/i;
const STOP = new Set(
  'of in on at to for from with by and or but than that which who as the a an this these those its their his her our your is are was were be been being has have had will would can could may might should must not no more less over under about after before since during against between into through per each every other such than then there here when where while it they he she we you i also only just still even already'.split(
    ' ',
  ),
);

const NUMBER_WORDS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen';
const ORDINAL_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|hundredth|thousandth';
const SCALE_WORDS = 'hundred|thousand|million|billion|trillion|mln|bn|tn';

const QUANTITY = new RegExp(
  String.raw`(?:(?<cur>US\$|[$€£¥])\s?)?` +
    String.raw`(?<num>(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]\d|\d|(?:st|nd|rd|th)\b)|(?:${NUMBER_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|an?(?=\s+(?:${SCALE_WORDS}|half|dozen)\b))` +
    String.raw`(?<half>\s+and\s+a\s+half|\s+half)?` +
    String.raw`(?:\s*(?<scale>${SCALE_WORDS})\b)?` +
    String.raw`(?<pct>\s?%|\s+per\s?cent\b|\s+percent\b)?` +
    String.raw`(?:-(?<hyunit>[a-z]+))?`,
  'giu',
);
const ORDINAL = new RegExp(
  String.raw`\b(?<num>\d+(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:${ORDINAL_WORDS}))\b`,
  'giu',
);

export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const q = readQuantity(text, m);
    if (q) found.push(q);
  }
  for (const m of text.matchAll(ORDINAL)) {
    const q = readOrdinal(text, m);
    if (q && !found.some((f) => f.start < q.end && q.start < f.end)) found.push(q);
  }
  return found.sort((a, b) => a.start - b.start);
}

function readQuantity(text: string, m: RegExpMatchArray): Quantity | null {
  const g = m.groups ?? {};
  const start = m.index ?? 0;
  let end = start + m[0].length;
  const numText = g['num'] ?? '';
  const before = text.slice(Math.max(0, start - 12), start);
  const isWord = /^[a-z]/i.test(numText);
  // Inside identifiers (G20, covid-19, Terminal-2), times (10:00), dates (March 20) and long digit strings: not quantities.
  if (/[\p{L}\d]$/u.test(before) && !g['cur']) return null;
  if (/[\p{L}]-$/u.test(before) || /[:/]\d*$/.test(before)) return null;
  if (/^[:/]\d/.test(text.slice(end, end + 2))) return null;
  if (!isWord && MONTHS.test(before)) return null;
  if (
    /^\d{4}$/.test(numText) &&
    !g['cur'] &&
    !g['scale'] &&
    !g['pct'] &&
    Number(numText) >= 1800 &&
    Number(numText) <= 2100
  )
    return null;
  if (/^\.\d/.test(text.slice(end, end + 2))) return null;
  const plain = !isWord && !g['cur'] && !g['scale'] && !g['pct'];
  // "Power of Siberia 2", "Article 5": a bare number right after a capitalised name word is part of the name.
  if (
    plain &&
    !g['hyunit'] &&
    /\p{Lu}\p{Ll}+ $/u.test(before) &&
    !/(?:^|[.!?]\s+)\p{Lu}\p{Ll}+ $/u.test(before)
  )
    return null;
  // "March 20 and 22", "March 20-22": the second day of a date range.
  if (plain && Number(numText) <= 31 && MONTHS_BEFORE_RANGE.test(text.slice(Math.max(0, start - 24), start)))
    return null;
  if (g['hyunit'] && /(?:ed|ing)$/i.test(g['hyunit'])) return null;
  const numLower = numText.toLowerCase();
  if (numLower === 'one' && !g['scale'] && !g['half'] && !g['cur']) {
    const next = /^\s+([a-z]+)/i.exec(text.slice(end))?.[1]?.toLowerCase() ?? '';
    if (!(next in DURATION) && !g['hyunit']) return null;
  }
  let value = isWord ? (/^an?$/i.test(numText) ? 1 : wordValue(numText)) : digitValue(numText);
  if (value === null) return null;
  if (g['half']) value += /and/.test(g['half']) ? 0.5 : 0.5;
  if (g['scale']) value *= SCALES[g['scale'].toLowerCase()] ?? 1;

  let unit: string | null = null;
  let kind: QuantityKind = 'count';
  let counted: string | null = null;
  if (g['cur']) {
    unit = CURRENCY_SYMBOL[g['cur'].toLowerCase()] ?? 'USD';
    kind = 'money';
  }
  if (g['pct']) {
    unit = '%';
    kind = 'percent';
  }
  const hy = g['hyunit']?.toLowerCase();
  if (hy) {
    // "2,600-mile border", "seven-course dinner", "12-point plan", "two-day visit", "69-year-old"
    if (hy in DURATION) {
      kind = 'duration';
      unit = DURATION[hy]![0];
    } else {
      const measure = MEASURE.find(([re]) => re.test(hy));
      unit = measure ? measure[1] : hy;
      kind = measure ? 'measure' : 'count';
    }
    const yearOld = /^-old\b/.exec(text.slice(end));
    if (hy === 'year' && yearOld) {
      end += yearOld[0].length;
      kind = 'age';
      unit = 'Y';
    }
    counted = nounAfter(text, end);
  } else if (kind === 'count' || kind === 'money') {
    const after = text.slice(end);
    const w2 = /^\s+([a-z]+)\s+([a-z]+)/i.exec(after);
    const w1 = /^\s+([a-z]+)/i.exec(after);
    const two = w2 ? `${w2[1]} ${w2[2]}`.toLowerCase() : '';
    const one = w1?.[1]?.toLowerCase() ?? '';
    const measure2 = MEASURE.find(([re]) => re.test(two));
    const measure1 = MEASURE.find(([re]) => re.test(one));
    if (kind === 'count' && one in CURRENCY_WORD) {
      unit = CURRENCY_WORD[one]!;
      kind = 'money';
      end += w1![0].length;
    } else if (kind === 'count' && measure2 && w2) {
      unit = measure2[1];
      kind = 'measure';
      end += w2[0].length;
    } else if (kind === 'count' && measure1 && w1) {
      unit = measure1[1];
      kind = 'measure';
      end += w1[0].length;
    } else if (kind === 'count' && one in DURATION && w1) {
      unit = DURATION[one]![0];
      kind = 'duration';
      end += w1[0].length;
      const old = /^\s+old\b/.exec(text.slice(end));
      if (unit === 'Y' && old) {
        kind = 'age';
        end += old[0].length;
      }
    }
    if (kind === 'measure' || kind === 'money') {
      const of = /^\s+of\s+/i.exec(text.slice(end));
      if (of) counted = nounAfter(text, end + of[0].length - 1);
      else if (g['cur']) counted = nounAfter(text, end);
    } else if (kind === 'count') {
      counted = nounAfter(text, end);
      if (!counted && !g['scale'] && isWord) return null; // a lone number word ("two of them") says little
    }
  }
  const raw = text.slice(start, end).trimEnd();
  return {
    start,
    end: start + raw.length,
    text: raw,
    value,
    unit,
    kind,
    counted,
    normalized: normalise(value, unit, kind),
  };
}

function readOrdinal(text: string, m: RegExpMatchArray): Quantity | null {
  const start = m.index ?? 0;
  const word = m.groups?.['num'] ?? '';
  const value = ordinalValue(word);
  if (value === null) return null;
  const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
  const after = text.slice(start + word.length, start + word.length + 20).toLowerCase();
  const isDigit = /^\d/.test(word);
  if (isDigit && MONTHS.test(text.slice(Math.max(0, start - 12), start))) return null; // "March 20th" is a date
  // Word ordinals are quantities only where they rank something: "the ninth time", "its 40th", "a third term".
  if (!isDigit && !/\b(the|its|his|her|their|a|for)\s+$/.test(before) && !/^\s+time\b/.test(after))
    return null;
  if (/^second$/i.test(word) && /^\s+(ago|later|earlier)\b/.test(after)) return null;
  const counted = nounAfter(text, start + word.length);
  return {
    start,
    end: start + word.length,
    text: word,
    value,
    unit: null,
    kind: 'ordinal',
    counted,
    normalized: `#${value}`,
  };
}

/** The noun phrase right after a number: up to three lower-case content words ("deputy prime ministers"). */
function nounAfter(text: string, from: number): string | null {
  const m = /^[\s-]+((?:[a-z][a-z-]*\s*){1,3})/.exec(text.slice(from, from + 60));
  if (!m?.[1]) return null;
  const words: string[] = [];
  for (const w of m[1].trim().split(/\s+/)) {
    if (STOP.has(w) || /ly$/.test(w) || (/(?:ed|ing)$/.test(w) && words.length > 0)) break;
    words.push(w);
  }
  return words.length ? words.join(' ') : null;
}

function normalise(value: number, unit: string | null, kind: QuantityKind): string {
  if (kind === 'duration' || kind === 'age') {
    if (!unit) return String(value);
    if (unit.startsWith('Y') && unit.length > 1) return `P${value * Number(unit.slice(1))}Y`;
    const timeUnit = ['H', 'S'].includes(unit) || (unit === 'M' && false);
    const whole = Math.floor(value);
    const frac = value - whole;
    if (frac && unit === 'H') return `PT${whole}H${Math.round(frac * 60)}M`;
    if (frac && unit === 'D') return `P${whole}DT${Math.round(frac * 24)}H`;
    return timeUnit ? `PT${value}${unit}` : `P${value}${unit}`;
  }
  const n = value >= 1e5 ? value.toExponential().replace(/e\+/, 'e') : String(value);
  return unit ? `${n} ${unit}` : n;
}
