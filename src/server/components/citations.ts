// Citation markers: a numbered marker per cited article that opens (without JavaScript, as <details>) onto the
// cited passage, its outlet and a link to the article.
import type { Citation, CitedSentence } from '../../model.js';
import { html, type SafeHtml } from '../html.js';

export interface CitedArticle {
  id: string;
  /** 1-based number shown in markers: the article's place in the story's article list. */
  n: number;
  title: string | null;
  outlet: string | null;
  date: string | null;
  /** The article's clean text, for excerpts; null when it is not loaded. */
  text: string | null;
}

export type CitedArticles = ReadonlyMap<string, CitedArticle>;

/** The cited passage, widened to word boundaries and capped so a popover stays small. */
export function excerpt(text: string, c: Citation, max = 320): string {
  const start = Math.max(0, Math.min(c.span.start, text.length));
  const end = Math.max(start, Math.min(c.span.end, text.length));
  let piece = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (piece.length > max) piece = `${piece.slice(0, max - 1).replace(/\s\S*$/, '')}…`;
  return piece;
}

/** Markers shown per citation list; the rest are listed behind one "+N" marker, without excerpts. */
export const MAX_MARKERS = 5;
const MAX_MORE_LINKS = 20;

function moreMarker(rest: readonly { c: Citation; a: CitedArticle | undefined }[]): SafeHtml {
  if (rest.length === 0) return html``;
  const shown = rest.slice(0, MAX_MORE_LINKS);
  return html`<details class="cite more">
    <summary aria-label="${rest.length} more sources">+${rest.length}</summary>
    <span class="pop" role="note">
      <span class="pop-head"><strong>${rest.length} more sources</strong></span>
      <span class="pop-list">
        ${shown.map(
          ({ c, a }) =>
            html`<a href="/articles/${encodeURIComponent(c.articleId)}?hl=${c.span.start}-${c.span.end}#cited"
              >${a ? `${a.n}. ` : ''}${a?.outlet ?? 'Unknown outlet'}${a?.title ? ` — ${a.title}` : ''}</a
            >`,
        )}
        ${rest.length > shown.length ? html`<span class="meta">and ${rest.length - shown.length} more</span>` : ''}
      </span>
    </span>
  </details>`;
}

/** Markers for a list of citations, one per distinct article, in article-number order; the first MAX_MARKERS open
 *  onto their passage, the others are listed behind a "+N" marker. */
export function citationMarkers(citations: readonly Citation[], articles: CitedArticles): SafeHtml {
  const byArticle = new Map<string, Citation>();
  for (const c of citations) if (!byArticle.has(c.articleId)) byArticle.set(c.articleId, c);
  const items = [...byArticle.values()]
    .map((c) => ({ c, a: articles.get(c.articleId) }))
    .sort((x, y) => (x.a?.n ?? 1e9) - (y.a?.n ?? 1e9));
  return html`${items.slice(0, MAX_MARKERS).map(({ c, a }) => {
    const label = a ? String(a.n) : '?';
    const passage = a?.text ? excerpt(a.text, c) : '';
    return html`<details class="cite">
      <summary aria-label="Source ${label}: ${a?.outlet ?? 'unknown outlet'}">${label}</summary>
      <span class="pop" role="note">
        <span class="pop-head"
          ><strong>${a?.outlet ?? 'Unknown outlet'}</strong
          >${a?.date ? html` · ${a.date.slice(0, 10)}` : ''}</span
        >
        ${passage ? html`<q>${passage}</q>` : ''}
        <a href="/articles/${encodeURIComponent(c.articleId)}?hl=${c.span.start}-${c.span.end}#cited"
          >${a?.title ?? 'Open the article'}</a
        >
      </span>
    </details>`;
  })}${moreMarker(items.slice(MAX_MARKERS))}`;
}

/** A sentence of the story with its markers and, when several independent sources back it, a count. */
export function citedSentence(s: CitedSentence, articles: CitedArticles): SafeHtml {
  return html`<span class="sentence"
    >${s.text}<span class="cites">${citationMarkers(s.citations, articles)}</span>${
      s.sources > 1
        ? html`<span class="corrob" title="${s.sources} independent sources">${s.sources} sources</span>`
        : ''
    }</span
  >`;
}
