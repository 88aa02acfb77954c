// Outlet pages: the index of outlets, and one outlet with its articles, its stories, whom it cites and how much
// of its own writing carries opinion.
import type { StorySummary } from '../../model.js';
import type { ArticleSummary } from '../../store/store.js';
import { html } from '../html.js';
import { page } from '../layout.js';
import { dateLabel, pager, thousands } from './common.js';

export interface OutletProfile {
  name: string;
  articleTotal: number;
  articles: ArticleSummary[];
  offset: number;
  limit: number;
  stories: StorySummary[];
  /** Sources its articles cite, most cited first (over the analysed sample). */
  cites: { name: string; kind: string; articles: number }[];
  /** Share of own-opinion sentences over the analysed sample, and its size. */
  opinion: { share: number; sentences: number; articles: number };
  languages: string[];
}

export function outletListPage(outlets: { name: string; articles: number }[]): string {
  const body = html`<h1>Outlets</h1>
    <p class="lede">
      ${outlets.length} outlet${outlets.length === 1 ? '' : 's'} in the store, most articles first.
    </p>
    ${
      outlets.length
        ? html`<table class="list">
            <thead>
              <tr>
                <th scope="col">Outlet</th>
                <th scope="col">Articles</th>
              </tr>
            </thead>
            <tbody>
              ${outlets.map(
                (o) =>
                  html`<tr>
                    <td><a href="/outlets/${encodeURIComponent(o.name)}">${o.name}</a></td>
                    <td>${o.articles}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : html`<div class="empty">No outlets yet.</div>`
    }`;
  return page({ title: 'Outlets', section: 'outlets', body });
}

export function outletPage(o: OutletProfile): string {
  const pct = Math.round(o.opinion.share * 100);
  const body = html`<p class="crumbs"><a href="/outlets">Outlets</a></p>
    <h1>${o.name}</h1>
    <p class="meta">
      <span>${o.articleTotal} article${o.articleTotal === 1 ? '' : 's'}</span>
      <span
        >${o.stories.length}${o.stories.length >= 20 ? '+' : ''}
        stor${o.stories.length === 1 ? 'y' : 'ies'}</span
      >
      ${o.languages.length ? html`<span>${o.languages.map((l) => l.toUpperCase()).join(', ')}</span>` : ''}
      <a href="/api/outlets/${encodeURIComponent(o.name)}">JSON</a>
    </p>
    <div class="layout">
      <div>
        <section aria-labelledby="os-h">
          <h2 id="os-h">Stories it covers</h2>
          ${
            o.stories.length
              ? html`<ul class="plain">
                  ${o.stories.map(
                    (s) =>
                      html`<li>
                        <a href="/stories/${s.id}">${s.title ?? '(untitled story)'}</a>
                        <span class="meta">${s.sourceCount} sources · ${dateLabel(s.lastSeen)}</span>
                      </li>`,
                  )}
                </ul>`
              : html`<p class="meta">None of its articles is linked to a story yet.</p>`
          }
        </section>
        <section aria-labelledby="oa-h">
          <h2 id="oa-h">Articles</h2>
          <ul class="plain">
            ${o.articles.map(
              (a) =>
                html`<li>
                  <a href="/articles/${a.id}">${a.title ?? '(untitled article)'}</a>
                  <span class="meta">${dateLabel(a.publishedAt)} · ${thousands(a.wordCount)} words</span>
                </li>`,
            )}
          </ul>
          ${pager(`/outlets/${encodeURIComponent(o.name)}`, new URLSearchParams(), o.offset, o.limit, o.articleTotal)}
        </section>
      </div>
      <aside aria-label="About this outlet">
        <section class="panel">
          <h2>Opinion share</h2>
          <p class="big">${pct}%</p>
          <meter min="0" max="1" value="${o.opinion.share.toFixed(3)}" aria-label="Opinion share"></meter>
          <p class="meta">
            of ${thousands(o.opinion.sentences)} sentences in ${o.opinion.articles} analysed
            article${o.opinion.articles === 1 ? '' : 's'} carry the outlet's own evaluative language (quotes
            excluded).
          </p>
        </section>
        <section class="panel">
          <h2>What it cites</h2>
          ${
            o.cites.length
              ? html`<ul class="outlets">
                  ${o.cites.map((c) => html`<li>${c.name} <span class="meta">${c.kind} · ${c.articles}</span></li>`)}
                </ul>`
              : html`<p class="meta">Its articles name no secondary sources.</p>`
          }
        </section>
      </aside>
    </div>`;
  return page({ title: o.name, section: 'outlets', body });
}
