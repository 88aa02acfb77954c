// Small StoryDocs for the synthesis tests: an article, an empty analysis and a link, each overridable.
import type { Analysis, Article, StoryDoc } from '../model.js';

export function storyDoc(
  id: string,
  text: string,
  opts: {
    outlet?: string | null;
    seq?: number;
    date?: string;
    sourceKey?: string;
    analysis?: Partial<Analysis>;
    link?: Partial<StoryDoc['link']>;
  } = {},
): StoryDoc {
  const article: Article = {
    id,
    origin: `${id}.txt`,
    kind: 'text',
    title: `Title of ${id}`,
    text,
    paragraphs: [{ start: 0, end: text.length }],
    metadata: {
      title: { value: `Title of ${id}`, source: 'text' },
      authors: { value: [], source: 'unknown' },
      outlet: { value: opts.outlet === undefined ? `Outlet ${id}` : opts.outlet, source: 'record' },
      canonicalUrl: { value: null, source: 'unknown' },
      publishedAt: { value: opts.date ?? '2023-03-20', source: 'record' },
      modifiedAt: { value: null, source: 'unknown' },
      language: { value: 'en', source: 'text' },
      description: { value: null, source: 'unknown' },
      section: { value: null, source: 'unknown' },
      credits: [],
    },
    wordCount: text.split(/\s+/).length,
    cleaning: { removed: [], repairs: [] },
    rawId: `raw-${id}`,
    ingestedAt: '2024-01-01T00:00:00.000Z',
  };
  const analysis = {
    articleId: id,
    version: 0,
    sentences: [{ start: 0, end: text.length, paragraph: 0 }],
    tokenCount: text.split(/\s+/).length,
    entities: [],
    mentions: [],
    quotes: [],
    quantities: [],
    citedSources: [],
    opinion: [],
    ...opts.analysis,
  } as Analysis;
  return {
    article,
    analysis,
    link: {
      seq: opts.seq ?? 1,
      sourceKey: opts.sourceKey ?? `outlet:${id}`,
      duplicateOf: null,
      wireOrigin: null,
      date: { value: opts.date ?? '2023-03-20', source: 'metadata' },
      entityIds: [],
      ...opts.link,
    },
  };
}
