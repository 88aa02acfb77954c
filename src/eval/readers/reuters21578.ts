// Reuters-21578 (SGML, gzipped): the stream of 1987 wire stories used for throughput and scale measurements.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface ReutersStory {
  id: string;
  /** ISO 8601 date-time. */
  date: string | null;
  title: string | null;
  dateline: string | null;
  text: string;
}

const MONTHS: Record<string, string> = {
  JAN: '01',
  FEB: '02',
  MAR: '03',
  APR: '04',
  MAY: '05',
  JUN: '06',
  JUL: '07',
  AUG: '08',
  SEP: '09',
  OCT: '10',
  NOV: '11',
  DEC: '12',
};

export function reutersFolder(dataRoot: string): string {
  return join(dataRoot, 'stream', 'reuters21578');
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => (Number(n) < 32 ? '' : String.fromCharCode(Number(n))))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function tag(block: string, name: string): string | null {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(block);
  return m ? decodeEntities(m[1] ?? '').trim() : null;
}

/** "26-FEB-1987 15:01:01.79" → "1987-02-26T15:01:01Z" */
export function parseReutersDate(s: string | null): string | null {
  // A few stamps are garbled ("31-MAR-1987 605:12:19.12"): keep the last two digits of the hour field.
  const m = /(\d{1,2})-([A-Z]{3})-(\d{4})\s+\d*?(\d{2}):(\d{2}):(\d{2})/.exec(s ?? '');
  if (!m || !MONTHS[m[2]!]) return null;
  return `${m[3]}-${MONTHS[m[2]!]}-${m[1]!.padStart(2, '0')}T${m[4]}:${m[5]}:${m[6]}Z`;
}

/** Stories with a body, in date order (ties by id). */
export function readReuters(dataRoot: string, limit = Infinity): ReutersStory[] {
  const folder = reutersFolder(dataRoot);
  if (!existsSync(folder)) return [];
  const stories: ReutersStory[] = [];
  for (const file of readdirSync(folder)
    .filter((f) => /\.sgm(\.gz)?$/.test(f))
    .sort()) {
    const bytes = readFileSync(join(folder, file));
    const sgml = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('latin1');
    for (const m of sgml.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
      const block = m[2] ?? '';
      const body = tag(block, 'BODY');
      if (!body) continue;
      // Bodies are fixed-width: lines wrap mid-sentence, paragraphs start with an indent.
      const text = body
        .replace(/\s*Reuter\s*$/i, '')
        .split(/\n\s{3,}/)
        .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
        .filter(Boolean)
        .join('\n\n');
      stories.push({
        id: m[1]!,
        date: parseReutersDate(tag(block, 'DATE')),
        title: tag(block, 'TITLE'),
        dateline: tag(block, 'DATELINE'),
        text,
      });
    }
  }
  stories.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || Number(a.id) - Number(b.id));
  return stories.slice(0, limit);
}
