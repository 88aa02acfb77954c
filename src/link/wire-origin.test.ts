import { describe, expect, it } from 'vitest';
import type { ArticleMetadata, CreditedSource } from '../model.js';
import { findWireOrigin, wireAgency } from './wire-origin.js';

const none = { value: null, source: 'unknown' as const };
function article(text: string, options: { credits?: CreditedSource[]; outlet?: string } = {}) {
  const metadata: ArticleMetadata = {
    title: none,
    authors: { value: [], source: 'unknown' },
    outlet: options.outlet ? { value: options.outlet, source: 'meta' } : none,
    canonicalUrl: none,
    publishedAt: none,
    modifiedAt: none,
    language: none,
    description: none,
    section: none,
    credits: options.credits ?? [],
  };
  return { text, title: null, metadata };
}

const BODY =
  'The central bank raised its main rate by a quarter point on Tuesday, citing stubborn inflation.';

describe('findWireOrigin', () => {
  it.each([
    [`WASHINGTON (Reuters) - ${BODY}`, 'reuters'],
    [`MOSCOW, March 20 (Reuters) - ${BODY}`, 'reuters'],
    [`BEIJING (AP) — ${BODY}`, 'associated press'],
    [`LISBON, Portugal (AP) — ${BODY}`, 'associated press'],
    [`BEIJING, March 20 (Xinhua) -- ${BODY}`, 'xinhua'],
    [`PARIS (AFP) - ${BODY}`, 'agence france presse'],
    [`PARIS, AFP/ - ${BODY}`, 'agence france presse'],
    [`MOSCOW, March 20. /TASS/. ${BODY}`, 'tass'],
    [`(AP) — ${BODY}`, 'associated press'],
    [`KUALA LUMPUR, Malaysia (AP) _ ${BODY}`, 'associated press'],
  ])('reads the dateline of %s', (text, key) => {
    expect(findWireOrigin(article(text))?.key).toBe(key);
  });

  it('reads a sign-off at the end', () => {
    expect(findWireOrigin(article(`${BODY}\n\nMore rises are expected. — Reuters`))?.key).toBe('reuters');
    expect(findWireOrigin(article(`${BODY}\n\nMore rises are expected. (AP)`))?.key).toBe('associated press');
    expect(findWireOrigin(article(`${BODY}\n\n  Reuter`))?.key).toBe('reuters');
  });

  it('reads credit lines the cleaner took out, and skips credits that are people', () => {
    const credit = (name: string, line: string) => ({ name, line });
    expect(findWireOrigin(article(BODY, { credits: [credit('Reuters', 'Source: Reuters')] }))?.evidence).toBe(
      'credit: "Source: Reuters"',
    );
    expect(
      findWireOrigin(
        article(BODY, {
          credits: [
            credit('Jane Smith', 'Reporting by Jane Smith'),
            credit('AFP', 'With information from AFP'),
          ],
        }),
      )?.key,
    ).toBe('agence france presse');
    expect(
      findWireOrigin(article(BODY, { credits: [credit('Jane Smith', 'Reporting by Jane Smith')] })),
    ).toBeNull();
  });

  it('takes an agency outlet as its own origin, but not an ordinary outlet', () => {
    expect(findWireOrigin(article(BODY, { outlet: 'Reuters' }))?.key).toBe('reuters');
    expect(findWireOrigin(article(BODY, { outlet: 'The Guardian' }))).toBeNull();
  });

  it('does not take cited outlets, parentheses in the body, or non-agency datelines', () => {
    expect(findWireOrigin(article(`${BODY} The Washington Post reported it first.`))).toBeNull();
    expect(findWireOrigin(article(`WASHINGTON (CNN) - ${BODY}`))).toBeNull();
    expect(findWireOrigin(article(`The rate (AP said) rose. ${BODY}`))).toBeNull();
    expect(findWireOrigin(article(`${BODY}\n\nThe decision was unanimous — officials`))).toBeNull();
  });

  it('gives one key whatever the wording', () => {
    const keys = ['AP', 'The Associated Press', 'Associated Press'].map((n) => wireAgency(n)?.key);
    expect(new Set(keys)).toEqual(new Set(['associated press']));
    expect(wireAgency('Agence France Presse')?.key).toBe(wireAgency('AFP')?.key);
  });
});
