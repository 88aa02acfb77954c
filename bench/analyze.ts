// Analysis throughput on the Reuters-21578 stream, using every core (one worker thread per core).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readReuters, reutersFolder } from '../src/eval/readers/reuters21578.js';
import type { Row } from '../src/eval/scoreboard.js';

const DATASET = 'stream/reuters21578';

function runWorker(
  texts: { text: string; publishedAt: string | null }[],
): Promise<{ ms: number; articles: number; sentences: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./analyze-worker.js', import.meta.url), { workerData: { texts } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

export async function analyzeBenchRows(root: string): Promise<Row[]> {
  const stories = readReuters(root);
  if (stories.length === 0)
    return [
      {
        id: 'bench.analyze.articles_per_s',
        dataset: DATASET,
        value: null,
        note: `data missing: ${reutersFolder(root)}`,
      },
    ];
  const texts = stories.map((s) => ({ text: s.text, publishedAt: s.date }));
  const cores = availableParallelism();
  const shares = Array.from({ length: cores }, (_, w) => texts.filter((_, i) => i % cores === w));
  const started = performance.now();
  const results = await Promise.all(shares.map(runWorker));
  const wall = (performance.now() - started) / 1000;
  const slowest = Math.max(...results.map((r) => r.ms)) / 1000;
  const perCore = results.map((r) => r.articles / (r.ms / 1000));
  const rss = process.resourceUsage().maxRSS / 1024;
  return [
    {
      id: 'bench.analyze.articles_per_s',
      dataset: DATASET,
      value: texts.length / slowest,
      target: '>= 300',
      unit: 'articles/s',
      note: `${texts.length} articles on ${cores} worker threads; per thread ${perCore.map((r) => r.toFixed(0)).join(' / ')} articles/s; wall ${wall.toFixed(1)} s incl. start-up; peak RSS ${rss.toFixed(0)} MB`,
      details: { articles: texts.length, cores, perThread: perCore, wallSeconds: wall, peakRssMb: rss },
    },
  ];
}
