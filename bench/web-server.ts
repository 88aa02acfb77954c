// The server side of the web benchmark, in its own thread so that load generation does not share its event loop.
// It serves either a store linked from the Reuters stream (its story views synthesised first, as the story
// updater would have) or, without the data, a store of generated fixture stories (each a made-up port's ferry
// strike, 4 articles, a StoryView).
import { parentPort, workerData } from 'node:worker_threads';
import { buildServer } from '../src/server/app.js';
import { ferryStrikeFixture } from '../src/server/fixtures/ferry-strike.js';
import { seedStoryFixture } from '../src/server/fixtures/seed.js';
import type { Store } from '../src/store/store.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { rebuildStoryView } from '../src/story/rebuild-views.js';
import { SYNTHESIS_VERSION } from '../src/story/synthesize.js';

const SYLLABLES = [
  'vel',
  'ost',
  'kes',
  'mar',
  'tarn',
  'hal',
  'rim',
  'skel',
  'brack',
  'east',
  'low',
  'norr',
  'pel',
  'quel',
];
const ENDINGS = [
  'bridge',
  'havn',
  'by',
  'quay',
  'sund',
  'bay',
  'fjord',
  'port',
  'water',
  'mere',
  'strand',
  'vik',
];

function townName(i: number): string {
  const a = SYLLABLES[i % SYLLABLES.length]!;
  const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]!;
  const c = ENDINGS[Math.floor(i / (SYLLABLES.length * SYLLABLES.length)) % ENDINGS.length]!;
  const name = `${a}${b}${c}`;
  return name[0]!.toUpperCase() + name.slice(1);
}

export interface WebServerData {
  /** 'reuters': serve the linked store at `location`; 'fixtures': seed `stories` fixture stories there. */
  mode: 'reuters' | 'fixtures';
  location: string;
  stories?: number;
}

export interface WebServerReady {
  port: number;
  /** Every story id, and the ids of the largest stories (most articles). */
  ids: string[];
  largest: string[];
  articles: number;
  /** Seconds spent seeding fixtures or synthesising the views that were missing. */
  prepareSeconds: number;
  viewsBuilt: number;
}

async function seedFixtures(store: Store, count: number): Promise<number> {
  for (let i = 0; i < count; i++) {
    await seedStoryFixture(
      store,
      ferryStrikeFixture(`sbench${i}`, { town: townName(i), shiftDays: -(i % 90) }),
      {
        analyze: false,
      },
    );
  }
  return count;
}

/** Synthesises the stories whose stored view is missing or out of date; returns how many it built. */
async function synthesiseMissingViews(store: Store, ids: readonly string[]): Promise<number> {
  let built = 0;
  for (const id of ids) {
    const view = await store.getStoryView(id);
    if (view?.version === SYNTHESIS_VERSION) continue;
    await rebuildStoryView(store, id);
    built++;
  }
  return built;
}

const data = workerData as WebServerData;
const store = openSqliteStore(data.location);
const started = performance.now();
let viewsBuilt = 0;
if (data.mode === 'fixtures') viewsBuilt = await seedFixtures(store, data.stories ?? 2000);
const stories = await store.listStories({ limit: 1_000_000 });
const ids = stories.map((s) => s.id);
if (data.mode === 'reuters') viewsBuilt = await synthesiseMissingViews(store, ids);
const largest = [...stories]
  .sort((a, b) => b.articleCount - a.articleCount || a.id.localeCompare(b.id))
  .slice(0, 100)
  .map((s) => s.id);
const prepareSeconds = (performance.now() - started) / 1000;
const app = buildServer(store);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const ready: WebServerReady = {
  port,
  ids,
  largest,
  articles: await store.countArticles(),
  prepareSeconds,
  viewsBuilt,
};
parentPort!.postMessage(ready);
parentPort!.on('message', (m) => {
  if (m === 'stop')
    void app
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
});
