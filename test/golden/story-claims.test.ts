// The reviewed story expectation for the demo corpus: every real conflict between the seed articles is in the
// claims ledger as a contradiction, and no other contradiction is reported.
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreConflicts, type ExpectedConflict } from '../../src/eval/story/conflict-score.js';
import { storyDocsFromFolder } from '../../src/eval/story/seed-docs.js';
import { buildClaims } from '../../src/story/claims/build-claims.js';

const CASE = join(import.meta.dirname, 'xi-visit-2023');

describe('golden story xi-visit-2023', () => {
  it('finds every reviewed conflict and invents none', async () => {
    const expected = JSON.parse(readFileSync(join(CASE, 'expected-story.json'), 'utf8')) as {
      conflicts: ExpectedConflict[];
    };
    const docs = await storyDocsFromFolder(resolve(CASE, '../../../examples/xi-visit-2023'));
    const names = new Map(docs.map((d) => [d.article.id, basename(d.article.origin).slice(0, 3)]));
    const score = scoreConflicts(buildClaims(docs), expected.conflicts, (id) => names.get(id) ?? id);
    expect(score.missed).toEqual([]);
    expect(score.invented).toEqual([]);
  }, 60_000);
});
