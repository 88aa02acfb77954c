import { describe, expect, it } from 'vitest';
import { dropConnective, openingReference, resolvePersonPronoun } from './dangling.js';

describe('opening references', () => {
  it('finds pronouns and definite descriptions, not names', () => {
    expect(openingReference('He said the vote would go ahead.')).toEqual({ kind: 'pronoun', word: 'he' });
    expect(openingReference('This was the first visit since 1990.')).toMatchObject({ kind: 'pronoun' });
    expect(openingReference('The talks ended without a deal.')).toEqual({
      kind: 'definite',
      heads: ['talk'],
    });
    expect(openingReference('The two leaders met in Beijing.')).toEqual({
      kind: 'definite',
      heads: ['leader'],
    });
    expect(openingReference('The United Nations sent aid.')).toEqual({ kind: 'none' });
    expect(openingReference('There were 40 deaths.')).toEqual({ kind: 'none' });
    expect(openingReference('Rescue teams reached the village.')).toEqual({ kind: 'none' });
  });

  it('drops an opening connective', () => {
    expect(dropConnective('But the talks failed.')).toBe('The talks failed.');
    expect(dropConnective('However, rescuers reached the site.')).toBe('Rescuers reached the site.');
    expect(dropConnective('Butter prices rose.')).toBe('Butter prices rose.');
    expect(dropConnective('Not surprisingly, trade grew.')).toBe('Trade grew.');
  });

  it('rewrites he/she with the one person named just before, and only then', () => {
    const text = 'Maria Lopez won the race. She thanked her team.';
    const analysis = {
      entities: [
        { id: 0, name: 'Maria Lopez', type: 'person' as const, aliases: [], roles: [], mentions: 1 },
      ],
      mentions: [{ start: 0, end: 11, text: 'Maria Lopez', entity: 0, kind: 'name' as const }],
    };
    expect(resolvePersonPronoun('She thanked her team.', 26, 0, analysis)).toBe(
      'Maria Lopez thanked her team.',
    );
    const two = {
      entities: [
        ...analysis.entities,
        { id: 1, name: 'Ana Ruiz', type: 'person' as const, aliases: [], roles: [], mentions: 1 },
      ],
      mentions: [
        ...analysis.mentions,
        { start: 16, end: 24, text: 'Ana Ruiz', entity: 1, kind: 'name' as const },
      ],
    };
    expect(resolvePersonPronoun('She thanked her team.', 26, 0, two)).toBeNull();
    expect(text.length).toBeGreaterThan(26);
  });
});
