// A worker thread of the analysis pool: analyses the articles it is sent and posts each analysis back.
import { parentPort } from 'node:worker_threads';
import { analyze, type AnalyzableArticle } from '../analyze/analyze.js';

// The analysis goes back as its JSON text: one string is far cheaper to send than the object graph, and the
// store keeps that very text.
parentPort?.on('message', (msg: { job: number; article: AnalyzableArticle }) => {
  let reply: { job: number; json?: string; error?: string };
  try {
    reply = { job: msg.job, json: JSON.stringify(analyze(msg.article)) };
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
