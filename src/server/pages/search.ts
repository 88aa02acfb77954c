// Search results: matching stories first, then full-text article hits with the matching passage highlighted.
import type { StorySummary } from '../../model.js';
import type { SearchHit } from '../../store/store.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { dateLabel } from './common.js';

export interface StoryHit {
  story: StorySummary;
  /** How many matching articles the story holds. */
  matches: number;
}

export function searchPage(query: string, hits: SearchHit[], stories: StoryHit[] = []): string {
  const body = html` <h1>Search</h1>
    <form class="filters" role="search" method="get" action="/search">
      <label
        >Words
        <input type="search" name="q" value="${query}" class="wide" aria-label="Search stories and articles"
      /></label>
      <button type="submit">Search</button>
    </form>
    <p class="lede">
      ${query ? `${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} and ${hits.length} article${hits.length === 1 ? '' : 's'} for “${query}”` : 'Type words to search for; use "quotes" for a phrase and * for a prefix.'}
    </p>
    ${
      stories.length
        ? html`<h2>Stories</h2>
            <ul class="cards">
              ${stories.map(
                ({ story: st, matches }) =>
                  html`<li class="card">
                    <h3><a href="/stories/${st.id}">${st.title ?? '(untitled story)'}</a></h3>
                    <div class="meta">
                      <span>${st.sourceCount} sources · ${st.articleCount} articles</span>
                      <span>${matches} matching article${matches === 1 ? '' : 's'}</span>
                      <span>Updated ${dateLabel(st.lastSeen)}</span>
                    </div>
                  </li>`,
              )}
            </ul>`
        : ''
    }
    ${hits.length && stories.length ? html`<h2>Articles</h2>` : ''}
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
