// The server side of the web benchmark, in its own thread so that load generation does not share its event loop:
// a store of generated fixture stories (each a made-up port's ferry strike, 4 articles, a StoryView), served.
import { parentPort, workerData } from 'node:worker_threads';
import { buildServer } from '../src/server/app.js';
import { ferryStrikeFixture } from '../src/server/fixtures/ferry-strike.js';
import { seedStoryFixture } from '../src/server/fixtures/seed.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';

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

const { stories, location } = workerData as { stories: number; location: string };
const store = openSqliteStore(location);
const started = performance.now();
const ids: string[] = [];
for (let i = 0; i < stories; i++) {
  const id = `sbench${i}`;
  await seedStoryFixture(store, ferryStrikeFixture(id, { town: townName(i), shiftDays: -(i % 90) }), {
    analyze: false,
  });
  ids.push(id);
}
const seedSeconds = (performance.now() - started) / 1000;
const app = buildServer(store);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
parentPort!.postMessage({ port, ids, seedSeconds, articles: await store.countArticles() });
parentPort!.on('message', (m) => {
  if (m === 'stop')
    void app
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
});
