// Polling feeds on a schedule: each feed has its own next time, conditional GET through the store's FeedState
// (the ingest pipeline sends If-None-Match / If-Modified-Since), exponential backoff after failures, jitter so
// feeds do not fire together, and per-host politeness from the fetcher. New entries go through the same ingest
// pipeline as `storyline ingest`; an optional hook then links and synthesises them.
import type { IngestOutcome } from '../model.js';
import type { Fetcher } from '../ingest/http/fetcher.js';
import { ingestInputs } from '../pipeline/ingest.js';
import type { Store } from '../store/store.js';

export interface WatchOptions {
  /** The feed URLs to poll; called every round, so a list read from a file picks up new subscriptions. */
  feeds: () => string[];
  fetcher: Fetcher;
  maxBytes?: number;
  /** Time between two polls of one healthy feed. Default 10 minutes. */
  intervalMs?: number;
  /** Longest wait after repeated failures. Default 6 hours. */
  maxBackoffMs?: number;
  /** Each wait is multiplied by a random factor in [1 − jitter, 1 + jitter]. Default 0.2. */
  jitter?: number;
  /** Called with the ids of newly ingested articles (link them, synthesise their stories). */
  afterIngest?: (articleIds: string[]) => Promise<void>;
  onPoll?: (event: PollEvent) => void;
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface PollEvent {
  feed: string;
  status: 'new' | 'unchanged' | 'failed';
  ingested: number;
  failedEntries: number;
  reason: string | null;
  /** Consecutive failures of this feed so far. */
  failures: number;
  nextInMs: number;
}

interface FeedSchedule {
  nextAt: number;
  failures: number;
}

const DEFAULT_INTERVAL = 10 * 60_000;
const DEFAULT_MAX_BACKOFF = 6 * 3_600_000;

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The wait before the next poll: the interval when healthy, doubled per consecutive failure, capped, jittered. */
export function nextDelay(
  failures: number,
  options: { intervalMs: number; maxBackoffMs: number; jitter: number },
  random: () => number,
): number {
  const base =
    failures === 0 ? options.intervalMs : Math.min(options.maxBackoffMs, options.intervalMs * 2 ** failures);
  const factor = 1 + options.jitter * (2 * random() - 1);
  return Math.max(1000, Math.round(base * factor));
}

/** Whether an ingest run of a feed failed as a whole (the feed itself could not be fetched or read). */
function feedFailure(feed: string, outcomes: readonly IngestOutcome[]): string | null {
  const whole = outcomes.find((o) => o.status === 'failed' && o.origin === feed);
  return whole && whole.status === 'failed' ? `${whole.stage}: ${whole.reason}` : null;
}

export class FeedWatcher {
  private readonly schedule = new Map<string, FeedSchedule>();
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly timing: { intervalMs: number; maxBackoffMs: number; jitter: number };

  constructor(
    private readonly store: Store,
    private readonly options: WatchOptions,
  ) {
    this.now = options.now ?? (() => Date.now());
    this.random = options.random ?? Math.random;
    this.sleep = options.sleep ?? defaultSleep;
    this.timing = {
      intervalMs: options.intervalMs ?? DEFAULT_INTERVAL,
      maxBackoffMs: options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF,
      jitter: options.jitter ?? 0.2,
    };
  }

  /** Polls one feed now and schedules its next poll. */
  async poll(feed: string): Promise<PollEvent> {
    const entry = this.schedule.get(feed) ?? { nextAt: 0, failures: 0 };
    let outcomes: IngestOutcome[];
    try {
      outcomes = await ingestInputs([feed], this.store, {
        fetcher: this.options.fetcher,
        maxBytes: this.options.maxBytes,
      });
    } catch (e) {
      outcomes = [{ status: 'failed', origin: feed, stage: 'fetch', reason: (e as Error).message }];
    }
    const failure = feedFailure(feed, outcomes);
    entry.failures = failure ? entry.failures + 1 : 0;
    const ingested = outcomes.flatMap((o) => (o.status === 'ingested' ? [o.id] : []));
    if (ingested.length && this.options.afterIngest) await this.options.afterIngest(ingested);
    const wait = nextDelay(entry.failures, this.timing, this.random);
    entry.nextAt = this.now() + wait;
    this.schedule.set(feed, entry);
    const event: PollEvent = {
      feed,
      status: failure ? 'failed' : ingested.length ? 'new' : 'unchanged',
      ingested: ingested.length,
      failedEntries: outcomes.filter((o) => o.status === 'failed' && o.origin !== feed).length,
      reason: failure,
      failures: entry.failures,
      nextInMs: wait,
    };
    this.options.onPoll?.(event);
    return event;
  }

  /** Polls every feed that is due; returns the events and the time until the next feed is due. */
  async round(): Promise<{ events: PollEvent[]; nextInMs: number }> {
    const feeds = [...new Set(this.options.feeds())];
    for (const known of [...this.schedule.keys()]) if (!feeds.includes(known)) this.schedule.delete(known);
    const events: PollEvent[] = [];
    for (const feed of feeds) {
      const due = this.schedule.get(feed)?.nextAt ?? 0;
      if (due <= this.now()) events.push(await this.poll(feed));
    }
    const next = Math.min(
      ...feeds.map((f) => this.schedule.get(f)?.nextAt ?? 0),
      this.now() + this.timing.intervalMs,
    );
    return { events, nextInMs: Math.max(0, next - this.now()) };
  }

  /** Runs rounds until the signal aborts. New feeds in the list are polled within a minute. */
  async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const { nextInMs } = await this.round();
      await this.sleep(Math.min(nextInMs, 60_000), signal);
    }
  }

  /** Consecutive failures of a feed (0 when healthy or unknown). */
  failures(feed: string): number {
    return this.schedule.get(feed)?.failures ?? 0;
  }
}
