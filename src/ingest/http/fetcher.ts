// The HTTP client for article pages, feeds and robots.txt: node:http(s) with a guarded DNS lookup on every hop,
// redirects re-checked hop by hop, robots.txt and per-host politeness, compressed bodies capped as they stream,
// conditional GET, and text decoded by the page's charset. Every failure is a FetchError naming the URL.
import {
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Transform, Writable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import { assertPublicHost, createGuardedLookup, PrivateAddressError } from './address-guard.js';
import { decodeBytes, DecodeError, looksBinary, parseContentType, type DecodeKind } from './decode.js';
import { PolitenessScheduler } from './politeness.js';
import { productToken, RobotsCache } from './robots.js';

export interface FetcherOptions {
  userAgent?: string;
  /** Limit for one HTTP exchange (each redirect hop): connecting, headers and the whole body. Default 20 s. */
  timeoutMs?: number;
  /** Limit for DNS lookup plus TCP connect. Default 10 s (at most timeoutMs). */
  connectTimeoutMs?: number;
  /** Largest body accepted, counted after decompression. Default 10 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Allow loopback, private, link-local, ... addresses. Default false. */
  allowPrivate?: boolean;
  /** Least time between the starts of two requests to one host. Default 1000 ms. */
  politenessMs?: number;
  /** The politeness clock (default: real time); tests pass a fake one. */
  politenessClock?: { now: () => number; sleep: (ms: number) => Promise<void> };
  /** Ask robots.txt before each request. Default true. */
  respectRobots?: boolean;
}

export interface FetchOptions {
  /** The Accept header; by default one suited to `kind`. */
  accept?: string;
  /** What is expected; guides Accept and decoding when the Content-Type does not say. */
  kind?: DecodeKind;
  /** Validators from an earlier fetch, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
  /** Do not consult robots.txt (used to fetch robots.txt itself). */
  skipRobots?: boolean;
}

export interface FetchResult {
  /** The URL as asked for. */
  requestedUrl: string;
  /** The final URL, after redirects. */
  url: string;
  status: number;
  /** Response headers, lower-cased names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The server answered 304 Not Modified to a conditional GET: bytes and text are empty. */
  notModified: boolean;
  /** The body, decompressed. */
  bytes: Buffer;
  /** The body decoded to text ("" when notModified). */
  text: string;
  /** The bare media type, e.g. "text/html", or null without a Content-Type. */
  mediaType: string | null;
  /** The charset the text was decoded with (WHATWG name, e.g. "utf-8"); "" when notModified. */
  charset: string;
  etag: string | null;
  lastModified: string | null;
  /** The Location targets followed, in order (the last is `url`); empty without redirects. */
  redirects: string[];
}

export interface Fetcher {
  fetch(url: string, opts?: FetchOptions): Promise<FetchResult>;
}

/** The fetcher createFetcher returns: also exposes its robots.txt cache, and closes idle connections. */
export interface HttpFetcher extends Fetcher {
  readonly robots: RobotsCache;
  /** Closes kept-alive connections (they do not keep the process alive either way). */
  close(): void;
}

export type FetchErrorCode =
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'private-address'
  | 'robots'
  | 'http-status'
  | 'network'
  | 'bad-url'
  | 'decode';

export class FetchError extends Error {
  constructor(
    /** The URL that failed (the redirect hop, when redirected). */
    readonly url: string,
    readonly code: FetchErrorCode,
    message: string,
    /** The HTTP status, for 'http-status' errors. */
    readonly status: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'FetchError';
  }
}

export const DEFAULT_USER_AGENT =
  'Storyline/0.1 (+https://github.com/storyline-news/storyline; news story engine)';
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_POLITENESS_MS = 1000;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const ACCEPT: Record<DecodeKind | 'any', string> = {
  html: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5',
  xml: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
  json: 'application/json, */*;q=0.5',
  text: 'text/plain, */*;q=0.5',
  any: 'text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.8',
};

interface Settings {
  userAgent: string;
  timeoutMs: number;
  connectTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  allowPrivate: boolean;
  respectRobots: boolean;
}

interface Exchange {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  /** The decompressed body for 2xx responses; null otherwise. */
  body: Buffer | null;
}

export function createFetcher(options: FetcherOptions = {}): HttpFetcher {
  const settings: Settings = {
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    connectTimeoutMs: Math.min(
      options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      options.timeoutMs ?? Infinity,
    ),
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    allowPrivate: options.allowPrivate ?? false,
    respectRobots: options.respectRobots ?? true,
  };
  const lookup = createGuardedLookup({ allowPrivate: settings.allowPrivate });
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  const scheduler = new PolitenessScheduler({
    minDelayMs: options.politenessMs ?? DEFAULT_POLITENESS_MS,
    ...options.politenessClock,
  });
  const robots = new RobotsCache({
    fetchRobotsTxt: async (robotsUrl) =>
      (await fetchUrl(robotsUrl, { skipRobots: true, kind: 'text', accept: 'text/plain, */*;q=0.5' }, true))
        .text,
  });

  async function fetchUrl(requestedUrl: string, opts: FetchOptions, lenient: boolean): Promise<FetchResult> {
    let current = parseHttpUrl(requestedUrl);
    const headers = requestHeaders(settings.userAgent, opts);
    const redirects: string[] = [];
    for (;;) {
      const hop = current.href;
      const where = hop === requestedUrl ? hop : `${hop} (redirected from ${requestedUrl})`;
      if (!settings.allowPrivate) {
        try {
          assertPublicHost(current.hostname);
        } catch (e) {
          throw new FetchError(hop, 'private-address', `${where}: ${(e as Error).message}`, null, {
            cause: e,
          });
        }
      }
      let crawlDelayMs: number | null = null;
      if (settings.respectRobots && !opts.skipRobots) {
        const verdict = await robots.check(hop, settings.userAgent);
        if (!verdict.allowed) {
          const line = verdict.line ? ` (line ${verdict.line})` : '';
          throw new FetchError(
            hop,
            'robots',
            `${where}: ${verdict.robotsUrl}${line} disallows it for user agent "${productToken(settings.userAgent)}"; ` +
              'leave it out, or pass --no-robots only for a site you run',
          );
        }
        crawlDelayMs = verdict.crawlDelayMs;
      }
      await scheduler.acquire(current.hostname, crawlDelayMs);
      const response = await exchange(current, headers, where);
      const { status } = response;

      if (REDIRECT_STATUSES.has(status)) {
        const next = redirectTarget(current, response, where);
        if (redirects.length >= settings.maxRedirects) {
          const chain = [requestedUrl, ...redirects, next.href].join(' → ');
          throw new FetchError(
            hop,
            'too-many-redirects',
            `${requestedUrl}: more than ${settings.maxRedirects} redirects (${chain}); ` +
              'the redirects may loop: open the URL in a browser to find where it leads',
          );
        }
        redirects.push(next.href);
        current = next;
        continue;
      }

      const flat = flattenHeaders(response.headers);
      const base = {
        requestedUrl,
        url: hop,
        status,
        headers: flat,
        mediaType: parseContentType(flat['content-type']).mediaType,
        etag: flat['etag'] ?? null,
        lastModified: flat['last-modified'] ?? null,
        redirects,
      };
      if (status === 304)
        return {
          ...base,
          notModified: true,
          bytes: Buffer.alloc(0),
          text: '',
          charset: '',
          etag: base.etag ?? opts.etag ?? null,
          lastModified: base.lastModified ?? opts.lastModified ?? null,
        };
      if (status < 200 || status > 299 || !response.body)
        throw new FetchError(
          hop,
          'http-status',
          `${where}: HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}; ${statusHint(status)}`,
          status,
        );

      const bytes = response.body;
      if (lenient)
        return { ...base, notModified: false, bytes, text: decodeLenient(bytes), charset: 'utf-8' };
      const binary = looksBinary(bytes);
      if (binary)
        throw new FetchError(
          hop,
          'decode',
          `${where}: the response ${binary}${base.mediaType ? ` (Content-Type ${base.mediaType})` : ''}, not text; ` +
            'Storyline reads HTML pages, feeds, JSON and plain text',
        );
      try {
        const kind = opts.kind ?? kindOfMediaType(base.mediaType);
        const decoded = decodeBytes(bytes, { contentType: flat['content-type'] ?? null, kind });
        return { ...base, notModified: false, bytes, text: decoded.text, charset: decoded.charset };
      } catch (e) {
        if (e instanceof DecodeError)
          throw new FetchError(hop, 'decode', `${where}: ${e.message}`, null, { cause: e });
        throw e;
      }
    }
  }

  /**
   * One request/response, limited in time and size; the body is read only for 2xx answers. A kept-alive
   * connection the server closed meanwhile fails at once with ECONNRESET: that is retried once on a new one.
   */
  function exchange(
    url: URL,
    headers: Record<string, string>,
    where: string,
    retry = true,
  ): Promise<Exchange> {
    return new Promise((resolve, reject) => {
      let settled = false;
      let answered = false;
      let connectTimer: NodeJS.Timeout | undefined;
      const settle = (error: FetchError | null, value?: Exchange | Promise<Exchange>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearTimeout(connectTimer);
        if (error) {
          req?.destroy();
          reject(error);
        } else resolve(value!);
      };
      const timer = setTimeout(
        () =>
          settle(
            new FetchError(
              url.href,
              'timeout',
              `${where}: no complete response within ${settings.timeoutMs} ms; ` +
                'the server is slow or not answering: retry later or raise --timeout',
            ),
          ),
        settings.timeoutMs,
      );

      const https = url.protocol === 'https:';
      let req: ReturnType<typeof httpRequest> | undefined;
      try {
        req = (https ? httpsRequest : httpRequest)(url, {
          method: 'GET',
          headers,
          agent: https ? agents.https : agents.http,
          lookup,
        });
      } catch (e) {
        settle(new FetchError(url.href, 'bad-url', `${where}: cannot request it: ${(e as Error).message}`));
        return;
      }

      req.on('socket', (socket) => {
        if (!socket.connecting) return;
        connectTimer = setTimeout(
          () =>
            settle(
              new FetchError(
                url.href,
                'timeout',
                `${where}: could not connect to ${url.host} within ${settings.connectTimeoutMs} ms; ` +
                  'the host is down or unreachable: retry later or check the URL',
              ),
            ),
          settings.connectTimeoutMs,
        );
        socket.once('connect', () => clearTimeout(connectTimer));
      });
      req.on('error', (e: NodeJS.ErrnoException) => {
        if (retry && !answered && req?.reusedSocket && e.code === 'ECONNRESET')
          settle(null, exchange(url, headers, where, false));
        else settle(networkError(url, where, e));
      });
      req.on('response', (res) => {
        answered = true;
        const status = res.statusCode ?? 0;
        const answer = { status, statusText: res.statusMessage ?? '', headers: res.headers };
        if (status < 200 || status > 299) {
          discard(res);
          settle(null, { ...answer, body: null });
          return;
        }
        const length = Number(res.headers['content-length']);
        if (Number.isFinite(length) && length > settings.maxBytes) {
          settle(
            new FetchError(
              url.href,
              'too-large',
              `${where}: response of ${length} bytes (Content-Length) is larger than the ${formatBytes(settings.maxBytes)} cap; ` +
                'raise --max-bytes to fetch it',
            ),
          );
          return;
        }
        readBody(res, settings.maxBytes).then(
          (body) => settle(null, { ...answer, body }),
          (e: unknown) => settle(bodyError(url, where, res, e, settings.maxBytes)),
        );
      });
      req.end();
    });
  }

  return {
    robots,
    fetch: (url, opts = {}) => fetchUrl(url, opts, false),
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

function parseHttpUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new FetchError(
      input,
      'bad-url',
      `${input}: not a valid URL; give an absolute http:// or https:// URL`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError(
      input,
      'bad-url',
      `${input}: only http:// and https:// URLs can be fetched, not ${url.protocol}`,
    );
  return url;
}

function redirectTarget(current: URL, response: Exchange, where: string): URL {
  const location = response.headers.location;
  if (!location)
    throw new FetchError(
      current.href,
      'http-status',
      `${where}: HTTP ${response.status} redirect without a Location header; the server is misconfigured`,
      response.status,
    );
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    throw new FetchError(current.href, 'bad-url', `${where}: redirects to an invalid URL "${location}"`);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:')
    throw new FetchError(
      current.href,
      'bad-url',
      `${where}: redirects to ${next.href}, which is not an http:// or https:// URL`,
    );
  return next;
}

function requestHeaders(userAgent: string, opts: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept: opts.accept ?? ACCEPT[opts.kind ?? 'any'],
    'accept-encoding': 'gzip, deflate, br',
  };
  // Validators come from earlier responses; one with control characters would make http.request throw.
  if (opts.etag && !/[\0-\x1f\x7f]/.test(opts.etag)) headers['if-none-match'] = opts.etag;
  if (opts.lastModified && !/[\0-\x1f\x7f]/.test(opts.lastModified))
    headers['if-modified-since'] = opts.lastModified;
  return headers;
}

/** The decode kind a media type implies; undefined lets decodeBytes sniff (e.g. a feed served as text/plain). */
function kindOfMediaType(mediaType: string | null): DecodeKind | undefined {
  if (!mediaType) return undefined;
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml') return 'html';
  if (/[/+]xml$/.test(mediaType)) return 'xml';
  if (/[/+]json$/.test(mediaType) || mediaType === 'application/x-ndjson') return 'json';
  return undefined;
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  return flat;
}

function statusHint(status: number): string {
  if (status === 404 || status === 410) return 'the page does not exist (any more): check the URL';
  if (status === 401 || status === 403)
    return 'the site refuses access (it may need a login or block crawlers)';
  if (status === 429) return 'the site is rate-limiting requests: retry later or raise --delay';
  if (status >= 500) return 'the server failed: retry later';
  return 'check the URL';
}

/** Lets the connection be reused after a small body nobody reads; drops it after a large or unknown one. */
function discard(res: IncomingMessage): void {
  const length = Number(res.headers['content-length']);
  if (Number.isFinite(length) && length <= 64 * 1024) res.resume();
  else res.destroy();
}

class BodyTooLarge extends Error {}

class UnsupportedEncoding extends Error {
  constructor(readonly coding: string) {
    super(`unsupported Content-Encoding "${coding}"`);
  }
}

/** Reads and decompresses the body, failing as soon as the decompressed size exceeds `maxBytes`. */
async function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const decoders = decompressors(res.headers['content-encoding']);
  const chunks: Buffer[] = [];
  let size = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > maxBytes) return callback(new BodyTooLarge());
      chunks.push(chunk);
      callback();
    },
  });
  await pipeline([res, ...decoders, sink]);
  return Buffer.concat(chunks, size);
}

