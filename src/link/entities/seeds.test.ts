// The five seed articles, in order, through analyze and the registry, against the reviewed golden file
// test/golden/xi-visit-2023/expected-entities.json.
import { describe, expect, it } from 'vitest';
import { seedEntityScores } from '../../eval/entities/seeds.js';

describe('entity identities on the seed articles', () => {
  it('merges the forms the golden file joins, and none it keeps apart', async () => {
    const { scores, apart, items } = await seedEntityScores();
    expect(items.length).toBeGreaterThan(100);
    expect(apart).toEqual([]);
    expect(scores.wrong).toEqual([]);
    expect(scores.precision).toBeGreaterThanOrEqual(0.95);
    expect(scores.recall).toBeGreaterThanOrEqual(0.8);
    // The named variants of the issue.
    const idOf = (article: string, form: string) =>
      items.find((i) => i.article === article && i.form === form)?.predicted;
    expect(idOf('001', 'Dmitry Chernyshenko')).toBe(idOf('000', 'Dmitri Chernishenko'));
    expect(idOf('001', 'Kyiv')).toBe(idOf('000', 'Kiev'));
    expect(idOf('002', 'Zelensky')).toBe(idOf('001', 'Volodymyr Zelensky'));
    expect(idOf('002', 'ICC')).toBe(idOf('001', 'International Criminal Court'));
    expect(idOf('003', 'Foreign Ministry')).not.toBe(idOf('001', 'Foreign Ministry'));
  });
});
