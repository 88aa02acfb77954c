// `storyline summarize` as a user runs it: text with [n] markers and a source list, JSON, and failures.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runSummarize, type SummaryReport } from './summarize.js';

function capture(): { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  return { out: () => out, err: () => err };
}

const A = [
  'Flood waters rose across the river valley on Monday, forcing thousands of residents to leave their homes.',
  'Emergency crews opened shelters in three schools and handed out drinking water to families.',
].join('\n\n');
const B = [
  'Thousands of residents left their homes as flood waters rose across the river valley on Monday.',
  'The regional governor asked the national government for army helicopters to reach cut-off villages.',
].join('\n\n');

describe('storyline summarize', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'storyline-summarize-'));
    writeFileSync(join(dir, 'a.txt'), `Valley flood forces thousands from homes\n\n${A}\n`);
    writeFileSync(join(dir, 'b.txt'), `Governor asks for helicopters as flood spreads\n\n${B}\n`);
    writeFileSync(join(dir, 'empty.txt'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('prints the headline, the summary with citation markers and the sources', async () => {
    const io = capture();
    await runSummarize([join(dir, 'a.txt'), join(dir, 'b.txt')], { words: '40' });
    const out = io.out();
    expect(out).toMatch(/flood/i);
    expect(out).toContain('Summary:');
    expect(out).toMatch(/flood waters rose[^\n]*\[1\]\[2\]/i);
    expect(out).toContain('Sources:');
    expect(out).toContain(`[1] Valley flood forces thousands from homes (${join(dir, 'a.txt')})`);
    expect(process.exitCode).toBeUndefined();
  });

  it('prints JSON with every summary length, and reports unreadable inputs', async () => {
    const io = capture();
    await runSummarize([dir], { format: 'json' });
    const report = JSON.parse(io.out()) as SummaryReport;
    expect(report.articles).toHaveLength(2);
    expect(report.summary.short.length).toBeGreaterThan(0);
    expect(report.summary.short[0]!.citations.length).toBeGreaterThanOrEqual(1);
    expect(io.err()).toContain('empty.txt');
    expect(process.exitCode).toBe(1);
  });

  it('rejects an unknown format', async () => {
    await expect(runSummarize([dir], { format: 'xml' })).rejects.toThrow(/--format/);
  });
});