/** Decompressors for a Content-Encoding header, in the order to apply them. */
function decompressors(header: string | undefined): Transform[] {
  if (!header) return [];
  const codings = header
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
  // Lenient like browsers: a body cut short still yields what arrived.
  const zlibOptions = { finishFlush: constants.Z_SYNC_FLUSH };
  return codings.reverse().map((coding) => {
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        return createGunzip(zlibOptions);
      case 'deflate':
        return new InflateEither(zlibOptions);
      case 'br':
        return createBrotliDecompress({ finishFlush: constants.BROTLI_OPERATION_FLUSH });
      default:
        throw new UnsupportedEncoding(coding);
    }
  });
}

/** "deflate" bodies are meant to be zlib-wrapped, but some servers send raw deflate: tell them apart. */
class InflateEither extends Transform {
  private inner: Transform | null = null;

  constructor(private readonly zlibOptions: { finishFlush: number }) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (!this.inner) {
      // A zlib header's first two bytes: compression method 8, and a multiple of 31 together (RFC 1950).
      const [cmf = 0, flg = 0] = chunk;
      const wrapped = (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
      this.inner = wrapped ? createInflate(this.zlibOptions) : createInflateRaw(this.zlibOptions);
      this.inner.on('data', (data: Buffer) => this.push(data));
      this.inner.on('error', (e) => this.destroy(e));
    }
    this.inner.write(chunk, () => callback());
  }

