// Online story clustering: each article, in arrival order, joins the most similar recent story or starts a new one.
// Articles and stories are sparse TF-IDF vectors over terms, entities, places, quantities and times (weights from a
// streaming, decaying DF). Candidate stories come from an inverted index over the centroids of recent stories only,
// so the cost per article is bounded by the window, not by the store. Time apart lowers the score; stories quiet for
// longer than the horizon are retired; two stories that an article shows to be one are merged.
import type { LinkEvidence, LinkExplanation, StoryMerge } from '../../model.js';
import type { ClusterDoc } from './cluster-doc.js';
import {
  DEFAULT_DF_OPTIONS,
  StreamingDf,
  type StreamingDfOptions,
  type StreamingDfSnapshot,
} from './streaming-tfidf.js';

const DAY_MS = 86_400_000;

export interface FeatureWeights {
  term: number;
  entity: number;
  place: number;
  quantity: number;
  time: number;
}

export interface StoryClustererOptions {
  /** Score (0..1) an article needs to join a story. */
  threshold: number;
  /** Similarity of two stories' centroids (after the time factor) at which they are merged. */
  mergeThreshold: number;
  /** Multipliers of each kind of feature in the article vector. */
  weights: FeatureWeights;
  df: StreamingDfOptions;
  /** Days apart at which the time penalty reaches half of `maxTimePenalty`. */
  quietDays: number;
  /** The largest share of a score that time apart can take (0..1). */
  maxTimePenalty: number;
  /** Stories with no article for this many days are retired: they attract nothing any more. */
  horizonDays: number;
  /** At most this many recent stories are kept; the least recently updated are retired first. */
  maxStories: number;
  /** Features kept in a story centroid. */
  storyFeatures: number;
  /** The article's strongest features used to look up candidate stories. */
  queryFeatures: number;
  /** Candidate stories scored in full per article. */
  maxCandidates: number;
  /** Index entries shared by more stories than this are not used for look-up (they do not discriminate). */
  maxPosting: number;
}

export const DEFAULT_CLUSTER_OPTIONS: StoryClustererOptions = {
  threshold: 0.2,
  mergeThreshold: 0.6,
  weights: { term: 1, entity: 1.5, place: 1.2, quantity: 0.5, time: 0.7 },
  df: DEFAULT_DF_OPTIONS,
  quietDays: 30,
  maxTimePenalty: 0.3,
  horizonDays: 365,
  maxStories: 5000,
  storyFeatures: 300,
  queryFeatures: 40,
  maxCandidates: 40,
  maxPosting: 2000,
};

export interface ClusterDecision {
  storyId: string;
  explanation: LinkExplanation;
  merges: StoryMerge[];
}

interface Story {
  id: string;
  first: number;
  last: number;
  size: number;
  /** Sum of the unit vectors of its articles, truncated to the strongest features. */
  centroid: Map<string, number>;
  norm: number;
}

interface StorySnapshot {
  id: string;
  first: number;
  last: number;
  size: number;
  centroid: [string, number][];
}

export interface StoryClustererSnapshot {
  version: 1;
  options: StoryClustererOptions;
  seq: number;
  now: number;
  df: StreamingDfSnapshot;
  /** Recent stories, least recently updated first. */
  stories: StorySnapshot[];
  /** Merged-away story ids → the story they live on in. */
  aliases: [string, string][];
}

const KIND_LABEL: Record<string, string> = { t: '', e: 'entity:', p: 'place:', q: 'quantity:', d: 'time:' };

export class StoryClusterer {
  readonly options: StoryClustererOptions;
  private readonly df: StreamingDf;
  /** Recent stories in order of last update (a Map keeps insertion order; updating re-inserts). */
  private readonly stories = new Map<string, Story>();
  private readonly index = new Map<string, Set<string>>();
  private readonly aliases = new Map<string, string>();
  private seq = 0;
  private now = -Infinity;

