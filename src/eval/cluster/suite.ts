// Eval rows for online story clustering: B-cubed P/R/F1 on ECB+ (file order, no dates) and DUC 2004 task 5
// (publication order), through the product's ingest → analyze → link path, each also on its held-out part (ECB+ topics > 20, DUC events 26–50 by name) clustered
// alone; and the number of stories for the seed articles. One configuration (the defaults) for every set.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../project-root.js';
import type { Row } from '../scoreboard.js';
import { bcubed } from './bcubed.js';
import { ducPath, ecbPlusPath, readDuc, readEcbPlus, readSeedTexts, type LabelledText } from './datasets.js';
import { runThroughIngest } from './run-ingest.js';

export const CLUSTER_ROW_IDS = [
  'cluster.ecbplus.b3_f1',
  'cluster.ecbplus.b3_precision',
  'cluster.ecbplus.b3_recall',
  'cluster.ecbplus-heldout.b3_f1',
  'cluster.ecbplus-heldout.b3_precision',
  'cluster.ecbplus-heldout.b3_recall',
  'cluster.duc2004-task5.b3_f1',
  'cluster.duc2004-task5.b3_precision',
  'cluster.duc2004-task5.b3_recall',
  'cluster.duc2004-task5-heldout.b3_f1',
  'cluster.duc2004-task5-heldout.b3_precision',
  'cluster.duc2004-task5-heldout.b3_recall',
  'cluster.seeds.stories',
];

const ECB_ANCHORS = [{ name: 'K-means given k (ECB+ test topics)', value: 0.968 }];

export async function clusterRows(dataRoot: string): Promise<Row[]> {
  const rows: Row[] = [];
  const ecbFile = ecbPlusPath(dataRoot);
  if (existsSync(ecbFile)) {
    const set = readEcbPlus(dataRoot);
    rows.push(
      ...(await scoreRows('cluster.ecbplus', 'events/ecbplus (all 772 docs, file order)', set, ECB_ANCHORS)),
    );
    rows.push(
      ...(await scoreRows(
        'cluster.ecbplus-heldout',
        'events/ecbplus topics 21+ (not tuned on)',
        set.filter((t) => t.group > 20),
        ECB_ANCHORS,
      )),
    );
  } else rows.push(missing('cluster.ecbplus.b3_f1', 'events/ecbplus', ecbFile));

  const ducFile = ducPath(dataRoot);
  if (existsSync(ducFile)) {
    const set = readDuc(dataRoot);
    rows.push(
      ...(await scoreRows('cluster.duc2004-task5', 'events/duc2004-task5 (publication order)', set, [])),
    );
    rows.push(
      ...(await scoreRows(
        'cluster.duc2004-task5-heldout',
        'events/duc2004-task5 events 26–50 (not tuned on)',
        set.filter((t) => t.group >= 25),
        [],
      )),
    );
  } else rows.push(missing('cluster.duc2004-task5.b3_f1', 'events/duc2004-task5', ducFile));

  const seeds = readSeedTexts(join(projectRoot(), 'examples', 'xi-visit-2023'));
  if (seeds.length) {
    const result = await runThroughIngest(seeds);
    rows.push({
      id: 'cluster.seeds.stories',
      dataset: 'examples/xi-visit-2023',
      value: new Set(result.stories).size,
      target: '= 1',
      note: `${seeds.length} articles`,
    });
  } else rows.push(missing('cluster.seeds.stories', 'examples/xi-visit-2023', 'examples/xi-visit-2023'));
  return rows;
}

async function scoreRows(
  prefix: string,
  dataset: string,
  texts: LabelledText[],
  anchors: Row['anchors'],
): Promise<Row[]> {
  const result = await runThroughIngest(texts);
  const score = bcubed(
    result.stories,
    texts.map((t) => t.event),
  );
  const events = new Set(texts.map((t) => t.event)).size;
  const refused = result.refused
    ? ` (${result.refused} refused by ingestion as too short, each its own story)`
    : '';
  const note = `${texts.length} docs, ${events} events → ${new Set(result.stories).size} stories${refused}; through ingest → analyze → link, ${Math.round(texts.length / Math.max(result.seconds, 1e-6))} articles/s`;
  return [
    { id: `${prefix}.b3_f1`, dataset, value: score.f1, target: '>= 0.93', anchors, note },
    { id: `${prefix}.b3_precision`, dataset, value: score.precision },
    { id: `${prefix}.b3_recall`, dataset, value: score.recall },
  ];
}

function missing(id: string, dataset: string, path: string): Row {
  return { id, dataset, value: null, note: `data missing: ${path}` };
}
