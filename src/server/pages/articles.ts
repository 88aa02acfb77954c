// The article list (/articles): the stored articles, newest first, with outlet, title, date and its provenance, language, words.
import type { ArticleSummary } from '../../store/store.js';
import { html } from '../html.js';
import { page } from '../layout.js';
import { dateLabel, pager, provenanceChip, thousands } from './common.js';

export interface ArticleListView {
  rows: ArticleSummary[];
  total: number;
  offset: number;
  limit: number;
  outlet?: string;
  language?: string;
  outlets: string[];
  languages: string[];
}

export function articleListPage(v: ArticleListView): string {
  const params = new URLSearchParams();
  if (v.outlet) params.set('outlet', v.outlet);
  if (v.language) params.set('language', v.language);
  const option = (value: string, selected: string | undefined) =>
    html`<option value="${value}" ${value === selected ? html`selected` : ''}>${value}</option>`;
  const body = html` <h1>Articles</h1>
    <p class="lede">
      ${v.total} article${v.total === 1 ? '' : 's'} in the store. Each belongs to a story once it is linked.
    </p>
    <form class="filters" method="get" action="/articles">
      <label
        >Outlet<select name="outlet">
          <option value="">All outlets</option>
          ${v.outlets.map((o) => option(o, v.outlet))}
        </select></label
      >
      <label
        >Language<select name="language">
          <option value="">All languages</option>
          ${v.languages.map((l) => option(l, v.language))}
        </select></label
      >
      <button type="submit">Filter</button>
    </form>
    ${
      v.rows.length === 0
        ? html`<div class="empty">
            No articles yet. Add some with <code>storyline ingest &lt;files, feeds or URLs&gt;</code>.
          </div>`
        : html`<ul class="cards">
            ${v.rows.map(
              (r) =>
                html`<li class="card">
                  <h3>
                    <a href="/articles/${r.id}">${r.title ?? '(untitled article)'}</a
                    >${r.titleSource === 'inferred' ? html` <span class="chip inferred" title="The input had no title; this is its first sentence">no title given</span>` : ''}
                  </h3>
                  <div class="meta">
                    <span><strong>${r.outlet ?? 'Unknown outlet'}</strong></span>
                    <span
                      >${dateLabel(r.publishedAt)}
                      ${r.publishedAtSource === 'unknown' ? '' : provenanceChip(r.publishedAtSource)}</span
                    >
                    <span>${r.language ? r.language.toUpperCase() : 'language unknown'}</span>
                    <span>${thousands(r.wordCount)} words</span>
                  </div>
                </li>`,
            )}
          </ul>`
    }
    ${pager('/articles', params, v.offset, v.limit, v.total)}`;
  return page({ title: 'Articles', section: 'articles', body });
}
