// The fetcher against a local server (127.0.0.1, port 0): no test touches the internet.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFetcher,
  DEFAULT_USER_AGENT,
  FetchError,
  type FetchErrorCode,
  type HttpFetcher,
} from './fetcher.js';

const PAGE =
  '<!doctype html><html><head><meta charset="utf-8"><title>Zürich</title></head><body>ok</body></html>';
const MAX = 64 * 1024;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const hits: Record<string, number> = {};
const arrivals: { path: string; at: number }[] = [];
let bigFinished = false;

const routes: Record<string, Handler> = {
  '/robots.txt': (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private\n'),
  '/ok': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
  '/echo': (req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(req.headers)),
  '/private': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('secret'),
  '/to-private': (_req, res) => res.writeHead(302, { location: '/private' }).end(),
  '/to-file': (_req, res) => res.writeHead(301, { location: 'file:///etc/passwd' }).end(),
  '/loop': (_req, res) => res.writeHead(307, { location: '/loop' }).end(),
  '/missing': (_req, res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('not here'),
  '/png': (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'image/png' })
      .end(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')),
  '/gzip': (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE)),
  '/br': (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' })
      .end(brotliCompressSync(PAGE)),
  '/deflate': (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' }).end(deflateSync(PAGE)),
  '/deflate-raw': (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' })
      .end(deflateRawSync(PAGE)),
  '/zstd': (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'zstd' }).end('xx'),
  '/cp1252': (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=windows-1252' })
      .end(Buffer.from([0x3c, 0x70, 0x3e, 0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0xe9, 0x74, 0xe9])),
  '/latin2': (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        Buffer.concat([
          Buffer.from('<html><head><meta charset="ISO-8859-2"></head><p>'),
          Buffer.from([0xa3, 0xf3, 0x64, 0xbc]),
        ]),
      ),
  '/bom': (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/plain' })
      .end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Ωmega')])),
  '/bad-utf8': (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(Buffer.from([0x3c, 0x70, 0x3e, 0x93, 0x78])),
  '/feed': (req, res) => {
    const etag = '"v1"';
    const lastModified = 'Mon, 20 Mar 2023 10:00:00 GMT';
    if (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === lastModified)
      return res.writeHead(304, { etag }).end();
    res
      .writeHead(200, { 'content-type': 'application/rss+xml', etag, 'last-modified': lastModified })
      .end('<?xml version="1.0"?><rss><channel><title>Feed</title></channel></rss>');
  },
  '/big': (_req, res) => {
    // 32 MB in 16 KB chunks, honouring back-pressure; the client should hang up after 64 KiB.
    res.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(16 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < 32 * 1024 * 1024 && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) {
        bigFinished = true;
        res.end();
      }
    };
    pump();
  },
  '/big-length': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50 * 1024 * 1024) });
    res.write('a'); // and never the rest
  },
  '/bomb': (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
      .end(gzipSync(Buffer.alloc(20 * 1024 * 1024, 'a'))),
  '/hang': () => {
    // never answers
  },
  '/slow-body': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('partial'); // and never the rest
  },
};

let server: Server;
let base: string;
let fetcher: HttpFetcher;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    hits[url.pathname] = (hits[url.pathname] ?? 0) + 1;
    arrivals.push({ path: url.pathname + url.search, at: performance.now() });
    const hops = /^\/redirect\/(\d+)$/.exec(url.pathname);
    if (hops) {
      const n = Number(hops[1]);
      return res
        .writeHead(n % 2 ? 301 : 308, { location: n > 1 ? `/redirect/${n - 1}` : `${base}/ok` })
        .end();
    }
    const route = routes[url.pathname];
    if (route) return route(req, res);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fetcher = createFetcher({ allowPrivate: true, politenessMs: 0, maxBytes: MAX, timeoutMs: 3000 });
});

