// A small in-process token bucket per client address, for writes and search. Not shared between processes:
// a front proxy should limit too when several servers run.

export interface RateLimitOptions {
  /** Tokens a client may spend at once. */
  burst: number;
  /** Tokens given back per second. */
  perSecond: number;
  /** Buckets kept at most (the least recently used are forgotten first). */
  maxClients?: number;
  now?: () => number;
}

export interface RateDecision {
  allowed: boolean;
  /** Seconds until one token is back, when refused. */
  retryAfter: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly now: () => number;

  constructor(private readonly options: RateLimitOptions) {
    this.now = options.now ?? (() => Date.now());
  }

  take(client: string): RateDecision {
    const now = this.now();
    const { burst, perSecond } = this.options;
    const bucket = this.buckets.get(client) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    if (this.buckets.size > (this.options.maxClients ?? 10_000)) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfter: 0 };
    }
    return { allowed: false, retryAfter: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)) };
  }
}
