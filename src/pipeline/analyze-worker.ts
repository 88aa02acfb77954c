// A worker thread of the analysis pool: analyses the articles it is sent and posts each analysis back.
import { parentPort } from 'node:worker_threads';
import { analyze, type AnalyzableArticle } from '../analyze/analyze.js';

parentPort?.on('message', (msg: { job: number; article: AnalyzableArticle }) => {
  let reply: { job: number; analysis?: unknown; error?: string };
  try {
    reply = { job: msg.job, analysis: analyze(msg.article) };
  } catch (e) {
    reply = { job: msg.job, error: errorMessage(e) };
  }
  try {
    parentPort?.postMessage(reply);
  } catch (e) {
    // An analysis that cannot be sent (it holds something that does not clone) fails this job, not the worker.
    parentPort?.postMessage({ job: msg.job, error: `could not send the analysis: ${errorMessage(e)}` });
  }
});

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
