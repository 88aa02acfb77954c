import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite-store.js';
import { buildServer } from '../server/app.js';
import { articleHtml, FakeFetcher, rssFeed } from './fake-fetcher.js';
import { FeedWatcher, nextDelay } from './watcher.js';

const FEED = 'https://coastnews.example/feed.xml';

function page(n: number): string {
  return articleHtml(
    `Tide gauge ${n} records a new high`,
    [
      `The tide gauge at pier ${n} recorded its highest level in forty years on Sunday, the harbour office said.`,
      'Engineers will inspect the sea wall this week and report to the council before the spring tides arrive.',
      'Residents near the quay were asked to move cars from low streets overnight as a precaution.',
    ],
    'Coast News',
  );
}

describe('FeedWatcher', () => {
  it('ingests new entries, uses conditional GET, backs off on failures, and a running server shows new articles', async () => {
    const store = openSqliteStore(':memory:');
    const app = buildServer(store);
    const fetcher = new FakeFetcher();
    let clock = 1_000_000;
    const ingestedIds: string[] = [];
    const watcher = new FeedWatcher(store, {
      feeds: () => [FEED],
      fetcher,
      intervalMs: 60_000,
      maxBackoffMs: 600_000,
      jitter: 0,
      now: () => clock,
      afterIngest: async (ids) => {
        ingestedIds.push(...ids);
      },
    });
    const item = (n: number) => ({
      title: `Tide gauge ${n}`,
      link: `https://coastnews.example/a/${n}`,
      date: '2026-02-01T10:00:00Z',
    });
    fetcher.responses.set(FEED, {
      body: rssFeed('Coast News', [item(1)]),
      contentType: 'application/rss+xml',
      etag: '"v1"',
    });
    fetcher.responses.set(item(1).link, { body: page(1), contentType: 'text/html' });
    fetcher.responses.set(item(2).link, { body: page(2), contentType: 'text/html' });

    const first = await watcher.round();
    expect(first.events).toMatchObject([{ status: 'new', ingested: 1, failures: 0, nextInMs: 60_000 }]);
    expect(ingestedIds).toHaveLength(1);
    expect((await app.inject('/articles')).body).toContain('Tide gauge 1 records a new high');

    // Not due yet: nothing fetched.
    expect((await watcher.round()).events).toEqual([]);

    // Due, unchanged: a conditional GET answered 304.
    clock += 60_000;
    const second = await watcher.round();
    expect(second.events[0]?.status).toBe('unchanged');
    expect(fetcher.requests.filter((r) => r.url === FEED).at(-1)?.etag).toBe('"v1"');

    // The feed gains an entry: it appears in the running server without a restart.
    fetcher.responses.set(FEED, {
      body: rssFeed('Coast News', [item(2), item(1)]),
      contentType: 'application/rss+xml',
      etag: '"v2"',
    });
    clock += 60_000;
    expect((await watcher.round()).events[0]).toMatchObject({ status: 'new', ingested: 1 });
    expect((await app.inject('/articles')).body).toContain('Tide gauge 2 records a new high');

    // Failures back off exponentially, capped; a success resets.
    fetcher.failing.add(FEED);
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      clock += 10_000_000;
      const e = (await watcher.round()).events[0]!;
      expect(e.status).toBe('failed');
      waits.push(e.nextInMs);
    }
    expect(waits).toEqual([120_000, 240_000, 480_000, 600_000, 600_000]);
    fetcher.failing.delete(FEED);
    clock += 10_000_000;
    expect((await watcher.round()).events[0]).toMatchObject({
      status: 'unchanged',
      failures: 0,
      nextInMs: 60_000,
    });
    await app.close();
    await store.close();
  });

  it('spreads polls with jitter', () => {
    const timing = { intervalMs: 100_000, maxBackoffMs: 1_000_000, jitter: 0.2 };
    expect(nextDelay(0, timing, () => 0)).toBe(80_000);
    expect(nextDelay(0, timing, () => 1)).toBe(120_000);
    expect(nextDelay(1, timing, () => 0.5)).toBe(200_000);
  });
});
