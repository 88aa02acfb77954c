// `storyline analyze [--jsonl] [--no-clean] [<file>...]`: analyse without storing.
// With --jsonl, standard input holds {id, text, title?, publishedAt?} lines and each output line is {id, ...Analysis}.
import { createInterface } from 'node:readline';
import { analyze } from '../../analyze/analyze.js';
import { paragraphSpans } from '../../analyze/sentences.js';
import { cleanText } from '../../ingest/clean/clean.js';
import { extractInputs } from '../../pipeline/ingest.js';
import { fetcherFrom, type FetchOptions } from '../context.js';

export interface AnalyzeOptions extends FetchOptions {
  jsonl?: boolean;
  /** commander's --no-clean sets clean to false. */
  clean?: boolean;
}

/** A text as the analyzer sees it: cleaned (default) or exactly as given, so offsets line up with the input. */
function prepare(id: string, text: string, clean: boolean, publishedAt: string | null = null) {
  if (!clean) return { id, text, paragraphs: paragraphSpans(text), publishedAt };
  const cleaned = cleanText(text);
  return { id, text: cleaned.text, paragraphs: cleaned.paragraphs, publishedAt };
}

export async function runAnalyze(files: string[], options: AnalyzeOptions): Promise<void> {
  const clean = options.clean !== false;
  if (options.jsonl && files.length === 0) {
    let line = 0;
    for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      line++;
      if (!raw.trim()) continue;
      let record: { id?: unknown; text?: unknown; publishedAt?: unknown };
      try {
        record = JSON.parse(raw) as { id?: unknown; text?: unknown; publishedAt?: unknown };
      } catch (e) {
        process.stdout.write(`${JSON.stringify({ line, error: `invalid JSON: ${(e as Error).message}` })}\n`);
        process.exitCode = 1;
        continue;
      }
      const id =
        typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : `line-${line}`;
      if (typeof record.text !== 'string') {
        process.stdout.write(`${JSON.stringify({ id, error: 'no "text" field' })}\n`);
        process.exitCode = 1;
        continue;
      }
      const publishedAt = typeof record.publishedAt === 'string' ? record.publishedAt : null;
      const article = prepare(id, record.text, clean, publishedAt);
      process.stdout.write(
        `${JSON.stringify({ id, ...analyze(article), ...(clean ? { text: article.text } : {}) })}\n`,
      );
    }
    return;
  }
  const { fetcher, maxBytes } = fetcherFrom(options);
  for await (const result of extractInputs(files, { fetcher, maxBytes })) {
    if (result.status !== 'extracted') {
      process.stderr.write(`storyline: ${result.origin}: ${result.reason}\n`);
      if (result.status === 'failed') process.exitCode = 1;
      continue;
    }
    const analysis = analyze(result.article);
    if (options.jsonl)
      process.stdout.write(
        `${JSON.stringify({ id: result.article.id, input: result.origin, ...analysis })}\n`,
      );
    else
      process.stdout.write(
        `${formatAnalysis(result.article.title ?? result.origin, result.article.text, analysis)}\n`,
      );
  }
}

export function formatAnalysis(title: string, text: string, a: ReturnType<typeof analyze>): string {
  const out = [`# ${title}`, `${a.sentences.length} sentences, ${a.tokenCount} tokens`];
  out.push(...formatTimes(a));
  if (a.quantities.length) {
    out.push('', 'Quantities:');
    for (const q of a.quantities)
      out.push(`  ${q.text}  →  ${q.normalized}${q.counted ? ` (${q.counted})` : ''}  [${q.kind}]`);
  }
  if (a.citedSources.length) {
    out.push('', 'Cited sources:');
    for (const c of a.citedSources) out.push(`  ${c.name}  [${c.kind}, "${c.cue}"]`);
  }
  const opinion = a.opinion.filter((o) => o.opinion);
  if (opinion.length) {
    out.push('', 'Outlet opinion:');
    for (const o of opinion)
      out.push(
        `  “${text.slice(o.start, o.end).slice(0, 120)}”  ← ${o.triggers.map((t) => t.text).join(', ')}`,
      );
  }
  return out.join('\n');
}

/** The publication date used, the inference from the text, and every time expression with its value. */
function formatTimes(a: ReturnType<typeof analyze>): string[] {
  const out: string[] = [''];
  const pub = a.publication;
  out.push(`Publication date: ${pub ? `${pub.value} (${pub.source})` : 'unknown'}`);
  const inf = a.publicationInference ?? { date: null, confidence: 0, evidence: [] };
  out.push(
    `  inferred from the text: ${inf.date ?? 'abstained'} (confidence ${inf.confidence.toFixed(2)})${inf.evidence.length ? ` — ${inf.evidence.join('; ')}` : ''}`,
  );
  if (a.times?.length) {
    out.push('', 'Times:');
    for (const t of a.times)
      out.push(
        `  ${t.text}  →  ${t.value}${t.endValue ? ` … ${t.endValue}` : ''}  [${t.type}${t.precision ? `, ${t.precision}` : ''}${t.tense ? `, ${t.tense}` : ''}]`,
      );
  }
  return out;
}
