// One article: clean text (glue repairs marked), metadata with provenance, credits, what the cleaner removed,
// and a link to the raw input behind it.
import type { Analysis, Article, Sourced, Span, StorySummary } from '../../model.js';
import { html, safeHref, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { dateLabel, provenanceLabel, thousands } from './common.js';
import { markedParagraphs, type Mark } from './marked-text.js';

export interface ArticlePageOptions {
  /** A cited passage to highlight and scroll to (?hl=start-end from a story's citation). */
  highlight?: Span | null;
  /** The story the article belongs to. */
  story?: StorySummary | null;
}

export function articlePage(
  a: Article,
  analysis: Analysis | null = null,
  options: ArticlePageOptions = {},
): string {
  const m = a.metadata;
  // Rows a reader always needs; other fields are shown only when the input had them.
  const always = new Set(['Outlet', 'Published', 'Authors', 'Language']);
  const fact = (label: string, value: SafeHtml | string | null, source: Sourced<unknown>) =>
    value === null && !always.has(label)
      ? ''
      : html`<dt>${label}</dt>
          <dd>${value ?? '—'}<span class="src">${provenanceLabel(source)}</span></dd>`;
  const url = m.canonicalUrl.value;
  const body = html` <p class="crumbs"><a href="/articles">Articles</a></p>
    <h1>${a.title ?? '(untitled article)'}</h1>
    ${m.title.source === 'inferred' ? html`<p class="meta"><span class="chip inferred">No title given: this is the first sentence</span></p>` : ''}
    <p class="meta">
      <strong>${m.outlet.value ?? 'Unknown outlet'}</strong>
      <span>${dateLabel(m.publishedAt.value)}</span>
      ${m.authors.value.length ? html`<span>By ${m.authors.value.join(', ')}</span>` : ''}
      <span>${thousands(a.wordCount)} words</span>
    </p>
    ${
      options.story
        ? html`<p class="in-story">
            Part of the story
            <a href="/stories/${options.story.id}">${options.story.title ?? 'untitled story'}</a>
            <span class="meta"
              >(${options.story.articleCount} articles, ${options.story.sourceCount} independent
              sources)</span
            >
          </p>`
        : ''
    }
    <div class="layout">
      <article class="body" aria-label="Article text">
        ${markedParagraphs(a.text, a.paragraphs, marks(a, analysis, options.highlight ?? null))}
      </article>
      <aside aria-label="About this article">
        <section class="panel">
          <h2>Metadata</h2>
          <dl class="facts">
            ${fact('Outlet', m.outlet.value, m.outlet)}
            ${fact('Published', m.publishedAt.value ? dateLabel(m.publishedAt.value) : null, m.publishedAt)}
            ${fact('Modified', m.modifiedAt.value ? dateLabel(m.modifiedAt.value) : null, m.modifiedAt)}
            ${fact('Authors', m.authors.value.join(', ') || null, m.authors)}
            ${fact('Language', m.language.value?.toUpperCase() ?? null, m.language)}
            ${fact('Section', m.section.value, m.section)}
            ${fact('URL', url ? html`<a href="${safeHref(url)}" rel="noopener noreferrer nofollow">${url}</a>` : null, m.canonicalUrl)}
            ${fact('Description', m.description.value, m.description)}
            <dt>Input</dt>
            <dd>${a.origin}<span class="src">${a.kind}</span></dd>
            <dt>Raw</dt>
            <dd><a href="/articles/${a.id}/raw">View the raw input</a></dd>
            <dt>Id</dt>
            <dd><code>${a.id}</code></dd>
          </dl>
        </section>
        ${analysis ? analysisPanel(analysis) : ''} ${analysis?.quotes.length ? quotesPanel(analysis) : ''}
        ${
          m.credits.length
            ? html`<section class="panel">
                <h2>Credited sources</h2>
                <ul>
                  ${m.credits.map(
                    (c) => html`<li><strong>${c.name}</strong><br /><span class="meta">${c.line}</span></li>`,
                  )}
                </ul>
              </section>`
            : ''
        }
        ${
          a.cleaning.removed.length || a.cleaning.repairs.length
            ? html`<section class="panel">
                <h2>Cleaning</h2>
                ${a.cleaning.repairs.length ? html`<p>${a.cleaning.repairs.length} fused word${a.cleaning.repairs.length === 1 ? '' : 's'} repaired (highlighted in the text).</p>` : ''}
                ${
                  a.cleaning.removed.length
                    ? html`<details>
                        <summary>
                          ${a.cleaning.removed.length} piece${a.cleaning.removed.length === 1 ? '' : 's'} of
                          page furniture removed
                        </summary>
                        <ul class="removed">
                          ${a.cleaning.removed.map((r) => html`<li><span class="rule">${r.rule}</span><br />${r.text}</li>`)}
                        </ul>
                      </details>`
                    : ''
                }
              </section>`
            : ''
        }
      </aside>
    </div>`;
  return page({ title: a.title ?? 'Article', section: 'none', body });
}

/** Everything worth highlighting in the text: repaired glue, quantities, cited sources, opinion triggers. */
function marks(a: Article, analysis: Analysis | null, highlight: Span | null): Mark[] {
  const out: Mark[] = [];
  // The cited passage comes first so that it wins over the finer marks inside it.
  if (highlight && highlight.end > highlight.start && highlight.end <= a.text.length)
    out.push({ ...highlight, kind: 'mark-cited', label: 'the passage the story cites', id: 'cited' });
  for (const r of a.cleaning.repairs)
    out.push({ ...r.at, kind: 'mark-repair', label: `repaired from “${r.from}”` });
  if (!analysis) return out;
  for (const t of analysis.times ?? [])
    out.push({
      start: t.start,
      end: t.end,
      kind: 'mark-time',
      label: `${t.type}: ${t.value}${t.endValue ? ` to ${t.endValue}` : ''}${t.anchor === 'relative' ? ' (resolved against the article date)' : ''}`,
    });
  for (const m of analysis.mentions) {
    const e = analysis.entities[m.entity];
    if (e)
      out.push({
        start: m.start,
        end: m.end,
        kind: `mark-entity mark-${e.type}`,
        label: `${e.type}: ${e.name}${m.kind === 'name' ? '' : ` (${m.kind})`}`,
      });
  }
  for (const q of analysis.quantities)
    out.push({
      start: q.start,
      end: q.end,
      kind: 'mark-quantity',
      label: `${q.kind}: ${q.normalized}${q.counted ? ` (${q.counted})` : ''}`,
    });
  for (const c of analysis.citedSources)
    out.push({
      start: c.start,
      end: c.end,
      kind: 'mark-source',
      label: `cited source (${c.kind}): ${c.name}, “${c.cue}”`,
    });
  for (const o of analysis.opinion)
    if (o.opinion)
      for (const t of o.triggers)
        out.push({ start: t.start, end: t.end, kind: 'mark-opinion', label: `outlet's own ${t.kind}` });
  return out;
}

export function rawPage(a: Article, body: string, mediaType: string | null): string {
  return page({
    title: `Raw input · ${a.title ?? a.id}`,
    section: 'none',
    body: html`<p class="meta"><a href="/articles/${a.id}">← Back to the article</a></p>
      <h1>Raw input</h1>
      <p class="lede">
        ${a.origin} · ${mediaType ?? 'unknown type'} · ${thousands(body.length)} characters. Shown as text,
        never rendered.
      </p>
      <pre class="raw">${body}</pre>`,
  });
}

function analysisPanel(analysis: Analysis): SafeHtml {
  const opinion = analysis.opinion.filter((o) => o.opinion).length;
  const sources = [...new Map(analysis.citedSources.map((c) => [c.key, c])).values()];
  return html`<section class="panel">
    <h2>Analysis</h2>
    <ul class="legend">
      <li>
        <mark class="mark-entity mark-person"
          >${analysis.entities.filter((e) => e.type === 'person').length}</mark
        >
        people: ${people(analysis)}
      </li>
      <li>
        <mark class="mark-entity mark-organization"
          >${analysis.entities.filter((e) => e.type === 'organization').length}</mark
        >
        organisations,
        <mark class="mark-entity mark-place"
          >${analysis.entities.filter((e) => e.type === 'place').length}</mark
        >
        places
      </li>
      <li><mark class="mark-time">${(analysis.times ?? []).length}</mark> dates and times</li>
      <li><mark class="mark-quantity">${analysis.quantities.length}</mark> quantities</li>
      <li>
        <mark class="mark-source">${sources.length}</mark> cited
        sources${sources.length ? html`: ${sources.map((c) => c.name).join(', ')}` : ''}
      </li>
      <li>
        <mark class="mark-opinion">${opinion}</mark> of ${analysis.sentences.length} sentences carry the
        outlet's own opinion
      </li>
      <li><mark class="mark-repair">·</mark> repaired words</li>
    </ul>
  </section>`;
}

function people(analysis: Analysis): SafeHtml {
  const list = analysis.entities.filter((e) => e.type === 'person').sort((a, b) => b.mentions - a.mentions);
  return html`${list.map(
    (e, i) =>
      html`${i ? ', ' : ''}<span title="${[...e.aliases, ...e.roles].join('; ')}">${e.name}</span
        >${e.roles.length ? html` <small>(${e.roles[0]})</small>` : ''}`,
  )}`;
}

function quotesPanel(analysis: Analysis): SafeHtml {
  return html`<section class="panel">
    <h2>Who said what</h2>
    <ul class="quotes">
      ${analysis.quotes.map((q) => {
        const who =
          q.speaker?.entity != null
            ? (analysis.entities[q.speaker.entity]?.name ?? q.speaker.text)
            : (q.speaker?.text ?? 'Unattributed');
        const how = [
          q.cue?.verb,
          q.addressee ? `to ${q.addressee.text}` : '',
          q.medium ? `(${q.medium})` : '',
        ]
          .filter(Boolean)
          .join(' ');
        const words = q.content.text.split(/\s+/);
        const content = words.length > 28 ? `${words.slice(0, 28).join(' ')}…` : q.content.text;
        return html`<li>
          <strong>${who}</strong> <span class="meta">${how}</span
          ><br />${q.kind === 'direct' ? html`“${content}”` : content}
        </li>`;
      })}
    </ul>
  </section>`;
}
