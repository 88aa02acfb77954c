import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.js';

describe('RateLimiter', () => {
  it('allows a burst, refuses the next request with a retry time, and refills over time', () => {
    let t = 0;
    const limiter = new RateLimiter({ burst: 3, perSecond: 0.5, now: () => t });
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfter: 2 });
    expect(limiter.take('b').allowed).toBe(true);
    t = 2000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('forgets the least recently seen clients beyond its capacity', () => {
    const limiter = new RateLimiter({ burst: 1, perSecond: 0.001, maxClients: 2, now: () => 0 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    expect(limiter.take('a').allowed).toBe(true);
  });
});
