// The records every stage shares. Stages talk through these types, never through each other's internals.

/** Where a metadata value came from. */
export type Provenance =
  | 'json-ld' // <script type="application/ld+json">
  | 'opengraph' // <meta property="og:*"> / article:*
  | 'meta' // other <meta name=...> tags (author, description, dc.*, parsely-*, ...)
  | 'time-element' // <time datetime=...> in the page
  | 'html' // other page markup: <title>, <html lang>, <link rel=canonical>, byline markup
  | 'url' // a pattern in the URL (e.g. /2023/03/20/)
  | 'feed' // the RSS/Atom entry that pointed at the article
  | 'record' // a field of a JSON/JSONL input record
  | 'http' // HTTP response headers (Last-Modified, Content-Language)
  | 'file-name' // the input file's name
  | 'text' // the article text itself (first line as title, credit line, language detection)
  | 'inferred' // inferred later from the content (e.g. publication date from dates mentioned)
  | 'unknown'; // no source had it

/** A metadata value together with where it came from. */
export interface Sourced<T> {
  value: T;
  source: Provenance;
  /** Free-text precision about the source, e.g. "og:site_name" or "NewsArticle.datePublished". */
  detail?: string;
  /** 0..1 for inferred values; absent for values read from the input. */
  confidence?: number;
}

/** A secondary source the article credits ("With information from X", "Source: Reuters"). */
export interface CreditedSource {
  name: string;
  /** The credit line as it appeared in the input (removed from the body). */
  line: string;
}

export interface ArticleMetadata {
  title: Sourced<string | null>;
  authors: Sourced<string[]>;
  /** Outlet / site name; else the domain of the article URL. */
  outlet: Sourced<string | null>;
  canonicalUrl: Sourced<string | null>;
  /** ISO 8601 date-time (or date) string. */
  publishedAt: Sourced<string | null>;
  modifiedAt: Sourced<string | null>;
  /** ISO 639-1 code. */
  language: Sourced<string | null>;
  description: Sourced<string | null>;
  section: Sourced<string | null>;
  /** Credit lines ("With information from X") kept out of the body. */
  credits: CreditedSource[];
}

/** A half-open character range [start, end) into an article's clean text. */
export interface Span {
  start: number;
  end: number;
}

/** Something the cleaner took out of the text, with the rule that removed it. */
export interface RemovedText {
  text: string;
  rule: string;
}

/** A word the cleaner split because two common words were fused ("economybut" → "economy but"). */
export interface GlueRepair {
  /** The fused form as found in the input. */
  from: string;
  /** The repaired form in the clean text. */
  to: string;
  /** Where the repaired form stands in the clean text. */
  at: Span;
}

/** The kinds of input Storyline reads. */
export type InputKind = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed' | 'opml' | 'url' | 'stdin';

/** The bytes behind an article, kept so that everything can be re-processed later. */
export interface RawInput {
  /** sha256 of the bytes (hex). */
  id: string;
  /** File path, URL, or "path#line" / "feed-url#entry" for records inside a container. */
  origin: string;
  kind: InputKind;
  /** e.g. "text/html; charset=windows-1252" when known. */
  mediaType: string | null;
  /** The decoded input text (HTML source, plain text, or the JSON record). */
  body: string;
  fetchedAt: string;
}

/** One clean article, as stored. */
export interface Article {
  /** Stable id: from the canonical URL when there is one, else from the normalised text. */
  id: string;
  origin: string;
  kind: InputKind;
  title: string | null;
  /** Clean text; paragraphs separated by a blank line ("\n\n"). All spans index into it. */
  text: string;
  /** Paragraph ranges in `text`. */
  paragraphs: Span[];
  metadata: ArticleMetadata;
  wordCount: number;
  /** What the cleaner dropped, and the glue it repaired. */
  cleaning: { removed: RemovedText[]; repairs: GlueRepair[] };
  rawId: string;
  ingestedAt: string;
}

