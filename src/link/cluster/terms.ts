// Text → index terms for story clustering: lower-cased word tokens, stop words out, Porter stems; years kept.
import { stemmer } from 'stemmer';

/** Function words and news filler that say nothing about which event an article reports. */
const STOP_WORDS = new Set(
  (
    'a about above after again against ago all almost also although always am among an and another any are ' +
    'around as at back be became because become been before being below between both but by can cannot could ' +
    'did do does doing done down during each either else even ever every few for from further get gets got ' +
    'had has have having he her here hers herself him himself his how however i if in into is it its itself ' +
    'just last least less let like made make many may me might more most much must my myself near neither ' +
    'never new next no nor not now of off often on once one only or other others our ours ourselves out over ' +
    'own per perhaps put quite rather really said same say says see seen several shall she should since so ' +
    'some still such take taken than that the their theirs them themselves then there these they this those ' +
    'though through thus to told too toward towards under until up upon us very via was we well were what ' +
    'whatever when where whether which while who whom whose why will with within without would yes yet you ' +
    'your yours yourself also mr mrs ms dr news report reported reports according http https www com html ' +
    'htm php asp org net story article image photo video copyright reserved rights'
  ).split(/\s+/),
);

const WORD = /[\p{L}][\p{L}\p{M}'’-]*[\p{L}\p{M}]|[\p{L}]|\d+/gu;
const YEAR = /^(1[89]\d\d|20\d\d)$/;

/** Normalises a word as the index stores it (lower case, no diacritics, no possessive). */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '');
}

/** The index terms of a text, in order, with repeats: stemmed content words, and years ("y1998"). */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    if (/^\d/.test(raw)) {
      if (YEAR.test(raw)) out.push(`y${raw}`);
      continue;
    }
    for (const part of normaliseWord(raw).split('-')) {
      if (part.length < 2 || STOP_WORDS.has(part)) continue;
      out.push(stemmer(part));
    }
  }
  return out;
}
