// Wiring ingestion: inputs → source documents → clean articles → store. Every input ends in one outcome
// (ingested, already known, failed); failures are recorded in the store with their reason and never stop the batch.
import type { Analysis, Article, ArticleLink, IngestOutcome } from '../model.js';
import { buildArticle } from '../ingest/build-article.js';
import { documentsFromRef, type DocumentContext, type DocumentEvent } from '../ingest/documents.js';
import { describeFailure } from '../ingest/errors.js';
import { expandInputs, type InputRef } from '../ingest/input-refs.js';
import type { SourceDocument } from '../ingest/source-document.js';
import type { Linker } from '../link/linker.js';
import type { Store } from '../store/store.js';
import { inlineAnalyzer, type Analyzer } from './analyzer.js';
import type { PreparedArticle } from './prepare-article.js';

export interface IngestProgress {
  /** Called once the inputs named are known (directories walked). */
  onInputs?(count: number): void;
  /** Called after each top-level input is done. */
  onInputDone?(ref: InputRef): void;
  /** Called for every article-level outcome as it happens. */
  onOutcome?(outcome: IngestOutcome): void;
}

export type ExtractResult =
  | { status: 'extracted'; origin: string; article: Article }
  | { status: 'unchanged'; origin: string; reason: string }
  | { status: 'failed'; origin: string; stage: string; reason: string };

async function collectRefs(inputs: readonly string[]): Promise<InputRef[]> {
  const refs: InputRef[] = [];
  for await (const ref of expandInputs(inputs)) refs.push(ref);
  return refs;
}

/** Extracts articles from the inputs without storing them, in input order. */
export async function* extractInputs(
  inputs: readonly string[],
  ctx: DocumentContext,
  progress: IngestProgress = {},
): AsyncGenerator<ExtractResult> {
  const refs = await collectRefs(inputs);
  progress.onInputs?.(refs.length);
  for (const ref of refs) {
    for await (const event of documentsFromRef(ref, ctx)) yield toExtractResult(event, ctx);
    progress.onInputDone?.(ref);
  }
}

function toExtractResult(event: DocumentEvent, ctx: DocumentContext): ExtractResult {
  if (event.type === 'failure')
    return { status: 'failed', origin: event.origin, stage: event.stage, reason: event.reason };
  if (event.type === 'unchanged') return { status: 'unchanged', origin: event.origin, reason: event.reason };
  try {
    return {
      status: 'extracted',
      origin: event.doc.origin,
      article: buildArticle(event.doc, ctx.now?.() ?? new Date()),
    };
  } catch (e) {
    return { status: 'failed', origin: event.doc.origin, ...describeFailure(e, 'extract') };
  }
}

/** The stages after storing: where analysis runs, and the linker that places each article in a story. */
export interface IngestStages {
  /** Default: inline on this thread. */
  analyzer?: Analyzer;
  /** Without one, articles are stored and analysed but not linked (a later run links them in order). */
  linker?: Linker | null;
  onLinked?(link: ArticleLink): void;
}

interface Stored {
  article: Article;
  origin: string;
  at: string;
}

/** A document event on its way to the store: documents are cleaned and analysed ahead, stored strictly in order. */
type Queued =
  | { type: 'event'; event: Exclude<DocumentEvent, { type: 'document' }> }
  | { type: 'doc'; doc: SourceDocument; at: string; prepared: Promise<PreparedArticle> };

/**
 * Ingests the inputs into the store and returns every outcome. Documents are cleaned and analysed ahead of
 * storing, in parallel when the analyzer has several threads (see `IngestStages.analyzer`); they are stored,
 * reported and linked strictly in input order.
 */
export async function ingestInputs(
  inputs: readonly string[],
  store: Store,
  ctx: DocumentContext,
  progress: IngestProgress = {},
  stages: IngestStages = {},
): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  const analyzer = stages.analyzer ?? inlineAnalyzer;
  const context: DocumentContext = { ...ctx, feedState: ctx.feedState ?? store };
  const queue: Queued[] = [];
  const settle = async (keep: number) => {
    while (queue.length > keep) {
      const head = queue.shift() as Queued;
      const outcome =
        head.type === 'event'
          ? await storeEvent(head.event, store, context)
          : await storePrepared(head, store, stages);
      outcomes.push(outcome);
      progress.onOutcome?.(outcome);
    }
  };
  const refs = await collectRefs(inputs);
  progress.onInputs?.(refs.length);
  for (const ref of refs) {
    for await (const event of documentsFromRef(ref, context)) {
      if (event.type === 'document') {
        const now = ctx.now?.() ?? new Date();
        queue.push({
          type: 'doc',
          doc: event.doc,
          at: now.toISOString(),
          prepared: analyzer.prepare(event.doc, now).catch((e: unknown): PreparedArticle => ({
            status: 'failed',
            stage: 'extract',
            reason: (e as Error).message,
          })),
        });
      } else queue.push({ type: 'event', event });
      await settle(analyzer.parallelism * 4);
    }
    progress.onInputDone?.(ref);
  }
  await settle(0);
  return outcomes;
}

