// The commands as a user runs them: output text and JSON, exit codes, and the store they leave behind.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runArticles, runFailures, runSearch, runShow } from './browse.js';
import { ANALYZER_VERSION } from '../../analyze/analyze.js';
import { runAnalyze } from './analyze.js';
import { runExtract } from './extract.js';
import { runIngest } from './ingest.js';

const TEXT = [
  'Trade ministers from both countries met in the capital on Tuesday to discuss new tariffs on steel.',
  'The talks lasted five hours and ended with a joint statement promising further meetings next month.',
].join('\n\n');

function capture(): { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  return { out: () => out, err: () => err };
}

describe('storyline commands', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'storyline-cli-'));
    db = join(dir, 'store.db');
    writeFileSync(join(dir, 'talks.txt'), `Steel talks end with statement\n\n${TEXT}\n`);
    writeFileSync(join(dir, 'empty.txt'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('ingest prints a summary with each failure and sets exit code 1 on failures', async () => {
    const io = capture();
    await runIngest([join(dir, 'talks.txt'), join(dir, 'empty.txt')], { db });
    expect(io.out()).toMatch(/^ingested 1, already known 0, failed 1/);
    expect(io.out()).toContain(`failed  ${join(dir, 'empty.txt')}: file is empty [read]`);
    expect(process.exitCode).toBe(1);
  });

  it('ingest --json prints one line per outcome and a summary; re-ingesting is "known"', async () => {
    const io = capture();
    await runIngest([join(dir, 'talks.txt')], { db, json: true });
    const lines = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ status: 'known', title: 'Steel talks end with statement' });
    expect(lines[1]).toMatchObject({ summary: { ingested: 0, known: 1, failed: 0 } });
    expect(process.exitCode).toBeUndefined();
  });

  it('articles, show, search and failures read the store', async () => {
    let io = capture();
    await runArticles({ db, json: true });
    const [row] = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(row).toMatchObject({ title: 'Steel talks end with statement', language: 'en' });
    vi.restoreAllMocks();

    io = capture();
    await runShow(row.id, { db });
    expect(io.out()).toContain('# Steel talks end with statement');
    expect(io.out()).toContain('joint statement');
    vi.restoreAllMocks();

    io = capture();
    await runShow(row.id, { db, raw: true });
    expect(io.out()).toBe(`Steel talks end with statement\n\n${TEXT}\n`);
    vi.restoreAllMocks();

    io = capture();
    await runSearch('tariffs steel', { db });
    expect(io.out()).toContain('1 result for "tariffs steel"');
    vi.restoreAllMocks();

    io = capture();
    await runFailures({ db });
    expect(io.out()).toContain('file is empty');
    vi.restoreAllMocks();

    await expect(runShow('nope', { db })).rejects.toThrow(/no article with id "nope"/);
  });

  it('show --analysis prints what analysis found, and analyze works on files', async () => {
    let io = capture();
    await runArticles({ db, json: true });
    const [row] = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    vi.restoreAllMocks();
    io = capture();
    await runShow(row.id, { db, analysis: true, json: true });
    const analysis = JSON.parse(io.out());
    expect(analysis).toMatchObject({ articleId: row.id, version: ANALYZER_VERSION });
    expect(analysis.quantities.map((q: { normalized: string }) => q.normalized)).toEqual(['PT5H']);
    vi.restoreAllMocks();
    io = capture();
    await runAnalyze([join(dir, 'talks.txt')], {});
    expect(io.out()).toContain('five hours  →  PT5H');
  });

  it('extract --jsonl prints one object per input in order, with the input path', async () => {
    const io = capture();
    await runExtract([join(dir, 'talks.txt'), join(dir, 'empty.txt')], { jsonl: true });
    const lines = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.input, l.status])).toEqual([
      [join(dir, 'talks.txt'), 'extracted'],
      [join(dir, 'empty.txt'), 'failed'],
    ]);
    expect(lines[0]).toMatchObject({
      title: 'Steel talks end with statement',
      metadata: { title: { source: 'text' } },
    });
  });
});
