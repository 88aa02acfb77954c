import { describe, expect, it } from 'vitest';
import { PolitenessScheduler } from './politeness.js';

/** A fake clock: sleeping advances it, so tests are exact and instant. */
function fakeClock() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
  };
}

describe('PolitenessScheduler', () => {
  it('spaces the starts of requests to one host by minDelayMs, in the order asked', async () => {
    const clock = fakeClock();
    const scheduler = new PolitenessScheduler({ minDelayMs: 1000, now: clock.now, sleep: clock.sleep });
    const starts: [string, number][] = [];
    await Promise.all(
      ['a1', 'a2', 'a3'].map((name) =>
        scheduler.acquire('a.test').then(() => starts.push([name, clock.now()])),
      ),
    );
    expect(starts).toEqual([
      ['a1', 0],
      ['a2', 1000],
      ['a3', 2000],
    ]);
  });

  it('honours a robots.txt Crawl-delay above minDelayMs, capped', async () => {
    const clock = fakeClock();
    const scheduler = new PolitenessScheduler({
      minDelayMs: 100,
      maxCrawlDelayMs: 30_000,
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(scheduler.gapFor(null)).toBe(100);
    expect(scheduler.gapFor(5000)).toBe(5000);
    expect(scheduler.gapFor(3_600_000)).toBe(30_000);
    await scheduler.acquire('a.test', 5000);
    await scheduler.acquire('a.test', 5000);
    expect(clock.now()).toBe(5000);
  });

  it('does not make other hosts wait, with real timers', async () => {
    const scheduler = new PolitenessScheduler({ minDelayMs: 60 });
    const order: string[] = [];
    const go = (host: string, name: string) =>
      scheduler.run(host, async () => {
        order.push(name);
      });
    await Promise.all([
      go('a.test', 'a1'),
      go('a.test', 'a2'),
      go('a.test', 'a3'),
      go('b.test', 'b1'),
      go('b.test', 'b2'),
    ]);
    expect(order.filter((n) => n.startsWith('a'))).toEqual(['a1', 'a2', 'a3']);
    expect(order.filter((n) => n.startsWith('b'))).toEqual(['b1', 'b2']);
    // b1 starts at once, without waiting behind a.test's queue.
    expect(order.indexOf('b1')).toBeLessThan(order.indexOf('a2'));
    // The spacing itself is checked exactly on the fake clock above, not against a busy machine's timers.
  });

  it('lets requests through at once when minDelayMs is 0', async () => {
    const clock = fakeClock();
    const scheduler = new PolitenessScheduler({ minDelayMs: 0, now: clock.now, sleep: clock.sleep });
    await Promise.all([
      scheduler.acquire('a.test'),
      scheduler.acquire('a.test'),
      scheduler.acquire('a.test'),
    ]);
    expect(clock.sleeps).toEqual([]);
  });
});
