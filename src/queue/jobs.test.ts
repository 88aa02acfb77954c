import { describe, expect, it } from 'vitest';
import { jobSpec, LINK_QUEUE } from './jobs.js';
import { withBackoff } from './run-worker.js';

describe('jobSpec', () => {
  it('runs links in one serial queue with one pending job', () => {
    expect(jobSpec('link', {})).toMatchObject({ queueName: LINK_QUEUE, jobKey: 'link' });
  });

  it('runs links after the per-article jobs already waiting', () => {
    expect(jobSpec('link', {}).priority).toBeGreaterThan(
      jobSpec('extract', { doc: {} as never }).priority ?? 0,
    );
  });

  it('coalesces synthesis per story and polls per feed', () => {
    expect(jobSpec('synthesize', { storyId: 's1' }).jobKey).toBe('synthesize:s1');
    expect(jobSpec('synthesize', { storyId: 's2' }).jobKey).not.toBe(
      jobSpec('synthesize', { storyId: 's1' }).jobKey,
    );
    expect(jobSpec('poll-feed', { url: 'https://f/rss', everySeconds: 60 }).jobKey).toBe(
      'poll-feed:https://f/rss',
    );
  });

  it('lets per-article jobs run anywhere, in parallel', () => {
    expect(jobSpec('analyze', { articleId: 'a' })).toEqual({ maxAttempts: 5 });
  });
});

describe('withBackoff', () => {
  it('retries until the attempt succeeds, reporting each wait', async () => {
    let calls = 0;
    const waits: number[] = [];
    const result = await withBackoff(
      async () => {
        if (++calls < 3) throw new Error('down');
        return 'up';
      },
      (_e, wait) => waits.push(wait),
    );
    expect(result).toBe('up');
    expect(waits).toEqual([500, 1000]);
  });

  it('gives up after its deadline with the last error', async () => {
    await expect(
      withBackoff(
        () => Promise.reject(new Error('still down')),
        () => {},
        100,
      ),
    ).rejects.toThrow('still down');
  });
});