afterAll(async () => {
  fetcher.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function fetchError(promise: Promise<unknown>, code: FetchErrorCode): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  expect(error).toMatchObject({ code, name: 'FetchError' });
  return error as FetchError;
}

describe('fetch', () => {
  it('fetches a page with an honest User-Agent and asks for compressed bodies', async () => {
    const res = await fetcher.fetch(`${base}/ok`);
    expect(res).toMatchObject({
      requestedUrl: `${base}/ok`,
      url: `${base}/ok`,
      status: 200,
      notModified: false,
      mediaType: 'text/html',
      charset: 'utf-8',
      redirects: [],
    });
    expect(res.text).toBe(PAGE);
    expect(res.bytes.equals(Buffer.from(PAGE))).toBe(true);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');

    const echo = JSON.parse((await fetcher.fetch(`${base}/echo`, { kind: 'json' })).text) as Record<
      string,
      string
    >;
    expect(echo['user-agent']).toBe(DEFAULT_USER_AGENT);
    expect(echo['accept-encoding']).toBe('gzip, deflate, br');
    expect(echo['accept']).toMatch(/^application\/json/);
    expect(echo['if-none-match']).toBeUndefined();
  });

  it('follows redirects and reports the chain', async () => {
    const res = await fetcher.fetch(`${base}/redirect/3`);
    expect(res.url).toBe(`${base}/ok`);
    expect(res.redirects).toEqual([`${base}/redirect/2`, `${base}/redirect/1`, `${base}/ok`]);
    expect(res.text).toBe(PAGE);
  });

  it('stops after maxRedirects', async () => {
    await expect(fetcher.fetch(`${base}/redirect/5`)).resolves.toMatchObject({ url: `${base}/ok` });
    const e = await fetchError(fetcher.fetch(`${base}/redirect/6`), 'too-many-redirects');
    expect(e.message).toContain(`${base}/redirect/6: more than 5 redirects`);
    const loop = await fetchError(fetcher.fetch(`${base}/loop`), 'too-many-redirects');
    expect(loop.message).toMatch(/may loop/);
  });

  it('refuses redirects to other schemes and URLs that are not http(s)', async () => {
    expect((await fetchError(fetcher.fetch(`${base}/to-file`), 'bad-url')).message).toContain(
      'file:///etc/passwd',
    );
    await fetchError(fetcher.fetch('ftp://example.com/file'), 'bad-url');
    await fetchError(fetcher.fetch('not a url'), 'bad-url');
  });

  it.each(['/gzip', '/br', '/deflate', '/deflate-raw'])('decompresses %s bodies', async (path) => {
    const res = await fetcher.fetch(`${base}${path}`);
    expect(res.text).toBe(PAGE);
  });

  it('reports a Content-Encoding it cannot read', async () => {
    expect((await fetchError(fetcher.fetch(`${base}/zstd`), 'decode')).message).toContain('"zstd"');
  });

  it('decodes by the charset of the header, the <meta> tag and the BOM', async () => {
    const cp1252 = await fetcher.fetch(`${base}/cp1252`);
    expect(cp1252).toMatchObject({ text: '<p>“Hi” – été', charset: 'windows-1252' });
    const latin2 = await fetcher.fetch(`${base}/latin2`);
    expect(latin2.charset).toBe('iso-8859-2');
    expect(latin2.text).toMatch(/<p>Łódź$/);
    expect(await fetcher.fetch(`${base}/bom`)).toMatchObject({ text: 'Ωmega', charset: 'utf-8' });
  });

  it('fails with a decode error naming the URL and byte for invalid UTF-8', async () => {
    const e = await fetchError(fetcher.fetch(`${base}/bad-utf8`), 'decode');
    expect(e.message).toMatch(new RegExp(`^${base}/bad-utf8: invalid UTF-8 at byte 3`));
  });

  it('refuses binary responses', async () => {
    const e = await fetchError(fetcher.fetch(`${base}/png`), 'decode');
    expect(e.message).toContain('looks like a PNG image (Content-Type image/png)');
  });

  it('makes conditional GETs and reports 304 as not modified', async () => {
    const first = await fetcher.fetch(`${base}/feed`, { kind: 'xml' });
    expect(first).toMatchObject({
      notModified: false,
      etag: '"v1"',
      lastModified: 'Mon, 20 Mar 2023 10:00:00 GMT',
    });
    const byEtag = await fetcher.fetch(`${base}/feed`, { etag: first.etag });
    expect(byEtag).toMatchObject({ status: 304, notModified: true, text: '', etag: '"v1"' });
    expect(byEtag.bytes.length).toBe(0);
    const byDate = await fetcher.fetch(`${base}/feed`, { lastModified: first.lastModified });
    expect(byDate).toMatchObject({ notModified: true, lastModified: 'Mon, 20 Mar 2023 10:00:00 GMT' });
  });

  it('fails on HTTP errors with the status', async () => {
    const e = await fetchError(fetcher.fetch(`${base}/missing`), 'http-status');
    expect(e.status).toBe(404);
    expect(e.message).toBe(
      `${base}/missing: HTTP 404 Not Found; the page does not exist (any more): check the URL`,
    );
  });

  it('caps the decompressed size as it streams, and hangs up', async () => {
    const e = await fetchError(fetcher.fetch(`${base}/big`), 'too-large');
    expect(e.message).toBe(`${base}/big: response larger than 64 KiB cap; raise --max-bytes to fetch it`);
    expect(bigFinished).toBe(false);
    const bomb = await fetchError(fetcher.fetch(`${base}/bomb`), 'too-large');
    expect(bomb.message).toContain('response larger than 64 KiB cap');
  });

  it('refuses a Content-Length above the cap before reading the body', async () => {
    const e = await fetchError(fetcher.fetch(`${base}/big-length`), 'too-large');
    expect(e.message).toContain('response of 52428800 bytes (Content-Length) is larger than the 64 KiB cap');
  });

  it('times out, naming the URL and the limit', async () => {
    const quick = createFetcher({
      allowPrivate: true,
      politenessMs: 0,
      timeoutMs: 150,
      respectRobots: false,
    });
    const hang = await fetchError(quick.fetch(`${base}/hang`), 'timeout');
    expect(hang.message).toMatch(new RegExp(`^${base}/hang: no complete response within 150 ms.*--timeout`));
    await fetchError(quick.fetch(`${base}/slow-body`), 'timeout');
    quick.close();
  });

  it('reports connection failures as network errors', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const e = await fetchError(fetcher.fetch(`http://127.0.0.1:${port}/`, { skipRobots: true }), 'network');
    expect(e.message).toContain('connection refused');
  });
});

