// The clustering data sets: ECB+ (no dates, arrival = file order) and DUC 2004 task 5 (streamed by publication date).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ducDate } from './duc-date.js';
import type { StreamText } from './stream-documents.js';

export interface LabelledText extends StreamText {
  /** Gold event. */
  event: string;
  /** The group used for the tuning / held-out split (ECB+ topic, DUC event index). */
  group: number;
}

export function ecbPlusPath(dataRoot: string): string {
  return join(dataRoot, 'events', 'ecbplus', 'docs.jsonl');
}

export function ducPath(dataRoot: string): string {
  return join(dataRoot, 'events', 'duc2004-task5', 'docs.jsonl');
}

/** ECB+ documents in file order; they carry no dates. */
export function readEcbPlus(dataRoot: string): LabelledText[] {
  return readJsonLines(ecbPlusPath(dataRoot)).map((o) => ({
    id: String(o['id']),
    text: String(o['text'] ?? ''),
    event: String(o['event']),
    group: Number(o['topic']),
  }));
}

/** DUC 2004 task 5 stories in publication order (file order among equal dates); group = event rank by name. */
export function readDuc(dataRoot: string): LabelledText[] {
  const rows = readJsonLines(ducPath(dataRoot));
  const events = [...new Set(rows.map((o) => String(o['event'])))].sort();
  const texts = rows.map((o, i) => ({
    i,
    t: {
      id: String(o['id']),
      text: String(o['text'] ?? ''),
      title: typeof o['headline'] === 'string' && o['headline'].trim() ? o['headline'].trim() : null,
      publishedAt: ducDate(String(o['id']), typeof o['date'] === 'string' ? o['date'] : null),
      outlet: typeof o['source'] === 'string' ? o['source'] : null,
      event: String(o['event']),
      group: events.indexOf(String(o['event'])),
    } satisfies LabelledText,
  }));
  const time = (t: LabelledText) => (t.publishedAt ? Date.parse(t.publishedAt) : Infinity);
  texts.sort((a, b) => time(a.t) - time(b.t) || a.i - b.i);
  return texts.map((x) => x.t);
}

/** The seed articles (examples/<case>/*.txt): one event reported by several outlets, no dates. */
export function readSeedTexts(folder: string): StreamText[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, text: readFileSync(join(folder, f), 'utf8') }));
}

function readJsonLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
