// Wiring ingestion: inputs → source documents → clean articles → store. Every input ends in one outcome
// (ingested, already known, failed); failures are recorded in the store with their reason and never stop the batch.
import type { Analysis, Article, ArticleLink, IngestOutcome } from '../model.js';
import { buildArticle } from '../ingest/build-article.js';
import { documentsFromRef, type DocumentContext, type DocumentEvent } from '../ingest/documents.js';
import { describeFailure } from '../ingest/errors.js';
import { expandInputs, type InputRef } from '../ingest/input-refs.js';
import type { Linker } from '../link/linker.js';
import type { Store } from '../store/store.js';
import { analysisJson, inlineAnalyzer, type Analyzer } from './analyzer.js';

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
  analysis: Promise<Analysis | null>;
}

/**
 * Ingests the inputs into the store and returns every outcome. Articles are stored in input order; their
 * analyses may run in parallel (see `IngestStages.analyzer`), but they are linked strictly in the order stored.
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
  const inFlight: Stored[] = [];
  const settle = async (keep: number) => {
    while (inFlight.length > keep) {
      const head = inFlight.shift() as Stored;
      const analysis = await head.analysis;
      if (analysis && stages.linker) await linkStored(head, analysis, stages, store);
    }
  };
  const refs = await collectRefs(inputs);
  progress.onInputs?.(refs.length);
  for (const ref of refs) {
    for await (const event of documentsFromRef(ref, context)) {
      const stored = await storeEvent(event, store, context);
      if (stored.article) {
        const { article } = stored;
        const at = (ctx.now?.() ?? new Date()).toISOString();
        inFlight.push({
          article,
          origin: stored.outcome.origin,
          at,
          analysis: analyzeStored(article, store, analyzer, stored.outcome.origin, at),
        });
        await settle(analyzer.parallelism * 4);
      }
      outcomes.push(stored.outcome);
      progress.onOutcome?.(stored.outcome);
    }
    progress.onInputDone?.(ref);
  }
  await settle(0);
  return outcomes;
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

/** Stores one document event; returns its outcome, and the article when it is new (so it gets analysed). */
async function storeEvent(
  event: DocumentEvent,
  store: Store,
  ctx: DocumentContext,
): Promise<{ outcome: IngestOutcome; article: Article | null }> {
  const at = (ctx.now?.() ?? new Date()).toISOString();
  const only = (outcome: IngestOutcome) => ({ outcome, article: null });
  if (event.type === 'unchanged')
    return only({ status: 'unchanged', origin: event.origin, reason: event.reason });
  if (event.type === 'failure') {
    await store.recordFailure(
      { origin: event.origin, stage: event.stage, reason: event.reason, at },
      event.raw,
    );
    return only({ status: 'failed', origin: event.origin, stage: event.stage, reason: event.reason });
  }
  const { doc } = event;
  let article: Article;
  try {
    article = buildArticle(doc, ctx.now?.() ?? new Date());
  } catch (e) {
    const { stage, reason } = describeFailure(e, 'extract');
    await store.recordFailure({ origin: doc.origin, stage, reason, at }, doc.raw);
    return only({ status: 'failed', origin: doc.origin, stage, reason });
  }
  try {
    const saved = await store.saveArticle(article, doc.raw);
    const inserted = saved.status === 'inserted';
    return {
      outcome: {
        status: inserted ? 'ingested' : 'known',
        origin: doc.origin,
        id: saved.id,
        title: article.title,
      },
      article: inserted ? article : null,
    };
  } catch (e) {
    const reason = `could not store the article: ${(e as Error).message}`;
    await store.recordFailure({ origin: doc.origin, stage: 'store', reason, at }).catch(() => undefined);
    return only({ status: 'failed', origin: doc.origin, stage: 'store', reason });
  }
}

/** Analyses a stored article and stores the analysis; a failure is recorded without touching the article. */
async function analyzeStored(
  article: Article,
  store: Store,
  analyzer: Analyzer,
  origin: string,
  at: string,
): Promise<Analysis | null> {
  try {
    const analysis = await analyzer.analyze(article);
    await store.putAnalysis(analysis, analysisJson(analysis));
    return analysis;
  } catch (e) {
    const reason = `analysis failed: ${(e as Error).message}`;
    await store.recordFailure({ origin, stage: 'analyze', reason, at }).catch(() => undefined);
    return null;
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
