// robots.txt, per origin: fetched once, parsed with robots-parser, cached for a while, and asked before every
// request. A missing robots.txt (4xx) allows everything; an unreachable one (5xx, network error) allows
// everything too, but the error is kept so that it can be reported.
import robotsParserModule from 'robots-parser';

// robots-parser is CommonJS (module.exports = function) but its types declare a default export: accept both.
type RobotsParser = typeof robotsParserModule.default;
const robotsParser: RobotsParser =
  typeof robotsParserModule === 'function'
    ? (robotsParserModule as RobotsParser)
    : robotsParserModule.default;

/** Fetches the text of a robots.txt URL. Errors with a numeric `status` (e.g. FetchError) are HTTP errors. */
export type RobotsTxtSource = (robotsUrl: string) => Promise<string>;

export interface RobotsOptions {
  fetchRobotsTxt: RobotsTxtSource;
  /** How long a fetched robots.txt is used. Default one hour. */
  ttlMs?: number;
  /** How long a failure to fetch robots.txt (5xx, network) is remembered. Default ten minutes (at most ttlMs). */
  errorTtlMs?: number;
  now?: () => number;
}

export interface RobotsVerdict {
  allowed: boolean;
  robotsUrl: string;
  /** The robots.txt line of the rule that decided, when one did. */
  line: number | null;
  /** Crawl-delay for the user agent, in milliseconds, when robots.txt sets one. */
  crawlDelayMs: number | null;
  /** Why robots.txt could not be read (everything is then allowed), else null. */
  error: string | null;
}

type Robot = ReturnType<RobotsParser>;

interface Entry {
  robotsUrl: string;
  robot: Robot | null;
  error: string | null;
  expires: number;
}

export const DEFAULT_ROBOTS_TTL_MS = 60 * 60 * 1000;

export class RobotsCache {
  private readonly entries = new Map<string, Promise<Entry>>();
  private readonly ttlMs: number;
  private readonly errorTtlMs: number;
  private readonly now: () => number;

  constructor(private readonly options: RobotsOptions) {
    this.ttlMs = options.ttlMs ?? DEFAULT_ROBOTS_TTL_MS;
    this.errorTtlMs = Math.min(options.errorTtlMs ?? 10 * 60 * 1000, this.ttlMs);
    this.now = options.now ?? Date.now;
  }

  /** Whether robots.txt of the URL's origin lets `userAgent` fetch it, and why. */
  async check(url: string, userAgent: string): Promise<RobotsVerdict> {
    const entry = await this.entryFor(url);
    const agent = productToken(userAgent);
    const base = { robotsUrl: entry.robotsUrl, error: entry.error };
    if (!entry.robot) return { ...base, allowed: true, line: null, crawlDelayMs: null };
    const allowed = entry.robot.isAllowed(url, agent) ?? true;
    const line = entry.robot.getMatchingLineNumber(url, agent);
    const delay = entry.robot.getCrawlDelay(agent);
    return {
      ...base,
      allowed,
      line: line > 0 ? line : null,
      crawlDelayMs: typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? delay * 1000 : null,
    };
  }

  async isAllowed(url: string, userAgent: string): Promise<boolean> {
    return (await this.check(url, userAgent)).allowed;
  }

  /** The remembered error for the URL's origin (5xx, network), if its robots.txt has been asked for and failed. */
  async errorFor(url: string): Promise<string | null> {
    return (await this.entryFor(url)).error;
  }

  clear(): void {
    this.entries.clear();
  }

  private entryFor(url: string): Promise<Entry> {
    const robotsUrl = robotsTxtUrl(url);
    const cached = this.entries.get(robotsUrl);
    if (!cached) return this.refresh(robotsUrl);
    return cached.then((entry) => {
      if (entry.expires > this.now()) return entry;
      // Several callers may find the same expired entry: only the first fetches again.
      const current = this.entries.get(robotsUrl);
      return current && current !== cached ? current : this.refresh(robotsUrl);
    });
  }

  private refresh(robotsUrl: string): Promise<Entry> {
    this.prune();
    const pending = this.load(robotsUrl);
    this.entries.set(robotsUrl, pending);
    return pending;
  }

  private async load(robotsUrl: string): Promise<Entry> {
    try {
      const text = await this.options.fetchRobotsTxt(robotsUrl);
      return {
        robotsUrl,
        robot: robotsParser(robotsUrl, text),
        error: null,
        expires: this.now() + this.ttlMs,
      };
    } catch (e) {
      const status = (e as { status?: unknown }).status;
      if (typeof status === 'number' && status >= 400 && status < 500)
        return { robotsUrl, robot: null, error: null, expires: this.now() + this.ttlMs };
      const message = e instanceof Error ? e.message : String(e);
      return { robotsUrl, robot: null, error: message, expires: this.now() + this.errorTtlMs };
    }
  }

  /** Drops settled, expired entries once the cache holds many origins. */
  private prune(): void {
    if (this.entries.size < 1000) return;
    const now = this.now();
    for (const [key, pending] of this.entries)
      void pending.then((entry) => {
        if (entry.expires <= now && this.entries.get(key) === pending) this.entries.delete(key);
      });
  }
}

/** The robots.txt URL for the origin of `url`. */
export function robotsTxtUrl(url: string): string {
  return new URL('/robots.txt', url).href;
}

/** The product token robots.txt groups are matched against: "Storyline/0.1 (+...)" → "Storyline". */
export function productToken(userAgent: string): string {
  return userAgent.trim().split(/[/\s]/)[0] || '*';
}
