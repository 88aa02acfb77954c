// Web throughput and latency on loopback (autocannon): the story page and the stories API, on the store the
// stream benchmark linked from the Reuters stream (its story views synthesised first); without the data, on a
// store of generated fixture stories.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import type { Row } from '../src/eval/scoreboard.js';
import type { WebServerData, WebServerReady } from './web-server.js';

const FIXTURE_STORIES = 2000;

function randomPath(ids: string[], prefix: string): (req: { path: string }) => { path: string } {
  return (req) => ({ ...req, path: `${prefix}${ids[Math.floor(Math.random() * ids.length)]}` });
}

export interface WebBenchOptions {
  /** A SQLite store linked from the Reuters stream (kept by the stream benchmark); fixtures without it. */
  reutersStore?: string;
}

export async function webBenchRows(options: WebBenchOptions = {}): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-web-'));
  const reuters = options.reutersStore !== undefined && existsSync(options.reutersStore);
  const serverData: WebServerData = reuters
    ? { mode: 'reuters', location: options.reutersStore! }
    : { mode: 'fixtures', location: join(dir, 'bench.db'), stories: FIXTURE_STORIES };
  const worker = new Worker(new URL('./web-server.js', import.meta.url), { workerData: serverData });
  try {
    const ready = await new Promise<WebServerReady>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    const url = `http://127.0.0.1:${ready.port}`;
    const storyPath = randomPath(ready.ids, '/stories/');
    // Warm up (JIT, the heap left by seeding), saturate, then the steady target load: 200 requests/s for 10 s
    // from 4 connections (autocannon paces each connection; fewer connections send smaller bursts).
    await autocannon({ url, connections: 10, duration: 5, requests: [{ setupRequest: storyPath }] });
    const flat = await autocannon({
      url,
      connections: 10,
      duration: 8,
      requests: [{ setupRequest: storyPath }],
    });
    const paced = await autocannon({
      url,
      connections: 4,
      duration: 10,
      overallRate: 200,
      requests: [{ setupRequest: storyPath }],
    });
    const pacedLargest = await autocannon({
      url,
      connections: 4,
      duration: 10,
      overallRate: 200,
      requests: [{ setupRequest: randomPath(ready.largest, '/stories/') }],
    });
    const api = await autocannon({
      url,
      connections: 10,
      duration: 8,
      requests: [{ setupRequest: randomPath(ready.ids, '/api/stories/') }],
    });
    const list = await autocannon({
      url,
      connections: 10,
      duration: 5,
      requests: [{ path: '/api/stories?limit=25' }],
    });
    const failures = (r: Awaited<ReturnType<typeof autocannon>>) => r.non2xx + r.errors + r.timeouts;
    const dataset = reuters
      ? 'stream/reuters21578 (linked store)'
      : `generated/${FIXTURE_STORIES}-fixture-stories`;
    const setup = reuters
      ? `${ready.ids.length} stories / ${ready.articles} articles in SQLite, linked by bench.stream; ${ready.viewsBuilt} story views synthesised in ${ready.prepareSeconds.toFixed(1)} s; server in its own thread`
      : `${ready.ids.length} fixture stories / ${ready.articles} articles in SQLite (Reuters data or bench.stream not run; seeded in ${ready.prepareSeconds.toFixed(1)} s); server in its own thread`;
    return [
      {
        id: 'bench.web.story_p99_ms',
        dataset,
        value: paced.latency.p99,
        target: '< 50',
        unit: 'ms',
        note: `random story pages at 200 req/s for 10 s: p50 ${paced.latency.p50} ms, p99 ${paced.latency.p99} ms, max ${paced.latency.max} ms, ${paced.requests.total} requests, ${failures(paced)} failed; the 100 largest stories at 200 req/s: p50 ${pacedLargest.latency.p50} ms, p99 ${pacedLargest.latency.p99} ms, ${failures(pacedLargest)} failed; ${setup}`,
        details: {
          latency: paced.latency,
          total: paced.requests.total,
          failed: failures(paced),
          largest: { latency: pacedLargest.latency, failed: failures(pacedLargest) },
        },
      },
      {
        id: 'bench.web.story_rps',
        dataset,
        value: flat.requests.average,
        target: '>= 200',
        unit: 'req/s',
        note: `story page, 10 connections, 8 s: p99 ${flat.latency.p99} ms, ${failures(flat)} failed`,
        details: { latency: flat.latency, total: flat.requests.total, failed: failures(flat) },
      },
      {
        id: 'bench.web.api_story_rps',
        dataset,
        value: api.requests.average,
        unit: 'req/s',
        note: `GET /api/stories/:id (StoryView JSON), 10 connections, 8 s: p99 ${api.latency.p99} ms, ${failures(api)} failed`,
      },
      {
        id: 'bench.web.api_stories_list_rps',
        dataset,
        value: list.requests.average,
        unit: 'req/s',
        note: `GET /api/stories?limit=25, 10 connections, 5 s: p99 ${list.latency.p99} ms, ${failures(list)} failed`,
      },
    ];
  } finally {
    worker.postMessage('stop');
    await new Promise((r) => setTimeout(r, 200));
    await worker.terminate();
    rmSync(dir, { recursive: true, force: true });
  }
}
