// Per-host politeness: a request to a host starts no sooner than `minDelayMs` (or the host's robots.txt
// Crawl-delay, capped) after the previous request to that host started. Hosts do not wait for each other, and
// callers waiting for one host get their turns in the order they asked.

export interface PolitenessOptions {
  /** Least time between the starts of two requests to one host. */
  minDelayMs: number;
  /** Largest robots.txt Crawl-delay honoured, in milliseconds. Default 30 s. */
  maxCrawlDelayMs?: number;
  /** A monotonic clock in milliseconds (default performance.now). */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_MAX_CRAWL_DELAY_MS = 30_000;

interface HostState {
  /** When the last request to the host was let through. */
  lastStart: number;
  /** Settles when the last caller in line has had its turn. */
  tail: Promise<void>;
  waiting: number;
}

export class PolitenessScheduler {
  private readonly hosts = new Map<string, HostState>();
  private readonly minDelayMs: number;
  private readonly maxCrawlDelayMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: PolitenessOptions) {
    this.minDelayMs = Math.max(0, options.minDelayMs);
    this.maxCrawlDelayMs = options.maxCrawlDelayMs ?? DEFAULT_MAX_CRAWL_DELAY_MS;
    this.now = options.now ?? (() => performance.now());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** The gap kept between request starts for a host whose robots.txt asks for `crawlDelayMs` (or nothing). */
  gapFor(crawlDelayMs?: number | null): number {
    const crawl = crawlDelayMs && crawlDelayMs > 0 ? Math.min(crawlDelayMs, this.maxCrawlDelayMs) : 0;
    return Math.max(this.minDelayMs, crawl);
  }

  /** Resolves when a request to `host` may start; the caller must start it then. */
  acquire(host: string, crawlDelayMs?: number | null): Promise<void> {
    const state = this.stateOf(host.toLowerCase());
    const gap = this.gapFor(crawlDelayMs);
    state.waiting++;
    const turn = state.tail.then(async () => {
      for (let wait = state.lastStart + gap - this.now(); wait > 0; wait = state.lastStart + gap - this.now())
        await this.sleep(Math.ceil(wait));
      state.lastStart = this.now();
      state.waiting--;
    });
    state.tail = turn;
    return turn;
  }

  /** Waits for the host's turn, then runs `task`. */
  async run<T>(host: string, task: () => Promise<T>, crawlDelayMs?: number | null): Promise<T> {
    await this.acquire(host, crawlDelayMs);
    return task();
  }

  private stateOf(key: string): HostState {
    let state = this.hosts.get(key);
    if (!state) {
      this.prune();
      state = { lastStart: -Infinity, tail: Promise.resolve(), waiting: 0 };
      this.hosts.set(key, state);
    }
    return state;
  }

  /** Forgets hosts nobody waits for whose last request is older than any gap, once many hosts are known. */
  private prune(): void {
    if (this.hosts.size < 1000) return;
    const longest = Math.max(this.minDelayMs, this.maxCrawlDelayMs);
    const now = this.now();
    for (const [key, state] of this.hosts)
      if (state.waiting === 0 && now - state.lastStart > longest) this.hosts.delete(key);
  }
}
