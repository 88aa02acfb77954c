// `storyline summarize [--words N] [--format text|json] <file|dir|url>...`: reads the articles, analyses them
// and summarises them as one story without storing anything: headline, key points and the summary with [n]
// citation markers, then the numbered list of sources.
import { analyze } from '../../analyze/analyze.js';
import { findWireOrigin } from '../../link/wire-origin.js';
import type { Article, CitedSentence, StoryDoc, StorySummaryView } from '../../model.js';
import { extractInputs } from '../../pipeline/ingest.js';
import { summarize } from '../../story/summary/summarize.js';
import { fetcherFrom, parsePositive, type FetchOptions } from '../context.js';

export interface SummarizeCommandOptions extends FetchOptions {
  words?: string;
  format?: string;
}

/** The independent-source identity an unstored article gets: its wire agency, else its outlet, else itself. */
export function sourceKeyOf(article: Article): { key: string; wire: ReturnType<typeof findWireOrigin> } {
  const wire = findWireOrigin(article);
  if (wire) return { key: `wire:${wire.key}`, wire };
  const outlet = article.metadata.outlet.value;
  return { key: outlet ? `outlet:${outlet.trim().toLowerCase()}` : `article:${article.id}`, wire: null };
}

export function storyDocsOf(articles: readonly Article[]): StoryDoc[] {
  return articles.map((article, i) => {
    const { key, wire } = sourceKeyOf(article);
    const published = article.metadata.publishedAt.value;
    return {
      article,
      analysis: analyze(article),
      link: {
        seq: i + 1,
        sourceKey: key,
        duplicateOf: null,
        wireOrigin: wire,
        date: published
          ? {
              value: published,
              source: article.metadata.publishedAt.source === 'inferred' ? 'inferred' : 'metadata',
            }
          : { value: article.ingestedAt, source: 'ingested' },
        entityIds: [],
      },
    };
  });
}

export interface SummaryReport {
  headline: string;
  summary: StorySummaryView;
  articles: {
    n: number;
    id: string;
    title: string | null;
    outlet: string | null;
    origin: string;
    sourceKey: string;
  }[];
}

export function summaryReport(docs: readonly StoryDoc[], words: number): SummaryReport {
  const summary = summarize(docs, { words });
  return {
    headline: summary.headline,
    summary,
    articles: docs.map((d, i) => ({
      n: i + 1,
      id: d.article.id,
      title: d.article.title,
      outlet: d.article.metadata.outlet.value,
      origin: d.article.origin,
      sourceKey: d.link.sourceKey,
    })),
  };
}

export function formatSummaryReport(report: SummaryReport): string {
  const number = new Map(report.articles.map((a) => [a.id, a.n]));
  const marks = (s: CitedSentence) =>
    [...new Set(s.citations.map((c) => number.get(c.articleId)))]
      .filter((n): n is number => n !== undefined)
      .sort((a, b) => a - b)
      .map((n) => `[${n}]`)
      .join('');
  const out = [report.headline, ''];
  if (report.summary.keyPoints.length) {
    out.push('Key points:');
    for (const p of report.summary.keyPoints) out.push(`  • ${p.text} ${marks(p)}`);
    out.push('');
  }
  out.push('Summary:', report.summary.short.map((s) => `${s.text} ${marks(s)}`).join(' '), '', 'Sources:');
  for (const a of report.articles)
    out.push(`  [${a.n}] ${a.title ?? '(untitled)'}${a.outlet ? ` — ${a.outlet}` : ''} (${a.origin})`);
  return out.join('\n');
}

export async function runSummarize(inputs: string[], options: SummarizeCommandOptions): Promise<void> {
  const words = options.words ? Math.round(parsePositive(options.words, '--words')) : 100;
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new Error(`--format must be text or json, got "${format}"`);
  const { fetcher, maxBytes } = fetcherFrom(options);
  const articles: Article[] = [];
  const seen = new Set<string>();
  for await (const result of extractInputs(inputs, { fetcher, maxBytes })) {
    if (result.status !== 'extracted') {
      process.stderr.write(`storyline: ${result.origin}: ${result.reason}\n`);
      if (result.status === 'failed') process.exitCode = 1;
      continue;
    }
    if (seen.has(result.article.id)) continue;
    seen.add(result.article.id);
    articles.push(result.article);
  }
  if (articles.length === 0) {
    process.stderr.write('storyline: no article to summarise\n');
    process.exitCode = 1;
    return;
  }
  const report = summaryReport(storyDocsOf(articles), words);
  process.stdout.write(
    `${format === 'json' ? JSON.stringify(report, null, 2) : formatSummaryReport(report)}\n`,
  );
}
