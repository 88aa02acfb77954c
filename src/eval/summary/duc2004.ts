// Eval rows `summary.duc2004.rouge1` / `summary.duc2004.rouge2`: the short (100-word) summary of each DUC 2004
// task 2 cluster, scored with our ROUGE-1.5.5 replica (-n 2 -m -l 100 -f A) against the 4 human summaries.
import { existsSync, writeFileSync } from 'node:fs';
import type { StoryDoc } from '../../model.js';
import { summarize, type SummarizeOptions } from '../../story/summary/summarize.js';
import { DUC2004_DIR, duc2004Dir, readClusters, readDocuments, readReferences } from '../rouge/duc2004.js';
import { rougeN } from '../rouge/rouge.js';
import { loadWordnetExceptions } from '../rouge/wordnet-exceptions.js';
import type { Row } from '../scoreboard.js';
import { storyDocsFromTexts } from './story-docs.js';

const ANCHORS_R1 = [
  { name: 'DPP', value: 0.3963 },
  { name: 'OCCAMS_V', value: 0.3882 },
  { name: 'Submodular', value: 0.3874 },
  { name: 'ICSISumm', value: 0.3774 },
  { name: 'Centroid', value: 0.3617 },
  { name: 'LexRank', value: 0.3533 },
  { name: 'Lead', value: 0.3055 },
];
const ANCHORS_R2 = [
  { name: 'DPP', value: 0.0902 },
  { name: 'OCCAMS_V', value: 0.093 },
  { name: 'Submodular', value: 0.0899 },
  { name: 'ICSISumm', value: 0.0884 },
  { name: 'Centroid', value: 0.0739 },
  { name: 'LexRank', value: 0.0719 },
  { name: 'Lead', value: 0.0554 },
];

export interface DucCluster {
  id: string;
  docs: StoryDoc[];
  references: string[][];
}

export function loadDucClusters(dataRoot: string): DucCluster[] {
  const dir = duc2004Dir(dataRoot);
  return readClusters(dir).map((id) => ({
    id,
    docs: storyDocsFromTexts(id, readDocuments(dir, id)),
    references: readReferences(dir, id),
  }));
}

/** Mean ROUGE-1 / ROUGE-2 recall of the short summaries, and the summaries themselves. */
export function scoreSummaries(
  clusters: readonly DucCluster[],
  options: SummarizeOptions = {},
  exceptions?: ReadonlyMap<string, string>,
): { rouge1: number; rouge2: number; summaries: { id: string; lines: string[]; r1: number; r2: number }[] } {
  const summaries = clusters.map((c) => {
    const lines = summarize(c.docs, { words: 100, ...options }).short.map((s) => s.text);
    const opts = exceptions ? { exceptions } : {};
    return {
      id: c.id,
      lines,
      r1: rougeN(lines, c.references, 1, opts).recall,
      r2: rougeN(lines, c.references, 2, opts).recall,
    };
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return { rouge1: mean(summaries.map((s) => s.r1)), rouge2: mean(summaries.map((s) => s.r2)), summaries };
}

export async function summaryRows(dataRoot: string, options: { verbose?: boolean } = {}): Promise<Row[]> {
  const dir = duc2004Dir(dataRoot);
  const ids = ['summary.duc2004.rouge1', 'summary.duc2004.rouge2'];
  if (!existsSync(dir))
    return ids.map((id) => ({ id, dataset: DUC2004_DIR, value: null, note: `data missing: ${dir}` }));
  const clusters = loadDucClusters(dataRoot);
  const exceptions = loadWordnetExceptions();
  const result = scoreSummaries(clusters, {}, exceptions?.map);
  if (options.verbose)
    writeFileSync(
      'summary-duc2004.txt',
      result.summaries
        .map((s) => `# ${s.id} R1 ${s.r1.toFixed(4)} R2 ${s.r2.toFixed(4)}\n${s.lines.join('\n')}\n`)
        .join('\n'),
    );
  const note = `${clusters.length} clusters, short summary (100 words); ROUGE ${exceptions ? 'with' : 'without'} WordNet exceptions`;
  return [
    {
      id: ids[0]!,
      dataset: DUC2004_DIR,
      value: result.rouge1,
      target: '>= 0.385',
      anchors: ANCHORS_R1,
      note,
    },
    {
      id: ids[1]!,
      dataset: DUC2004_DIR,
      value: result.rouge2,
      target: '>= 0.090',
      anchors: ANCHORS_R2,
      note,
    },
  ];
}
