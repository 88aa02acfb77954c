// Plain-text rendering for the terminal.
import type { Article, Sourced } from '../model.js';
import type { ArticleSummary } from '../store/store.js';

export function provenance(v: Sourced<unknown>): string {
  if (v.source === 'unknown') return 'unknown';
  return v.detail ? `${v.source}: ${v.detail}` : v.source;
}

export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  return iso.length > 10 ? iso.slice(0, 16).replace('T', ' ') : iso;
}

export function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function articleTable(rows: readonly ArticleSummary[]): string {
  const lines = rows.map((r) =>
    [
      r.id,
      truncate(r.outlet ?? '—', 20).padEnd(20),
      `${formatDate(r.publishedAt)}${r.publishedAtSource === 'unknown' ? '' : ` (${r.publishedAtSource})`}`.padEnd(
        28,
      ),
      (r.language ?? '—').padEnd(3),
      String(r.wordCount).padStart(6),
      ' ',
      truncate(r.title ?? '(untitled)', 70),
    ].join('  '),
  );
  const header = [
    'id'.padEnd(16),
    'outlet'.padEnd(20),
    'date (provenance)'.padEnd(28),
    'lang',
    ' words',
    ' ',
    'title',
  ].join('  ');
  return [header, ...lines].join('\n');
}

export function articleText(a: Article): string {
  const m = a.metadata;
  const rows: [string, string, Sourced<unknown>][] = [
    ['title', a.title ?? '(untitled)', m.title],
    ['outlet', m.outlet.value ?? '—', m.outlet],
    ['published', m.publishedAt.value ?? '—', m.publishedAt],
    ['modified', m.modifiedAt.value ?? '—', m.modifiedAt],
    ['authors', m.authors.value.join(', ') || '—', m.authors],
    ['language', m.language.value ?? '—', m.language],
    ['url', m.canonicalUrl.value ?? '—', m.canonicalUrl],
    ['section', m.section.value ?? '—', m.section],
    ['description', m.description.value ? truncate(m.description.value, 100) : '—', m.description],
  ];
  const out = [`# ${a.title ?? '(untitled)'}`, ''];
  for (const [k, v, s] of rows)
    out.push(`${k.padEnd(12)} ${v}${s.source !== 'unknown' ? `   [${provenance(s)}]` : ''}`);
  out.push(
    `${'id'.padEnd(12)} ${a.id}`,
    `${'origin'.padEnd(12)} ${a.origin}`,
    `${'words'.padEnd(12)} ${a.wordCount}`,
  );
  if (m.credits.length) out.push(`${'credits'.padEnd(12)} ${m.credits.map((c) => c.name).join('; ')}`);
  out.push('', a.text, '');
  if (a.cleaning.removed.length || a.cleaning.repairs.length) {
    out.push('— cleaning —');
    for (const r of a.cleaning.removed)
      out.push(`removed (${r.rule}): ${truncate(r.text.replace(/\s+/g, ' '), 100)}`);
    for (const r of a.cleaning.repairs) out.push(`repaired: ${r.from} → ${r.to}`);
  }
  return out.join('\n');
}
