// JSON and JSON Lines article records: {id?, url?, title?, text? | html?, outlet?, publishedAt?, language?, ...}.
import { InputError } from './errors.js';
import type { MetadataHints } from './source-document.js';

export interface ArticleRecord {
  id: string | null;
  url: string | null;
  title: string | null;
  text: string | null;
  html: string | null;
  outlet: string | null;
  publishedAt: string | null;
  language: string | null;
  authors: string[];
}

/** A record or the reason one line/element could not be read; `where` is "line 3" or "item 2". */
export type RecordResult =
  { where: string; source: string; record: ArticleRecord } | { where: string; source: string; error: string };

/** Parses a .json file: one record, an array of records, or {articles|items|data: [...]} */
export function parseJsonRecords(text: string): RecordResult[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError('parse', `invalid JSON: ${(e as Error).message}`);
  }
  const list = Array.isArray(value) ? value : findArray(value);
  if (list) return list.map((item, i) => toResult(item, `item ${i + 1}`, JSON.stringify(item)));
  return [toResult(value, 'record', text)];
}

/** Parses a .jsonl file: one record per non-empty line; a bad line is reported and the others go on. */
export function parseJsonLines(text: string): RecordResult[] {
  const results: RecordResult[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `line ${i + 1}`;
    try {
      results.push(toResult(JSON.parse(line), where, line));
    } catch (e) {
      results.push({ where, source: line, error: `invalid JSON on ${where}: ${(e as Error).message}` });
    }
  });
  if (results.length === 0)
    throw new InputError('parse', 'no JSON records found (the file has only blank lines)');
  return results;
}

function findArray(value: unknown): unknown[] | null {
  if (value && typeof value === 'object') {
    for (const key of ['articles', 'items', 'data', 'records', 'documents']) {
      const v = (value as Record<string, unknown>)[key];
      if (Array.isArray(v)) return v;
    }
  }
  return null;
}

function toResult(value: unknown, where: string, source: string): RecordResult {
  try {
    return { where, source, record: toRecord(value, where) };
  } catch (e) {
    return { where, source, error: (e as Error).message };
  }
}

function str(o: Record<string, unknown>, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (typeof v === 'number' && k !== 'text') return String(v);
  }
  return null;
}

export function toRecord(value: unknown, where = 'record'): ArticleRecord {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Error(
      `${where} is not a JSON object (expected {"text": ...} or {"html": ...} or {"url": ...})`,
    );
  const o = value as Record<string, unknown>;
  const authorsValue = o['authors'] ?? o['author'];
  const authors = (Array.isArray(authorsValue) ? authorsValue : [authorsValue])
    .map((a) =>
      typeof a === 'string' ? a : a && typeof a === 'object' ? (a as { name?: unknown }).name : null,
    )
    .filter((a): a is string => typeof a === 'string' && a.trim() !== '');
  const record: ArticleRecord = {
    id: str(o, 'id', 'guid', 'docid'),
    url: str(o, 'url', 'link', 'canonicalUrl'),
    title: str(o, 'title', 'headline'),
    text: str(o, 'text', 'body', 'content', 'articleBody'),
    html: str(o, 'html'),
    outlet: str(o, 'outlet', 'source', 'site', 'siteName', 'publisher'),
    publishedAt: str(o, 'publishedAt', 'published_at', 'published', 'date', 'datePublished', 'pubDate'),
    language: str(o, 'language', 'lang'),
    authors,
  };
  if (!record.text && !record.html && !record.url)
    throw new Error(`${where} has no "text", "html" or "url" field: nothing to ingest`);
  return record;
}

/** The record's own metadata, with provenance "record". */
export function recordHints(r: ArticleRecord, parseDate: (s: string) => string | null): MetadataHints {
  const hints: MetadataHints = {};
  const detail = 'input record';
  if (r.title) hints.title = { value: r.title.trim(), source: 'record', detail };
  if (r.outlet) hints.outlet = { value: r.outlet.trim(), source: 'record', detail };
  if (r.url) hints.canonicalUrl = { value: r.url, source: 'record', detail };
  if (r.language) hints.language = { value: r.language, source: 'record', detail };
  if (r.authors.length) hints.authors = { value: r.authors, source: 'record', detail };
  if (r.publishedAt) {
    const iso = parseDate(r.publishedAt);
    if (iso) hints.publishedAt = { value: iso, source: 'record', detail };
  }
  return hints;
}