/** A failed input: recorded in the store with its reason, never silently dropped. */
export interface IngestFailure {
  origin: string;
  /** The stage that failed: read, fetch, decode, parse, extract, clean, store. */
  stage: string;
  reason: string;
  at: string;
}

/** The outcome for one input item of an ingest run. */
export type IngestOutcome =
  | { status: 'ingested'; origin: string; id: string; title: string | null }
  | { status: 'known'; origin: string; id: string; title: string | null }
  | { status: 'failed'; origin: string; stage: string; reason: string }
  | { status: 'unchanged'; origin: string; reason: string };

// ---------------------------------------------------------------------------------------------------------------
// Analysis: what the analyze stage finds in one article. All spans are character offsets into Article.text.

/** A sentence of the clean text. */
export interface Sentence extends Span {
  /** Index of the paragraph (in Article.paragraphs) that holds it. */
  paragraph: number;
}

export type QuantityKind = 'money' | 'percent' | 'measure' | 'duration' | 'age' | 'count' | 'ordinal';

/** A number with its unit and what it counts ("190,000 million dollars" = 1.9e11 USD). */
export interface Quantity extends Span {
  text: string;
  value: number;
  /** Normalised unit: ISO 4217 currency, "%", SI-ish symbol, ISO 8601 duration unit, or null for plain counts. */
  unit: string | null;
  kind: QuantityKind;
  /** What is counted or measured ("countries", "natural gas", "border"), when the text says. */
  counted: string | null;
  /** A comparable form: "1.9e11 USD", "116 %", "PT4H30M", "#40". */
  normalized: string;
}

export type CitedSourceKind = 'outlet' | 'agency' | 'official' | 'anonymous';

/** An outlet, agency or official the article gives as the source of its information. */
export interface CitedSource extends Span {
  /** The source's name as written (without quotes). */
  text: string;
  /** Canonical name ("The Wall Street Journal" for "WSJ"). */
  name: string;
  /** Identity key: the same for every wording of one source. */
  key: string;
  kind: CitedSourceKind;
  /** The words that make it a source: "according to", "reported", "told", "per", ... */
  cue: string;
}

export interface OpinionTrigger extends Span {
  text: string;
  /** "epithet", "charged adjective", "stance", "sweeping judgement", ... */
  kind: string;
  weight: number;
}

/** Whether a sentence carries the outlet's own evaluative language. */
export interface SentenceOpinion extends Span {
  /** Index of the sentence in Analysis.sentences. */
  sentence: number;
  /** True when the outlet's own words in the sentence carry evaluation. */
  opinion: boolean;
  score: number;
  /** Triggers in the outlet's own words. */
  triggers: OpinionTrigger[];
  /** Triggers inside quotes: the quoted speaker's opinion, not the outlet's. */
  quotedTriggers: OpinionTrigger[];
}

export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'other';

/** One real-world entity within an article, with every form the article uses for it. */
export interface ArticleEntity {
  /** Index in Analysis.entities. */
  id: number;
  /** The fullest name the article uses ("Xi Jinping"). */
  name: string;
  type: EntityType;
  /** Other forms: short names, acronyms ("Xi", "ICC"). */
  aliases: string[];
  /** Roles the article gives it: "chinese president", "kremlin spokesman". */
  roles: string[];
  mentions: number;
}

/** A place in the text where an entity is mentioned: by name, a short form, an acronym, or a role phrase. */
export interface EntityMention extends Span {
  text: string;
  /** Index in Analysis.entities. */
  entity: number;
  kind: 'name' | 'short' | 'acronym' | 'role';
}

/** A span with the text it covers. */
export interface TextSpan extends Span {
  text: string;
}