  override _flush(callback: TransformCallback): void {
    if (!this.inner) return callback();
    this.inner.once('end', () => callback());
    this.inner.end();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.inner?.destroy();
    callback(error);
  }
}

function bodyError(url: URL, where: string, res: IncomingMessage, e: unknown, maxBytes: number): FetchError {
  if (e instanceof BodyTooLarge)
    return new FetchError(
      url.href,
      'too-large',
      `${where}: response larger than ${formatBytes(maxBytes)} cap; raise --max-bytes to fetch it`,
    );
  if (e instanceof UnsupportedEncoding)
    return new FetchError(
      url.href,
      'decode',
      `${where}: ${e.message}; the server sent an encoding Storyline cannot read`,
    );
  const err = e as NodeJS.ErrnoException;
  if (typeof err.code === 'string' && err.code.startsWith('Z_'))
    return new FetchError(
      url.href,
      'decode',
      `${where}: the body is not valid ${res.headers['content-encoding']} data (${err.message}); the server sent a broken response`,
      null,
      { cause: e },
    );
  return new FetchError(
    url.href,
    'network',
    `${where}: the connection broke before the whole response arrived (${err.message}); retry later`,
    null,
    { cause: e },
  );
}

function networkError(url: URL, where: string, e: Error): FetchError {
  if (e instanceof PrivateAddressError)
    return new FetchError(url.href, 'private-address', `${where}: ${e.message}`, null, { cause: e });
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const say = (message: string) =>
    new FetchError(url.href, 'network', `${where}: ${message}`, null, { cause: e });
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return say(
        `host ${url.hostname} not found (${code}); check the URL, or the network if every host fails`,
      );
    case 'ECONNREFUSED':
      return say(`connection refused by ${url.host}; the server is down or the port is wrong`);
    case 'ECONNRESET':
      return say('the server reset the connection; retry later');
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return say(`${url.hostname} is unreachable (${code}); check the network`);
  }
  if (code.includes('CERT') || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL'))
    return say(`TLS problem: ${e.message} (${code}); the site's certificate is not trusted`);
  return say(`network error: ${e.message}${code ? ` (${code})` : ''}; retry later`);
}

/** Decodes robots.txt-like text without failing: UTF-8 with replacement characters. */
function decodeLenient(bytes: Buffer): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** "10 MiB", "512 KiB", "1000 bytes". */
export function formatBytes(n: number): string {
  const units: [number, string][] = [
    [1024 * 1024 * 1024, 'GiB'],
    [1024 * 1024, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, unit] of units)
    if (n >= size) return `${Number.isInteger(n / size) ? n / size : (n / size).toFixed(1)} ${unit}`;
  return `${n} bytes`;
}
