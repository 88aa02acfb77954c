// DUC 2004 cluster documents → StoryDocs through the real text ingest (clean, metadata) and analyze(). The
// documents carry no DOCNO, outlet or date here, so each is its own independent source (cluster/D<n>) and
// articles keep their file order.
import { analyze } from '../../analyze/analyze.js';
import { sha256 } from '../../ingest/article-id.js';
import { buildArticle } from '../../ingest/build-article.js';
import type { StoryDoc } from '../../model.js';

const NOW = new Date('2004-01-01T00:00:00.000Z');

export function storyDocsFromTexts(
  cluster: string,
  docs: readonly { name: string; text: string }[],
): StoryDoc[] {
  const out: StoryDoc[] = [];
  docs.forEach(({ name, text }, i) => {
    const origin = `${cluster}/${name}`;
    const article = buildArticle(
      {
        origin,
        kind: 'text',
        raw: {
          id: sha256(text),
          origin,
          kind: 'text',
          mediaType: 'text/plain',
          body: text,
          fetchedAt: NOW.toISOString(),
        },
        body: { format: 'text', text, title: null },
        hints: [],
      },
      NOW,
    );
    const date = article.metadata.publishedAt.value;
    out.push({
      article,
      analysis: analyze(article),
      link: {
        seq: i + 1,
        sourceKey: origin,
        duplicateOf: null,
        wireOrigin: null,
        date: date ? { value: date, source: 'metadata' } : { value: article.ingestedAt, source: 'ingested' },
        entityIds: [],
      },
    });
  });
  return out;
}
