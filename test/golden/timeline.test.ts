// Golden timeline: the story timeline of the seed articles against the entries a careful reader listed in
// xi-visit-2023/expected-timeline.json (written by reading the articles, not from the program's output).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { createFetcher } from '../../src/ingest/http/fetcher.js';
import type { StoryDoc, TimelineEntry } from '../../src/model.js';
import { extractInputs } from '../../src/pipeline/ingest.js';
import { buildTimeline } from '../../src/story/timeline.js';

const CASE = join(import.meta.dirname, 'xi-visit-2023');

interface Expected {
  date: TimelineEntry['date'];
  kind: TimelineEntry['kind'];
  background: boolean;
  minSources: number;
  text: string;
  what: string;
  check: boolean;
}

async function seedDocs(): Promise<StoryDoc[]> {
  const spec = JSON.parse(readFileSync(join(CASE, 'case.json'), 'utf8')) as { inputs: string };
  const docs: StoryDoc[] = [];
  const fetcher = createFetcher({ allowPrivate: false, politenessMs: 0 });
  for await (const r of extractInputs([resolve(CASE, spec.inputs)], { fetcher })) {
    if (r.status !== 'extracted') continue;
    docs.push({
      article: r.article,
      analysis: analyze(r.article),
      link: {
        seq: docs.length + 1,
        sourceKey: `seed:${docs.length}`,
        duplicateOf: null,
        wireOrigin: null,
        // The seeds carry no date: the link stage would fall back to ingestion time, which says nothing.
        date: { value: '2030-01-01T00:00:00.000Z', source: 'ingested' },
        entityIds: [],
      },
    });
  }
  return docs;
}

describe('golden timeline xi-visit-2023', () => {
  it('has the key entries a reader put on the timeline', async () => {
    const timeline = buildTimeline(await seedDocs());
    const expected = (
      JSON.parse(readFileSync(join(CASE, 'expected-timeline.json'), 'utf8')) as { entries: Expected[] }
    ).entries;
    const missing = expected
      .filter((e) => e.check)
      .filter(
        (e) =>
          !timeline.some(
            (t) =>
              t.date.start === e.date.start &&
              t.date.end === e.date.end &&
              t.date.precision === e.date.precision &&
              t.kind === e.kind &&
              t.background === e.background &&
              t.sources >= e.minSources &&
              t.text.toLowerCase().includes(e.text.toLowerCase()),
          ),
      )
      .map((e) => e.what);
    expect(missing).toEqual([]);
    // In time order, and nothing on the story's own days is background.
    const starts = timeline.map((t) => t.date.start);
    expect(starts).toEqual([...starts].sort());
    expect(timeline.filter((t) => t.background && t.date.start >= '2023-03-17')).toEqual([]);
  });
});
