// StoryDocs for a folder of articles read as one story with the real ingest and analyze stages. The demo corpus
// has no outlet names, so each article is its own source (sourceKey = article id); entity ids are the names.
import { analyze } from '../../analyze/analyze.js';
import { createFetcher } from '../../ingest/http/fetcher.js';
import type { StoryDoc } from '../../model.js';
import { extractInputs } from '../../pipeline/ingest.js';

export async function storyDocsFromFolder(dir: string): Promise<StoryDoc[]> {
  const fetcher = createFetcher({ allowPrivate: false, politenessMs: 0 });
  const docs: StoryDoc[] = [];
  for await (const r of extractInputs([dir], { fetcher, now: () => new Date('2023-03-22T00:00:00Z') })) {
    if (r.status !== 'extracted')
      throw new Error(`${r.origin}: ${r.status} (${'reason' in r ? r.reason : ''})`);
    const analysis = analyze(r.article);
    const seq = docs.length + 1;
    docs.push({
      article: r.article,
      analysis,
      link: {
        seq,
        sourceKey: r.article.id,
        duplicateOf: null,
        wireOrigin: null,
        date: analysis.publication
          ? { value: analysis.publication.value, source: analysis.publication.source }
          : { value: r.article.ingestedAt, source: 'ingested' },
        entityIds: analysis.entities.map((e) => `name:${e.name.toLowerCase()}`),
      },
    });
  }
  return docs;
}
