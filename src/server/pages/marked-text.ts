// Article text as paragraphs with highlighted spans (repairs, quantities, cited sources, opinion triggers).
import type { Span } from '../../model.js';
import { html, type SafeHtml } from '../html.js';

export interface Mark extends Span {
  /** CSS class: mark-repair, mark-quantity, mark-source, mark-opinion, ... */
  kind: string;
  /** Shown on hover and read by screen readers. */
  label: string;
  /** Element id, for a mark that links point at. */
  id?: string;
}

/**
 * Renders paragraphs with marks; overlapping marks keep the one that starts first (the longer on a tie), except
 * that a mark with an id (a cited passage) is always kept, and marks inside it are dropped.
 */
export function markedParagraphs(
  text: string,
  paragraphs: readonly Span[],
  marks: readonly Mark[],
): SafeHtml[] {
  const anchors = marks.filter((m) => m.id && m.end > m.start);
  const overlapsAnchor = (m: Mark) => !m.id && anchors.some((a) => m.start < a.end && a.start < m.end);
  const sorted = [...marks]
    .filter((m) => !overlapsAnchor(m))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  for (const m of sorted)
    if (m.end > m.start && (kept.length === 0 || m.start >= kept[kept.length - 1]!.end)) kept.push(m);
  let k = 0;
  return paragraphs.map((p) => {
    const parts: (SafeHtml | string)[] = [];
    let pos = p.start;
    while (k < kept.length && kept[k]!.end <= p.start) k++;
    for (let j = k; j < kept.length && kept[j]!.start < p.end; j++) {
      const m = kept[j]!;
      if (m.start < p.start || m.end > p.end) {
        // A cited passage may cross paragraphs: mark the part in this one.
        if (!m.id) continue;
      }
      const from = Math.max(m.start, p.start, pos);
      const to = Math.min(m.end, p.end);
      if (to <= from) continue;
      if (m.id) {
        parts.push(text.slice(pos, from));
        parts.push(
          html`<mark
            class="${m.kind}"
            title="${m.label}"
            ${from === m.start ? html`id="${m.id}" tabindex="-1"` : ''}
            >${text.slice(from, to)}</mark
          >`,
        );
        pos = to;
        continue;
      }
      parts.push(text.slice(pos, m.start));
      parts.push(html`<mark class="${m.kind}" title="${m.label}">${text.slice(m.start, m.end)}</mark>`);
      pos = m.end;
    }
    parts.push(text.slice(pos, p.end));
    return html`<p>${parts}</p>`;
  });
}
