// The patterns of time expressions in news text and how each one is normalised to a TIMEX3 value.
import type { TimeExpression } from '../../model.js';
import { amountValue, AMOUNT } from './amounts.js';
import { addDays, type Day, formatDay, formatMonth, isValidDay } from './calendar.js';
import {
  alternation,
  DAY_PARTS,
  durationValue,
  MONTH_NAMES,
  SEASONS,
  UNIT_NAMES,
  WEEKDAY_NAMES,
  type TimeUnit,
} from './lexicon.js';
import {
  type Modifier,
  previousQuarter,
  resolveMonth,
  resolveMonthDay,
  resolvePeriod,
  resolveSeason,
  resolveWeekday,
  resolveWeekdayDay,
  shiftByUnit,
} from './resolve.js';
import type { Tense } from './tense.js';

/** What a rule found, before overlaps are settled. Offsets are into the full text. */
export interface Candidate {
  start: number;
  end: number;
  type: TimeExpression['type'];
  value: string;
  endValue: string | null;
  anchor: TimeExpression['anchor'];
  rule: string;
}

export interface RuleContext {
  text: string;
  ref: Day | null;
  /** The tense of the clause around [start, end) (computed on demand). */
  tenseAt(start: number, end: number): Tense | null;
}

type Built = Omit<Candidate, 'start' | 'end' | 'rule' | 'endValue'> & {
  endValue?: string | null;
  start?: number;
  end?: number;
};

export interface Rule {
  name: string;
  re: RegExp;
  build(m: RegExpExecArray, ctx: RuleContext): Built | null;
}

