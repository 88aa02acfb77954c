// Wire origins on DUC 2004 task 5: 503 stories whose `source` says which service sent them (APW = Associated
// Press, XIE = Xinhua English, NYT = New York Times News Service, not an agency of our list). Recall: share of
// AP and Xinhua stories whose text gives that agency; precision: share of found origins that are the story's own
// service (an NYT story credited to an agency counts wrong, though it may quote one).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findWireOrigin } from '../../link/wire-origin.js';
import type { ArticleMetadata } from '../../model.js';
import type { Row } from '../scoreboard.js';

const DATASET = 'events/duc2004-task5';
const EXPECTED: Record<string, string | null> = { APW: 'associated press', XIE: 'xinhua', NYT: null };

const none = { value: null, source: 'unknown' as const };
const METADATA: ArticleMetadata = {
  title: none,
  authors: { value: [], source: 'unknown' },
  outlet: none,
  canonicalUrl: none,
  publishedAt: none,
  modifiedAt: none,
  language: none,
  description: none,
  section: none,
  credits: [],
};

export async function wireDucRows(dataRoot: string): Promise<Row[]> {
  const path = join(dataRoot, 'events', 'duc2004-task5', 'docs.jsonl');
  if (!existsSync(path))
    return ['recall', 'precision'].map((m) => ({
      id: `wire.duc2004-task5.${m}`,
      dataset: DATASET,
      value: null,
      note: `data missing: ${path}`,
    }));
  const docs = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; source: string; headline?: string; text: string });
  let wired = 0;
  let recalled = 0;
  let found = 0;
  let right = 0;
  const wrong: string[] = [];
  for (const d of docs) {
    const expected = EXPECTED[d.source] ?? null;
    const origin = findWireOrigin({ text: d.text, title: d.headline ?? null, metadata: METADATA });
    if (expected) wired++;
    if (expected && origin?.key === expected) recalled++;
    if (origin) {
      found++;
      if (origin.key === expected) right++;
      else if (wrong.length < 3) wrong.push(`${d.id}: ${origin.evidence}`);
    }
  }
  return [
    {
      id: 'wire.duc2004-task5.recall',
      dataset: DATASET,
      value: wired ? recalled / wired : null,
      note: `${recalled} of ${wired} AP and Xinhua stories credited to their agency`,
    },
    {
      id: 'wire.duc2004-task5.precision',
      dataset: DATASET,
      value: found ? right / found : null,
      note: `${right} of ${found} origins found are the story's own service${wrong.length ? `; wrong e.g. ${wrong.join('; ')}` : ''}`,
    },
  ];
}
