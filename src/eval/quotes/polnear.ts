// PolNeAR quote attribution (brat annotations): for each gold attribution, is its content found (a predicted
// quote covers at least half of the gold content's characters), and if so is the source right (the predicted
// speaker, or the mention a pronoun stands for, overlaps the gold source span).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../analyze/analyze.js';
import { paragraphSpans } from '../../analyze/sentences.js';
import type { Quote, Span } from '../../model.js';
import type { Row } from '../scoreboard.js';

interface GoldAttribution {
  content: Span[];
  source: Span[];
}

/** Brat spans may be discontinuous ("10 20;30 40"). */
function spans(field: string): Span[] {
  return field.split(';').map((part) => {
    const [a, b] = part.trim().split(/\s+/).map(Number);
    return { start: a ?? 0, end: b ?? 0 };
  });
}

export function parseBrat(ann: string): GoldAttribution[] {
  const textBound = new Map<string, { type: string; spans: Span[] }>();
  const out: GoldAttribution[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const m = /^(\S+) ([\d ;]+)$/.exec(body.trim());
      if (m?.[1] && m[2]) textBound.set(id, { type: m[1], spans: spans(m[2]) });
    }
  }
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('E') || !body) continue;
    const roles = Object.fromEntries(
      body
        .trim()
        .split(/\s+/)
        .map((r) => r.split(':') as [string, string]),
    );
    const content = roles['Content'] ? textBound.get(roles['Content'])?.spans : undefined;
    if (!content) continue;
    const source = roles['Source'] ? (textBound.get(roles['Source'])?.spans ?? []) : [];
    out.push({ content, source });
  }
  return out;
}

const length = (s: readonly Span[]) => s.reduce((n, x) => n + x.end - x.start, 0);
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function scoreDocument(
  gold: readonly GoldAttribution[],
  predicted: readonly Quote[],
): { found: number; sourceRight: number; predictedHit: number } {
  let found = 0;
  let sourceRight = 0;
  for (const g of gold) {
    const need = length(g.content) / 2;
    const match = predicted.find((q) => g.content.reduce((n, c) => n + overlap(c, q.content), 0) >= need);
    if (!match) continue;
    found++;
    const speakers = [match.speaker, match.speaker?.resolvedFrom].filter(
      (x): x is NonNullable<typeof x> => !!x,
    );
    if (speakers.some((s) => g.source.some((src) => overlap(s, src) > 0))) sourceRight++;
  }
  const predictedHit = predicted.filter((q) =>
    gold.some((g) => g.content.some((c) => overlap(c, q.content) > 0)),
  ).length;
  return { found, sourceRight, predictedHit };
}

export async function evaluatePolnear(dataRoot: string, split = 'dev') {
  const folder = join(dataRoot, 'quotes', 'polnear', split);
  const texts = readdirSync(join(folder, 'text')).filter((f) => f.endsWith('.txt'));
  const anns = readdirSync(join(folder, 'attributions'));
  let gold = 0;
  let found = 0;
  let sourceRight = 0;
  let predicted = 0;
  let predictedHit = 0;
  for (const file of texts) {
    const stem = file.replace(/\.txt$/, '');
    const ann = anns.find((a) => a.startsWith(`${stem}_`) || a === `${stem}.ann`);
    if (!ann) continue;
    const text = readFileSync(join(folder, 'text', file), 'utf8');
    const attributions = parseBrat(readFileSync(join(folder, 'attributions', ann), 'utf8'));
    const quotes = analyze({ id: stem, text, paragraphs: paragraphSpans(text) }).quotes;
    const s = scoreDocument(attributions, quotes);
    gold += attributions.length;
    found += s.found;
    sourceRight += s.sourceRight;
    predicted += quotes.length;
    predictedHit += s.predictedHit;
  }
  return {
    contentFound: found / Math.max(1, gold),
    sourceRight: sourceRight / Math.max(1, found),
    gold,
    found,
    predicted,
    precision: predictedHit / Math.max(1, predicted),
  };
}

export async function quoteRows(dataRoot: string): Promise<Row[]> {
  const folder = join(dataRoot, 'quotes', 'polnear', 'dev');
  const dataset = 'quotes/polnear/dev';
  if (!existsSync(folder))
    return [
      { id: 'quotes.polnear-dev.content_found', dataset, value: null, note: `data missing: ${folder}` },
    ];
  const r = await evaluatePolnear(dataRoot);
  const anchors = [{ name: 'inter-annotator agreement', value: 0.923 }];
  return [
    {
      id: 'quotes.polnear-dev.content_found',
      dataset,
      value: r.contentFound,
      target: '>= 0.70',
      anchors,
      note: `${r.found} of ${r.gold} gold attributions; precision ${r.precision.toFixed(3)} of ${r.predicted} predicted`,
      details: r,
    },
    {
      id: 'quotes.polnear-dev.source_right',
      dataset,
      value: r.sourceRight,
      target: '>= 0.80',
      note: 'share of found attributions whose source span matches',
      details: r,
    },
  ];
}
