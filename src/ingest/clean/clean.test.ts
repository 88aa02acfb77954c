import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';
import { normalizeText } from './normalize.js';

describe('normalizeText', () => {
  it('normalises quotes, dashes and spaces and maps offsets back to the input', () => {
    const input = '“Hello”\u00a0—\u200b it’s  a test –\r\nnext\n\n\n\nline';
    const { text, offsets } = normalizeText(input);
    expect(text).toBe('"Hello" — it\'s a test –\nnext\n\nline');
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (/[\w]/.test(ch)) expect(input[offsets.toSource(i)]).toBe(ch);
    }
  });
});

describe('cleanText', () => {
  it('drops furniture of many kinds, keeps the article, and maps offsets', () => {
    const input = [
      'Home > World > Europe',
      'Share this article',
      'The council voted on Tuesday to extend the programme for two more years, officials said.',
      'Sign up for our newsletter to get the latest news in your inbox.',
      'Opposition members said the vote was rushed, but the measure passed with a clear majority.',
      'Advertisement',
      'Critics had argued that a newsletter sent to residents misrepresented the cost of the scheme.',
      'Reporting by Jane Roe; Editing by John Doe',
      '© 2024 Example Media. All rights reserved.',
      'Comments are closed.',
    ].join('\n\n');
    const r = cleanText(input);
    expect(r.text.split('\n\n')).toEqual([
      'The council voted on Tuesday to extend the programme for two more years, officials said.',
      'Opposition members said the vote was rushed, but the measure passed with a clear majority.',
      'Critics had argued that a newsletter sent to residents misrepresented the cost of the scheme.',
    ]);
    expect(r.removed.map((x) => x.rule)).toContain('breadcrumb');
    expect(r.credits.map((c) => c.name)).toEqual(['Jane Roe', 'John Doe']);
    for (const p of r.paragraphs)
      expect(input.slice(r.offsets.toSource(p.start), r.offsets.toSource(p.end - 1) + 1)).toBe(
        r.text.slice(p.start, p.end),
      );
  });

  it('removes an author line and first-person bio at the tail, and comment prompts', () => {
    const r = cleanText(
      [
        'The harbour reopened on Friday after a week of repairs to the sea wall, the port authority said.',
        'Shipping firms said delays would ease by the end of the month.',
        'Jamie Writer',
        'I write about ports and shipping. Coffee lover, dad of two. #shipping #news',
        'Leave a Reply',
      ].join('\n\n'),
    );
    expect(r.text).toBe(
      'The harbour reopened on Friday after a week of repairs to the sea wall, the port authority said.\n\nShipping firms said delays would ease by the end of the month.',
    );
  });

  it('detects a title line and a dek in plain text when asked', () => {
    const r = cleanText(
      'Ministers agree on budget\n\nTalks ran late into the night\n\nThe finance ministers agreed a budget after talks that ran until 3am, the presidency said on Friday.',
      {
        detectTitle: true,
      },
    );
    expect(r.title).toBe('Ministers agree on budget');
    expect(r.dek).toBe('Talks ran late into the night');
    expect(r.text).toMatch(/^The finance ministers/);
  });

  it('repairs glue with the repaired span pointing into the clean text', () => {
    const r = cleanText(
      'Russia sees China as an alternative marketbut also as a partner in many fields of trade and energy.',
      { language: 'en' },
    );
    expect(r.repairs).toHaveLength(1);
    const [rep] = r.repairs;
    expect(r.text.slice(rep!.at.start, rep!.at.end)).toBe('market but');
  });

  it('cleans the demo corpus: furniture out, credits recorded, glue repaired, news kept', () => {
    const dir = join(import.meta.dirname, '../../../examples/xi-visit-2023');
    const files = Object.fromEntries(
      readdirSync(dir).map((f) => [
        f.slice(0, 3),
        cleanText(readFileSync(join(dir, f), 'utf8'), { detectTitle: true }),
      ]),
    );
    expect(files['002']?.removed.map((r) => r.text)).toEqual(
      expect.arrayContaining(['Russia /', expect.stringContaining('For corrections please email')]),
    );
    expect(files['002']?.title).toMatch(/^Chinese President Xi Jinping Arrives in Moscow/);
    const tail = files['004']!;
    expect(tail.text).not.toMatch(/Disclaimer|Deborah Acker|epic fantasy|Leave a Reply/);
    expect(tail.text).toMatch(
      /China has become the biggest buyer of Russian oil, a key source of revenue for Moscow\.$/,
    );
    expect(files['001']?.credits).toEqual([
      { name: 'Derecha Diario', line: 'With information from Derecha Diario' },
    ]);
    expect(files['001']?.text).not.toContain('With information from');
    expect(files['000']?.repairs.map((r) => r.to)).toEqual([
      'market but',
      'countries through',
      'position since',
      'stance makes',
    ]);
    expect(files['003']?.repairs.map((r) => r.to)).toEqual(['Mariupol more']);
    expect(files['000']?.title).toBeNull();
    expect(files['000']?.text).toMatch(/^Xi Jinping is already in Russia\./);
  });
});

describe('cleanText on page furniture between article paragraphs', () => {
  it('drops bylines, echoed URLs, UI labels, repeated captions and "On site.com:" links', () => {
    const caption =
      'In this Sunday, Nov. 10, 2019, photograph, a long row of unsold vehicles sits at a dealership in a small town in the mountains.';
    const r = cleanText(
      [
        'https://news.example.test/business/article/sales-fall-123.php',
        'By Pat Writer',
        'Published 4:00 am CST, Wednesday, November 20, 2019',
        caption,
        'Caption',
        'Close',
        caption,
        'New car sales fell 10 percent in October as buyers held back, dealers said on Tuesday.',
        'On Example.com: Sales fell in August too',
        'Dealers expect a better December, when year-end discounts usually bring buyers back to showrooms.',
      ].join('\n\n'),
      { knownTitle: 'Sales fall' },
    );
    expect(r.text.split('\n\n')).toEqual([
      'New car sales fell 10 percent in October as buyers held back, dealers said on Tuesday.',
      'Dealers expect a better December, when year-end discounts usually bring buyers back to showrooms.',
    ]);
  });
});
