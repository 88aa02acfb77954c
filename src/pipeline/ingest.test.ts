// End-to-end ingestion: every input kind, and bad inputs that are reported and recorded without stopping the batch.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../ingest/http/fetcher.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { extractInputs, ingestInputs, summarizeOutcomes } from './ingest.js';

const PARAGRAPHS = [
  'The two presidents met in the capital on Monday for talks that lasted more than four hours, officials said.',
  'They signed a series of agreements on energy, trade and transport, including a new gas pipeline project.',
  'Critics said the visit showed how far the two governments had moved closer since the start of the war last year.',
  'A spokesman said further meetings would follow later in the week, without giving details of the agenda.',
];

function articleHtml(title: string, extra = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Example Times</title>
  <meta property="og:site_name" content="Example Times"><meta property="article:published_time" content="2023-03-20T10:00:00Z">
  <link rel="canonical" href="https://example.test/world/${encodeURIComponent(title)}"></head>
  <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${title}</h1>
  ${PARAGRAPHS.map((p) => `<p>${p} ${extra}</p>`).join('\n')}</article>
  <footer>© 2023 Example Times. All rights reserved.</footer></body></html>`;
}

const fetcher = createFetcher({ allowPrivate: true, politenessMs: 0, respectRobots: true, timeoutMs: 3000 });

describe('ingestInputs', () => {
  let dir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'storyline-ingest-'));
    server = createServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/robots.txt')
        return res
          .writeHead(200, { 'content-type': 'text/plain' })
          .end('User-agent: *\nDisallow: /private/\n');
      if (url.startsWith('/story/'))
        return res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(articleHtml(`Story ${url.slice(7)}`, url));
      if (url === '/empty-page')
        return res
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<html><body><p>Hi.</p></body></html>');
      if (url === '/feed.xml') {
        const etag = '"v1"';
        if (req.headers['if-none-match'] === etag) return res.writeHead(304).end();
        return res.writeHead(200, { 'content-type': 'application/rss+xml', etag })
          .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Example Times</title><link>${base}/</link>
          <item><title>Teaser one</title><link>${base}/story/1</link><description>Short teaser…</description><pubDate>Mon, 20 Mar 2023 08:00:00 GMT</pubDate></item>
          <item><title>Teaser two</title><link>${base}/story/2</link><description>Another teaser…</description></item>
          </channel></rss>`);
      }
      if (url === '/broken-feed.xml')
        return res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end('<rss><channel><item><title>x');
      return res.writeHead(404).end('not found');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingests files of every kind, once, and keeps going past bad inputs', async () => {
    const inputs = join(dir, 'inputs');
    mkdirSync(join(inputs, 'nested'), { recursive: true });
    writeFileSync(join(inputs, 'plain.txt'), `Leaders meet in the capital\n\n${PARAGRAPHS.join('\n\n')}\n`);
    writeFileSync(join(inputs, 'nested', 'page.html.gz'), gzipSync(articleHtml('Gzipped page', 'Zipped.')));
    writeFileSync(
      join(inputs, 'note.md'),
      `# Markdown report\n\n${PARAGRAPHS.map((p) => p.replace('capital', '**capital**')).join('\n\n')} Extra words here.\n`,
    );
    writeFileSync(
      join(inputs, 'records.jsonl'),
      [
        JSON.stringify({
          title: 'Record one',
          text: `${PARAGRAPHS.join(' ')} One.`,
          outlet: 'Wire',
          publishedAt: '2023-03-21',
        }),
        '{not json',
        JSON.stringify({ title: 'No body' }),
        JSON.stringify({
          html: articleHtml('Record html', 'Recorded.'),
          url: 'https://example.test/record-html',
        }),
      ].join('\n'),
    );
    writeFileSync(join(inputs, 'empty.txt'), '');
    writeFileSync(
      join(inputs, 'binary.html'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    writeFileSync(
      join(inputs, 'latin.txt'),
      Buffer.concat([Buffer.from(PARAGRAPHS.join('\n\n')), Buffer.from([0xe9, 0x20, 0xff, 0xfe])]),
    );
    writeFileSync(join(inputs, 'cut.txt.gz'), gzipSync(PARAGRAPHS.join('\n\n').repeat(5)).subarray(0, 40));
    writeFileSync(join(inputs, 'bad-feed.rss'), '<rss><channel><item><title>never closed');
    writeFileSync(join(inputs, 'huge.txt'), Buffer.alloc(3 * 1024 * 1024, 'a'));
    writeFileSync(join(inputs, 'nothing.html'), '<html><body><nav>Home</nav></body></html>');

    const store = openSqliteStore(':memory:');
    const outcomes = await ingestInputs([inputs, join(dir, 'missing.txt')], store, {
      fetcher,
      maxBytes: 2 * 1024 * 1024,
    });
    const failed = Object.fromEntries(
      outcomes.filter((o) => o.status === 'failed').map((o) => [o.origin.replace(`${inputs}/`, ''), o]),
    );
    expect(Object.keys(failed).sort()).toEqual(
      [
        'bad-feed.rss',
        'binary.html',
        'cut.txt.gz',
        'empty.txt',
        'huge.txt',
        'latin.txt',
        'nothing.html',
        'records.jsonl#line 2',
        'records.jsonl#line 3',
        join(dir, 'missing.txt').replace(`${inputs}/`, ''),
      ].sort(),
    );
    expect(failed['empty.txt']).toMatchObject({ reason: expect.stringMatching(/empty/) });
    expect(failed['binary.html']).toMatchObject({ reason: expect.stringMatching(/PNG|binary|NUL/i) });
    expect(failed['latin.txt']).toMatchObject({ stage: 'decode', reason: expect.stringMatching(/UTF-8/) });
    expect(failed['cut.txt.gz']).toMatchObject({ reason: expect.stringMatching(/truncated/) });
    expect(failed['bad-feed.rss']).toMatchObject({ reason: expect.stringMatching(/malformed feed/) });
    expect(failed['huge.txt']).toMatchObject({ reason: expect.stringMatching(/limit/) });
    expect(failed['records.jsonl#line 3']).toMatchObject({
      reason: expect.stringMatching(/no "text", "html" or "url"/),
    });

    expect(summarizeOutcomes(outcomes)).toMatchObject({ ingested: 5, known: 0 });
    expect(await store.countArticles()).toBe(5);
    expect((await store.listFailures()).length).toBe(10);

    const list = await store.listArticles();
    const byTitle = Object.fromEntries(list.map((a) => [a.title, a]));
    expect(Object.keys(byTitle).sort()).toEqual([
      'Gzipped page',
      'Leaders meet in the capital',
      'Markdown report',
      'Record html',
      'Record one',
    ]);
    expect(byTitle['Record one']).toMatchObject({
      outlet: 'Wire',
      outletSource: 'record',
      publishedAt: '2023-03-21',
      publishedAtSource: 'record',
    });
    expect(byTitle['Gzipped page']).toMatchObject({ outlet: 'Example Times', outletSource: 'opengraph' });
    const analysis = await store.getAnalysis(byTitle['Record one']!.id);
    expect(analysis?.sentences.length).toBeGreaterThan(3);
    expect(analysis?.quantities.map((q) => q.normalized)).toContain('PT4H');
    const md = await store.getArticle(byTitle['Markdown report']!.id);
    expect(md?.text).not.toContain('**');
    const raw = await store.getRaw(md!.rawId);
    expect(raw?.body).toContain('**capital**');

    // Idempotent: the same inputs again add nothing and lose nothing.
    const again = await ingestInputs([inputs], store, { fetcher, maxBytes: 2 * 1024 * 1024 });
    expect(summarizeOutcomes(again)).toMatchObject({ ingested: 0, known: 5 });
    expect(await store.countArticles()).toBe(5);
    await store.close();
  });

  it('fetches feed entry pages, uses conditional GET, and reports unreachable and robots-blocked URLs', async () => {
    const store = openSqliteStore(':memory:');
    const outcomes = await ingestInputs(
      [
        `${base}/feed.xml`,
        `${base}/broken-feed.xml`,
        `${base}/private/page`,
        `${base}/empty-page`,
        'http://127.0.0.1:1/nothing-listens',
      ],
      store,
      { fetcher },
    );
    const ingested = outcomes.filter((o) => o.status === 'ingested');
    expect(ingested.map((o) => o.origin)).toEqual([`${base}/story/1`, `${base}/story/2`]);
    const first = await store.getArticle(ingested[0]!.id);
    expect(first?.metadata.publishedAt).toMatchObject({
      value: '2023-03-20T10:00:00.000Z',
      source: 'opengraph',
    });
    expect(first?.title).toBe('Story 1');
    const failures = outcomes.filter((o) => o.status === 'failed');
    expect(failures.map((f) => f.origin)).toEqual([
      `${base}/broken-feed.xml`,
      `${base}/private/page`,
      `${base}/empty-page`,
      'http://127.0.0.1:1/nothing-listens',
    ]);
    expect(failures[1]).toMatchObject({ reason: expect.stringMatching(/robots/i) });

    // Second poll: the feed answers 304 and nothing new happens.
    const again = await ingestInputs([`${base}/feed.xml`], store, { fetcher });
    expect(again).toEqual([
      { status: 'unchanged', origin: `${base}/feed.xml`, reason: expect.stringMatching(/304/) },
    ]);
    expect(await store.getFeedState(`${base}/feed.xml`)).toMatchObject({ etag: '"v1"' });
    await store.close();
  });

  it('extracts without storing, in input order, from stdin too', async () => {
    const file = join(dir, 'one.txt');
    writeFileSync(file, PARAGRAPHS.join('\n\n'));
    const results = [];
    for await (const r of extractInputs([file, '-', join(dir, 'nope.txt')], {
      fetcher,
      readStdin: async () => Buffer.from(articleHtml('From stdin')),
    }))
      results.push(r);
    expect(results.map((r) => r.status)).toEqual(['extracted', 'extracted', 'failed']);
    expect(results[1]).toMatchObject({ status: 'extracted', article: { title: 'From stdin' } });
    expect(readFileSync(file, 'utf8')).toContain('presidents');
  });
});
