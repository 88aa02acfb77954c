// Home page: stories ranked by recency and weight, each with headline, one-line summary, outlets, last update and a
// coverage sparkline; filters by date range, entity, outlet and language.
import type { StorySummary } from '../../model.js';
import { sparkline, type DayCount } from '../components/charts.js';
import { html } from '../html.js';
import { page } from '../layout.js';
import { dateLabel, pager, thousands } from './common.js';

export interface HomeStory {
  story: StorySummary;
  oneLine: string | null;
  coverage: DayCount[];
}

export interface HomeFilters {
  since?: string | undefined;
  until?: string | undefined;
  outlet?: string | undefined;
  language?: string | undefined;
  /** Entity id and its display name. */
  entity?: { id: string; name: string } | undefined;
  /** The entity name as typed when no entity matched it. */
  entityQuery?: string | undefined;
}

export interface HomeView {
  stories: HomeStory[];
  total: number;
  offset: number;
  limit: number;
  filters: HomeFilters;
  outlets: string[];
  languages: string[];
  articleCount: number;
}

export function homePage(v: HomeView): string {
  const f = v.filters;
  const params = new URLSearchParams();
  if (f.since) params.set('since', f.since);
  if (f.until) params.set('until', f.until);
  if (f.outlet) params.set('outlet', f.outlet);
  if (f.language) params.set('language', f.language);
  if (f.entity) params.set('entity', f.entity.name);
  const filtered = [...params.keys()].length > 0;
  const option = (value: string, selected: string | undefined, label = value) =>
    html`<option value="${value}" ${value === selected ? html`selected` : ''}>${label}</option>`;
  const body = html`<div class="home-head">
      <div>
        <h1>Stories</h1>
        <p class="lede">
          ${v.total} ${filtered ? 'matching ' : ''}stor${v.total === 1 ? 'y' : 'ies'} from
          ${thousands(v.articleCount)} article${v.articleCount === 1 ? '' : 's'}, ranked by recency and by how
          many independent sources carry them.
        </p>
      </div>
      <a class="feed-link" href="/feeds/stories.atom">Atom feed</a>
    </div>
    <form class="filters" method="get" action="/" aria-label="Filter stories">
      <label>From <input type="date" name="since" value="${f.since ?? ''}" /></label>
      <label>To <input type="date" name="until" value="${f.until ?? ''}" /></label>
      <label
        >Entity
        <input
          type="text"
          name="entity"
          value="${f.entity?.name ?? f.entityQuery ?? ''}"
          placeholder="person, place…"
      /></label>
      <label
        >Outlet
        <select name="outlet">
          ${option('', f.outlet, 'All outlets')} ${v.outlets.slice(0, 200).map((o) => option(o, f.outlet))}
        </select></label
      >
      <label
        >Language
        <select name="language">
          ${option('', f.language, 'All')} ${v.languages.map((l) => option(l, f.language, l.toUpperCase()))}
        </select></label
      >
      <button type="submit">Filter</button>
      ${filtered ? html`<a href="/">Clear</a>` : ''}
    </form>
    ${f.entityQuery && !f.entity ? html`<p class="notice" role="status">No entity called “${f.entityQuery}”; showing all stories.</p>` : ''}
    ${
      v.stories.length
        ? html`<ol class="cards stories">
              ${v.stories.map(
                ({ story: s, oneLine, coverage }) =>
                  html`<li class="card story-card">
                    <div class="story-card-main">
                      <h2 class="card-title">
                        <a href="/stories/${s.id}">${s.title ?? '(untitled story)'}</a>
                      </h2>
                      ${oneLine ? html`<p>${oneLine}</p>` : ''}
                      <div class="meta">
                        <span
                          ><strong>${s.sourceCount}</strong> source${s.sourceCount === 1 ? '' : 's'} ·
                          ${s.outlets.length} outlet${s.outlets.length === 1 ? '' : 's'} · ${s.articleCount}
                          article${s.articleCount === 1 ? '' : 's'}</span
                        >
                        <span>${s.outlets.slice(0, 3).join(', ')}${s.outlets.length > 3 ? ', …' : ''}</span>
                        <span>Updated <time datetime="${s.lastSeen}">${dateLabel(s.lastSeen)}</time></span>
                      </div>
                    </div>
                    <div class="story-card-spark">${sparkline(coverage)}</div>
                  </li>`,
              )}
            </ol>
            ${pager('/', params, v.offset, v.limit, v.total)}`
        : html`<div class="empty">
            ${
              filtered
                ? 'No story matches these filters.'
                : html`No stories yet. Articles become stories once they are linked;
                    <a href="/articles">the stored articles</a> are listed meanwhile.`
            }
          </div>`
    }`;
  return page({ title: 'Stories', section: 'stories', body });
}
