// Eval rows story.seeds.*: the claims ledger of the demo corpus (examples/xi-visit-2023, five articles of one
// story) against the conflicts a reader found between them (test/golden/xi-visit-2023/expected-story.json).
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { projectRoot } from '../../project-root.js';
import { buildClaims } from '../../story/claims/build-claims.js';
import type { Row } from '../scoreboard.js';
import { scoreConflicts, type ExpectedConflict } from './conflict-score.js';
import { storyDocsFromFolder } from './seed-docs.js';

const DATASET = 'examples/xi-visit-2023';

export async function seedStoryRows(): Promise<Row[]> {
  const root = projectRoot();
  const expected = JSON.parse(
    readFileSync(join(root, 'test', 'golden', 'xi-visit-2023', 'expected-story.json'), 'utf8'),
  ) as { conflicts: ExpectedConflict[] };
  const docs = await storyDocsFromFolder(join(root, 'examples', 'xi-visit-2023'));
  const names = new Map(docs.map((d) => [d.article.id, basename(d.article.origin).slice(0, 3)]));
  const claims = buildClaims(docs);
  const score = scoreConflicts(claims, expected.conflicts, (id) => names.get(id) ?? id);
  const real = expected.conflicts.length;
  return [
    {
      id: 'story.seeds.conflicts_found',
      dataset: DATASET,
      value: score.found.length / real,
      target: '>= 1',
      note: `${score.found.length}/${real} real conflicts found${score.missed.length ? `; missed ${score.missed.join(', ')}` : ''}; ${claims.length} claims`,
      details: { found: score.found, missed: score.missed },
    },
    {
      id: 'story.seeds.conflicts_invented',
      dataset: DATASET,
      value: score.invented.length,
      target: '<= 0',
      note: score.invented.length ? score.invented.join(' · ') : 'none',
      details: { invented: score.invented },
    },
  ];
}
