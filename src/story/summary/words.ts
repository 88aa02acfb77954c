// Words as the summarizer compares them: lower-cased, Porter-stemmed content words (stop words dropped).
import { stemmer } from 'stemmer';

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not now of off on once only or other our ours ourselves out over own same she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    's t said says say told mr mrs ms one two new would could may might must shall us its last first year years ' +
    'since ago yesterday today monday tuesday wednesday thursday friday saturday sunday week'
  ).split(/\s+/),
);

/** Lower-cased word tokens (letters and digits; inner apostrophes dropped: "Sen's" → "sen"). */
export function wordTokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

const stemCache = new Map<string, string>();

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = word.length > 3 ? stemmer(word) : word;
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/** The stems of a text's words, stop words marked as null so that n-grams do not bridge them silently. */
export function stemSequence(text: string): (string | null)[] {
  return wordTokens(text).map((w) => (STOP_WORDS.has(w) || w.length < 2 ? null : stem(w)));
}

/** Content stems of a text (stop words dropped). */
export function contentStems(text: string): string[] {
  return stemSequence(text).filter((s): s is string => s !== null);
}

/** Number of whitespace-separated words. */
export function countWords(text: string): number {
  const m = text.trim().match(/\S+/g);
  return m ? m.length : 0;
}
