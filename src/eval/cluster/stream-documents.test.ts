import { describe, expect, it } from 'vitest';
import { articleFromText, arrivalDate, clusterDocsOf } from './stream-documents.js';

const LONG =
  'Rescue teams searched the flooded valley on Monday after the river burst its banks, officials said. ' +
  'Hundreds of families were moved to schools on higher ground while the water kept rising overnight.';

describe('articleFromText', () => {
  it('builds the article as ingestion does, with the record title', () => {
    const a = articleFromText({ id: 'x', text: LONG, title: 'Valley floods' });
    expect(a.title).toBe('Valley floods');
    expect(a.text).toContain('Rescue teams');
  });

  it('keeps a text too short to ingest, so that it still gets a story', () => {
    const a = articleFromText({ id: 'y', text: 'Dam breaks.' });
    expect(a.text).toBe('Dam breaks.');
    expect(a.paragraphs).toEqual([{ start: 0, end: 11 }]);
  });
});

describe('clusterDocsOf', () => {
  it('dates an article by its publication date, else by its arrival (undated)', () => {
    const [dated, undated] = clusterDocsOf([
      { id: 'a', text: LONG, publishedAt: '2024-05-06T10:00:00Z' },
      { id: 'b', text: LONG.replace('Monday', 'today') },
    ]);
    expect(dated?.dated).toBe(true);
    expect(dated?.date).toBe(Date.parse('2024-05-06T10:00:00Z'));
    expect(undated?.dated).toBe(false);
    expect(undated?.date).toBe(arrivalDate(1));
  });
});
