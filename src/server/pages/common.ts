// Small pieces several pages render: dates with their provenance, outlet names, pagers.
import type { Sourced } from '../../model.js';
import { html, type SafeHtml } from '../html.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Mar 2026" for a UTC time (hand-made: Intl formatting dominated page rendering time). */
export function dayLabel(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "3 Mar" for a YYYY-MM-DD day. */
export function shortDayLabel(day: string): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** "Mar 2026" for a YYYY-MM month. */
export function monthLabel(month: string): string {
  const d = new Date(`${month.slice(0, 7)}-01T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? month : `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** 12,345 (hand-made, like dayLabel). */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function dateLabel(iso: string | null): string {
  if (!iso) return 'date unknown';
  if (iso.length <= 10) {
    const day = new Date(`${iso}T00:00:00Z`);
    return Number.isNaN(day.getTime()) ? iso : dayLabel(day);
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${dayLabel(d)} ${d.toISOString().slice(11, 16)} UTC`;
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
  labels: { prev: string; next: string } = { prev: '← Newer', next: 'Older →' },
): SafeHtml {
  const link = (o: number): string => {
    const p = new URLSearchParams(params);
    p.set('offset', String(o));
    return `${path}?${p.toString()}`;
  };
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return html`<nav class="pager" aria-label="Pages">
    ${offset > 0 ? html`<a href="${link(Math.max(0, offset - limit))}" rel="prev">${labels.prev}</a>` : ''}
    <span>${from}–${to} of ${total}</span>
    ${to < total ? html`<a href="${link(offset + limit)}" rel="next">${labels.next}</a>` : ''}
  </nav>`;
}
