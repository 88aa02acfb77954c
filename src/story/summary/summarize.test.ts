import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze/analyze.js';
import { paragraphSpans } from '../../analyze/sentences.js';
import type { StoryDoc } from '../../model.js';
import { storyDoc } from '../test-docs.js';
import { conceptWeights } from './concepts.js';
import { shortenToHeadline, summarize } from './summarize.js';

function doc(id: string, text: string, sourceKey: string, seq: number, date = '2023-03-20'): StoryDoc {
  const paragraphs = paragraphSpans(text);
  const base = storyDoc(id, text, {
    sourceKey,
    seq,
    date,
    link: { date: { value: date, source: 'metadata' } },
  });
  base.article.paragraphs = paragraphs;
  base.article.title = null;
  return { ...base, analysis: analyze({ id, text, paragraphs }) };
}

const QUAKE =
  'A strong earthquake struck the coastal city of Valdora early on Monday, killing at least 40 people.';
const RESCUE =
  'Rescue teams from three neighbouring countries arrived in Valdora to search collapsed buildings for survivors.';
const MAYOR = 'The mayor of Valdora declared three days of mourning for the victims of the earthquake.';
const PORT =
  'Separately, the local football club announced the signing of a new goalkeeper from Brazil on a two-year contract.';
const HE = 'He said the harbour would reopen within a week after engineers inspected the damaged piers.';

function story(): StoryDoc[] {
  return [
    doc('a', `${QUAKE} ${RESCUE}\n\n${PORT}`, 'outlet:a', 1),
    doc(
      'b',
      `At least 40 people were killed when a strong earthquake struck Valdora on Monday. ${MAYOR}`,
      'outlet:b',
      2,
    ),
    doc(
      'c',
      `The earthquake that struck Valdora on Monday killed at least 40 people, officials confirmed. ${HE} ${RESCUE}`,
      'outlet:c',
      3,
    ),
    // A reprint of a's second paragraph: same source key, so it adds no weight.
    doc('d', `${PORT} ${HE}`, 'outlet:a', 4),
  ];
}

describe('summarize', () => {
  it('weights concepts by distinct sources, so a reprint does not count twice', () => {
    const weights = conceptWeights(
      story().map((d) => ({ sourceKey: d.link.sourceKey, text: d.article.text })),
    );
    expect(weights.get('u:earthquak')).toBe(3);
    expect(weights.get('u:goalkeep')).toBeUndefined(); // a and its reprint d: one source only
  });

  it('picks what most sources report, cites every supporting article and never a dangling pronoun', () => {
    const view = summarize(story(), { words: 40 });
    expect(view.short.length).toBeGreaterThan(0);
    const texts = view.short.map((s) => s.text);
    expect(texts.some((t) => /earthquake/i.test(t) && /40/.test(t))).toBe(true);
    expect(texts.some((t) => /goalkeeper/.test(t))).toBe(false);
    expect(texts.some((t) => /^He\b/.test(t))).toBe(false);
    // Two wordings of the death toll: the second says the same again.
    expect(texts.filter((t) => /40 people/.test(t))).toHaveLength(1);
    const quake = view.short.find((s) => /earthquake/i.test(s.text) && /40/.test(s.text))!;
    expect(quake.citations.length).toBeGreaterThanOrEqual(2);
    expect(quake.sources).toBe(new Set(quake.citations.map((c) => c.articleId)).size);
    const rescue = view.long.find((s) => s.text === RESCUE);
    if (rescue) {
      expect(rescue.citations.map((c) => c.articleId).sort()).toEqual(['a', 'c']);
      expect(rescue.sources).toBe(2);
    }
  });

  it('orders the summary by article date, then position', () => {
    const docs = story();
    docs[0]!.link.date = { value: '2023-03-22', source: 'metadata' };
    const view = summarize(docs, { words: 250 });
    const order = view.long.map((s) => `${s.from.articleId}`);
    const firstA = order.indexOf('a');
    expect(firstA).toBeGreaterThanOrEqual(0);
    expect(order.slice(firstA).every((id) => id === 'a')).toBe(true);
  });

  it('gives a headline, one line and 3–5 key points', () => {
    const view = summarize(story());
    expect(view.headline.length).toBeGreaterThan(0);
    expect(view.headline.split(/\s+/).length).toBeLessThanOrEqual(15);
    expect(view.oneLine?.text).toMatch(/earthquake/i);
    expect(view.keyPoints.length).toBeGreaterThanOrEqual(1);
    expect(view.keyPoints.length).toBeLessThanOrEqual(5);
  });

  it('shortens a sentence to a headline', () => {
    expect(shortenToHeadline('Rebels freed the hostages on Sunday, officials said.')).toBe(
      'Rebels freed the hostages on Sunday',
    );
    expect(shortenToHeadline('a b c d e f g h i j k l m n o p q')).toBe('a b c d e f g h i j k l m n…');
  });
});