  constructor(options: Partial<StoryClustererOptions> = {}, df?: StreamingDf) {
    this.options = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
    this.df = df ?? new StreamingDf(this.options.df);
  }

  /** Number of recent (not retired) stories. */
  get activeStories(): number {
    return this.stories.size;
  }

  add(doc: ClusterDoc, opts: { forceStory?: string } = {}): ClusterDecision {
    const at = new Date(doc.date).toISOString();
    this.now = Math.max(this.now, doc.date);
    const vector = this.vectorOf(doc);
    const scored = this.candidates(vector)
      .map((story) => ({ story, score: this.similarity(vector, story, doc.date) }))
      .sort((a, b) => b.score - a.score || cmpId(a.story.id, b.story.id));
    const best = scored[0];
    const { threshold } = this.options;

    let story: Story;
    let explanation: LinkExplanation;
    if (opts.forceStory !== undefined) {
      const id = this.resolve(opts.forceStory);
      story = this.stories.get(id) ?? this.createStory(id, doc.date);
      const score = this.stories.has(id) ? this.similarity(vector, story, doc.date) : 0;
      const other = scored.find((s) => s.story.id !== id) ?? null;
      explanation = this.explain('forced', vector, story, score, other, `assigned to ${id}`);
    } else if (best && best.score >= threshold) {
      story = best.story;
      explanation = this.explain('joined', vector, story, best.score, scored[1] ?? null, null);
    } else {
      const newStory = this.createStory(`s${++this.seq}`, doc.date);
      explanation = best
        ? this.explain('new', vector, best.story, best.score, best, null)
        : this.explain('new', vector, null, 0, null, null);
      story = newStory;
    }
    this.addToStory(story, vector, doc.date);

    const merges: StoryMerge[] = [];
    let current = story;
    for (const { story: other } of scored) {
      if (other.id === current.id || !this.stories.has(other.id)) continue;
      const s = this.storySimilarity(current, other);
      if (s < this.options.mergeThreshold) continue;
      const [into, from] =
        storyNumber(current.id) <= storyNumber(other.id) ? [current, other] : [other, current];
      this.merge(from, into);
      merges.push({ from: from.id, into: into.id, score: round(s), articleId: doc.articleId, at });
      current = into;
    }
    this.retire();
    return { storyId: current.id, explanation, merges };
  }

  toJSON(): StoryClustererSnapshot {
    return {
      version: 1,
      options: this.options,
      seq: this.seq,
      now: this.now,
      df: this.df.toJSON(),
      stories: [...this.stories.values()].map((s) => ({
        id: s.id,
        first: s.first,
        last: s.last,
        size: s.size,
        centroid: [...s.centroid].map(([f, w]) => [f, round(w, 6)]),
      })),
      aliases: [...this.aliases],
    };
  }

  static fromJSON(json: unknown): StoryClusterer {
    const snap = json as StoryClustererSnapshot;
    if (!snap || snap.version !== 1)
      throw new Error('story clusterer snapshot: unknown version (expected 1)');
    const c = new StoryClusterer(snap.options, StreamingDf.fromJSON(snap.df, snap.options.df));
    c.seq = snap.seq;
    c.now = snap.now ?? -Infinity;
    for (const s of snap.stories) {
      const story: Story = {
        id: s.id,
        first: s.first,
        last: s.last,
        size: s.size,
        centroid: new Map(s.centroid),
        norm: 0,
      };
      story.norm = norm(story.centroid);
      c.stories.set(story.id, story);
      for (const f of story.centroid.keys()) c.indexAdd(f, story.id);
    }
    for (const [from, into] of snap.aliases) c.aliases.set(from, into);
    return c;
  }

