// End-to-end golden cases: each folder under test/golden holds case.json (where its inputs are) and
// expected-articles.json, the articles ingestion must produce, as a person has read them.
// Regenerate for review with: UPDATE_GOLDEN=1 npx vitest run test/golden
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/ingest/http/fetcher.js';
import type { Article } from '../../src/model.js';
import { extractInputs } from '../../src/pipeline/ingest.js';

const ROOT = import.meta.dirname;
const fetcher = createFetcher({ allowPrivate: false, politenessMs: 0 });

/** What a reviewer checks: identity, title and its provenance, size, what was cut, credited and repaired. */
function view(article: Article, inputsDir: string) {
  const paragraphs = article.text.split('\n\n');
  return {
    input: article.origin.slice(inputsDir.length + 1),
    title: article.title,
    titleSource: article.metadata.title.source,
    language: article.metadata.language.value,
    words: article.wordCount,
    paragraphs: paragraphs.length,
    firstWords: paragraphs[0]?.split(' ').slice(0, 12).join(' '),
    lastWords: paragraphs[paragraphs.length - 1]?.split(' ').slice(-12).join(' '),
    credits: article.metadata.credits.map((c) => c.name),
    removed: article.cleaning.removed.map((r) => `${r.rule}: ${r.text.slice(0, 60)}`),
    repairs: article.cleaning.repairs.map((r) => `${r.from} → ${r.to}`),
  };
}

for (const name of readdirSync(ROOT).filter((n) => existsSync(join(ROOT, n, 'case.json')))) {
  describe(`golden case ${name}`, () => {
    it('produces the reviewed articles', async () => {
      const spec = JSON.parse(readFileSync(join(ROOT, name, 'case.json'), 'utf8')) as { inputs: string };
      const inputsDir = resolve(ROOT, name, spec.inputs);
      const got = [];
      for await (const r of extractInputs([inputsDir], { fetcher })) {
        expect(r.status).toBe('extracted');
        if (r.status === 'extracted') got.push(view(r.article, inputsDir));
      }
      const expectedPath = join(ROOT, name, 'expected-articles.json');
      if (process.env['UPDATE_GOLDEN'] || !existsSync(expectedPath))
        writeFileSync(expectedPath, `${JSON.stringify(got, null, 2)}\n`);
      expect(got).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  });
}