/** Stores a prepared document: the article, then its analysis, then links it; returns its outcome. */
async function storePrepared(
  queued: Extract<Queued, { type: 'doc' }>,
  store: Store,
  stages: IngestStages,
): Promise<IngestOutcome> {
  const { doc, at } = queued;
  const prepared = await queued.prepared;
  if (prepared.status === 'failed') {
    await store.recordFailure(
      { origin: doc.origin, stage: prepared.stage, reason: prepared.reason, at },
      doc.raw,
    );
    return { status: 'failed', origin: doc.origin, stage: prepared.stage, reason: prepared.reason };
  }
  const { article } = prepared;
  let outcome: IngestOutcome;
  try {
    const saved = await store.saveArticle(article, doc.raw);
    outcome = {
      status: saved.status === 'inserted' ? 'ingested' : 'known',
      origin: doc.origin,
      id: saved.id,
      title: article.title,
    };
    if (saved.status !== 'inserted') return outcome;
  } catch (e) {
    const reason = `could not store the article: ${(e as Error).message}`;
    await store.recordFailure({ origin: doc.origin, stage: 'store', reason, at }).catch(() => undefined);
    return { status: 'failed', origin: doc.origin, stage: 'store', reason };
  }
  const stored: Stored = { article, origin: doc.origin, at };
  const analysis = await storeAnalysis(stored, prepared, store);
  if (analysis && stages.linker) await linkStored(stored, analysis, stages, store);
  return outcome;
}

/** Stores the analysis made ahead; a failed analysis is recorded without touching the article. */
async function storeAnalysis(
  stored: Stored,
  prepared: Extract<PreparedArticle, { status: 'prepared' }>,
  store: Store,
): Promise<Analysis | null> {
  try {
    if (!prepared.analysis) throw new Error(prepared.analysisError ?? 'no analysis');
    await store.putAnalysis(prepared.analysis);
    return prepared.analysis;
  } catch (e) {
    const reason = `analysis failed: ${(e as Error).message}`;
    await store
      .recordFailure({ origin: stored.origin, stage: 'analyze', reason, at: stored.at })
      .catch(() => undefined);
    return null;
  }
}

async function linkStored(
  stored: Stored,
  analysis: Analysis,
  stages: IngestStages,
  store: Store,
): Promise<void> {
  try {
    const link = await (stages.linker as Linker).link(stored.article, analysis);
    stages.onLinked?.(link);
  } catch (e) {
    const reason = `linking failed: ${(e as Error).message}`;
    await store
      .recordFailure({ origin: stored.origin, stage: 'link', reason, at: stored.at })
      .catch(() => undefined);
  }
}

/** Records a document event that carries no document: unchanged since last time, or failed before extraction. */
async function storeEvent(
  event: Exclude<DocumentEvent, { type: 'document' }>,
  store: Store,
  ctx: DocumentContext,
): Promise<IngestOutcome> {
  if (event.type === 'unchanged') return { status: 'unchanged', origin: event.origin, reason: event.reason };
  const at = (ctx.now?.() ?? new Date()).toISOString();
  await store.recordFailure(
    { origin: event.origin, stage: event.stage, reason: event.reason, at },
    event.raw,
  );
  return { status: 'failed', origin: event.origin, stage: event.stage, reason: event.reason };
}

/** Counts of an ingest run, for the summary line. */
export function summarizeOutcomes(outcomes: readonly IngestOutcome[]): {
  ingested: number;
  known: number;
  failed: number;
  unchanged: number;
} {
  return {
    unchanged: outcomes.filter((o) => o.status === 'unchanged').length,
    ingested: outcomes.filter((o) => o.status === 'ingested').length,
    known: outcomes.filter((o) => o.status === 'known').length,
    failed: outcomes.filter((o) => o.status === 'failed').length,
  };
}
