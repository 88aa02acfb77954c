// Small pieces several pages render: dates with their provenance, outlet names, pagers.
import type { Sourced } from '../../model.js';
import { html, type SafeHtml } from '../html.js';

export function dateLabel(iso: string | null): string {
  if (!iso) return 'date unknown';
  if (iso.length <= 10)
    return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : `${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })} ${d.toISOString().slice(11, 16)} UTC`;
}

const SOURCE_LABEL: Record<string, string> = {
  'json-ld': 'from JSON-LD',
  opengraph: 'from OpenGraph',
  meta: 'from meta tags',
  'time-element': 'from <time>',
  html: 'from page markup',
  url: 'from the URL',
  feed: 'from the feed',
  record: 'from the input record',
  http: 'from HTTP headers',
  'file-name': 'from the file name',
  text: 'from the text',
  inferred: 'inferred',
  unknown: 'unknown',
};

export function provenanceLabel(v: Sourced<unknown>): string {
  const base = SOURCE_LABEL[v.source] ?? v.source;
  return v.detail && v.source !== 'unknown' ? `${base} (${v.detail})` : base;
}

export function provenanceChip(source: string, detail?: string): SafeHtml {
  const cls = source === 'inferred' || source === 'unknown' ? `chip ${source}` : 'chip';
  return html`<span class="${cls}" title="${detail ?? ''}">${SOURCE_LABEL[source] ?? source}</span>`;
}

export function pager(
  path: string,
  params: URLSearchParams,
  offset: number,
  limit: number,
  total: number,
): SafeHtml {
  const link = (o: number): string => {
    const p = new URLSearchParams(params);
    p.set('offset', String(o));
    return `${path}?${p.toString()}`;
  };
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return html`<nav class="pager" aria-label="Pages">
    ${offset > 0 ? html`<a href="${link(Math.max(0, offset - limit))}" rel="prev">← Newer</a>` : ''}
    <span>${from}–${to} of ${total}</span>
    ${to < total ? html`<a href="${link(offset + limit)}" rel="next">Older →</a>` : ''}
  </nav>`;
}
