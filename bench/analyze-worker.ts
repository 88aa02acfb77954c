// Worker for the analysis throughput bench: analyses the stories it is given and reports how long that took.
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../src/analyze/analyze.js';
import { paragraphSpans } from '../src/analyze/sentences.js';

const { texts } = workerData as { texts: { text: string; publishedAt: string | null }[] };
// Warm-up on a few texts (lexicons, wink model), not timed.
for (const { text, publishedAt } of texts.slice(0, 20))
  analyze({ id: 'warm', text, paragraphs: paragraphSpans(text), publishedAt });
const started = performance.now();
let sentences = 0;
for (const [i, { text, publishedAt }] of texts.entries())
  sentences += analyze({ id: String(i), text, paragraphs: paragraphSpans(text), publishedAt }).sentences
    .length;
parentPort?.postMessage({ ms: performance.now() - started, articles: texts.length, sentences });
