// Keys for entity names across articles. An exact key folds what never distinguishes two entities (case,
// diacritics, punctuation, a leading "the", a possessive, titles such as "President" or "Mr"); a phonetic form of
// each word folds common transliteration differences (y/i, w/v, ph/f, kh/h, doubled letters: "Tatyana" =
// "Tatiana", "Wladimir" = "Vladimir"); a skeleton (the phonetic form without vowels after the first letter) puts
// spelling variants that are still a letter or two apart ("Kharkov" / "Kharkiv") in one lookup bucket.
import { ROLE_WORDS } from '../../analyze/entities/roles.js';

const HONORIFICS = [
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'prof',
  'professor',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'adm',
  'maj',
  'pres',
  'rev',
  'hon',
];
const TITLE_WORDS = [...ROLE_WORDS, ...HONORIFICS].sort((a, b) => b.length - a.length);
const TITLE = new RegExp(
  `^(?:(?:${TITLE_WORDS.map((t) => t.replace(/[ -]/g, '[ -]')).join('|')})\\.?\\s+)+`,
  'i',
);
const STOP = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'del', 'du', 'on', 'in', 'at', 'to', 'a', 'an']);

/** Diacritics removed, apostrophes and quotes dropped, other punctuation to spaces, lower case. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`"“”«»]s\b/g, '')
    .replace(/['’‘`"“”«»]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const TITLE_SET = new Set(TITLE_WORDS);

/** Whether a name key is only a title ("sen", "president"): such a form names nobody by itself. */
export function isTitleOnly(key: string): boolean {
  return TITLE_SET.has(key);
}

/** The name without titles and honorifics before it ("President Xi" → "Xi", "Mr. Putin" → "Putin"). */
export function stripTitles(name: string): string {
  const stripped = name
    .replace(/^the\s+/i, '')
    .replace(TITLE, '')
    .trim();
  return stripped.length > 0 ? stripped : name;
}

/** Exact identity key: "The Wall Street Journal" and "Wall Street Journal" → "wall street journal". */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = foldName(stripTitles(name)).replace(/^the /, '');
    // The same names come back article after article: remembered, within a bound.
    if (nameKeys.size >= NAME_KEY_CACHE) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

const NAME_KEY_CACHE = 200_000;
const nameKeys = new Map<string, string>();

/** The words of a name key. */
export function nameTokens(key: string): string[] {
  return key.split(' ').filter(Boolean);
}

/** A word with transliteration differences folded. */
export function phoneticWord(word: string): string {
  return word
    .replace(/dzh/g, 'j')
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'h')
    .replace(/ck/g, 'k')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** The phonetic form without vowels after the first letter ("kiev" and "kiv" → "kv"). */
export function skeletonWord(word: string): string {
  const p = phoneticWord(word);
  return p.slice(0, 1) + p.slice(1).replace(/[aeiou]/g, '');
}

/** Skeleton of a whole name key, word by word. */
export function nameSkeleton(key: string): string {
  return nameTokens(key).map(skeletonWord).join(' ');
}

/** Initials of the significant words ("International Criminal Court" → "ICC"); "" for one-word names. */
export function initialsOf(key: string): string {
  const words = nameTokens(key).filter((w) => !STOP.has(w));
  return words.length < 2 ? '' : words.map((w) => w[0]!.toUpperCase()).join('');
}

/** Whether a surface form is written as an acronym ("ICC", "WSJ", "NATO"). */
export function isAcronym(surface: string): boolean {
  return /^[A-Z][A-Z&.]{1,7}$/.test(surface.replace(/\./g, '')) && surface.replace(/[^A-Z]/g, '').length >= 2;
}

/** Edit distance (Levenshtein), stopping early once it exceeds `max` (then returns max + 1). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Whether two name keys are spelling variants of one name: the same number of words, and each pair of words
 * equal in phonetic form or one edit apart (words of 4+ letters; first names of people must be equal or 5+
 * letters). Callers ask for further evidence for short names.
 */
export function isSpellingVariant(a: string, b: string, person: boolean): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length !== tb.length || ta.length === 0) return false;
  let edits = 0;
  for (let i = 0; i < ta.length; i++) {
    const pa = phoneticWord(ta[i]!);
    const pb = phoneticWord(tb[i]!);
    if (pa === pb) continue;
    if (skeletonWord(ta[i]!) !== skeletonWord(tb[i]!)) return false;
    const min = person && i === 0 && ta.length > 1 ? 5 : 3;
    if (Math.min(pa.length, pb.length) < min) return false;
    const d = editDistance(pa, pb, 1);
    if (d > 1) return false;
    edits += d;
  }
  return edits <= Math.max(1, Math.floor(ta.length / 2));
}
