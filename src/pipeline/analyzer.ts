// Where analysis runs: inline on the calling thread (default, tests), or on a pool of worker threads so ingestion
// uses every core. Both give the same Analysis: analyze() is pure.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyze, type AnalyzableArticle } from '../analyze/analyze.js';
import type { Analysis } from '../model.js';

export interface Analyzer {
  analyze(article: AnalyzableArticle): Promise<Analysis>;
  /** How many analyses it can usefully run at once. */
  readonly parallelism: number;
  close(): Promise<void>;
}

export const inlineAnalyzer: Analyzer = {
  analyze: (article) => Promise.resolve(analyze(article)),
  parallelism: 1,
  close: () => Promise.resolve(),
};

interface Pending {
  resolve(a: Analysis): void;
  reject(e: Error): void;
}

/** The JSON text each analysis from the worker pool was parsed from (the store keeps it as it is). */
const jsonOf = new WeakMap<Analysis, string>();

/** The JSON text of an analysis when the worker pool sent it as text, else undefined. */
export function analysisJson(analysis: Analysis): string | undefined {
  return jsonOf.get(analysis);
}

const WORKER_FILE = new URL('./analyze-worker.js', import.meta.url);

/**
 * A pool of `threads` worker threads (default: one per core). Falls back to inline analysis when the compiled
 * worker is not there (running from TypeScript sources) or when one thread is asked for.
 */
export function createAnalyzer(threads = availableParallelism()): Analyzer {
  if (threads <= 1 || !existsSync(fileURLToPath(WORKER_FILE))) return inlineAnalyzer;
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_FILE));
  const load = workers.map(() => 0);
  const pending = new Map<number, Pending>();
  let next = 0;
  workers.forEach((w, i) => {
    w.on('message', (msg: { job: number; json?: string; error?: string }) => {
      load[i] = (load[i] ?? 1) - 1;
      const p = pending.get(msg.job);
      pending.delete(msg.job);
      if (!p) return;
      if (msg.json !== undefined) {
        const analysis = JSON.parse(msg.json) as Analysis;
        jsonOf.set(analysis, msg.json);
        p.resolve(analysis);
      } else p.reject(new Error(msg.error ?? 'analysis failed'));
    });
    w.on('error', (e) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
  });
  return {
    parallelism: threads,
    analyze(article) {
      const job = next++;
      // The least-loaded worker takes it (ties: the lowest index), so a slow article does not hold up others.
      let best = 0;
      for (let i = 1; i < workers.length; i++) if ((load[i] ?? 0) < (load[best] ?? 0)) best = i;
      load[best] = (load[best] ?? 0) + 1;
      return new Promise<Analysis>((resolve, reject) => {
        pending.set(job, { resolve, reject });
        workers[best]?.postMessage({
          job,
          article: {
            id: article.id,
            text: article.text,
            paragraphs: article.paragraphs,
            publishedAt: article.publishedAt ?? article.metadata?.publishedAt?.value ?? null,
          },
        });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
