// Extraction time per page: Storyline's extract path (Readability + metadata + cleaner) and plain Readability
// on linkedom, on the same scrapinghub pages in the same run, after a warm-up pass.
import { existsSync } from 'node:fs';
import { readScrapinghub, scrapinghubFolder } from '../src/eval/extraction/scrapinghub.js';
import { readabilityText, storylineText } from '../src/eval/extraction/suite.js';
import type { Row } from '../src/eval/scoreboard.js';

const DATASET = 'extraction/scrapinghub';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function timeEach(
  pages: readonly { html: string; url: string | null }[],
  fn: (html: string, url: string | null) => Promise<unknown>,
): Promise<number[]> {
  const times: number[] = [];
  for (const page of pages) {
    const t0 = process.hrtime.bigint();
    await fn(page.html, page.url);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times;
}

export async function extractBenchRows(root: string): Promise<Row[]> {
  if (!existsSync(scrapinghubFolder(root)))
    return [
      {
        id: 'bench.extract.ms_per_page',
        dataset: DATASET,
        value: null,
        note: `data missing: ${scrapinghubFolder(root)}`,
      },
    ];
  const pages = readScrapinghub(root);
  const plain = async (html: string) => readabilityText(html);
  // Warm-up: load word lists and language models, let the JIT settle.
  await timeEach(pages.slice(0, 20), storylineText);
  await timeEach(pages.slice(0, 20), plain);
  const ours = await timeEach(pages, storylineText);
  const theirs = await timeEach(pages, plain);
  const summary = (t: number[]) => {
    const sorted = [...t].sort((a, b) => a - b);
    return {
      mean: t.reduce((s, x) => s + x, 0) / t.length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
    };
  };
  const a = summary(ours);
  const b = summary(theirs);
  const rss = process.memoryUsage().rss / 1024 / 1024;
  return [
    {
      id: 'bench.extract.ms_per_page',
      dataset: DATASET,
      value: a.mean,
      unit: 'ms',
      note: `p50 ${a.p50.toFixed(1)} ms, p95 ${a.p95.toFixed(1)} ms, ${pages.length} pages, RSS ${rss.toFixed(0)} MB`,
      details: { ...a, pages: pages.length, rssMb: rss },
    },
    {
      id: 'bench.extract.readability_ms_per_page',
      dataset: DATASET,
      value: b.mean,
      unit: 'ms',
      note: `plain Readability on linkedom; p50 ${b.p50.toFixed(1)} ms, p95 ${b.p95.toFixed(1)} ms`,
      details: { ...b, pages: pages.length },
    },
  ];
}
