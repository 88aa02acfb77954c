// Search results: full-text hits with the matching passage highlighted.
import type { SearchHit } from '../../store/store.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { dateLabel } from './common.js';

export function searchPage(query: string, hits: SearchHit[]): string {
  const body = html` <h1>Search</h1>
    <p class="lede">
      ${query ? `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”` : 'Type words to search for; use "quotes" for a phrase and * for a prefix.'}
    </p>
    ${
      hits.length
        ? html`<ul class="cards">
            ${hits.map(
              (h) =>
                html`<li class="card">
                  <h3><a href="/articles/${h.id}">${h.title ?? '(untitled article)'}</a></h3>
                  <div class="meta">
                    <strong>${h.outlet ?? 'Unknown outlet'}</strong><span>${dateLabel(h.publishedAt)}</span>
                  </div>
                  <p class="snippet">${highlight(h.snippet)}</p>
                </li>`,
            )}
          </ul>`
        : query
          ? html`<div class="empty">Nothing matched. Try fewer or different words.</div>`
          : ''
    }`;
  return page({ title: query ? `Search: ${query}` : 'Search', section: 'search', query, body });
}

/** The store marks matches with «»; everything else in the snippet is escaped. */
function highlight(snippet: string): SafeHtml[] {
  return snippet
    .split(/(«[^»]*»)/)
    .map((part) =>
      part.startsWith('«') && part.endsWith('»') ? html`<b>${part.slice(1, -1)}</b>` : html`${part}`,
    );
}
