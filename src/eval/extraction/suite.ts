// Eval rows for article extraction on the scrapinghub benchmark: Storyline's extract path and plain Readability.
import { existsSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticleFromHtml } from '../../ingest/extract-article.js';
import type { Row } from '../scoreboard.js';
import { readScrapinghub, scrapinghubFolder } from './scrapinghub.js';
import { aggregate, shingleMatch, type ShingleCounts } from './shingles.js';

const DATASET = 'extraction/scrapinghub';
const ANCHORS = [
  { name: 'rs_trafilatura', value: 0.97 },
  { name: 'trafilatura 2.0', value: 0.958 },
  { name: 'newspaper4k', value: 0.949 },
  { name: 'news-please', value: 0.948 },
  { name: 'Readability.js', value: 0.947 },
  { name: 'readability-lxml', value: 0.922 },
  { name: 'goose3', value: 0.896 },
  { name: 'boilerpipe', value: 0.86 },
  { name: 'whole-page text', value: 0.665 },
];

/** Plain Readability on linkedom: the baseline Storyline builds on. */
export function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  return parsed?.textContent ?? '';
}

export async function storylineText(html: string, url: string | null): Promise<string> {
  try {
    const { title, text } = await extractArticleFromHtml(html, url);
    void title;
    return text;
  } catch {
    return ''; // a page we judge to hold no article scores as an empty prediction
  }
}

export async function extractionRows(dataRoot: string, options: { verbose?: boolean } = {}): Promise<Row[]> {
  if (!existsSync(scrapinghubFolder(dataRoot)))
    return [
      {
        id: 'extraction.scrapinghub.f1',
        dataset: DATASET,
        value: null,
        note: `data missing: ${scrapinghubFolder(dataRoot)}`,
      },
    ];
  const pages = readScrapinghub(dataRoot);
  const ours: ShingleCounts[] = [];
  const baseline: ShingleCounts[] = [];
  for (const page of pages) {
    const mine = shingleMatch(page.truth, await storylineText(page.html, page.url));
    const theirs = shingleMatch(page.truth, readabilityText(page.html));
    ours.push(mine);
    baseline.push(theirs);
    if (options.verbose) {
      const p = mine.tp / Math.max(1e-9, mine.tp + mine.fp);
      const r = mine.tp / Math.max(1e-9, mine.tp + mine.fn);
      const pb = theirs.tp / Math.max(1e-9, theirs.tp + theirs.fp);
      const rb = theirs.tp / Math.max(1e-9, theirs.tp + theirs.fn);
      process.stderr.write(
        `${page.id.slice(0, 12)} P ${p.toFixed(3)} R ${r.toFixed(3)} | readability P ${pb.toFixed(3)} R ${rb.toFixed(3)}  ${page.url ?? ''}\n`,
      );
    }
  }
  const a = aggregate(ours);
  const b = aggregate(baseline);
  const details = { pages: pages.length };
  return [
    {
      id: 'extraction.scrapinghub.f1',
      dataset: DATASET,
      value: a.f1,
      target: '>= 0.955',
      anchors: ANCHORS,
      details,
    },
    { id: 'extraction.scrapinghub.precision', dataset: DATASET, value: a.precision, details },
    { id: 'extraction.scrapinghub.recall', dataset: DATASET, value: a.recall, details },
    {
      id: 'extraction.scrapinghub.readability_f1',
      dataset: DATASET,
      value: b.f1,
      note: `plain Readability on linkedom, same pages (P ${b.precision.toFixed(3)}, R ${b.recall.toFixed(3)})`,
      details,
    },
  ];
}
