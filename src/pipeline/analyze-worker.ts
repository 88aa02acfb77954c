// A worker thread of the analysis pool: analyses the articles it is sent, or cleans and analyses the documents it is
// sent, and posts each result back.
import { parentPort } from 'node:worker_threads';
import { analyze, type AnalyzableArticle } from '../analyze/analyze.js';
import type { SourceDocument } from '../ingest/source-document.js';
import type { WorkerReply } from './analyzer.js';
import { prepareArticle } from './prepare-article.js';

type Job = { job: number; article: AnalyzableArticle } | { job: number; doc: SourceDocument; now: string };

parentPort?.on('message', (msg: Job) => {
  let reply: WorkerReply;
  try {
    reply =
      'doc' in msg
        ? { job: msg.job, prepared: prepareArticle(msg.doc, new Date(msg.now)) }
        : { job: msg.job, analysis: analyze(msg.article) };
  } catch (e) {
    reply = { job: msg.job, error: errorMessage(e) };
  }
  try {
    parentPort?.postMessage(reply);
  } catch (e) {
    // A result that cannot be sent (it holds something that does not clone) fails this job, not the worker.
    parentPort?.postMessage({ job: msg.job, error: `could not send the result: ${errorMessage(e)}` });
  }
});

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
