// Document frequencies that keep learning from the stream and forget with time, and the TF-IDF weights they give.
// Each feature's count decays exponentially with the article date (half-life in days); the table is pruned so that
// it stays bounded by what the recent stream used, not by everything ever seen.
import { indexTerms } from './terms.js';

const DAY_MS = 86_400_000;

export interface StreamingDfOptions {
  /** Days after which an observation counts half. */
  halfLifeDays: number;
  /** Entries whose decayed count falls below this are forgotten. */
  forgetBelow: number;
  /** At most this many features are kept (the least used are forgotten first). */
  maxFeatures: number;
}

export const DEFAULT_DF_OPTIONS: StreamingDfOptions = {
  halfLifeDays: 30,
  forgetBelow: 0.2,
  maxFeatures: 200_000,
};

interface Decayed {
  /** Count as of `at`. */
  value: number;
  at: number;
}

/** The compact form of a StreamingDf: documents seen, and [feature, count, date] triples. */
export interface StreamingDfSnapshot {
  docs: [number, number];
  features: [string, number, number][];
  /** Documents observed (pruning runs every 500th); absent in older snapshots. */
  observed?: number;
}

export class StreamingDf {
  private readonly counts = new Map<string, Decayed>();
  private docs: Decayed = { value: 0, at: 0 };
  private observed = 0;

  constructor(readonly options: StreamingDfOptions = DEFAULT_DF_OPTIONS) {}

  /** Counts one document's distinct features at `date` (ms). */
  observe(features: Iterable<string>, date: number): void {
    this.docs = { value: this.decay(this.docs, date) + 1, at: Math.max(date, this.docs.at) };
    for (const f of new Set(features)) {
      const old = this.counts.get(f);
      this.counts.set(
        f,
        old ? { value: this.decay(old, date) + 1, at: Math.max(date, old.at) } : { value: 1, at: date },
      );
    }
    if (++this.observed % 500 === 0 || this.counts.size > this.options.maxFeatures) this.prune(date);
  }

  /** Decayed number of documents seen, as of `date`. */
  documentCount(date: number): number {
    return this.decay(this.docs, date);
  }

  /** Decayed number of documents that had `feature`, as of `date`. */
  df(feature: string, date: number): number {
    const c = this.counts.get(feature);
    return c ? this.decay(c, date) : 0;
  }

  /** Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1, so never below 1 for unseen features. */
  idf(feature: string, date: number): number {
    return Math.log((this.documentCount(date) + 1) / (this.df(feature, date) + 1)) + 1;
  }

  /** Sublinear TF-IDF: (1 + ln tf) · idf. */
  weight(feature: string, tf: number, date: number): number {
    return StreamingDf.tfIdf(tf, this.df(feature, date), this.documentCount(date));
  }

  /** (1 + ln tf) · (ln((N + 1) / (df + 1)) + 1), from a document frequency and a document count already read. */
  static tfIdf(tf: number, df: number, docs: number): number {
    return tf > 0 ? (1 + Math.log(tf)) * (Math.log((docs + 1) / (df + 1)) + 1) : 0;
  }

  get size(): number {
    return this.counts.size;
  }

  toJSON(): StreamingDfSnapshot {
    return {
      docs: [this.docs.value, this.docs.at],
      // Counts at full precision, so that a reopened state weighs terms exactly as the live one did.
      features: [...this.counts].map(([f, c]) => [f, c.value, c.at]),
      observed: this.observed,
    };
  }

  static fromJSON(json: StreamingDfSnapshot, options: StreamingDfOptions = DEFAULT_DF_OPTIONS): StreamingDf {
    const df = new StreamingDf(options);
    df.docs = { value: json.docs[0], at: json.docs[1] };
    df.observed = json.observed ?? 0;
    for (const [f, value, at] of json.features) df.counts.set(f, { value, at });
    return df;
  }

  private decay(c: Decayed, date: number): number {
    const days = (date - c.at) / DAY_MS;
    return days > 0 ? c.value * Math.pow(0.5, days / this.options.halfLifeDays) : c.value;
  }

  private prune(date: number): void {
    for (const [f, c] of this.counts)
      if (this.decay(c, date) < this.options.forgetBelow) this.counts.delete(f);
    if (this.counts.size <= this.options.maxFeatures) return;
    const ranked = [...this.counts].sort(
      (a, b) => this.decay(b[1], date) - this.decay(a[1], date) || cmp(a[0], b[0]),
    );
    for (const [f] of ranked.slice(Math.floor(this.options.maxFeatures * 0.9))) this.counts.delete(f);
  }
}

/** Term counts of an article: body terms once, title terms `titleBoost` times more (a headline names the event). */
export function countTerms(title: string | null, text: string, titleBoost: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of indexTerms(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  if (title) for (const t of indexTerms(title)) counts.set(t, (counts.get(t) ?? 0) + titleBoost);
  return counts;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
