// Entity identities across the five seed articles (examples/xi-visit-2023), in file order, against the reviewed
// golden file test/golden/xi-visit-2023/expected-entities.json: rows entities.seeds.precision and .recall.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyze } from '../../analyze/analyze.js';
import { createFetcher } from '../../ingest/http/fetcher.js';
import { EntityRegistry } from '../../link/entities/entity-registry.js';
import { extractInputs } from '../../pipeline/ingest.js';
import { projectRoot } from '../../project-root.js';
import type { Row } from '../scoreboard.js';
import {
  apartViolations,
  identityItems,
  scorePairs,
  type GoldenEntities,
  type IdentityItem,
  type PairScores,
} from './pairwise.js';

const CASE = 'xi-visit-2023';

export async function seedEntityScores(root: string = projectRoot()): Promise<{
  scores: PairScores;
  apart: string[];
  items: IdentityItem[];
}> {
  const golden = JSON.parse(
    readFileSync(join(root, 'test', 'golden', CASE, 'expected-entities.json'), 'utf8'),
  ) as GoldenEntities;
  const fetcher = createFetcher({ allowPrivate: false, politenessMs: 0 });
  const registry = new EntityRegistry();
  const items: IdentityItem[] = [];
  for await (const r of extractInputs([join(root, 'examples', CASE)], { fetcher })) {
    if (r.status !== 'extracted') continue;
    const analysis = analyze(r.article);
    const { ids } = registry.resolve(analysis, {
      articleId: r.article.id,
      date: r.article.metadata.publishedAt.value ?? r.article.ingestedAt,
      text: r.article.text,
    });
    items.push(...identityItems(golden, basename(r.article.origin).slice(0, 3), analysis, ids));
  }
  return { scores: scorePairs(items), apart: apartViolations(golden, items), items };
}

export async function entitySeedRows(): Promise<Row[]> {
  const { scores, apart } = await seedEntityScores();
  const dataset = `examples/${CASE}`;
  const counts = `cross-article pairs: ${scores.truePairs} right of ${scores.predictedPairs} merged pairs, ${scores.goldPairs} gold pairs`;
  return [
    {
      id: 'entities.seeds.precision',
      dataset,
      value: scores.precision,
      target: '>= 0.95',
      note: `${counts}; apart pairs merged: ${apart.length}${scores.wrong.length ? `; wrong e.g. ${scores.wrong.slice(0, 3).join('; ')}` : ''}`,
      details: { ...scores },
    },
    {
      id: 'entities.seeds.recall',
      dataset,
      value: scores.recall,
      target: '>= 0.8',
      note: `${counts}${scores.missed.length ? `; missed e.g. ${scores.missed.slice(0, 3).join('; ')}` : ''}`,
    },
  ];
}