  /** The article's unit vector: (1 + ln tf) · idf · kind weight over every feature, after counting it in the DF. */
  private vectorOf(doc: ClusterDoc): Map<string, number> {
    const { weights } = this.options;
    const raw = new Map<string, number>();
    const put = (kind: string, key: string, count: number) => raw.set(`${kind}:${key}`, count);
    for (const [t, n] of doc.terms) put('t', t, n);
    for (const [e, n] of doc.entities) put('e', e, n);
    for (const [p, n] of doc.places) put('p', p, n);
    for (const q of doc.quantities) put('q', q, 1);
    for (const d of doc.times) put('d', d, 1);
    this.df.observe(raw.keys(), doc.date);
    const kindWeight: Record<string, number> = {
      t: weights.term,
      e: weights.entity,
      p: weights.place,
      q: weights.quantity,
      d: weights.time,
    };
    const vector = new Map<string, number>();
    for (const [f, n] of raw) {
      const w = this.df.weight(f, n, doc.date) * (kindWeight[f[0] ?? 't'] ?? 1);
      if (w > 0) vector.set(f, w);
    }
    const len = norm(vector);
    if (len > 0) for (const [f, w] of vector) vector.set(f, w / len);
    return vector;
  }

  /** Recent stories sharing the article's strongest features, best partial overlap first. */
  private candidates(vector: Map<string, number>): Story[] {
    const query = [...vector]
      .sort((a, b) => b[1] - a[1] || cmpId(a[0], b[0]))
      .slice(0, this.options.queryFeatures);
    const overlap = new Map<string, number>();
    for (const [f, w] of query) {
      const posting = this.index.get(f);
      if (!posting || posting.size > this.options.maxPosting) continue;
      for (const id of posting) {
        const story = this.stories.get(id);
        if (!story) continue;
        overlap.set(id, (overlap.get(id) ?? 0) + (w * (story.centroid.get(f) ?? 0)) / (story.norm || 1));
      }
    }
    return [...overlap]
      .sort((a, b) => b[1] - a[1] || cmpId(a[0], b[0]))
      .slice(0, this.options.maxCandidates)
      .map(([id]) => this.stories.get(id))
      .filter((s): s is Story => s !== undefined);
  }

  /** Cosine of the article and the story centroid, lowered by the time between them. */
  private similarity(vector: Map<string, number>, story: Story, date: number): number {
    if (story.norm === 0) return 0;
    let dot = 0;
    for (const [f, w] of vector) dot += w * (story.centroid.get(f) ?? 0);
    return (dot / story.norm) * this.timeFactor(gapDays(date, date, story));
  }

  private storySimilarity(a: Story, b: Story): number {
    if (a.norm === 0 || b.norm === 0) return 0;
    const [small, large] = a.centroid.size <= b.centroid.size ? [a, b] : [b, a];
    let dot = 0;
    for (const [f, w] of small.centroid) dot += w * (large.centroid.get(f) ?? 0);
    return (dot / (a.norm * b.norm)) * this.timeFactor(gapDays(a.first, a.last, b));
  }

  private timeFactor(days: number): number {
    if (days <= 0) return 1;
    return 1 - (this.options.maxTimePenalty * days) / (days + this.options.quietDays);
  }

  private explain(
    kind: LinkExplanation['kind'],
    vector: Map<string, number>,
    story: Story | null,
    score: number,
    runnerUp: { story: Story; score: number } | null,
    reason: string | null,
  ): LinkExplanation {
    const shared: LinkEvidence[] = [];
    if (story && story.norm > 0)
      for (const [f, w] of vector) {
        const c = story.centroid.get(f);
        if (c) shared.push({ term: label(f), weight: (w * c) / story.norm });
      }
    shared.sort((a, b) => b.weight - a.weight || cmpId(a.term, b.term));
    const sharedEntities = shared
      .filter((e) => e.term.startsWith('entity:') || e.term.startsWith('place:'))
      .slice(0, 10)
      .map((e) => e.term.slice(e.term.indexOf(':') + 1));
    return {
      kind,
      score: round(score),
      threshold: this.options.threshold,
      runnerUp: runnerUp ? { storyId: runnerUp.story.id, score: round(runnerUp.score) } : null,
      sharedTerms: shared.slice(0, 12).map((e) => ({ term: e.term, weight: round(e.weight) })),
      sharedEntities,
      reason,
    };
  }

