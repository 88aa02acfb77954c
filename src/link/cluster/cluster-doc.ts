// What the story clusterer reads from one article: its terms, entities, places, quantities and date.
import type { Analysis, Article } from '../../model.js';
import { countTerms } from './streaming-tfidf.js';
import { normaliseWord } from './terms.js';

/** One article as the story clusterer sees it. Counts are raw; the clusterer weighs them with its live DF. */
export interface ClusterDoc {
  articleId: string;
  title: string | null;
  /** The article's date (ms since the epoch): publication date, else inferred, else ingestion time. */
  date: number;
  /** False when `date` is only the arrival (ingestion) time: then time apart neither penalises nor retires. */
  dated: boolean;
  /** Stemmed term → count (title terms boosted). */
  terms: Map<string, number>;
  /** People, organisations and groups: global entity id (or normalised name) → mentions. */
  entities: Map<string, number>;
  /** Places: global entity id (or normalised name) → mentions. */
  places: Map<string, number>;
  /** Normalised quantities ("1.9e11 usd", "116 %"). */
  quantities: string[];
  /** Normalised times the article mentions (ISO dates), when the analysis has them. */
  times: string[];
}

export interface ClusterDocOptions {
  /** Global entity ids, in the order of Analysis.entities (from entity resolution), when known. */
  entityIds?: string[];
  /** The article's date in ms. */
  date: number;
  /** False when the date is only the ingestion time (default true). */
  dated?: boolean;
  /** How many times a title term counts (default 3). */
  titleBoost?: number;
}

export function clusterDocFrom(article: Article, analysis: Analysis, opts: ClusterDocOptions): ClusterDoc {
  const entities = new Map<string, number>();
  const places = new Map<string, number>();
  analysis.entities.forEach((e, i) => {
    const key = opts.entityIds?.[i] ?? entityKey(e.name);
    if (!key) return;
    const into = e.type === 'place' ? places : entities;
    into.set(key, (into.get(key) ?? 0) + Math.max(1, e.mentions));
  });
  const quantities = [...new Set(analysis.quantities.map((q) => q.normalized.toLowerCase()))];
  // Days (or months) the article mentions: "March 20" resolved against the article's date, "May 3, 2013".
  const times = [
    ...new Set(
      analysis.times
        .filter((t) => t.type === 'date' || t.type === 'time')
        .map((t) => /^\d{4}-\d\d(-\d\d)?/.exec(t.value)?.[0])
        .filter((v): v is string => v !== undefined),
    ),
  ];
  return {
    articleId: article.id,
    title: article.title,
    date: opts.date,
    dated: opts.dated ?? true,
    terms: countTerms(article.title, article.text, opts.titleBoost ?? 3),
    entities,
    places,
    quantities,
    times,
  };
}

/** An entity's name as a key: words normalised, a leading "the" dropped ("The Kremlin" = "Kremlin"). */
export function entityKey(name: string): string {
  return name
    .split(/\s+/u)
    .map((w) =>
      normaliseWord(w)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    )
    .filter((w) => w.length > 0)
    .join(' ')
    .replace(/^the /, '');
}
