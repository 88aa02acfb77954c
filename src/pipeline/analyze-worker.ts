// A worker thread of the analysis pool: analyses the articles it is sent and posts each analysis back.
import { parentPort } from 'node:worker_threads';
import { analyze, type AnalyzableArticle } from '../analyze/analyze.js';

parentPort?.on('message', (msg: { job: number; article: AnalyzableArticle }) => {
  try {
    parentPort?.postMessage({ job: msg.job, analysis: analyze(msg.article) });
  } catch (e) {
    parentPort?.postMessage({ job: msg.job, error: (e as Error).message });
  }
});
