// ROUGE-N recall as ROUGE-1.5.5 computes it with `-n 2 -m -l 100 -f A`: each summary line is lower-cased and
// cut at the word limit (whitespace-separated words, counted before punctuation is removed), non-alphanumerics
// become spaces, tokens longer than 3 characters are looked up in WordNet's exception lists or else
// Porter-stemmed (ROUGE's variant: see porter.ts), no stop words are removed, n-grams run across line breaks,
// and hits and counts are pooled over the reference ("model") summaries (-f A: no jackknifing, which
// ROUGE dropped in 1.4).
import { rougeStem } from './porter.js';

export interface RougeOptions {
  /** Word limit applied to every summary (`-l`); 0 for none. Default 100. */
  wordLimit?: number;
  /** Porter-stem tokens longer than 3 characters (`-m`). Default true. */
  stem?: boolean;
  /**
   * Irregular forms looked up before stemming (inflected form → base form), as ROUGE-1.5.5's -m does with
   * WordNet's exception lists (WordNet-2.0.exc.db). Without it irregular forms are only Porter-stemmed.
   */
  exceptions?: ReadonlyMap<string, string>;
}

export interface RougeScore {
  recall: number;
  precision: number;
  f: number;
  /** Matched n-grams, summed over the references. */
  hits: number;
  /** Reference n-grams, summed over the references. */
  referenceCount: number;
  /** Peer n-grams times the number of references. */
  peerCount: number;
}

/** Perl's split(/\s+/): a leading empty field is kept, trailing empty fields are dropped. */
function perlSplitWhitespace(text: string): string[] {
  const parts = text.split(/\s+/);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/**
 * The text ROUGE-1.5.5 scores for a summary given as lines (SPL format): blank lines skipped, each line
 * lower-cased, whole lines kept while they fit the word limit, then the overflowing line cut word by word.
 */
export function limitSummary(lines: readonly string[], wordLimit = 100): string {
  let out = '';
  let words = 0;
  for (const raw of lines) {
    const line = raw.replace(/\r?\n$/, '');
    if (/^\s*$/.test(line)) continue;
    const text = line.toLowerCase();
    const parts = perlSplitWhitespace(text);
    if (wordLimit === 0 || parts.length + words <= wordLimit) {
      out += `${text} `;
      words += parts.length;
      continue;
    }
    for (let t = 0; t < parts.length && words < wordLimit; t++) {
      out += `${parts[t]} `;
      words++;
    }
    break;
  }
  return out;
}

/** The tokens ROUGE counts in an already limited text. */
export function rougeTokens(text: string, stem = true, exceptions?: ReadonlyMap<string, string>): string[] {
  const tokens = perlSplitWhitespace(text.toLowerCase().replace(/[^a-z0-9]/g, ' '));
  if (!stem) return tokens;
  return tokens.map((t) => (t.length > 3 ? (exceptions?.get(t) ?? rougeStem(t)) : t));
}

/** Counts of the n-grams of a token list (n-grams joined by a space). */
export function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const c of counts.values()) sum += c;
  return sum;
}

/** ROUGE-N of a peer summary against reference summaries, each given as its lines. */
export function rougeN(
  peer: readonly string[],
  references: readonly (readonly string[])[],
  n: number,
  options: RougeOptions = {},
): RougeScore {
  const limit = options.wordLimit ?? 100;
  const stem = options.stem ?? true;
  const tokens = (lines: readonly string[]) =>
    rougeTokens(limitSummary(lines, limit), stem, options.exceptions);
  const peerGrams = ngramCounts(tokens(peer), n);
  const peerTotal = total(peerGrams);
  let hits = 0;
  let referenceCount = 0;
  let peerCount = 0;
  for (const reference of references) {
    const refGrams = ngramCounts(tokens(reference), n);
    for (const [gram, count] of refGrams) hits += Math.min(count, peerGrams.get(gram) ?? 0);
    referenceCount += total(refGrams);
    peerCount += peerTotal;
  }
  const recall = referenceCount > 0 ? hits / referenceCount : 0;
  const precision = peerCount > 0 ? hits / peerCount : 0;
  const f = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
  return { recall, precision, f, hits, referenceCount, peerCount };
}

/** Splits a summary file's text into its lines. */
export function summaryLines(text: string): string[] {
  return text.split(/\r?\n/);
}