/** Who said what: a direct quote or indirect speech, with cue, speaker, addressee and medium when named. */
export interface Quote {
  kind: 'direct' | 'indirect';
  /** What was said (inside the quote marks, or the reported clause). */
  content: TextSpan;
  /** The verb or phrase that attributes it: "said", "told", "according to"; `verb` is its base form. */
  cue: (TextSpan & { verb: string }) | null;
  /** Who said it, as written; `entity` indexes Analysis.entities; pronouns keep the mention they stand for. */
  speaker: (TextSpan & { entity: number | null; resolvedFrom?: TextSpan | undefined }) | null;
  /** Whom it was said to ("Putin told Xi"). */
  addressee: (TextSpan & { entity: number | null }) | null;
  /** Where it was said: "article", "statement", "interview", "press conference", "Twitter", ... */
  medium: string | null;
  /** Index of the sentence in Analysis.sentences where it starts. */
  sentence: number;
}

/** Everything the analyze stage finds in one article. Pure function of the article; stored beside it. */
export interface Analysis {
  articleId: string;
  /** Version of the analyzer that produced it; stored analyses of older versions are recomputed. */
  version: number;
  sentences: Sentence[];
  tokenCount: number;
  /** People, organisations, places and groups, one per real entity in the article. */
  entities: ArticleEntity[];
  /** Where each entity is mentioned, by name, short form, acronym or role phrase. */
  mentions: EntityMention[];
  quotes: Quote[];
  quantities: Quantity[];
  citedSources: CitedSource[];
  opinion: SentenceOpinion[];
  /** Dates, times, durations and sets, normalised against the reference date (TIMEX3 values). */
  times: TimeExpression[];
  /** The date the analysis used as the article's date: from metadata, else inferred from the text when confident. */
  publication: { value: string; source: 'metadata' | 'inferred' } | null;
  /** The publication day inferred from the text alone, kept apart from metadata. */
  publicationInference: PublicationInference;
}

// ---------------------------------------------------------------------------------------------------------------
// Linking: what the link stage decides for each article, in arrival order, across the whole store.

/** A term or entity that tied an article to its story, with its weight in the decision. */
export interface LinkEvidence {
  term: string;
  weight: number;
}

/** Why an article joined the story it joined (or started a new one). */
export interface LinkExplanation {
  /** "joined" an existing story, started a "new" one, or was "forced" (e.g. a near-duplicate joins its original). */
  kind: 'joined' | 'new' | 'forced';
  /** Similarity to the chosen story (0..1); for a new story, the best score it did not reach. */
  score: number;
  /** The score an article needs to join a story. */
  threshold: number;
  runnerUp: { storyId: string; score: number } | null;
  sharedTerms: LinkEvidence[];
  sharedEntities: string[];
  /** Free text for forced decisions ("near-duplicate of t…"). */
  reason: string | null;
}

/** The link stage's outcome for one article. */
export interface ArticleLink {
  articleId: string;
  /** Arrival order in the store (1, 2, ...). */
  seq: number;
  storyId: string;
  /** The earlier article this one is a copy of (exact or near duplicate), with the estimated Jaccard similarity. */
  duplicateOf: { articleId: string; similarity: number } | null;
  /** The wire service the article comes from ("(AP)", "— Reuters", a credit line), when it says. */
  wireOrigin: { key: string; name: string; evidence: string } | null;
  /** Independent-source identity: copies of one text and one wire origin share it; else the outlet. */
  sourceKey: string;
  /** Global entity id for each entity of the article's analysis (same order as Analysis.entities). */
  entityIds: string[];
  /** The date the story uses for the article: its publication date, else the inferred one, else ingestion time. */
  date: { value: string; source: 'metadata' | 'inferred' | 'ingested' };
  explanation: LinkExplanation;
  linkedAt: string;
}

/** Two stories found to be one: `from` was folded into `into`. */
export interface StoryMerge {
  from: string;
  into: string;
  score: number;
  /** The article whose arrival revealed it. */
  articleId: string;
  at: string;
}

/** One story as the store lists it. */
export interface StorySummary {
  id: string;
  /** The story's headline (from its synthesis; before that, the title of its most central article). */
  title: string | null;
  articleCount: number;
  /** Independent sources: articles minus copies, wire reprints counted once. */
  sourceCount: number;
  outlets: string[];
  languages: string[];
  /** Earliest and latest article dates (publication date, else ingestion time). */
  firstSeen: string;
  lastSeen: string;
  createdAt: string;
  updatedAt: string;
}

