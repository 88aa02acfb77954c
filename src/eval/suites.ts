// Every evaluation suite: the ids of the rows it produces (for prefix selection) and how to compute them.
import { CLUSTER_ROW_IDS, clusterRows } from './cluster/suite.js';
import { extractionRows } from './extraction/suite.js';
import { nerRows } from './ner/suite.js';
import { quoteRows, quoteTrainRows } from './quotes/polnear.js';
import type { Row } from './scoreboard.js';
import { dedupeReutersRows } from './dedupe/reuters.js';
import { tbaqRows } from './time/tbaq.js';
import { pubdateRows } from './pubdate/duc2004.js';
import { entitySeedRows } from './entities/seeds.js';
import { rougeReplicationRows } from './rouge/replication.js';
import { summaryRows } from './summary/duc2004.js';
import { entityEcbRows } from './entities/ecbplus.js';
import { wireDucRows } from './wire/duc2004.js';
import { seedStoryRows } from './story/seeds.js';

export interface Suite {
  /** Row ids this suite produces; a suite runs when any of them is selected. */
  ids: string[];
  run(dataRoot: string, options: { verbose?: boolean }): Promise<Row[]>;
}

export const SUITES: Suite[] = [
  {
    ids: [
      'extraction.scrapinghub.f1',
      'extraction.scrapinghub.precision',
      'extraction.scrapinghub.recall',
      'extraction.scrapinghub.readability_f1',
    ],
    run: extractionRows,
  },
  { ids: ['ner.conll-testa.f1'], run: nerRows },
  { ids: ['quotes.polnear-dev.content_found', 'quotes.polnear-dev.source_right'], run: quoteRows },
  { ids: ['quotes.polnear-train.content_found'], run: quoteTrainRows },
  { ids: ['dedupe.reuters.duplicate_share'], run: dedupeReutersRows },
  {
    ids: ['time.tbaq.value_f1', 'time.tbaq.extent_f1', 'time.tbaq.strict_extent_f1', 'time.aquaint.value_f1'],
    run: tbaqRows,
  },
  {
    ids: [
      'pubdate.duc2004-task5.precision',
      'pubdate.duc2004-task5.coverage',
      'pubdate.duc2004-task5.heldout_precision',
      'pubdate.duc2004-task5.heldout_coverage',
    ],
    run: pubdateRows,
  },
  { ids: ['entities.seeds.precision', 'entities.seeds.recall'], run: entitySeedRows },
  { ids: ['rouge.replication.max_diff'], run: rougeReplicationRows },
  { ids: ['summary.duc2004.rouge1', 'summary.duc2004.rouge2'], run: summaryRows },
  { ids: ['entities.ecbplus.person_merge_same_topic'], run: entityEcbRows },
  { ids: ['wire.duc2004-task5.recall', 'wire.duc2004-task5.precision'], run: wireDucRows },
  { ids: CLUSTER_ROW_IDS, run: clusterRows },
  { ids: ['story.seeds.conflicts_found', 'story.seeds.conflicts_invented'], run: seedStoryRows },
];
