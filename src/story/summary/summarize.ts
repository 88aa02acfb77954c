// summarize(docs) → StorySummaryView: an extractive multi-document summary in several lengths. Sentences are
// chosen for the concepts most independent sources report (budgeted greedy coverage, no redundancy), ordered for
// reading (article date, arrival, position), never with an unresolved opening reference, each citing every
// article that says the same.
import type { CitedSentence, StoryDoc, StorySummaryView } from '../../model.js';
import { conceptsOf, conceptWeights } from './concepts.js';
import { citeSentence } from './support.js';
import { readingOrder, selectSentences, type SelectOptions } from './select.js';
import { sentenceUnits, type SentenceUnit } from './units.js';
import { countWords } from './words.js';

export interface SummarizeOptions {
  /** Length of the short summary in words (default 100); the long one is 2.5 times as long. */
  words?: number;
  /** Selection settings (for evaluation). */
  tuning?: Partial<Pick<SelectOptions, 'lengthPower' | 'lead' | 'overflow'>> & { minSources?: number };
}

/** Articles in reading order: by date, then arrival, then input order. Returns each doc's rank. */
export function docRanks(docs: readonly StoryDoc[]): number[] {
  const order = docs
    .map((d, i) => ({ i, date: d.link.date.value, seq: d.link.seq }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq || a.i - b.i));
  const rank = new Array<number>(docs.length).fill(0);
  order.forEach((o, r) => (rank[o.i] = r));
  return rank;
}

function conceptScore(text: string, weights: ReadonlyMap<string, number>): number {
  let s = 0;
  for (const c of conceptsOf(text)) s += weights.get(c) ?? 0;
  return s;
}

/** A short headline from a sentence: its first clause, at most 14 words, without the closing attribution. */
export function shortenToHeadline(text: string, maxWords = 14): string {
  let t = text.replace(
    /,\s+(?:[\w.'-]+\s+){0,4}(?:said|says|reported|announced|confirmed)(?:\s+on\s+\w+)?\.?$/,
    '',
  );
  t = t.replace(/[.!]["'”’]?$/, '');
  const words = t.split(/\s+/);
  if (words.length <= maxWords) return t;
  const clause = /^(.{20,}?)[,;:]\s/.exec(t);
  if (clause?.[1] && countWords(clause[1]) <= maxWords) return clause[1];
  return `${words.slice(0, maxWords).join(' ')}…`;
}

function chooseHeadline(
  docs: readonly StoryDoc[],
  weights: ReadonlyMap<string, number>,
  lead: SentenceUnit | null,
): string {
  let best: string | null = null;
  let bestScore = 0;
  for (const d of docs) {
    const title = d.article.title?.trim();
    if (!title || countWords(title) < 3 || countWords(title) > 20) continue;
    // A title the input cut short ("…") reads worse than a whole one.
    const cut = /(?:…|\.\.\.)$/.test(title) ? 0.5 : 1;
    const score = (cut * conceptScore(title, weights)) / Math.sqrt(countWords(title));
    if (score > bestScore) {
      best = title;
      bestScore = score;
    }
  }
  if (best) return best;
  return lead ? shortenToHeadline(lead.text) : '';
}

export function summarize(docs: readonly StoryDoc[], options: SummarizeOptions = {}): StorySummaryView {
  const words = options.words ?? 100;
  const tuning = options.tuning ?? {};
  const units = sentenceUnits(docs);
  const weights = conceptWeights(
    docs.map((d) => ({ sourceKey: d.link.sourceKey, text: d.article.text })),
    Math.min(tuning.minSources ?? 2, new Set(docs.map((d) => d.link.sourceKey)).size),
  );
  const rank = docRanks(docs);
  const base: Omit<SelectOptions, 'words'> = {
    lengthPower: tuning.lengthPower ?? 0.7,
    lead: tuning.lead ?? 5,
    overflow: tuning.overflow ?? 20,
  };
  const [top] = selectSentences(units, weights, rank, { ...base, words: 1, maxSentences: 1, overflow: 40 });
  const headline = chooseHeadline(docs, weights, top ?? null);
  const context = conceptsOf(headline);
  const cite = (u: SentenceUnit): CitedSentence => citeSentence(u, units, docs);
  const inReadingOrder = (chosen: SentenceUnit[]) => [...chosen].sort((a, b) => readingOrder(a, b, rank));
  const keyPoints = selectSentences(
    units.filter((u) => u.words <= 35 && u.reference.kind === 'none'),
    weights,
    rank,
    { ...base, words: 5 * 35, maxSentences: 5, context },
  );
  return {
    headline,
    oneLine: top ? cite(top) : null,
    keyPoints: keyPoints.map(cite),
    short: inReadingOrder(selectSentences(units, weights, rank, { ...base, words, context })).map(cite),
    long: inReadingOrder(
      selectSentences(units, weights, rank, { ...base, words: Math.round(words * 2.5), context }),
    ).map(cite),
  };
}