/** One real-world entity across the whole store, with all its surface forms. */
export interface StoreEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  articleCount: number;
  storyCount: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Synthesis: what the synthesize stage builds for one story from its articles. Pure per story.

/** One article of a story as synthesis sees it: the article, its analysis and what linking decided for it. */
export interface StoryDoc {
  article: Article;
  analysis: Analysis;
  link: Pick<ArticleLink, 'seq' | 'sourceKey' | 'duplicateOf' | 'wireOrigin' | 'date' | 'entityIds'>;
}

/** Evidence for a line of the story view: a span of one article. */
export interface Citation {
  articleId: string;
  /** Span in that article's clean text. */
  span: Span;
}

/** A sentence of the story view with every article that supports it. */
export interface CitedSentence {
  text: string;
  /** The article and sentence index (Analysis.sentences) the text was taken from. */
  from: { articleId: string; sentence: number };
  citations: Citation[];
  /** Independent sources (distinct sourceKeys) among the citations. */
  sources: number;
}

export interface StorySummaryView {
  headline: string;
  oneLine: CitedSentence | null;
  /** 3–5 key points. */
  keyPoints: CitedSentence[];
  /** About 100 words. */
  short: CitedSentence[];
  /** About 250 words. */
  long: CitedSentence[];
}

export type DatePrecision = 'year' | 'month' | 'day' | 'time';

export interface TimelineEntry {
  id: string;
  /** ISO date (or date-time) of the start, and of the end for a range. */
  date: { start: string; end: string | null; precision: DatePrecision };
  /** What happened, in one sentence or clause taken from the sources. */
  text: string;
  /** Whether it happened, was announced, or is expected / planned. */
  kind: 'happened' | 'announced' | 'expected';
  /** Earlier history the articles recall, apart from the story's own days. */
  background: boolean;
  citations: Citation[];
  sources: number;
}

export type ClaimStatus = 'corroborated' | 'single-source' | 'updated' | 'contradicted';

/** One article's statement of a claim. */
export interface ClaimMention {
  articleId: string;
  sourceKey: string;
  outlet: string | null;
  /** The article's date (as linking decided it). */
  date: string;
  /** The sentence (or clause) stating it, and where. */
  text: string;
  span: Span;
  /** The compared value in normalised form ("1.9e11 USD", "2023-03-20", "#40"), or null for a plain statement. */
  value: string | null;
}

/** A statement of fact aligned across articles. */
export interface Claim {
  id: string;
  /** Who or what it is about (entity name), when known. */
  subject: string | null;
  /** What is claimed, in short normalised words ("trade volume", "visit length", "agreements signed"). */
  predicate: string;
  /** The value the claim compares, when it has one. */
  value: string | null;
  /** When it holds, when it says. */
  when: string | null;
  status: ClaimStatus;
  /** Distinct independent sources (reprints and shared cited sources count once). */
  independentSources: number;
  mentions: ClaimMention[];
  /** Groups of mentions (indexes into `mentions`) that agree with each other; two or more groups = contradiction. */
  variants: { value: string | null; mentions: number[] }[];
  /** For `updated`: the newer value that replaced an older one. */
  update: { from: string | null; to: string | null } | null;
  /** Why the status was given (e.g. "2023-03-20 vs 2023-03-21 for the same event"). */
  note: string | null;
}

/** One utterance across the articles that carry it. */
export interface QuoteEntry {
  id: string;
  speaker: { entityId: string | null; name: string | null };
  addressee: { entityId: string | null; name: string | null } | null;
  medium: string | null;
  kind: 'direct' | 'indirect';
  /** The fullest wording. */
  text: string;
  /** Every article's wording (translations and paraphrases of one utterance). */
  variants: {
    articleId: string;
    outlet: string | null;
    text: string;
    span: Span;
    kind: 'direct' | 'indirect';
  }[];
  outlets: string[];
  independentSources: number;
  firstReported: { articleId: string; outlet: string | null; date: string };
}

