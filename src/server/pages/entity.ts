// Entity pages: the index of people, organisations and places, and one entity with its stories and articles.
import type { EntityType, StoreEntity, StorySummary } from '../../model.js';
import type { ArticleSummary } from '../../store/store.js';
import { html } from '../html.js';
import { page } from '../layout.js';
import { dateLabel } from './common.js';

const TYPE_LABEL: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
  group: 'Group',
  other: 'Other',
};

export function entityListPage(v: {
  entities: StoreEntity[];
  q: string;
  type: string;
  offset: number;
  limit: number;
  hasMore: boolean;
}): string {
  const params = new URLSearchParams();
  if (v.q) params.set('q', v.q);
  if (v.type) params.set('type', v.type);
  const option = (value: string, label: string) =>
    html`<option value="${value}" ${value === v.type ? html`selected` : ''}>${label}</option>`;
  const body = html`<h1>Entities</h1>
    <p class="lede">People, organisations and places, one identity across spellings, across every story.</p>
    <form class="filters" method="get" action="/entities" aria-label="Filter entities">
      <label>Name starts with <input type="text" name="q" value="${v.q}" /></label>
      <label
        >Type
        <select name="type">
          ${option('', 'All')}
          ${(Object.keys(TYPE_LABEL) as EntityType[]).map((t) => option(t, TYPE_LABEL[t]))}
        </select></label
      >
      <button type="submit">Filter</button>
    </form>
    ${
      v.entities.length
        ? html`<table class="list">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Type</th>
                  <th scope="col">Stories</th>
                  <th scope="col">Articles</th>
                </tr>
              </thead>
              <tbody>
                ${v.entities.map(
                  (e) =>
                    html`<tr>
                      <td>
                        <a class="ent ent-${e.type}" href="/entities/${encodeURIComponent(e.id)}"
                          >${e.name}</a
                        >
                        ${e.aliases.length ? html`<span class="meta"> also ${e.aliases.slice(0, 3).join(', ')}</span>` : ''}
                      </td>
                      <td>${TYPE_LABEL[e.type] ?? e.type}</td>
                      <td>${e.storyCount}</td>
                      <td>${e.articleCount}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
            <nav class="pager" aria-label="Pages">
              ${v.offset > 0 ? html`<a href="/entities?${withOffset(params, Math.max(0, v.offset - v.limit))}" rel="prev">← Previous</a>` : ''}
              ${v.hasMore ? html`<a href="/entities?${withOffset(params, v.offset + v.limit)}" rel="next">Next →</a>` : ''}
            </nav>`
        : html`<div class="empty">No entities${v.q ? ` starting with “${v.q}”` : ''} yet.</div>`
    }`;
  return page({ title: 'Entities', section: 'entities', body });
}

function withOffset(params: URLSearchParams, offset: number): string {
  const p = new URLSearchParams(params);
  p.set('offset', String(offset));
  return p.toString();
}

export function entityPage(v: {
  entity: StoreEntity;
  stories: StorySummary[];
  storyTotal: number;
  articles: ArticleSummary[];
}): string {
  const e = v.entity;
  const body = html`<p class="crumbs"><a href="/entities">Entities</a></p>
    <h1>${e.name}</h1>
    <p class="meta">
      <span class="ent ent-${e.type}">${TYPE_LABEL[e.type] ?? e.type}</span>
      <span>${e.storyCount} stor${e.storyCount === 1 ? 'y' : 'ies'}</span>
      <span>${e.articleCount} article${e.articleCount === 1 ? '' : 's'}</span>
      <a href="/api/entities/${encodeURIComponent(e.id)}">JSON</a>
    </p>
    <div class="layout">
      <div>
        <section aria-labelledby="es-h">
          <h2 id="es-h">Stories</h2>
          ${
            v.stories.length
              ? html`<ul class="cards">
                    ${v.stories.map(
                      (s) =>
                        html`<li class="card">
                          <h3><a href="/stories/${s.id}">${s.title ?? '(untitled story)'}</a></h3>
                          <div class="meta">
                            <span>${s.sourceCount} sources · ${s.articleCount} articles</span>
                            <span>Updated ${dateLabel(s.lastSeen)}</span>
                          </div>
                        </li>`,
                    )}
                  </ul>
                  ${
                    v.storyTotal > v.stories.length
                      ? html`<p>
                          <a href="/?entity=${encodeURIComponent(e.name)}">All ${v.storyTotal} stories</a>
                        </p>`
                      : ''
                  }`
              : html`<p class="meta">No story mentions ${e.name} yet.</p>`
          }
        </section>
        <section aria-labelledby="ea-h">
          <h2 id="ea-h">Latest articles</h2>
          ${
            v.articles.length
              ? html`<ul class="plain">
                  ${v.articles.map(
                    (a) =>
                      html`<li>
                        <a href="/articles/${a.id}">${a.title ?? '(untitled article)'}</a>
                        <span class="meta"
                          >${a.outlet ?? 'Unknown outlet'} · ${dateLabel(a.publishedAt)}</span
                        >
                      </li>`,
                  )}
                </ul>`
              : html`<p class="meta">No articles.</p>`
          }
        </section>
      </div>
      <aside aria-label="About this entity">
        <section class="panel">
          <h2>Also known as</h2>
          ${
            e.aliases.length
              ? html`<ul class="plain">
                  ${e.aliases.map((a) => html`<li>${a}</li>`)}
                </ul>`
              : html`<p class="meta">No other names seen.</p>`
          }
          ${
            e.roles.length
              ? html`<h3 class="sub">Roles</h3>
                  <ul class="plain">
                    ${e.roles.map((r) => html`<li>${r}</li>`)}
                  </ul>`
              : ''
          }
        </section>
      </aside>
    </div>`;
  return page({ title: e.name, section: 'entities', body });
}
