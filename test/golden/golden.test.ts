// End-to-end golden cases: each folder under test/golden holds case.json (where its inputs are),
// expected-articles.json (the articles ingestion must produce) and expected-analysis.json (what analysis must
// find in them), as a person has read them. Regenerate for review with: UPDATE_GOLDEN=1 npx vitest run test/golden
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { createFetcher } from '../../src/ingest/http/fetcher.js';
import type { Analysis, Article } from '../../src/model.js';
import { extractInputs } from '../../src/pipeline/ingest.js';

const ROOT = import.meta.dirname;
const fetcher = createFetcher({ allowPrivate: false, politenessMs: 0 });

/** What a reviewer checks: identity, title and its provenance, size, what was cut, credited and repaired. */
function articleView(article: Article, inputsDir: string) {
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

/** What a careful reader checks of the analysis: quantities, cited sources, the outlet's own opinion. */
function analysisView(article: Article, analysis: Analysis, inputsDir: string) {
  const t = article.text;
  return {
    input: article.origin.slice(inputsDir.length + 1),
    sentences: analysis.sentences.length,
    entities: analysis.entities
      .filter((e) => e.mentions > 1 || e.type === 'person')
      .map(
        (e) =>
          `${e.name} [${e.type}] ×${e.mentions}${e.aliases.length ? ` aka ${e.aliases.join(', ')}` : ''}${e.roles.length ? ` — ${e.roles.join('; ')}` : ''}`,
      ),
    quantities: analysis.quantities.map(
      (q) => `${t.slice(q.start, q.end)} = ${q.normalized}${q.counted ? ` (${q.counted})` : ''}`,
    ),
    citedSources: analysis.citedSources.map((c) => `${c.name} [${c.kind}, ${c.cue}]`),
    quotes: analysis.quotes.map((q) => {
      const who = q.speaker?.entity != null ? analysis.entities[q.speaker.entity]?.name : q.speaker?.text;
      return `${who ?? '?'} (${q.cue?.verb ?? '—'}${q.medium ? `, ${q.medium}` : ''}): ${q.content.text.split(' ').slice(0, 8).join(' ')}…`;
    }),
    opinion: analysis.opinion
      .filter((o) => o.opinion)
      .map(
        (o) =>
          `${t.slice(o.start, o.end).split(' ').slice(0, 8).join(' ')}… ← ${o.triggers.map((x) => x.text).join(', ')}`,
      ),
  };
}

function compare(path: string, got: unknown): void {
  if (process.env['UPDATE_GOLDEN'] || !existsSync(path))
    writeFileSync(path, `${JSON.stringify(got, null, 2)}\n`);
  expect(got).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}

for (const name of readdirSync(ROOT).filter((n) => existsSync(join(ROOT, n, 'case.json')))) {
  describe(`golden case ${name}`, () => {
    it('produces the reviewed articles and analyses', async () => {
      const spec = JSON.parse(readFileSync(join(ROOT, name, 'case.json'), 'utf8')) as { inputs: string };
      const inputsDir = resolve(ROOT, name, spec.inputs);
      const articles = [];
      const analyses = [];
      for await (const r of extractInputs([inputsDir], { fetcher })) {
        expect(r.status).toBe('extracted');
        if (r.status !== 'extracted') continue;
        articles.push(articleView(r.article, inputsDir));
        analyses.push(analysisView(r.article, analyze(r.article), inputsDir));
      }
      compare(join(ROOT, name, 'expected-articles.json'), articles);
      compare(join(ROOT, name, 'expected-analysis.json'), analyses);
    });
  });
}