  private createStory(id: string, date: number): Story {
    const story: Story = { id, first: date, last: date, size: 0, centroid: new Map(), norm: 0 };
    this.stories.set(id, story);
    const n = storyNumber(id);
    if (Number.isFinite(n) && n > this.seq) this.seq = n;
    return story;
  }

  private addToStory(story: Story, vector: Map<string, number>, date: number): void {
    const before = new Set(story.centroid.keys());
    for (const [f, w] of vector) story.centroid.set(f, (story.centroid.get(f) ?? 0) + w);
    story.size += 1;
    story.first = story.size === 1 ? date : Math.min(story.first, date);
    story.last = story.size === 1 ? date : Math.max(story.last, date);
    this.settle(story, before);
  }

  private merge(from: Story, into: Story): void {
    const before = new Set(into.centroid.keys());
    for (const [f, w] of from.centroid) into.centroid.set(f, (into.centroid.get(f) ?? 0) + w);
    into.size += from.size;
    into.first = Math.min(into.first, from.first);
    into.last = Math.max(into.last, from.last);
    this.drop(from);
    this.aliases.set(from.id, into.id);
    for (const [a, b] of this.aliases) if (b === from.id) this.aliases.set(a, into.id);
    this.settle(into, before);
  }

  /** Truncates the centroid, updates its index entries and norm, and marks the story as most recently updated. */
  private settle(story: Story, before: Set<string>): void {
    if (story.centroid.size > this.options.storyFeatures) {
      const kept = [...story.centroid]
        .sort((a, b) => b[1] - a[1] || cmpId(a[0], b[0]))
        .slice(0, this.options.storyFeatures);
      story.centroid = new Map(kept);
    }
    for (const f of before) if (!story.centroid.has(f)) this.indexRemove(f, story.id);
    for (const f of story.centroid.keys()) if (!before.has(f)) this.indexAdd(f, story.id);
    story.norm = norm(story.centroid);
    this.stories.delete(story.id);
    this.stories.set(story.id, story);
  }

  /** Retires stories beyond the horizon or the capacity, least recently updated first. */
  private retire(): void {
    const horizon = this.now - this.options.horizonDays * DAY_MS;
    for (const story of this.stories.values()) {
      if (this.stories.size <= this.options.maxStories && story.last >= horizon) break;
      this.drop(story);
      for (const [a, b] of this.aliases) if (b === story.id) this.aliases.delete(a);
    }
  }

  private drop(story: Story): void {
    for (const f of story.centroid.keys()) this.indexRemove(f, story.id);
    this.stories.delete(story.id);
  }

  private resolve(id: string): string {
    return this.aliases.get(id) ?? id;
  }

  private indexAdd(f: string, id: string): void {
    let posting = this.index.get(f);
    if (!posting) this.index.set(f, (posting = new Set()));
    posting.add(id);
  }

  private indexRemove(f: string, id: string): void {
    const posting = this.index.get(f);
    if (!posting) return;
    posting.delete(id);
    if (posting.size === 0) this.index.delete(f);
  }
}

/** Days between a date range and a story's [first, last] (0 when they overlap). */
function gapDays(first: number, last: number, story: Story): number {
  const gap = first > story.last ? first - story.last : story.first > last ? story.first - last : 0;
  return gap / DAY_MS;
}

function norm(v: Map<string, number>): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

function label(feature: string): string {
  return `${KIND_LABEL[feature[0] ?? 't'] ?? ''}${feature.slice(2)}`;
}

function storyNumber(id: string): number {
  const m = /^s(\d+)$/.exec(id);
  return m ? Number(m[1]) : Infinity;
}

function cmpId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