/** Who reported the story and whom they rely on. */
export interface StorySources {
  outlets: { name: string; articleIds: string[]; sourceKeys: string[] }[];
  independentSources: number;
  /** Secondary sources the articles cite ("according to Politico"), with the outlets that cite them. */
  cited: { key: string; name: string; kind: CitedSourceKind; citedBy: string[]; articleIds: string[] }[];
  wireOrigins: { key: string; name: string; articleIds: string[] }[];
  /** The citation graph: outlet → cited source edges. */
  graph: {
    nodes: { id: string; label: string; kind: 'outlet' | 'cited' | 'wire' }[];
    edges: { from: string; to: string; count: number }[];
  };
}

/** A position an actor takes, from quotes and attributed statements. */
export interface ActorStatement {
  /** "says", "demands", "denies", "warns", "promises", ... (the cue's base verb). */
  stance: string;
  text: string;
  citations: Citation[];
}

export interface StoryPerspectives {
  actors: { entityId: string | null; name: string; type: EntityType; statements: ActorStatement[] }[];
  outlets: {
    outlet: string;
    articleIds: string[];
    /** Share of the outlet's sentences that carry its own evaluative language. */
    opinionShare: number;
    opinionSentences: { text: string; citation: Citation; triggers: string[] }[];
    loadedTerms: string[];
    /** Claims most independent sources report that this outlet leaves out (ids in StoryView.claims). */
    omittedClaims: string[];
  }[];
}

/** What one article added to the story when it arrived. */
export interface StoryChange {
  articleId: string;
  seq: number;
  date: string;
  outlet: string | null;
  newClaims: string[];
  newQuotes: string[];
  newTimeline: string[];
  /** Claims that became contradicted with this article. */
  contradictions: string[];
}

export interface StoryViewArticle {
  id: string;
  title: string | null;
  outlet: string | null;
  language: string | null;
  date: { value: string; source: 'metadata' | 'inferred' | 'ingested' };
  seq: number;
  sourceKey: string;
  duplicateOf: { articleId: string; similarity: number } | null;
  wireOrigin: { key: string; name: string } | null;
}

/** Everything a story page shows. Built by synthesize(story), stored as JSON. */
export interface StoryView {
  version: number;
  storyId: string;
  headline: string;
  summary: StorySummaryView;
  timeline: TimelineEntry[];
  claims: Claim[];
  quotes: QuoteEntry[];
  entities: { id: string; name: string; type: EntityType; mentions: number; articleIds: string[] }[];
  sources: StorySources;
  perspectives: StoryPerspectives;
  changes: StoryChange[];
  /** Articles per day. */
  coverage: { day: string; articles: number }[];
  articles: StoryViewArticle[];
}

// ---------------------------------------------------------------------------------------------------------------
// Time: expressions found by the analyze stage (appended; see src/analyze/time/).

/** A time expression of the text, normalised as TimeML's TIMEX3 does. */
export interface TimeExpression extends Span {
  text: string;
  type: 'date' | 'time' | 'duration' | 'set';
  /** TIMEX3 value: 2023-03-20, 2023-W12, 2023-03, 199X, 2023-Q1, 2023-SU, P3D, XXXX-WXX-2, PRESENT_REF, ... */
  value: string;
  /** The value of the end of a range ("March 20-22" → value 2023-03-20, endValue 2023-03-22); `end` is the span's. */
  endValue: string | null;
  precision: DatePrecision | null;
  tense: 'past' | 'present' | 'future' | null;
  /** Absolute (the text gives it), relative (resolved against the reference date) or none (durations, sets). */
  anchor: 'absolute' | 'relative' | 'none';
  /** Index of the sentence in Analysis.sentences. */
  sentence: number;
}

/** The publication day inferred from the text alone. */
export interface PublicationInference {
  /** YYYY-MM-DD, or null when the text does not tell it confidently enough (abstention). */
  date: string | null;
  confidence: number;
  /** The expressions that support (or undermine) the date, as short human-readable lines. */
  evidence: string[];
}
