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
  /**
   * What the article leads with: the entities and places named in its title or first sentence, as clusterer
   * features ("e:<key>", "p:<key>"), most mentioned first.
   */
  leads?: string[];
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
  const keys: (string | null)[] = [];
  analysis.entities.forEach((e, i) => {
    const key = opts.entityIds?.[i] ?? entityKey(e.name);
    keys.push(key || null);
    if (!key) return;
    const into = e.type === 'place' ? places : entities;
    into.set(key, (into.get(key) ?? 0) + Math.max(1, e.mentions));
  });
  const quantities = [...new Set(analysis.quantities.map((q) => q.normalized.toLowerCase()))];
  // Days, months or years the article mentions: "March 20" (resolved against its date), "May 3, 2013", "1998".
  const times = [
    ...new Set(
      analysis.times
        .filter((t) => t.type === 'date' || t.type === 'time')
        .map((t) => /^\d{4}(-\d\d(-\d\d)?)?/.exec(t.value)?.[0])
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
    leads: leadFeatures(article, analysis, keys),
  };
}

/** Entities and places named in the title or the first sentence, as clusterer features, most mentioned first. */
function leadFeatures(article: Article, analysis: Analysis, keys: readonly (string | null)[]): string[] {
  // The dateline ("PHNOM PENH, May 3 (Xinhua) --") names where it was filed and the wire, not what it is about.
  const from = DATELINE.exec(article.text)?.[0].length ?? 0;
  const named = analysis.mentions.filter((m) => m.start >= from && m.kind !== 'role');
  // The first sentence that names anyone (a web page can open with a link or a byline line that names no one).
  const first = analysis.sentences
    .slice(0, LEAD_SENTENCES)
    .find((s) => named.some((m) => m.start >= s.start && m.start < s.end));
  const lead = new Set<number>();
  if (first) for (const m of named) if (m.start >= first.start && m.start < first.end) lead.add(m.entity);
  const title = article.title ? new Set(indexWords(article.title)) : null;
  if (title)
    analysis.entities.forEach((e, i) => {
      if (indexWords(e.name).some((w) => w.length > 2 && title.has(w))) lead.add(i);
    });
  const features = new Map<string, number>();
  for (const i of lead) {
    const e = analysis.entities[i];
    const key = keys[i];
    if (!e || !key) continue;
    const f = `${e.type === 'place' ? 'p' : 'e'}:${key}`;
    features.set(f, (features.get(f) ?? 0) + Math.max(1, e.mentions));
  }
  return [...features]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([f]) => f);
}

/** How far into the article the lead sentence is looked for. */
const LEAD_SENTENCES = 3;

/** A dateline: place in capitals, optional date, optional wire credit, then a dash or underscore. */
const DATELINE =
  /^\s*[\p{Lu}][\p{Lu}\p{M} .,'’-]{1,60}(?:,[^\n()—–_]{0,40})?\s*(?:\([^)\n]{1,30}\))?\s*(?:--|—|–|_)\s/u;

function indexWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}'’]+/u)
    .map((w) => normaliseWord(w))
    .filter((w) => w.length > 0);
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