const FULL_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH = String.raw`(?:${alternation(Object.keys(MONTH_NAMES))})(?:\.|\b)`;
const WEEKDAY = String.raw`(?:${alternation(Object.keys(WEEKDAY_NAMES))})(?:\.|\b)`;
const FULL_WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?(?![\d:,.]\d)\b`;
const YEAR = String.raw`((?:1[6-9]|20)\d\d)(?![\d%])\b`;
const UNIT = alternation(Object.keys(UNIT_NAMES));
const RANGE_JOIN = String.raw`\s*(?:-|–|—|to|through|until|till|and|&)\s*`;

const isCapitalised = (w: string) => /^[A-Z]/.test(w);
const monthOf = (w: string) => MONTH_NAMES[w.toLowerCase().replace(/\.$/, '')] ?? null;
const weekdayOf = (w: string) => WEEKDAY_NAMES[w.toLowerCase().replace(/\.$/, '')] ?? null;
const pad = (n: number) => String(n).padStart(2, '0');
const tenseOf = (m: RegExpExecArray, ctx: RuleContext) => ctx.tenseAt(m.index, m.index + m[0].length);
const modifierOf = (w: string | undefined): Modifier => {
  const s = (w ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (s === 'last' || s === 'this past' || s === 'past' || s === 'previous') return 'last';
  if (s === 'next' || s === 'this coming' || s === 'coming') return 'next';
  if (s === 'this') return 'this';
  return null;
};

function dayValue(ctx: RuleContext, tense: Tense | null, month: number, day: number, year?: string): string {
  if (year) return isValidDay(Number(year), month, day) ? `${year}-${pad(month)}-${pad(day)}` : '';
  return resolveMonthDay(month, day, { ref: ctx.ref, tense });
}

/** The words that make a bare four-digit number a count rather than a year ("2000 people"). */
const COUNT_NOUN =
  /^\s*(?:[a-z]+-)?(?:people|persons|troops|soldiers|workers|employees|jobs|cars|vehicles|units|shares|tons|tonnes|votes|members|students|children|homes|houses|acres|miles|meters|metres|feet|kilometers|kilometres|km|points|barrels|dollars|euros|yuan|rubles|pounds|calories|words|pages|cases|deaths|beds|flights|ships|planes|aircraft|rounds|guns|missiles|rupees|yen|francs|marks|pesos|hectares|square)\b/i;

export const RULES: Rule[] = [
  {
    name: 'iso',
    re: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g,
    build: (m) => {
      if (!isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
      const date = `${m[1]}-${m[2]}-${m[3]}`;
      return m[4]
        ? { type: 'time', value: `${date}T${m[4]}:${m[5]}`, anchor: 'absolute' }
        : { type: 'date', value: date, anchor: 'absolute' };
    },
  },
  {
    name: 'numeric',
    re: /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)?\d\d)\b(?!\/)/g,
    build: (m) => {
      const y = m[3]!.length === 2 ? (Number(m[3]) > 40 ? 1900 : 2000) + Number(m[3]) : Number(m[3]);
      let [mo, d] = [Number(m[1]), Number(m[2])];
      if (mo > 12) [mo, d] = [d, mo];
      if (!isValidDay(y, mo, d)) return null;
      return { type: 'date', value: formatDay({ year: y, month: mo, day: d }), anchor: 'absolute' };
    },
  },
  {
    name: 'month-day',
    re: new RegExp(
      String.raw`\b(?:(${WEEKDAY}),?\s+)?(?:the\s+)?(${MONTH})\s+${DAY}(?:${RANGE_JOIN}(?:(${MONTH})\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per|people|others|million|billion)))?(?:(?:,\s*|\s+)${YEAR})?`,
      'gi',
    ),
    build: (m, ctx) => {
      const [, wd, mon, d1, mon2, d2, year] = m;
      if (!isCapitalised(mon!) || (wd && !isCapitalised(wd)) || (mon2 && !isCapitalised(mon2))) return null;
      const month = monthOf(mon!)!;
      const day = Number(d1);
      if (day < 1 || day > 31) return null;
      const tense = tenseOf(m, ctx);
      const value = dayValue(ctx, tense, month, day, year);
      if (!value) return null;
      let endValue: string | null = null;
      if (d2) {
        const month2 = mon2 ? monthOf(mon2)! : month;
        const day2 = Number(d2);
        if (day2 < 1 || day2 > 31 || (month2 === month && day2 <= day)) {
          // Not a range ("March 20 and 3 others"): keep the first date alone.
          const first = new RegExp(String.raw`^.*?${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?`, 'i').exec(m[0])!;
          return {
            type: 'date',
            value,
            anchor: year ? 'absolute' : 'relative',
            end: m.index + first[0].length,
          };
        }
        const y = value.slice(0, 4);
        endValue = /^\d{4}$/.test(y)
          ? `${y}-${pad(month2)}-${pad(day2)}`
          : `XXXX-${pad(month2)}-${pad(day2)}`;
      }
      return { type: 'date', value, endValue, anchor: year ? 'absolute' : 'relative' };
    },
  },
  {
    name: 'day-month',
    re: new RegExp(
      String.raw`\b(?:(${WEEKDAY}),?\s+)?(?:the\s+)?${DAY}(?:${RANGE_JOIN}(\d{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?(${MONTH})(?:,?\s+${YEAR})?`,
      'gi',
    ),
    build: (m, ctx) => {
      const [, wd, d1, d2, mon, year] = m;
      if (!isCapitalised(mon!) || (wd && !isCapitalised(wd))) return null;
      const month = monthOf(mon!)!;
      const day = Number(d1);
      if (day < 1 || day > 31) return null;
      const value = dayValue(ctx, tenseOf(m, ctx), month, day, year);
      if (!value) return null;
      const day2 = d2 ? Number(d2) : null;
      const endValue = day2 && day2 > day && day2 <= 31 ? `${value.slice(0, 8)}${pad(day2)}` : null;
      return { type: 'date', value, endValue, anchor: year ? 'absolute' : 'relative' };
    },
  },
  {
    name: 'month-year',
    re: new RegExp(
      String.raw`\b(?:(early|late|mid-?|the\s+(?:end|beginning|start|middle)\s+of)\s*)?(${MONTH})(?:\s+of)?,?\s+(?:${YEAR}|'(\d\d)\b|(this|last|next)\s+year\b)`,
      'gi',
    ),
    build: (m, ctx) => {
      const [, , mon, year, short, rel] = m;
      if (!isCapitalised(mon!)) return null;
      const month = monthOf(mon!)!;
      if (year || short) {
        const y = year ? Number(year) : (Number(short) > 40 ? 1900 : 2000) + Number(short);
        return { type: 'date', value: formatMonth(y, month), anchor: 'absolute' };
      }
      const shift = rel!.toLowerCase() === 'last' ? -1 : rel!.toLowerCase() === 'next' ? 1 : 0;
      const value = ctx.ref ? formatMonth(ctx.ref.year + shift, month) : `XXXX-${pad(month)}`;
      return { type: 'date', value, anchor: 'relative' };
    },
  },
  {
    name: 'month',
    re: new RegExp(
      String.raw`\b(?:(last|this|next|this\s+past|this\s+coming|early|late|mid-?|the\s+(?:end|beginning|start|middle)\s+of)[\s-]*)?(${FULL_MONTHS}|Sept\.)(?![\w-])`,
      'gi',
    ),
    build: (m, ctx) => {
      const [, mod, mon] = m;
      if (!isCapitalised(mon!)) return null;
      if (/^may$/i.test(mon!) && !mod) {
        const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
        if (
          !/\b(?:in|since|until|till|by|of|during|before|after|through|from|to|early|late|mid)\s+$/i.test(
            before,
          )
        )
          return null;
      }
      const value = resolveMonth(monthOf(mon!)!, { ref: ctx.ref, tense: tenseOf(m, ctx) }, modifierOf(mod));
      return { type: 'date', value, anchor: 'relative' };
    },
  },
  {
    name: 'year',
    re: new RegExp(
      String.raw`(?<![$€£¥\d,.#/-])\b(?:(fiscal|calendar|the\s+year|early|late|mid-?|the\s+(?:end|beginning|start|middle)\s+of)[\s-]*)?${YEAR}(?!\s*(?:-|–)\s*\d)`,
      'gi',
    ),
    build: (m, ctx) => {
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      if (COUNT_NOUN.test(after)) return null;
      // "Report 2022", "Expo 2020", "Boeing 747": a year in a name, or a model number.
      const before = ctx.text.slice(Math.max(0, m.index - 20), m.index);
      const word = /([A-Za-z][\w.]*)\s+$/.exec(before)?.[1];
      if (
        !m[1] &&
        word &&
        /^[A-Z]/.test(word) &&
        monthOf(word) === null &&
        !/[.!?]\s*[A-Za-z]+\s+$/.test(before)
      )
        if (!/^(?:In|Since|By|Until|From|Before|After|During|Of|The|And|Or)$/.test(word)) return null;
      const y = Number(m[2]);
      if (y > (ctx.ref?.year ?? 2100) + 30 && !m[1]) return null;
      return { type: 'date', value: String(y), anchor: 'absolute' };
    },
  },
  {
    name: 'spoken-year',
    re: /\b(?:the\s+year\s+)?(?:(nineteen|twenty)[\s-]+(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|hundred)|two\s+thousand(?:\s+(?:and\s+)?(one|two|three|four|five|six|seven|eight|nine|ten))?)\b/gi,
    build: (m) => {
      const [, century, rest, after2000] = m;
      if (!century)
        return {
          type: 'date',
          value: String(2000 + (after2000 ? (amountValue(after2000) ?? 0) : 0)),
          anchor: 'absolute',
        };
      if (!/^the\s+year/i.test(m[0]) && /^(?:twenty)$/i.test(century) && !/hundred/i.test(rest!)) {
        // "twenty twenty" is a year, but "twenty five" is a count: only years from 2010 on.
        if ((amountValue(rest!) ?? 0) < 10) return null;
      }
      const base = century!.toLowerCase() === 'nineteen' ? 1900 : 2000;
      const value = /hundred/i.test(rest!) ? base : base + (amountValue(rest!) ?? 0);
      return { type: 'date', value: String(value), anchor: 'absolute' };
    },
  },
  {
    name: 'year-range',
    re: new RegExp(
      String.raw`(?<![$€£¥\d,.#/])\b${YEAR}\s*(?:-|–|/)\s*(\d\d|(?:1[6-9]|20)\d\d)\b(?!\s*%)`,
      'g',
    ),
    build: (m) => {
      const from = Number(m[1]);
      const to = m[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (to <= from || to - from > 50) return null;
      return { type: 'date', value: String(from), endValue: String(to), anchor: 'absolute' };
    },
  },
  {
    name: 'decade',
    re: /\b(?:the\s+)?(?:(early|late|mid-?)[\s-]*)?(?:((?:1[6-9]|20)\d)0s|'(\d)0s)\b/gi,
    build: (m) => {
      const value = m[2] ?? `19${m[3]}`;
      return { type: 'date', value, anchor: 'absolute' };
    },
  },
  {
    name: 'century',
    re: /\b(?:the\s+)?(?:(early|late|mid-?)[\s-]*)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/gi,
    build: (m) => ({ type: 'date', value: pad(Number(m[2]) - 1), anchor: 'absolute' }),
  },
  {
    name: 'weekday',
    re: new RegExp(
      String.raw`\b(?:(last|this|next|this\s+past|this\s+coming|early|late)\s+)?(${FULL_WEEKDAY})(?:'s)?(?:\s+(morning|afternoon|evening|night))?\b`,
      'gi',
    ),
    build: (m, ctx) => {
      const [, mod, wd, part] = m;
      if (!isCapitalised(wd!)) return null;
      const ctxR = { ref: ctx.ref, tense: tenseOf(m, ctx) };
      const value = resolveWeekday(weekdayOf(wd!)!, ctxR, modifierOf(mod));
      const end = /'s/.test(m[0]) && !part ? m.index + m[0].length - 2 : undefined;
      if (part)
        return { type: 'time', value: `${value}T${DAY_PARTS[part.toLowerCase()]}`, anchor: 'relative' };
      return { type: 'date', value, anchor: 'relative', ...(end ? { end } : {}) };
    },
  },
  {
    name: 'relative-day',
    re: /\b(?:(early|late|earlier|later)\s+)?(today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:\s+(morning|afternoon|evening|night))?\b/gi,
    build: (m, ctx) => {
      const word = m[2]!.toLowerCase().replace(/\s+/g, ' ');
      const shift =
        { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[word] ?? (word.includes('before') ? -2 : 2);
      const date = ctx.ref ? formatDay(addDays(ctx.ref, shift)) : 'XXXX-XX-XX';
      const part = m[3] ? DAY_PARTS[m[3].toLowerCase()] : word === 'tonight' ? 'NI' : null;
      return part
        ? { type: 'time', value: `${date}T${part}`, anchor: 'relative' }
        : { type: 'date', value: date, anchor: 'relative' };
    },
  },
  {
    name: 'this-part-of-day',
    re: /\b(?:(earlier|later)\s+)?(this|last|yesterday|tomorrow)\s+(morning|afternoon|evening|night)\b/gi,
    build: (m, ctx) => {
      const rel = m[2]!.toLowerCase();
      const shift = rel === 'this' ? 0 : rel === 'tomorrow' ? 1 : -1;
      if (rel === 'last' && m[3]!.toLowerCase() !== 'night') return null;
      const date = ctx.ref ? formatDay(addDays(ctx.ref, shift)) : 'XXXX-XX-XX';
      return { type: 'time', value: `${date}T${DAY_PARTS[m[3]!.toLowerCase()]}`, anchor: 'relative' };
    },
  },
  {
    name: 'unit-relative',
    re: /\b(?:(earlier|later|early|late)\s+)?(last|this|next|the\s+past|the\s+last|the\s+coming|the\s+current|the\s+previous|the\s+following|the\s+prior|this\s+past|the\s+latest|the\s+most\s+recent|the\s+new)\s+(?:(fiscal|calendar)\s+)?(week|weekend|month|year|quarter|period|decade|century)\b/gi,
    build: (m, ctx) => {
      const rel = m[2]!.toLowerCase().replace(/\s+/g, ' ');
      const unitWord = m[4]!.toLowerCase();
      if (unitWord === 'period') {
        if (rel !== 'the latest' && rel !== 'the most recent') return null;
        return { type: 'date', value: previousQuarter(ctx), anchor: 'relative' };
      }
      if ((rel === 'the past' || rel === 'the last') && unitWord !== 'weekend')
        return { type: 'duration', value: durationValue(1, UNIT_NAMES[unitWord]!), anchor: 'none' };
      const shift = ['last', 'the previous', 'the prior', 'this past'].includes(rel)
        ? -1
        : ['next', 'the coming', 'the following', 'the new'].includes(rel)
          ? 1
          : rel === 'the latest' || rel === 'the most recent'
            ? -1
            : 0;
      if (unitWord === 'weekend') {
        const week = shiftByUnit('week', shift, ctx);
        return { type: 'date', value: `${week}-WE`, anchor: 'relative' };
      }
      if ((rel === 'the latest' || rel === 'the most recent') && unitWord !== 'quarter')
        return { type: 'date', value: shiftByUnit(UNIT_NAMES[unitWord]!, 0, ctx), anchor: 'relative' };
      return { type: 'date', value: shiftByUnit(UNIT_NAMES[unitWord]!, shift, ctx), anchor: 'relative' };
    },
  },
  {
    name: 'the-unit',
    re: /\b(?:(earlier|later)\s+(?:in\s+)?)?the\s+(?:full\s+)?(year|quarter|weekend|month)\b(?![\s-]+(?:ago|earlier|old|before))/gi,
    build: (m, ctx) => {
      const unit = m[2]!.toLowerCase();
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^\s*(?:of|'s|’s|in|when|before|after|that)\b/i.test(after)) return null;
      if (unit === 'quarter') return { type: 'date', value: previousQuarter(ctx), anchor: 'relative' };
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      if (unit === 'year' && !m[1] && /\b(?:for|during|over|throughout)\s+$/i.test(before))
        return { type: 'duration', value: 'P1Y', anchor: 'none' };
      if (unit === 'weekend') {
        const tense = tenseOf(m, ctx);
        const shift = tense === 'future' || (ctx.ref && ctx.ref.day && tense !== 'past') ? 0 : -1;
        return { type: 'date', value: `${shiftByUnit('week', shift, ctx)}-WE`, anchor: 'relative' };
      }
      return {
        type: 'date',
        value: shiftByUnit(unit === 'year' ? 'year' : 'month', 0, ctx),
        anchor: 'relative',
      };
    },
  },
  {
    name: 'year-ago-period',
    re: /\b(?:the\s+)?(?:year[\s-]ago|year[\s-]earlier|corresponding|same)\s+(?:quarter|period)(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?\b|\b(?:year[\s-]ago|year[\s-]earlier)\b/gi,
    build: (m, ctx) => {
      if (/^(?:the\s+)?same\s+(?:quarter|period)$/i.test(m[0])) return null;
      const clause = ctx.text.slice(Math.max(0, m.index - 400), m.index + 150);
      if (/quarter|period/i.test(m[0]) || /\bquarter/i.test(clause))
        return { type: 'date', value: previousQuarter(ctx, 1), anchor: 'relative' };
      return { type: 'date', value: shiftByUnit('year', -1, ctx), anchor: 'relative' };
    },
  },
  {
    name: 'ago',
    re: new RegExp(
      String.raw`\b(?:(about|around|nearly|almost|some|roughly|more\s+than|less\s+than|only|just|over)\s+)?(${AMOUNT})\s+(${UNIT})\s+(?:or\s+so\s+)?(ago|earlier|before|later|from\s+now|hence)\b`,
      'gi',
    ),
    build: (m, ctx) => {
      const amount = amountValue(m[2]!);
      if (amount === undefined) return null;
      const unit = UNIT_NAMES[m[3]!.toLowerCase()]!;
      const dir = /^(?:ago|earlier|before)$/i.test(m[4]!) ? -1 : 1;
      if (amount === null || !Number.isInteger(amount))
        return { type: 'date', value: dir < 0 ? 'PAST_REF' : 'FUTURE_REF', anchor: 'relative' };
      if (unit === 'year' && amount === 1) {
        const clause = ctx.text.slice(Math.max(0, m.index - 400), m.index + m[0].length + 100);
        if (/\bquarter\b/i.test(clause))
          return { type: 'date', value: previousQuarter(ctx, 1), anchor: 'relative' };
      }
      if (unit === 'hour' || unit === 'minute' || unit === 'second')
        return { type: 'date', value: shiftByUnit('day', 0, ctx), anchor: 'relative' };
      return { type: 'date', value: shiftByUnit(unit, dir * amount, ctx), anchor: 'relative' };
    },
  },
  {
    name: 'duration',
    re: new RegExp(
      String.raw`\b(?:(about|around|approximately|nearly|almost|some|roughly|more\s+than|less\s+than|over|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|only|just|another|an\s+additional|a\s+further)\s+)?(?:(the|its|their|his|her|those|these)\s+)?(?:(first|last|past|next|coming|previous|latest|final|following|remaining|initial)\s+)?(${AMOUNT})[\s-]+(${UNIT})(?:\s+and\s+a\s+half)?(?!-old|\s+old\b|-?\w)`,
      'gi',
    ),
    build: (m, ctx) => {
      const written = m[4]!;
      let amount = amountValue(written);
      if (amount === undefined) return null;
      const unitWord = m[5]!.toLowerCase();
      const unit = UNIT_NAMES[unitWord]!;
      const article = /^(?:a|an)$/i.test(written);
      if (unit === 'quarter' && (article || amount === 1)) return null; // "a quarter of the votes"
      if (unit === 'second' && article) return null; // "a second term"
      const hyphenated = new RegExp(String.raw`[\w.]-${unitWord}`, 'i').test(m[0]);
      // "1988 second quarter", "10 year" without a hyphen: not a duration; "two day" (spoken) is.
      if (amount !== null && amount > 1 && !/s$/i.test(unitWord) && !hyphenated && /\d/.test(written))
        return null;
      if (unit === 'quarter' && hyphenated) return null; // "three-quarters" of something
      if (/and a half$/i.test(m[0]) && amount !== null && !/and a half/i.test(written)) amount += 0.5;
      // "5 percent a year", "$2 a day", "twice a week": a set, not a duration.
      if (article || /^per$/i.test(written)) {
        const before = ctx.text.slice(Math.max(0, m.index - 24), m.index);
        if (
          /(?:\d|%|percent|cents?|dollars?|euros?|times|twice|once|thrice|pounds?|yuan|barrels?)\s*$/i.test(
            before,
          )
        )
          return { type: 'set', value: durationValue(1, unit), anchor: 'none' };
      }
      if (unit === 'second' && amount === null) return null;
      return { type: 'duration', value: durationValue(amount, unit), anchor: 'none' };
    },
  },
  {
    name: 'vague-duration',
    re: /\b(?:(?:the\s+)?(past|last|next|coming|recent|several|few|many|following)\s+)(years|months|weeks|days|decades|hours|minutes|centuries)\b|(?<=\bfor\s{1,3})(years|months|weeks|decades|centuries)\b/gi,
    build: (m) => {
      if (/^(?:recent|past)$/i.test(m[1] ?? ''))
        return { type: 'date', value: 'PAST_REF', anchor: 'relative' };
      const unit: TimeUnit = UNIT_NAMES[(m[2] ?? m[3])!.toLowerCase()]!;
      return { type: 'duration', value: durationValue(null, unit), anchor: 'none' };
    },
  },
  {
    name: 'reference',
    re: /\b(now|currently|nowadays|at\s+present|the\s+present|presently|recently|in\s+the\s+past|the\s+past|lately|the\s+future|the\s+near\s+future|soon|shortly|as\s+soon\s+as\s+possible|current|recent|future)\b/gi,
    build: (m, ctx) => {
      const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (word === 'now' && /^\s+that\b/i.test(after)) return null;
      if (word === 'current' && /^\s*(?:accounts?|affairs|events|issues?|flows?|-|of\b)/i.test(after))
        return null;
      if (
        word === 'future' &&
        !/^\s+(?:of|growth|plans?|years?|generations?|talks|meetings?|cooperation)\b/i.test(after)
      )
        return null;
      if (word === 'recent' && /^\s*-/.test(after)) return null;
      if (
        /^(?:current|recent)$/.test(word) &&
        /\bmost\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index))
      )
        return null;
      let start = m.index;
      if (word === 'in the past') start = m.index + m[0].toLowerCase().indexOf('the');
      const value = /^(?:now|currently|nowadays|at present|the present|presently|current)$/.test(word)
        ? 'PRESENT_REF'
        : /future|soon|shortly|possible/.test(word)
          ? 'FUTURE_REF'
          : 'PAST_REF';
      return { type: 'date', value, anchor: 'relative', start };
    },
  },
  {
    name: 'clock',
    re: new RegExp(
      String.raw`\b(?:(${FULL_WEEKDAY}|today|tomorrow|yesterday|tonight)\s+(?:at\s+)?)?(?:(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.?|p\.m\.?|am\b|pm\b)|(\d{1,2}):(\d{2})(?=\s*(?:GMT|UTC|[ECMP][SD]T|BST|CET|CEST|hours|h\b|local))|(noon|midnight))(?:\s+(GMT|UTC|[ECMP][SD]T|BST|CET|CEST|local\s+time))?(?:\s+(?:on\s+)?(${FULL_WEEKDAY}|today|tomorrow|yesterday|tonight)\b)?`,
      'gi',
    ),
    build: (m, ctx) => {
      const [, dayBefore, h12, min12, ampm, h24, min24, named, , dayAfter] = m;
      let hour: number;
      let minute: number;
      if (named) [hour, minute] = named.toLowerCase() === 'noon' ? [12, 0] : [24, 0];
      else if (h24) [hour, minute] = [Number(h24), Number(min24)];
      else {
        hour = Number(h12) % 12;
        minute = min12 ? Number(min12) : 0;
        if (/^p/i.test(ampm!)) hour += 12;
        if (Number(h12) > 12) return null;
      }
      if (hour > 24 || minute > 59) return null;
      const dayWord = dayBefore ?? dayAfter;
      let date = ctx.ref ? formatDay(ctx.ref) : 'XXXX-XX-XX';
      if (dayWord) {
        const wd = weekdayOf(dayWord);
        if (wd) {
          const d = resolveWeekdayDay(wd, { ref: ctx.ref, tense: tenseOf(m, ctx) }, null);
          date = d ? formatDay(d) : `XXXX-WXX-${wd}`;
        } else if (ctx.ref) {
          const shift = /^tomorrow$/i.test(dayWord) ? 1 : /^yesterday$/i.test(dayWord) ? -1 : 0;
          date = formatDay(addDays(ctx.ref, shift));
        }
      }
      return {
        type: 'time',
        value: `${date}T${pad(hour)}:${pad(minute)}`,
        anchor: dayWord ? 'relative' : 'relative',
      };
    },
  },
  {
    name: 'quarter',
    re: new RegExp(
      String.raw`\b(?:(?:${YEAR}|(this|last|next)\s+year)(?:'s|’s)\s+)?(?:the\s+)?(?:(?:fiscal|calendar)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+(?:fiscal[\s-]+)?(quarter|half|qtr)(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?:${YEAR}|(this|last|next)\s+year))?(?!\s+(?:of\s+)?(?:the|a|an|its|their)\s+(?:century|votes?|population|people|shares?))`,
      'gi',
    ),
    build: (m, ctx) => {
      const [, yBefore, relBefore, ord, kind, yAfter, relAfter] = m;
      const size = /half/i.test(kind!) ? 'H' : 'Q';
      const index = {
        first: 1,
        '1st': 1,
        second: 2,
        '2nd': 2,
        third: 3,
        '3rd': 3,
        fourth: 4,
        '4th': 4,
        final: size === 'H' ? 2 : 4,
      }[ord!.toLowerCase()]!;
      if (size === 'H' && index > 2) return null;
      const year = yBefore ?? yAfter;
      const rel = (relBefore ?? relAfter)?.toLowerCase();
      if (year) return { type: 'date', value: `${year}-${size}${index}`, anchor: 'absolute' };
      if (rel && ctx.ref) {
        const y = ctx.ref.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
        return { type: 'date', value: `${y}-${size}${index}`, anchor: 'relative' };
      }
      return {
        type: 'date',
        value: resolvePeriod(index, size, {
          ref: ctx.ref,
          tense: null,
        }) /* the latest one begun: quarters are reported once begun or over */,
        anchor: 'relative',
      };
    },
  },
  {
    name: 'season',
    re: new RegExp(
      String.raw`\b(?:(last|this|next|this\s+past|this\s+coming|early|late|the|mid-?)[\s-]*)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?${YEAR})?\b`,
      'gi',
    ),
    build: (m, ctx) => {
      const [, mod, season, year] = m;
      const code = SEASONS[season!.toLowerCase()]!;
      if (year) return { type: 'date', value: `${year}-${code}`, anchor: 'absolute' };
      if (!mod) {
        const before = ctx.text.slice(Math.max(0, m.index - 10), m.index);
        if (
          season!.toLowerCase() === 'fall' ||
          !/\b(?:in|during|since|by|until|over|before|after)\s+$/i.test(before)
        )
          return null;
      }
      const value = resolveSeason(code, { ref: ctx.ref, tense: tenseOf(m, ctx) }, modifierOf(mod));
      return { type: 'date', value, anchor: 'relative' };
    },
  },
  {
    name: 'set',
    re: new RegExp(
      String.raw`\b(?:(?:every|each)\s+(?:(other|single)\s+)?(?:(${AMOUNT})\s+)?(day|week|month|year|quarter|morning|night|evening|afternoon|weekend|decade|${FULL_WEEKDAY})s?|(daily|weekly|monthly|annually|yearly|hourly|biweekly|nightly|twice\s+a\s+(?:day|week|month|year))|(?:on\s+)?(Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))\b`,
      'gi',
    ),
    build: (m) => {
      const [, other, amt, unitWord, adverb, plural] = m;
      if (adverb) {
        const a = adverb.toLowerCase();
        const unit = /dai|day|night/.test(a)
          ? 'day'
          : /week/.test(a)
            ? 'week'
            : /month/.test(a)
              ? 'month'
              : /quarter/.test(a)
                ? 'quarter'
                : /hour/.test(a)
                  ? 'hour'
                  : 'year';
        return {
          type: 'set',
          value: durationValue(a === 'biweekly' ? 2 : 1, unit as TimeUnit),
          anchor: 'none',
        };
      }
      const w = (plural ?? unitWord)!.toLowerCase().replace(/s$/, '');
      const wd = weekdayOf(w);
      if (wd) return { type: 'set', value: `XXXX-WXX-${wd}`, anchor: 'none' };
      if (DAY_PARTS[w]) return { type: 'set', value: `TXX${DAY_PARTS[w]}`, anchor: 'none' };
      if (w === 'weekend') return { type: 'set', value: 'XXXX-WXX-WE', anchor: 'none' };
      const n = amt ? amountValue(amt) : other?.toLowerCase() === 'other' ? 2 : 1;
      if (n === undefined) return null;
      return { type: 'set', value: durationValue(n, UNIT_NAMES[w]!), anchor: 'none' };
    },
  },
];
