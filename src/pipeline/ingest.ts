// Wiring ingestion: inputs → source documents → clean articles → store. Every input ends in one outcome
// (ingested, already known, failed); failures are recorded in the store with their reason and never stop the batch.
import type { Article, IngestOutcome } from '../model.js';
import { analyze } from '../analyze/analyze.js';
import { buildArticle } from '../ingest/build-article.js';
import { documentsFromRef, type DocumentContext, type DocumentEvent } from '../ingest/documents.js';
import { describeFailure } from '../ingest/errors.js';
import { expandInputs, type InputRef } from '../ingest/input-refs.js';
import type { Store } from '../store/store.js';

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

/** Ingests the inputs into the store and returns every outcome. */
export async function ingestInputs(
  inputs: readonly string[],
  store: Store,
  ctx: DocumentContext,
  progress: IngestProgress = {},
): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  const context: DocumentContext = { ...ctx, feedState: ctx.feedState ?? store };
  const refs = await collectRefs(inputs);
  progress.onInputs?.(refs.length);
  for (const ref of refs) {
    for await (const event of documentsFromRef(ref, context)) {
      const outcome = await storeEvent(event, store, context);
      if (outcome) {
        outcomes.push(outcome);
        progress.onOutcome?.(outcome);
      }
    }
    progress.onInputDone?.(ref);
  }
  return outcomes;
}

async function storeEvent(
  event: DocumentEvent,
  store: Store,
  ctx: DocumentContext,
): Promise<IngestOutcome | null> {
  const at = (ctx.now?.() ?? new Date()).toISOString();
  if (event.type === 'unchanged') return { status: 'unchanged', origin: event.origin, reason: event.reason };
  if (event.type === 'failure') {
    await store.recordFailure(
      { origin: event.origin, stage: event.stage, reason: event.reason, at },
      event.raw,
    );
    return { status: 'failed', origin: event.origin, stage: event.stage, reason: event.reason };
  }
  const { doc } = event;
  let article: Article;
  try {
    article = buildArticle(doc, ctx.now?.() ?? new Date());
  } catch (e) {
    const { stage, reason } = describeFailure(e, 'extract');
    await store.recordFailure({ origin: doc.origin, stage, reason, at }, doc.raw);
    return { status: 'failed', origin: doc.origin, stage, reason };
  }
  try {
    const saved = await store.saveArticle(article, doc.raw);
    if (saved.status === 'inserted') await analyzeStored(article, store, doc.origin, at);
    return {
      status: saved.status === 'inserted' ? 'ingested' : 'known',
      origin: doc.origin,
      id: saved.id,
      title: article.title,
    };
  } catch (e) {
    const reason = `could not store the article: ${(e as Error).message}`;
    await store.recordFailure({ origin: doc.origin, stage: 'store', reason, at }).catch(() => undefined);
    return { status: 'failed', origin: doc.origin, stage: 'store', reason };
  }
}

/** Analyses a stored article and stores the analysis; a failure is recorded without touching the article. */
async function analyzeStored(article: Article, store: Store, origin: string, at: string): Promise<void> {
  try {
    await store.putAnalysis(analyze(article));
  } catch (e) {
    const reason = `analysis failed: ${(e as Error).message}`;
    await store.recordFailure({ origin, stage: 'analyze', reason, at }).catch(() => undefined);
  }
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
