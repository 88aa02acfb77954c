// Reading the DUC 2004 task 2 files: clusters, their documents, the human reference summaries and the peers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summaryLines } from './rouge.js';

export const DUC2004_DIR = join('summaries', 'duc2004');

export function duc2004Dir(dataRoot: string): string {
  return join(dataRoot, DUC2004_DIR);
}

export function readClusters(dir: string): string[] {
  return readFileSync(join(dir, 'clusters.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The reference summaries of a cluster, each as its lines, in file-name order. */
export function readReferences(dir: string, cluster: string): string[][] {
  const refDir = join(dir, 'references');
  return readdirSync(refDir)
    .filter((f) => f.startsWith(`${cluster}.`))
    .sort()
    .map((f) => summaryLines(readFileSync(join(refDir, f), 'utf8')));
}

/** Peer summaries: system name → lines, for one cluster. */
export function readPeers(dir: string, cluster: string): Map<string, string[]> {
  const peerDir = join(dir, 'peers');
  const out = new Map<string, string[]>();
  for (const f of readdirSync(peerDir).sort()) {
    if (!f.startsWith(`${cluster}.`)) continue;
    out.set(f.slice(cluster.length + 1), summaryLines(readFileSync(join(peerDir, f), 'utf8')));
  }
  return out;
}

/** The documents of a cluster in numeric order (D1, D2, ..., D10): file name and text. */
export function readDocuments(dir: string, cluster: string): { name: string; text: string }[] {
  const docDir = join(dir, 'docs', cluster);
  if (!existsSync(docDir)) return [];
  return readdirSync(docDir)
    .filter((f) => f.endsWith('.txt'))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0] ?? 0) - Number(/\d+/.exec(b)?.[0] ?? 0))
    .map((name) => ({ name, text: readFileSync(join(docDir, name), 'utf8') }));
}

export interface OfficialScore {
  system: string;
  metric: string;
  cluster: string;
  recall: number;
}

export function readOfficialScores(dir: string): OfficialScore[] {
  const lines = readFileSync(join(dir, 'official-rouge.tsv'), 'utf8').split(/\r?\n/).filter(Boolean);
  return lines.slice(1).map((line) => {
    const [system = '', metric = '', cluster = '', recall = ''] = line.split('\t');
    return { system, metric, cluster, recall: Number(recall) };
  });
}
