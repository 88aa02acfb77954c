// Online story clustering: each article, in arrival order, joins the most similar recent story or starts a new one.
// Articles and stories are sparse TF-IDF vectors over terms, entities, places, quantities and times (weights from a
// streaming, decaying DF). Candidate stories come from an inverted index over the centroids of recent stories only,
// so the cost per article is bounded by the window, not by the store. Time apart lowers the score; stories quiet for
// longer than the horizon are retired; two stories that an article shows to be one are merged. What an article leads
// with (entities of its title and first sentence) is tallied per story: an article leading with a story's main lead
// entity scores higher with it, and joining a story of one article needs a little more unless they share the lead.
// What two articles of one event share is specific (a company's name, "hijack", a person): an article joins a story
// only when features few recent documents have bring enough of the score, so routine reports of one genre (earnings
// tables, bond issues of different companies) do not lump into one giant story on their genre words.
import type { LinkEvidence, LinkExplanation, StoryMerge } from '../../model.js';
import { ORG_SUFFIX_WORDS } from '../../analyze/entities/org-words.js';
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
  /** Added to the threshold for joining a story of one article, unless the article shares its lead entity. */
  youngStoryMargin: number;
  /** Similarity of two stories' centroids (after the time factor) at which they are merged. */
  mergeThreshold: number;
  /** Multipliers of each kind of named feature (entities, places, quantities, times) within their part of the vector. */
  weights: FeatureWeights;
  /** Share of the score that comes from the named features (the rest from terms), when both sides have some. */
  namedShare: number;
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
  /** How many lead features of an article, and main lead features of a story, are compared. */
  leadCount: number;
  /** Kinds of named feature that can lead ('e' entities, 'p' places). */
  leadKinds: string;
  /**
   * Score multiplier 1 + leadBoost when the article leads (title, first sentence) with an entity most of the
   * story's articles lead with: the same main actor is strong evidence of the same story.
   */
  leadBoost: number;
  /**
   * A feature is specific when at most this share of the recent documents have it (or at most `specificDocs`):
   * "qtr", "shr", "dividend" or a dateline city are shared by a genre, a company name or "hijack" by an event.
   */
  specificShare: number;
  /** Features in at most this many recent documents are always specific (a young stream has few documents). */
  specificDocs: number;
  /**
   * To join a story, the specific features the article shares with it must bring at least this much of the score
   * (unless they lead with the same entity): routine reports of one genre (earnings tables of different companies)
   * are alike in their genre words, not in what they are about.
   */
  minSpecific: number;
}

export const DEFAULT_CLUSTER_OPTIONS: StoryClustererOptions = {
  threshold: 0.23,
  youngStoryMargin: 0.01,
  mergeThreshold: 0.6,
  weights: { term: 1, entity: 1.5, place: 1.2, quantity: 0.5, time: 0.7 },
  namedShare: 0.15,
  df: DEFAULT_DF_OPTIONS,
  quietDays: 120,
  maxTimePenalty: 0.15,
  horizonDays: 1000,
  maxStories: 5000,
  storyFeatures: 300,
  queryFeatures: 40,
  maxCandidates: 15,
  maxPosting: 300,
  leadCount: 5,
  leadKinds: 'e',
  leadBoost: 0.4,
  specificShare: 0.01,
  specificDocs: 20,
  minSpecific: 0.1,
};

export interface ClusterDecision {
  storyId: string;
  explanation: LinkExplanation;
  merges: StoryMerge[];
}

interface Story {
  id: string;
  /** Earliest and latest date of its dated articles (null while it has none). */
  first: number | null;
  last: number | null;
  size: number;
  /** Sum of the unit vectors of its articles, truncated to the strongest features. */
  centroid: Map<string, number>;
  norms: PartNorms;
  /** How many of its articles led with each feature (the most frequent kept). */
  leadCounts: Map<string, number>;
  /** Its main lead features, most frequent first. */
  leads: string[];
}

