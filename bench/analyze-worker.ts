// Worker for the analysis throughput bench: analyses the stories it is given and reports how long that took.
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../src/analyze/analyze.js';
import { paragraphSpans } from '../src/analyze/sentences.js';

const { texts } = workerData as { texts: string[] };
// Warm-up on a few texts (lexicons, wink model), not timed.
for (const text of texts.slice(0, 20)) analyze({ id: 'warm', text, paragraphs: paragraphSpans(text) });
const started = performance.now();
let sentences = 0;
for (const [i, text] of texts.entries())
  sentences += analyze({ id: String(i), text, paragraphs: paragraphSpans(text) }).sentences.length;
parentPort?.postMessage({ ms: performance.now() - started, articles: texts.length, sentences });
