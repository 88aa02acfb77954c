// PolNeAR quote attribution (brat annotations, news on the 2016 US election): for each gold attribution, is its
// content found, and if so is its source right (see attribution-match.ts for the criteria). The text is analysed
// exactly as given (no cleaning), one paragraph per line, so offsets line up with the .ann files. Documents
// annotated by several annotators are scored against the first annotation file in name order.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../analyze/analyze.js';
import { paragraphSpans } from '../../analyze/sentences.js';
import type { Row } from '../scoreboard.js';
import { scoreDocument } from './attribution-match.js';
import { parseBrat } from './brat.js';

export interface PolnearResult {
  contentFound: number;
  sourceRight: number;
  gold: number;
  found: number;
  predicted: number;
  precision: number;
  documents: number;
}

export function evaluatePolnear(dataRoot: string, split = 'dev'): PolnearResult {
  const folder = join(dataRoot, 'quotes', 'polnear', split);
  const texts = readdirSync(join(folder, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const anns = readdirSync(join(folder, 'attributions')).sort();
  let gold = 0;
  let found = 0;
  let sourceRight = 0;
  let predicted = 0;
  let predictedHit = 0;
  let documents = 0;
  for (const file of texts) {
    const stem = file.replace(/\.txt$/, '');
    const ann = anns.find((a) => a.startsWith(stem) && /^(?:_[0-9a-f]+)?\.ann$/.test(a.slice(stem.length)));
    if (!ann) continue;
    const text = readFileSync(join(folder, 'text', file), 'utf8');
    const attributions = parseBrat(readFileSync(join(folder, 'attributions', ann), 'utf8'));
    const quotes = analyze({ id: stem, text, paragraphs: paragraphSpans(text) }).quotes;
    const s = scoreDocument(attributions, quotes);
    documents++;
    gold += attributions.length;
    found += s.found;
    sourceRight += s.sourceRight;
    predicted += s.predicted;
    predictedHit += s.predictedHit;
  }
  return {
    contentFound: found / Math.max(1, gold),
    sourceRight: sourceRight / Math.max(1, found),
    gold,
    found,
    predicted,
    precision: predictedHit / Math.max(1, predicted),
    documents,
  };
}

const anchors = [{ name: 'inter-annotator agreement', value: 0.923 }];

function foundNote(r: PolnearResult): string {
  return `${r.found} of ${r.gold} gold attributions in ${r.documents} documents; precision ${r.precision.toFixed(3)} of ${r.predicted} predicted`;
}

export async function quoteRows(dataRoot: string): Promise<Row[]> {
  const folder = join(dataRoot, 'quotes', 'polnear', 'dev');
  const dataset = 'quotes/polnear/dev';
  if (!existsSync(folder))
    return [
      { id: 'quotes.polnear-dev.content_found', dataset, value: null, note: `data missing: ${folder}` },
    ];
  const r = evaluatePolnear(dataRoot, 'dev');
  return [
    {
      id: 'quotes.polnear-dev.content_found',
      dataset,
      value: r.contentFound,
      target: '>= 0.70',
      anchors,
      note: foundNote(r),
      details: { ...r },
    },
    {
      id: 'quotes.polnear-dev.source_right',
      dataset,
      value: r.sourceRight,
      target: '>= 0.80',
      note: `${Math.round(r.sourceRight * r.found)} of ${r.found} found attributions with the right source`,
      details: { ...r },
    },
  ];
}

/** The same measure on the split the finder is tuned on, to show the gap to dev. */
export async function quoteTrainRows(dataRoot: string): Promise<Row[]> {
  const folder = join(dataRoot, 'quotes', 'polnear', 'train');
  const dataset = 'quotes/polnear/train';
  if (!existsSync(folder))
    return [
      { id: 'quotes.polnear-train.content_found', dataset, value: null, note: `data missing: ${folder}` },
    ];
  const r = evaluatePolnear(dataRoot, 'train');
  return [
    {
      id: 'quotes.polnear-train.content_found',
      dataset,
      value: r.contentFound,
      note: `${foundNote(r)}; source right ${r.sourceRight.toFixed(3)}`,
      details: { ...r },
    },
  ];
}