interface StorySnapshot {
  id: string;
  first: number | null;
  last: number | null;
  size: number;
  /** Features and their weights, as two parallel arrays (older snapshots: [feature, weight] pairs). */
  centroid: { f: string[]; w: number[] } | [string, number][];
  leads?: [string, number][];
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
    this.options = {
      ...DEFAULT_CLUSTER_OPTIONS,
      ...options,
    };
    this.df = df ?? new StreamingDf(this.options.df);
  }

  /** Number of recent (not retired) stories. */
  get activeStories(): number {
    return this.stories.size;
  }

  add(doc: ClusterDoc, opts: { forceStory?: string } = {}): ClusterDecision {
    const at = new Date(doc.date).toISOString();
    const date = doc.dated ? doc.date : null;
    if (date !== null) this.now = Math.max(this.now, date);
    const dfDate = date ?? (Number.isFinite(this.now) ? this.now : doc.date);
    const { vector, specific } = this.vectorOf(doc, dfDate);
    const leads = this.leadsOf(doc, vector, specific);
    const scored = this.candidates(vector, specific)
      .map((story) => ({ story, score: this.similarity(vector, story, date, leads) }))
      .sort((a, b) => b.score - a.score || cmpId(a.story.id, b.story.id));
    const best = scored[0];
    const joinable = scored.find(
      (c) =>
        c.score >= this.thresholdFor(c.story, leads) &&
        this.isSpecificMatch(vector, specific, c.story, leads),
    );

    let story: Story;
    let explanation: LinkExplanation;
    if (opts.forceStory !== undefined) {
      const id = this.resolve(opts.forceStory);
      const known = this.stories.get(id);
      story = known ?? this.createStory(id);
      const score = known ? this.similarity(vector, known, date, leads) : 0;
      const other = scored.find((s) => s.story.id !== id) ?? null;
      explanation = this.explain('forced', vector, story, score, other, `assigned to ${id}`, leads);
    } else if (joinable) {
      story = joinable.story;
      const other = scored.find((c) => c !== joinable) ?? null;
      explanation = this.explain('joined', vector, story, joinable.score, other, null, leads);
    } else {
      const newStory = this.createStory(`s${++this.seq}`);
      const refused =
        best && best.score >= this.thresholdFor(best.story, leads)
          ? `${best.story.id} scores enough, but shares only common words and names with it (specific part ${round(
              this.specificPart(vector, specific, best.story),
            )} < ${this.options.minSpecific})`
          : null;
      explanation = best
        ? this.explain('new', vector, best.story, best.score, best, refused, leads)
        : this.explain('new', vector, null, 0, null, null, leads);
      story = newStory;
    }
    this.addToStory(story, vector, date, leads);

    const merges: StoryMerge[] = [];
    let current = story;
    // Only stories the article itself is close to can be revealed as the same story by it.
    for (const { story: other, score } of scored) {
      if (score < this.options.threshold / 2) break;
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
        // Two flat arrays, not a pair per feature: a snapshot of 5000 stories would otherwise hold 1.5M tiny arrays.
        // Weights at full precision: a linker reopened from the snapshot must score exactly as the one that wrote it.
        centroid: { f: [...s.centroid.keys()], w: [...s.centroid.values()] },
        leads: [...s.leadCounts],
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
      const centroid = Array.isArray(s.centroid)
        ? new Map(s.centroid)
        : new Map(s.centroid.f.map((f, i) => [f, (s.centroid as { w: number[] }).w[i] ?? 0]));
      const story: Story = {
        id: s.id,
        first: s.first,
        last: s.last,
        size: s.size,
        centroid,
        norms: partNorms(centroid),
        leadCounts: new Map(s.leads ?? []),
        leads: [],
      };
      story.leads = c.storyLeads(story);
      c.stories.set(story.id, story);
      for (const f of story.centroid.keys()) c.indexAdd(f, story.id);
    }
    for (const [from, into] of snap.aliases) c.aliases.set(from, into);
    return c;
  }

  /**
   * The article's unit vector, (1 + ln tf) · idf · kind weight over every feature after counting it in the DF, and
   * which of its features are specific.
   */
  private vectorOf(doc: ClusterDoc, date: number): { vector: Map<string, number>; specific: Set<string> } {
    const { weights, specificShare, specificDocs } = this.options;
    const raw = new Map<string, number>();
    const put = (kind: string, key: string, count: number) => raw.set(`${kind}:${key}`, count);
    for (const [t, n] of doc.terms) put('t', t, n);
    for (const [e, n] of doc.entities) put('e', e, n);
    for (const [p, n] of doc.places) put('p', p, n);
    for (const q of doc.quantities) put('q', q, 1);
    for (const d of doc.times) put('d', d, 1);
    this.df.observe(raw.keys(), date);
    const kindWeight: Record<string, number> = {
      t: weights.term,
      e: weights.entity,
      p: weights.place,
      q: weights.quantity,
      d: weights.time,
    };
    const docs = this.df.documentCount(date);
    // Specific: few recent documents have it (see `specificShare`).
    const limit = Math.max(specificDocs, specificShare * docs);
    const vector = new Map<string, number>();
    const specific = new Set<string>();
    for (const [f, n] of raw) {
      const df = this.df.df(f, date);
      const w = StreamingDf.tfIdf(n, df, docs) * (kindWeight[f[0] ?? 't'] ?? 1);
      if (w <= 0) continue;
      vector.set(f, w);
      if (df <= limit) specific.add(f);
    }
    const norms = partNorms(vector);
    for (const [f, w] of vector) vector.set(f, w / (isNamed(f) ? norms.named : norms.terms));
    return { vector, specific };
  }

  /**
   * Whether what the article shares with the story is specific enough to be the same event: the specific features'
   * part of the cosine reaches `minSpecific`, or they lead with the same entity.
   */
  private isSpecificMatch(
    vector: Map<string, number>,
    specific: Set<string>,
    story: Story,
    leads: readonly string[],
  ): boolean {
    if (this.options.minSpecific <= 0 || this.sharedLead(leads, story)) return true;
    return this.specificPart(vector, specific, story) >= this.options.minSpecific;
  }

  /** The part of the article's cosine with the story that its specific features bring. */
  private specificPart(vector: Map<string, number>, specific: Set<string>, story: Story): number {
    return this.mixedCosine(vector, partNorms(vector), story.centroid, story.norms, undefined, specific);
  }

  /**
   * Recent stories sharing the article's strongest specific features, best partial overlap first: only they can be
   * joined, and the postings of specific features are short.
   */
  private candidates(vector: Map<string, number>, specific: Set<string>): Story[] {
    const query = [...vector]
      .filter(([f]) => specific.has(f))
      .sort((a, b) => b[1] - a[1] || cmpId(a[0], b[0]))
      .slice(0, this.options.queryFeatures);
    const overlap = new Map<string, number>();
    for (const [f, w] of query) {
      const posting = this.index.get(f);
      if (!posting || posting.size > this.options.maxPosting) continue;
      for (const id of posting) {
        const story = this.stories.get(id);
        if (!story) continue;
        const part = isNamed(f) ? story.norms.named : story.norms.terms;
        overlap.set(id, (overlap.get(id) ?? 0) + (w * (story.centroid.get(f) ?? 0)) / (part || 1));
      }
    }
    return topEntries(overlap, this.options.maxCandidates)
      .map(([id]) => this.stories.get(id))
      .filter((s): s is Story => s !== undefined);
  }

  /** Cosine of the article and the story centroid (terms and named features mixed), lowered by the time between. */
  private similarity(
    vector: Map<string, number>,
    story: Story,
    date: number | null,
    leads: readonly string[],
  ): number {
    const cos = this.mixedCosine(vector, partNorms(vector), story.centroid, story.norms);
    const factor = this.sharedLead(leads, story) ? 1 + this.options.leadBoost : 1;
    return Math.min(1, cos * factor * this.timeFactor(date === null ? 0 : gapDays(date, date, story)));
  }

  /** The article's lead feature that is one of the story's main leads (or has the same last name), if any. */
  private sharedLead(leads: readonly string[], story: Story): string | null {
    const exact = leads.find((f) => story.leads.includes(f));
    if (exact !== undefined || leads.length === 0 || story.leads.length === 0) return exact ?? null;
    // "Albright" and "Madeleine Albright" may be two identities until the registry has the evidence to join them;
    // as the lead of a story, the shared last name is enough.
    const theirs = new Set(story.leads.map(lastName).filter((n) => n !== null));
    return (
      leads.find((f) => {
        const n = lastName(f);
        return n !== null && theirs.has(n);
      }) ?? null
    );
  }

  /** What the article leads with (title, first sentence), of the lead kinds, at most `leadCount`. */
  private leadsOf(doc: ClusterDoc, vector: Map<string, number>, specific: Set<string>): string[] {
    const { leadCount, leadKinds } = this.options;
    return (doc.leads ?? [])
      .filter((f) => leadKinds.includes(f[0] ?? '') && vector.has(f) && specific.has(f))
      .slice(0, leadCount);
  }

  /** The features most of a story's articles lead with; keeps the tally short. */
  private storyLeads(story: Story): string[] {
    const ranked = [...story.leadCounts].sort(
      (a, b) =>
        b[1] - a[1] || (story.centroid.get(b[0]) ?? 0) - (story.centroid.get(a[0]) ?? 0) || cmpId(a[0], b[0]),
    );
    if (ranked.length > 4 * this.options.leadCount)
      story.leadCounts = new Map(ranked.slice(0, 4 * this.options.leadCount));
    return ranked.slice(0, this.options.leadCount).map(([f]) => f);
  }

  private storySimilarity(a: Story, b: Story): number {
    const [small, large] = a.centroid.size <= b.centroid.size ? [a, b] : [b, a];
    const cos = this.mixedCosine(small.centroid, small.norms, large.centroid, large.norms);
    const gap = a.first === null || a.last === null ? 0 : gapDays(a.first, a.last, b);
    return cos * this.timeFactor(gap);
  }

  /**
   * (1 − namedShare) · cos(terms) + namedShare · cos(named features); when either side has no named feature, the
   * terms alone decide. `parts` receives each shared feature's share of it.
   */
  private mixedCosine(
    a: Map<string, number>,
    aNorms: PartNorms,
    b: Map<string, number>,
    bNorms: PartNorms,
    parts?: Map<string, number>,
    only?: Set<string>,
  ): number {
    const named = aNorms.named > 0 && bNorms.named > 0 ? this.options.namedShare : 0;
    const termScale = aNorms.terms > 0 && bNorms.terms > 0 ? (1 - named) / (aNorms.terms * bNorms.terms) : 0;
    const namedScale = named > 0 ? named / (aNorms.named * bNorms.named) : 0;
    let total = 0;
    for (const [f, w] of a) {
      const v = b.get(f);
      if (v === undefined || (only && !only.has(f))) continue;
      const c = w * v * (isNamed(f) ? namedScale : termScale);
      total += c;
      if (parts && c > 0) parts.set(f, c);
    }
    return total;
  }

  /**
   * The score needed to join a story: higher for a story of one article, a thin profile, unless the article leads
   * with what that article led with.
   */
  private thresholdFor(story: Story, leads: readonly string[]): number {
    const young = story.size <= 1 && !this.sharedLead(leads, story);
    return this.options.threshold + (young ? this.options.youngStoryMargin : 0);
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
    leads: readonly string[] = [],
  ): LinkExplanation {
    const shared: LinkEvidence[] = [];
    if (story) {
      const parts = new Map<string, number>();
      this.mixedCosine(vector, partNorms(vector), story.centroid, story.norms, parts);
      for (const [f, w] of parts) shared.push({ term: label(f), weight: w });
    }
    shared.sort((a, b) => b.weight - a.weight || cmpId(a.term, b.term));
    const sharedEntities = shared
      .filter((e) => e.term.startsWith('entity:') || e.term.startsWith('place:'))
      .slice(0, 10)
      .map((e) => e.term.slice(e.term.indexOf(':') + 1));
    return {
      kind,
      score: round(score),
      threshold: round(story ? this.thresholdFor(story, leads) : this.options.threshold),
      runnerUp: runnerUp ? { storyId: runnerUp.story.id, score: round(runnerUp.score) } : null,
      sharedTerms: shared.slice(0, 12).map((e) => ({ term: e.term, weight: round(e.weight) })),
      sharedEntities,
      reason: [reason, story ? this.leadNote(leads, story) : null].filter((r) => r).join('; ') || null,
    };
  }

  /** Says how the lead features raised the score, when they did. */
  private leadNote(leads: readonly string[], story: Story): string | null {
    const lead = this.options.leadBoost > 0 ? this.sharedLead(leads, story) : null;
    return lead ? `both lead with ${label(lead)} (score ×${round(1 + this.options.leadBoost, 3)})` : null;
  }

  private createStory(id: string): Story {
    const story: Story = {
      id,
      first: null,
      last: null,
      size: 0,
      centroid: new Map(),
      norms: { terms: 0, named: 0 },
      leadCounts: new Map(),
      leads: [],
    };
    this.stories.set(id, story);
    const n = storyNumber(id);
    if (Number.isFinite(n) && n > this.seq) this.seq = n;
    return story;
  }

  private addToStory(
    story: Story,
    vector: Map<string, number>,
    date: number | null,
    leads: readonly string[],
  ): void {
    const before = new Set(story.centroid.keys());
    for (const f of leads) story.leadCounts.set(f, (story.leadCounts.get(f) ?? 0) + 1);
    for (const [f, w] of vector) story.centroid.set(f, (story.centroid.get(f) ?? 0) + w);
    story.size += 1;
    story.first = earliest(story.first, date);
    story.last = latest(story.last, date);
    this.settle(story, before);
  }

  private merge(from: Story, into: Story): void {
    const before = new Set(into.centroid.keys());
    for (const [f, w] of from.centroid) into.centroid.set(f, (into.centroid.get(f) ?? 0) + w);
    for (const [f, n] of from.leadCounts) into.leadCounts.set(f, (into.leadCounts.get(f) ?? 0) + n);
    into.size += from.size;
    into.first = earliest(into.first, from.first);
    into.last = latest(into.last, from.last);
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
    story.norms = partNorms(story.centroid);
    story.leads = this.storyLeads(story);
    this.stories.delete(story.id);
    this.stories.set(story.id, story);
  }

  /** Retires stories beyond the horizon or the capacity, least recently updated first. */
  private retire(): void {
    const horizon = this.now - this.options.horizonDays * DAY_MS;
    for (const story of this.stories.values()) {
      if (this.stories.size <= this.options.maxStories && (story.last === null || story.last >= horizon))
        break;
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

/**
 * The last word of a lead feature's name, without a registry's "-2" suffix ("e:e:madeleine-albright" → "albright");
 * null when the name ends like an organisation's ("Acme Inc" and "Excelan Inc" share nothing).
 */
function lastName(feature: string): string | null {
  const name = feature.replace(/-\d+$/, '').replace(/^[a-z]:(?:[a-z]:)?/, '');
  const cut = Math.max(name.lastIndexOf('-'), name.lastIndexOf(' '));
  const last = name.slice(cut + 1);
  if (ORG_SUFFIX_WORDS.has(last)) return null;
  return `${feature[0]}:${last}`;
}

/** Days between a date range and a story's [first, last] (0 when they overlap). */
function gapDays(first: number, last: number, story: Story): number {
  if (story.first === null || story.last === null) return 0;
  const gap = first > story.last ? first - story.last : story.first > last ? story.first - last : 0;
  return gap / DAY_MS;
}

/** Euclidean norms of the term part and of the named part (entities, places, quantities, times) of a vector. */
interface PartNorms {
  terms: number;
  named: number;
}

function partNorms(v: Map<string, number>): PartNorms {
  let terms = 0;
  let named = 0;
  for (const [f, w] of v) {
    if (isNamed(f)) named += w * w;
    else terms += w * w;
  }
  return { terms: Math.sqrt(terms), named: Math.sqrt(named) };
}

function earliest(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function latest(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

function isNamed(feature: string): boolean {
  return feature[0] !== 't';
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

/** The `k` highest-scoring entries (ties by id), without sorting them all: candidate lists can be long. */
function topEntries(scores: Map<string, number>, k: number): [string, number][] {
  const top: [string, number][] = [];
  const better = (a: [string, number], b: [string, number]) =>
    a[1] > b[1] || (a[1] === b[1] && cmpId(a[0], b[0]) < 0);
  for (const entry of scores) {
    if (top.length === k && !better(entry, top[k - 1] as [string, number])) continue;
    let i = top.length === k ? k - 1 : top.length;
    while (i > 0 && better(entry, top[i - 1] as [string, number])) i--;
    top.splice(i, 0, entry);
    if (top.length > k) top.pop();
  }
  return top;
}