describe('robots.txt', () => {
  it('refuses URLs robots.txt disallows, on the first hop or after a redirect, fetching robots.txt once', async () => {
    const robotsBefore = hits['/robots.txt'] ?? 0;
    const privateBefore = hits['/private'] ?? 0;
    const e = await fetchError(fetcher.fetch(`${base}/private`), 'robots');
    expect(e.message).toBe(
      `${base}/private: ${base}/robots.txt (line 2) disallows it for user agent "Storyline"; ` +
        'leave it out, or pass --no-robots only for a site you run',
    );
    const hop = await fetchError(fetcher.fetch(`${base}/to-private`), 'robots');
    expect(hop.message).toContain(`${base}/private (redirected from ${base}/to-private)`);
    expect(hits['/private'] ?? 0).toBe(privateBefore);
    expect(hits['/robots.txt']! - robotsBefore).toBeLessThanOrEqual(1);
    await expect(fetcher.fetch(`${base}/private`, { skipRobots: true })).resolves.toMatchObject({
      text: 'secret',
    });
  });

  it('allows everything when robots.txt fails, remembering the error', async () => {
    const failing = createServer((req, res) => {
      if (req.url === '/robots.txt') return res.writeHead(503).end();
      res.writeHead(200, { 'content-type': 'text/plain' }).end('fine');
    });
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(failing.address() as AddressInfo).port}/page`;
    await expect(fetcher.fetch(url)).resolves.toMatchObject({ text: 'fine' });
    expect(await fetcher.robots.errorFor(url)).toMatch(/robots\.txt: HTTP 503/);
    failing.closeAllConnections();
    await new Promise((resolve) => failing.close(resolve));
  });
});

describe('address guard', () => {
  it('refuses loopback URLs unless allowPrivate', async () => {
    const strict = createFetcher({ politenessMs: 0 });
    const literal = await fetchError(strict.fetch(`${base}/ok`), 'private-address');
    expect(literal.message).toContain('refusing to connect to private address 127.0.0.1');
    expect(literal.message).toContain('pass --allow-private to allow it');
    const port = (server.address() as AddressInfo).port;
    const named = await fetchError(
      strict.fetch(`http://localhost:${port}/ok`, { skipRobots: true }),
      'private-address',
    );
    expect(named.message).toMatch(
      /refusing to connect to private address (127\.0\.0\.1|::1) .*for host localhost/,
    );
    strict.close();
  });

  it('resolves host names through the guarded lookup when private addresses are allowed', async () => {
    const port = (server.address() as AddressInfo).port;
    const res = await fetcher.fetch(`http://localhost:${port}/ok`, { skipRobots: true });
    expect(res.text).toBe(PAGE);
  });
});

describe('politeness', () => {
  it('spaces requests to one host and keeps their order', async () => {
    // A fake clock that sleeping advances: the spacing is checked exactly, not against a busy machine's timers.
    let now = 0;
    const sleeps: number[] = [];
    const clock = {
      now: () => now,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        now += ms;
      },
    };
    const polite = createFetcher({
      allowPrivate: true,
      politenessMs: 80,
      politenessClock: clock,
      respectRobots: false,
    });
    const from = arrivals.length;
    await Promise.all([1, 2, 3].map((n) => polite.fetch(`${base}/ok?n=${n}`)));
    const seen = arrivals.slice(from);
    expect(seen.map((a) => a.path)).toEqual(['/ok?n=1', '/ok?n=2', '/ok?n=3']);
    expect(sleeps).toEqual([80, 80]);
    polite.close();
  });
});
