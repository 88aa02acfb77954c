// The pipeline as jobs: fetch → extract (which also analyses) → link (serial) → synthesize (per story, coalesced),
// and feed polls. Every task is safe to run twice: writes are idempotent, so a job retried after a crash (a worker
// killed mid-job) neither loses nor duplicates anything.
import type { JobHelpers, TaskList } from 'graphile-worker';
import { analyze } from '../analyze/analyze.js';
import { buildArticle } from '../ingest/build-article.js';
import { documentsFromRef, type DocumentContext } from '../ingest/documents.js';
import { describeFailure } from '../ingest/errors.js';
import type { Article } from '../model.js';
import type { PostgresStore } from '../store/postgres-store.js';
import { jobSpec, type JobName, type JobPayloads } from './jobs.js';
import { linkReadyView } from './link-ready.js';
import { linkJobWaiting } from './link-wake.js';
import type { Stages } from './stages.js';

export interface TaskContext {
  store: PostgresStore;
  documents: DocumentContext;
  stages: Stages;
  /** How long the link stage waits for an earlier article's analysis before skipping it. */
  analysisWaitMs?: number;
}

function enqueuer(helpers: JobHelpers) {
  return async <N extends JobName>(name: N, payload: JobPayloads[N]): Promise<void> => {
    await helpers.addJob(name as string, payload as unknown, jobSpec(name, payload));
  };
}

export function pipelineTasks(c: TaskContext): TaskList {
  const now = (): Date => c.documents.now?.() ?? new Date();
  const documentsContext: DocumentContext = { ...c.documents, feedState: c.documents.feedState ?? c.store };

  /** Splits one input into documents, each an `extract` job; read and fetch failures are recorded. */
  const expand = async (ref: JobPayloads['fetch']['ref'], helpers: JobHelpers): Promise<void> => {
    const add = enqueuer(helpers);
    for await (const event of documentsFromRef(ref, documentsContext)) {
      if (event.type === 'failure')
        await c.store.recordFailure(
          { origin: event.origin, stage: event.stage, reason: event.reason, at: now().toISOString() },
          event.raw,
        );
      else if (event.type === 'document') await add('extract', { doc: event.doc });
    }
  };

  /** Analyses a stored article, stores the analysis and wakes the link stage; failures are recorded. */
  const analyzeStored = async (article: Article, helpers: JobHelpers): Promise<void> => {
    try {
      await c.store.putAnalysis(analyze(article));
    } catch (e) {
      const reason = `analysis failed: ${(e as Error).message}`;
      await c.store.recordFailure({
        origin: article.origin,
        stage: 'analyze',
        reason,
        at: now().toISOString(),
      });
      return;
    }
    // Without a link stage there is nothing to wake; the articles wait, counted as link lag.
    if (c.stages.link && !(await linkJobWaiting(c.store.pool))) await enqueuer(helpers)('link', {});
  };

  return {
    fetch: async (payload, helpers) => {
      await expand((payload as JobPayloads['fetch']).ref, helpers);
    },

    extract: async (payload, helpers) => {
      const { doc } = payload as JobPayloads['extract'];
      const at = now().toISOString();
      let article;
      try {
        article = buildArticle(doc, now());
      } catch (e) {
        const { stage, reason } = describeFailure(e, 'extract');
        await c.store.recordFailure({ origin: doc.origin, stage, reason, at }, doc.raw);
        return;
      }
      const saved = await c.store.saveArticle(article, doc.raw);
      // The article is analysed in the same job: a second job per article would cost a queue round trip (add,
      // fetch, complete, read the article back) for no gain, as any worker can run either. A retry after a crash
      // finds the article stored and analyses it if no analysis was stored.
      if (saved.status === 'inserted') await analyzeStored({ ...article, id: saved.id }, helpers);
      else if (!(await c.store.getAnalysis(saved.id))) {
        const stored = await c.store.getArticle(saved.id);
        if (stored) await analyzeStored(stored, helpers);
      }
    },

    analyze: async (payload, helpers) => {
      const { articleId } = payload as JobPayloads['analyze'];
      const article = await c.store.getArticle(articleId);
      if (article) await analyzeStored(article, helpers);
    },

    link: async (_payload, helpers) => {
      if (!c.stages.link) {
        helpers.logger.warn('no link stage in this worker; articles stay unlinked');
        return;
      }
      const view = linkReadyView(c.store, { waitMs: c.analysisWaitMs });
      const { storyIds } = await c.stages.link.linkPending(view);
      if (!c.stages.synthesize) return;
      const add = enqueuer(helpers);
      for (const storyId of new Set(storyIds)) await add('synthesize', { storyId });
    },

    synthesize: async (payload) => {
      const { storyId } = payload as JobPayloads['synthesize'];
      const story = await c.store.getStory(storyId);
      if (story) await c.stages.synthesize?.rebuild(c.store, story.id);
    },

    'poll-feed': async (payload, helpers) => {
      const { url, everySeconds } = payload as JobPayloads['poll-feed'];
      try {
        await expand({ type: 'url', url }, helpers);
      } finally {
        const next = { url, everySeconds };
        await helpers.addJob('poll-feed', next, {
          ...jobSpec('poll-feed', next),
          runAt: new Date(now().getTime() + everySeconds * 1000),
        });
      }
    },
  };
}
