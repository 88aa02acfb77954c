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

/** Markers for a list of citations, one per distinct article, in article-number order. */
export function citationMarkers(citations: readonly Citation[], articles: CitedArticles): SafeHtml {
  const byArticle = new Map<string, Citation>();
  for (const c of citations) if (!byArticle.has(c.articleId)) byArticle.set(c.articleId, c);
  const items = [...byArticle.values()]
    .map((c) => ({ c, a: articles.get(c.articleId) }))
    .sort((x, y) => (x.a?.n ?? 1e9) - (y.a?.n ?? 1e9));
  return html`${items.map(({ c, a }) => {
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
  })}`;
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
