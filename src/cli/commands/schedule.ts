// `storyline schedule <feeds...>`: schedule feed polls as jobs in the PostgreSQL queue, so any worker can poll; each
// poll schedules the next one. Adding a feed again replaces its pending poll (one chain per feed).
import { addPipelineJob, queueUtils } from '../../queue/enqueue-inputs.js';
import { openPostgresStore } from '../../store/postgres-store.js';
import { dbPath, isPostgresUrl, parsePositive, shownLocation } from '../context.js';

export async function runSchedule(feeds: string[], o: { db?: string; every?: string }): Promise<void> {
  const location = dbPath(o.db);
  if (!isPostgresUrl(location))
    throw new Error(
      `storyline schedule needs a PostgreSQL store (--db postgres://…), not ${shownLocation(location)}`,
    );
  const everySeconds = parsePositive(o.every ?? '900', '--every');
  const bad = feeds.filter((f) => !/^https?:\/\//i.test(f));
  if (bad.length) throw new Error(`feeds must be http(s) URLs: ${bad.join(', ')}`);
  const store = await openPostgresStore(location, { max: 2 });
  try {
    const utils = await queueUtils(store);
    try {
      for (const url of feeds) await addPipelineJob(utils, 'poll-feed', { url, everySeconds });
    } finally {
      await utils.release();
    }
  } finally {
    await store.close();
  }
  process.stdout.write(
    `scheduled ${feeds.length} feed poll(s) every ${everySeconds} s (store: ${shownLocation(location)})\n`,
  );
}
