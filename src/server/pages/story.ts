// One story: headline, key points and summary with citations, what changed, timeline, claims ledger, quotes,
// perspectives and framing, then entities, sources with the citation graph and coverage at the side.
import type { Claim, QuoteEntry, StorySummary, StoryView, TimelineEntry } from '../../model.js';
import { coverageChart } from '../components/charts.js';
import { citationGraph } from '../components/citation-graph.js';
import {
  citationMarkers,
  citedSentence,
  type CitedArticle,
  type CitedArticles,
} from '../components/citations.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { dateLabel, monthLabel, pager } from './common.js';
import { claimValueLabel } from '../../story/claims/value-label.js';

export interface StoryPageInput {
  story: StorySummary;
  view: StoryView;
  /** True when the view was built from the articles because synthesis has not run for the story yet. */
  fallback: boolean;
  builtAt: string | null;
  /** Clean texts of the story's articles, for citation excerpts. */
  texts: ReadonlyMap<string, string>;
  /** ?since= : show what changed after this time. */
  since: string | null;
  /** One list of the story in full, paged (/stories/:id/claims …) instead of the whole page. */
  part?: { name: StoryPart; offset: number } | null;
  /** Every list in full on one page (the HTML report); the web page shows the first entries of each. */
  complete?: boolean;
}

/** The lists of a story that have a page of their own. */
export type StoryPart = 'timeline' | 'claims' | 'quotes' | 'articles';
export const STORY_PARTS: readonly StoryPart[] = ['timeline', 'claims', 'quotes', 'articles'];
/** How many entries of each list the story page shows; the rest are on the list's own page. */
export const STORY_PAGE_SHOWS = {
  timeline: 30,
  background: 12,
  claims: 25,
  quotes: 20,
  articles: 50,
  actors: 8,
};
export const PART_PAGE_SIZE = 100;
const CHANGE_DATES_SHOWN = 60;
const CHANGES_SHOWN = 50;
/** Evidence spans shown side by side per version of a contradicted claim; the rest as citation markers. */
const MENTIONS_PER_VARIANT = 3;

/** The story's articles by id, numbered as listed. With `wanted`, reading an article's text records its id
 *  instead (see storyPageCitedIds). */
export function citedArticles(
  view: StoryView,
  texts: ReadonlyMap<string, string>,
  wanted?: Set<string>,
): CitedArticles {
  const map = new Map<string, CitedArticle>();
  view.articles.forEach((a, i) => {
    const entry: CitedArticle = {
      id: a.id,
      n: i + 1,
      title: a.title,
      outlet: a.outlet,
      date: a.date.value,
      text: texts.get(a.id) ?? null,
    };
    if (wanted)
      Object.defineProperty(entry, 'text', {
        get: () => {
          wanted.add(a.id);
          return null;
        },
      });
    map.set(a.id, entry);
  });
  return map;
}

/** The articles whose text the page will quote in citation popovers, so that only those are read. */
export function storyPageCitedIds(input: Omit<StoryPageInput, 'texts'>): string[] {
  const wanted = new Set<string>();
  renderStoryPage({ ...input, texts: new Map() }, citedArticles(input.view, new Map(), wanted));
  return [...wanted];
}

/** The n best-supported entries (most citations), kept in their own order. */
function bestSupported<T extends { citations: readonly unknown[] }>(entries: readonly T[], n: number): T[] {
  if (entries.length <= n) return [...entries];
  const keep = new Set(
    entries
      .map((e, i) => ({ i, k: e.citations.length }))
      .sort((a, b) => b.k - a.k || a.i - b.i)
      .slice(0, n)
      .map((x) => x.i),
  );
  return entries.filter((_, i) => keep.has(i));
}

/** Contradictions first, then by independent sources. */
function claimsInOrder(claims: readonly Claim[]): Claim[] {
  return claims
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        Number(b.c.status === 'contradicted') - Number(a.c.status === 'contradicted') ||
        b.c.independentSources - a.c.independentSources ||
        a.i - b.i,
    )
    .map((x) => x.c);
}

const PART_NOUN: Record<StoryPart, [string, string]> = {
  timeline: ['timeline entry', 'timeline entries'],
  claims: ['claim', 'claims'],
  quotes: ['quote', 'quotes'],
  articles: ['article', 'articles'],
};

function partLink(storyId: string, part: StoryPart, total: number, shown: number): SafeHtml {
  if (total <= shown) return html``;
  const [one, many] = PART_NOUN[part];
  return html`<p class="part-more">
    Showing ${shown} of ${total} ${total === 1 ? one : many} ·
    <a href="/stories/${encodeURIComponent(storyId)}/${part}">All ${total} ${many} →</a>
  </p>`;
}

const KIND_LABEL: Record<TimelineEntry['kind'], string> = {
  happened: 'Happened',
  announced: 'Announced',
  expected: 'Expected',
};

const STATUS_LABEL: Record<Claim['status'], string> = {
  corroborated: 'Corroborated',
  'single-source': 'One source',
  updated: 'Updated',
  contradicted: 'Contradicted',
};

function timelineDate(e: TimelineEntry): string {
  const one = (iso: string) => {
    if (e.date.precision === 'year') return iso.slice(0, 4);
    if (e.date.precision === 'month') return monthLabel(iso);
    return dateLabel(e.date.precision === 'time' ? iso : iso.slice(0, 10));
  };
  return e.date.end ? `${one(e.date.start)} – ${one(e.date.end)}` : one(e.date.start);
}

function timelineList(entries: readonly TimelineEntry[], articles: CitedArticles): SafeHtml {
  return html`<ol class="timeline">
    ${entries.map(
      (e) =>
        html`<li class="tl-${e.kind}">
          <div class="tl-when">
            <time datetime="${e.date.start}">${timelineDate(e)}</time>
            <span class="badge badge-${e.kind}">${KIND_LABEL[e.kind]}</span>
          </div>
          <div class="tl-text">
            ${e.text}<span class="cites">${citationMarkers(e.citations, articles)}</span>
          </div>
        </li>`,
    )}
  </ol>`;
}

function claimRow(c: Claim, articles: CitedArticles): SafeHtml {
  const contradicted = c.status === 'contradicted' && c.variants.length > 1;
  return html`<li class="claim claim-${c.status}">
    <div class="claim-head">
      <span class="status status-${c.status}">${STATUS_LABEL[c.status]}</span>
      <strong>${c.subject ? `${c.subject}: ` : ''}${c.predicate}</strong>
      ${c.value && !contradicted ? html`<span class="value">${claimValueLabel(c.value)}</span>` : ''}
      <span class="meta"
        >${c.independentSources} independent source${c.independentSources === 1 ? '' : 's'}</span
      >
    </div>
    ${
      contradicted
        ? html`<div class="versus">
            ${c.variants.map(
              (v) =>
                html`<div class="variant">
                  <div class="variant-value">${v.value ? claimValueLabel(v.value) : 'No figure'}</div>
                  ${v.mentions.slice(0, MENTIONS_PER_VARIANT).map((i) => {
                    const m = c.mentions[i];
                    if (!m) return '';
                    return html`<blockquote>
                      ${m.text}
                      <footer>
                        ${m.outlet ?? 'Unknown outlet'} · ${dateLabel(m.date)}
                        <span class="cites"
                          >${citationMarkers([{ articleId: m.articleId, span: m.span }], articles)}</span
                        >
                      </footer>
                    </blockquote>`;
                  })}
                  ${
                    v.mentions.length > MENTIONS_PER_VARIANT
                      ? html`<p class="meta">
                          Also in
                          <span class="cites"
                            >${citationMarkers(
                              v.mentions
                                .slice(MENTIONS_PER_VARIANT)
                                .map((i) => c.mentions[i])
                                .filter((m) => m !== undefined)
                                .map((m) => ({ articleId: m.articleId, span: m.span })),
                              articles,
                            )}</span
                          >
                        </p>`
                      : ''
                  }
                </div>`,
            )}
          </div>`
        : html`<div class="claim-text">
            ${c.mentions[0]?.text ?? ''}
            <span class="cites"
              >${citationMarkers(
                c.mentions.map((m) => ({ articleId: m.articleId, span: m.span })),
                articles,
              )}</span
            >
          </div>`
    }
    ${c.update ? html`<p class="meta">Updated from ${c.update.from ? claimValueLabel(c.update.from) : '—'} to ${c.update.to ? claimValueLabel(c.update.to) : '—'}</p>` : ''}
    ${c.note ? html`<p class="meta">${c.note}</p>` : ''}
  </li>`;
}

function changesSection(
  view: StoryView,
  since: string | null,
  articles: CitedArticles,
  storyId: string,
): SafeHtml {
  const changes = [...view.changes].sort((a, b) => a.seq - b.seq);
  if (changes.length < 2 && !since) return html``;
  const options = [...new Set(changes.slice(0, -1).map((c) => c.date))].slice(-CHANGE_DATES_SHOWN);
  if (since && !options.includes(since)) options.push(since);
  const later = since ? changes.filter((c) => c.date > since) : [];
  const after = later.slice(0, CHANGES_SHOWN);
  const claimById = new Map(view.claims.map((c) => [c.id, c]));
  const quoteById = new Map(view.quotes.map((q) => [q.id, q]));
  const tlById = new Map(view.timeline.map((t) => [t.id, t]));
  return html`<section aria-labelledby="changes-h" class="changes">
    <h2 id="changes-h">What changed</h2>
    <form method="get" action="/stories/${storyId}" class="inline-form">
      <label for="since">Since</label>
      <select id="since" name="since">
        ${options.map(
          (d) => html`<option value="${d}" ${d === since ? html`selected` : ''}>${dateLabel(d)}</option>`,
        )}
      </select>
      <button type="submit">Show</button>
    </form>
    ${
      since
        ? after.length
          ? html`<ul class="change-list">
                ${after.map((c) => {
                  const a = articles.get(c.articleId);
                  const parts: SafeHtml[] = [];
                  for (const id of c.contradictions) {
                    const claim = claimById.get(id);
                    if (claim)
                      parts.push(
                        html`<li>
                          <span class="status status-contradicted">Contradiction</span> ${claim.predicate}
                        </li>`,
                      );
                  }
                  for (const id of c.newClaims) {
                    const claim = claimById.get(id);
                    if (claim)
                      parts.push(html`<li>New claim: ${claim.mentions[0]?.text ?? claim.predicate}</li>`);
                  }
                  for (const id of c.newTimeline) {
                    const t = tlById.get(id);
                    if (t) parts.push(html`<li>New on the timeline: ${t.text}</li>`);
                  }
                  for (const id of c.newQuotes) {
                    const q = quoteById.get(id);
                    if (q)
                      parts.push(
                        html`<li>New quote from ${q.speaker.name ?? 'an unnamed speaker'}: “${q.text}”</li>`,
                      );
                  }
                  return html`<li>
                    <strong>${c.outlet ?? 'Unknown outlet'}</strong> · ${dateLabel(c.date)} ·
                    <a href="/articles/${c.articleId}">${a?.title ?? 'article'}</a>
                    ${
                      parts.length
                        ? html`<ul>
                            ${parts}
                          </ul>`
                        : html`<p class="meta">Added coverage, nothing new.</p>`
                    }
                  </li>`;
                })}
              </ul>
              ${
                later.length > after.length
                  ? html`<p class="meta">
                      …and ${later.length - after.length} later articles:
                      <a href="/stories/${encodeURIComponent(storyId)}/articles">all articles</a>.
                    </p>`
                  : ''
              }`
          : html`<p class="meta">Nothing new since ${dateLabel(since)}.</p>`
        : html`<p class="meta">Pick a time to see what each later article added.</p>`
    }
  </section>`;
}

/** The days the story covers: its articles' dates as synthesis settled them (publication, else inferred from the
 *  story), else when the articles arrived. */
function storyDates(input: StoryPageInput): SafeHtml {
  const dated = input.view.articles.filter((a) => a.date.source !== 'ingested');
  if (dated.length === 0)
    return html`<span title="When the articles arrived: none of them gives a date"
      >received ${dateLabel(input.story.firstSeen)} – ${dateLabel(input.story.lastSeen)}</span
    >`;
  const days = dated.map((a) => a.date.value).sort();
  const inferred = dated.some((a) => a.date.source === 'inferred');
  return html`<span
    >${dateLabel(days[0]!)} –
    ${dateLabel(days[days.length - 1]!)}${
      inferred
        ? html` <span
            class="chip inferred"
            title="Some articles give no date; theirs were inferred from the text"
            >partly inferred</span
          >`
        : ''
    }</span
  >`;
}

function storyHeader(input: StoryPageInput): SafeHtml {
  const { story, view } = input;
  return html`<header class="story-head">
    <h1>${view.headline}</h1>
    <p class="meta">
      <span><strong>${story.articleCount}</strong> article${story.articleCount === 1 ? '' : 's'}</span>
      <span
        ><strong>${story.sourceCount}</strong> independent source${story.sourceCount === 1 ? '' : 's'}</span
      >
      <span>${story.outlets.length} outlet${story.outlets.length === 1 ? '' : 's'}</span>
      ${storyDates(input)}
      <a href="/stories/${story.id}/feed.atom">Atom feed</a>
      <a href="/api/stories/${story.id}">JSON</a>
    </p>
    ${
      input.fallback
        ? html`<p class="notice" role="status">
            This story has not been summarised yet: below are the opening lines of each independent source,
            with the quotes, people and sources found in its articles.
          </p>`
        : ''
    }
  </header>`;
}

function quoteItem(q: QuoteEntry, articles: CitedArticles): SafeHtml {
  return html`<li>
    <blockquote>${q.kind === 'direct' ? html`“${q.text}”` : q.text}</blockquote>
    <div class="meta quote-meta">
      <strong
        >${
          q.speaker.entityId
            ? html`<a href="/entities/${encodeURIComponent(q.speaker.entityId)}"
                >${q.speaker.name ?? 'Unnamed'}</a
              >`
            : (q.speaker.name ?? 'Unattributed')
        }</strong
      >
      ${q.addressee?.name ? html`<span>to ${q.addressee.name}</span>` : ''}
      ${q.medium ? html`<span>${q.medium}</span>` : ''}
      <span>first in ${q.firstReported.outlet ?? 'unknown outlet'}, ${dateLabel(q.firstReported.date)}</span>
      <span>${q.outlets.length} outlet${q.outlets.length === 1 ? '' : 's'}</span>
      <span class="cites"
        >${citationMarkers(
          q.variants.map((v) => ({ articleId: v.articleId, span: v.span })),
          articles,
        )}</span
      >
    </div>
    ${
      q.variants.length > 1 && new Set(q.variants.map((v) => v.text)).size > 1
        ? html`<details>
            <summary>${q.variants.length} wordings</summary>
            <ul>
              ${q.variants.map((v) => html`<li>${v.outlet ?? 'Unknown'}: ${v.text}</li>`)}
            </ul>
          </details>`
        : ''
    }
  </li>`;
}

function perspectivesSection(view: StoryView, articles: CitedArticles): SafeHtml {
  const claimById = new Map(view.claims.map((c) => [c.id, c]));
  return html`<section aria-labelledby="persp-h">
    <h2 id="persp-h">Perspectives</h2>
    <div class="actors">
      ${view.perspectives.actors.slice(0, STORY_PAGE_SHOWS.actors).map(
        (a) =>
          html`<div class="actor">
            <h3>
              ${a.entityId ? html`<a href="/entities/${encodeURIComponent(a.entityId)}">${a.name}</a>` : a.name}
            </h3>
            <ul>
              ${a.statements
                .slice(0, 4)
                .map(
                  (st) =>
                    html`<li>
                      <span class="stance">${st.stance}</span> ${st.text}<span class="cites"
                        >${citationMarkers(st.citations, articles)}</span
                      >
                    </li>`,
                )}
            </ul>
          </div>`,
      )}
    </div>
    ${
      view.perspectives.outlets.length
        ? html`<h3 class="sub">Framing by outlet</h3>
            <table class="list framing">
              <thead>
                <tr>
                  <th scope="col">Outlet</th>
                  <th scope="col">Own opinion</th>
                  <th scope="col">Loaded terms</th>
                  <th scope="col">Leaves out</th>
                </tr>
              </thead>
              <tbody>
                ${view.perspectives.outlets.map(
                  (o) =>
                    html`<tr>
                      <th scope="row">
                        <a href="/outlets/${encodeURIComponent(o.outlet)}">${o.outlet}</a>
                      </th>
                      <td>
                        <meter
                          min="0"
                          max="1"
                          value="${o.opinionShare.toFixed(2)}"
                          aria-label="Share of own-opinion sentences"
                        ></meter>
                        ${Math.round(o.opinionShare * 100)}%
                      </td>
                      <td>${o.loadedTerms.length ? o.loadedTerms.join(', ') : '—'}</td>
                      <td>
                        ${
                          o.omittedClaims.length
                            ? o.omittedClaims.map((id) => claimById.get(id)?.predicate ?? id).join('; ')
                            : '—'
                        }
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>`
        : ''
    }
  </section>`;
}

function articleItem(view: StoryView, i: number, articles: CitedArticles): SafeHtml {
  const a = view.articles[i]!;
  const original = a.duplicateOf ? articles.get(a.duplicateOf.articleId) : undefined;
  return html`<li>
    <span class="num" aria-hidden="true">${i + 1}</span>
    <div>
      <a href="/articles/${a.id}">${a.title ?? '(untitled article)'}</a>
      <div class="meta">
        <strong>${a.outlet ?? 'Unknown outlet'}</strong>
        <span>${dateLabel(a.date.value)}</span>
        ${a.date.source === 'inferred' ? html`<span class="chip inferred" title="The article gives no date; it was inferred from the dates it mentions">date inferred</span>` : ''}
        ${a.date.source === 'ingested' ? html`<span class="chip unknown" title="No date found: this is when Storyline received it">date received</span>` : ''}
        ${a.wireOrigin ? html`<span class="chip">${a.wireOrigin.name}</span>` : ''}
        ${
          a.duplicateOf
            ? html`<span class="chip dup" title="${Math.round(a.duplicateOf.similarity * 100)}% the same text"
                >copy of ${original ? `#${original.n}` : 'an earlier article'}</span
              >`
            : ''
        }
        ${a.language && a.language !== 'en' ? html`<span class="chip">${a.language.toUpperCase()}</span>` : ''}
      </div>
    </div>
  </li>`;
}

function storyAside(input: StoryPageInput): SafeHtml {
  const { view } = input;
  return html`<aside aria-label="About this story">
    <section class="panel" aria-labelledby="cov-h">
      <h2 id="cov-h">Coverage</h2>
      ${coverageChart(view.coverage)}
    </section>
    ${
      view.entities.length
        ? html`<section class="panel" aria-labelledby="ent-h">
            <h2 id="ent-h">People, organisations, places</h2>
            <ul class="entity-chips">
              ${view.entities
                .slice(0, 24)
                .map(
                  (e) =>
                    html`<li>
                      ${
                        e.id.startsWith('local:')
                          ? html`<span class="ent ent-${e.type}">${e.name}</span>`
                          : html`<a class="ent ent-${e.type}" href="/entities/${encodeURIComponent(e.id)}"
                              >${e.name}</a
                            >`
                      }
                    </li>`,
                )}
            </ul>
          </section>`
        : ''
    }
    <section class="panel" aria-labelledby="src-h">
      <h2 id="src-h">Sources</h2>
      <p class="meta">
        ${view.sources.independentSources} independent of ${view.articles.length}
        article${view.articles.length === 1 ? '' : 's'}
      </p>
      <ul class="outlets">
        ${view.sources.outlets.map(
          (o) =>
            html`<li>
              <a href="/outlets/${encodeURIComponent(o.name)}">${o.name}</a>
              <span class="meta">${o.articleIds.length}</span>
            </li>`,
        )}
      </ul>
      ${
        view.sources.wireOrigins.length
          ? html`<h3 class="sub">Wire copy</h3>
              <ul class="outlets">
                ${view.sources.wireOrigins.map((w) => html`<li>${w.name} <span class="meta">${w.articleIds.length}</span></li>`)}
              </ul>`
          : ''
      }
      ${
        view.sources.cited.length
          ? html`<h3 class="sub">Cited by the articles</h3>
              <ul class="outlets cited">
                ${view.sources.cited
                  .slice(0, 12)
                  .map((c) => html`<li>${c.name} <span class="meta">by ${c.citedBy.join(', ')}</span></li>`)}
              </ul>`
          : ''
      }
      <h3 class="sub">Who relies on whom</h3>
      ${citationGraph(view.sources.graph)}
    </section>
    ${input.builtAt ? html`<p class="meta small">Summary built ${dateLabel(input.builtAt)}.</p>` : ''}
  </aside>`;
}

function timelineSection(
  view: StoryView,
  articles: CitedArticles,
  storyId: string,
  complete: boolean,
): SafeHtml {
  const current = view.timeline.filter((t) => !t.background);
  const background = view.timeline.filter((t) => t.background);
  const shownCurrent = complete ? current : bestSupported(current, STORY_PAGE_SHOWS.timeline);
  const shownBackground = complete ? background : bestSupported(background, STORY_PAGE_SHOWS.background);
  return html`<section aria-labelledby="tl-h">
    <h2 id="tl-h">Timeline</h2>
    ${shownCurrent.length ? timelineList(shownCurrent, articles) : ''}
    ${
      background.length
        ? html`<details class="background" ${current.length ? '' : html`open`}>
            <summary>Background (${background.length})</summary>
            ${timelineList(shownBackground, articles)}
          </details>`
        : ''
    }
    ${partLink(storyId, 'timeline', view.timeline.length, shownCurrent.length + shownBackground.length)}
  </section>`;
}

function claimsSection(
  view: StoryView,
  articles: CitedArticles,
  storyId: string,
  complete: boolean,
): SafeHtml {
  const ordered = claimsInOrder(view.claims);
  const shown = complete ? ordered : ordered.slice(0, STORY_PAGE_SHOWS.claims);
  return html`<section aria-labelledby="claims-h">
    <h2 id="claims-h">Claims ledger</h2>
    ${claimCounts(view)}
    <ul class="claims">
      ${shown.map((c) => claimRow(c, articles))}
    </ul>
    ${partLink(storyId, 'claims', ordered.length, shown.length)}
  </section>`;
}

function claimCounts(view: StoryView): SafeHtml {
  const corroborated = view.claims.filter((c) => c.status === 'corroborated').length;
  const contradicted = view.claims.filter((c) => c.status === 'contradicted').length;
  return html`<p class="meta">
    ${view.claims.length} claim${view.claims.length === 1 ? '' : 's'} · ${corroborated} corroborated ·
    ${contradicted} contradicted
  </p>`;
}

function quotesSection(
  view: StoryView,
  articles: CitedArticles,
  storyId: string,
  complete: boolean,
): SafeHtml {
  const shown = complete ? view.quotes : view.quotes.slice(0, STORY_PAGE_SHOWS.quotes);
  return html`<section aria-labelledby="quotes-h">
    <h2 id="quotes-h">Quotes</h2>
    <ul class="story-quotes">
      ${shown.map((q) => quoteItem(q, articles))}
    </ul>
    ${partLink(storyId, 'quotes', view.quotes.length, shown.length)}
  </section>`;
}

function articlesSection(
  view: StoryView,
  articles: CitedArticles,
  storyId: string,
  complete: boolean,
): SafeHtml {
  const shown = complete ? view.articles.length : Math.min(view.articles.length, STORY_PAGE_SHOWS.articles);
  return html`<section aria-labelledby="arts-h">
    <h2 id="arts-h">Articles</h2>
    <ol class="story-articles">
      ${view.articles.slice(0, shown).map((_, i) => articleItem(view, i, articles))}
    </ol>
    ${partLink(storyId, 'articles', view.articles.length, shown)}
  </section>`;
}

/** One list of the story in full, PART_PAGE_SIZE entries a page. */
function partSection(
  view: StoryView,
  articles: CitedArticles,
  storyId: string,
  part: { name: StoryPart; offset: number },
): SafeHtml {
  const from = part.offset;
  const to = from + PART_PAGE_SIZE;
  const nav = (total: number) =>
    pager(
      `/stories/${encodeURIComponent(storyId)}/${part.name}`,
      new URLSearchParams(),
      from,
      PART_PAGE_SIZE,
      total,
      {
        prev: '← Previous',
        next: 'Next →',
      },
    );
  const back = html`<p class="part-more">
    <a href="/stories/${encodeURIComponent(storyId)}">← Back to the story</a>
  </p>`;
  switch (part.name) {
    case 'timeline': {
      const entries = [
        ...view.timeline.filter((t) => !t.background),
        ...view.timeline.filter((t) => t.background),
      ];
      return html`<section aria-labelledby="tl-h">
        <h2 id="tl-h">Timeline</h2>
        ${back}${timelineList(entries.slice(from, to), articles)}${nav(entries.length)}
      </section>`;
    }
    case 'claims': {
      const ordered = claimsInOrder(view.claims);
      return html`<section aria-labelledby="claims-h">
        <h2 id="claims-h">Claims ledger</h2>
        ${back}${claimCounts(view)}
        <ul class="claims">
          ${ordered.slice(from, to).map((c) => claimRow(c, articles))}
        </ul>
        ${nav(ordered.length)}
      </section>`;
    }
    case 'quotes':
      return html`<section aria-labelledby="quotes-h">
        <h2 id="quotes-h">Quotes</h2>
        ${back}
        <ul class="story-quotes">
          ${view.quotes.slice(from, to).map((q) => quoteItem(q, articles))}
        </ul>
        ${nav(view.quotes.length)}
      </section>`;
    case 'articles': {
      const indices = view.articles.map((_, i) => i).slice(from, to);
      return html`<section aria-labelledby="arts-h">
        <h2 id="arts-h">Articles</h2>
        ${back}
        <ol class="story-articles" start="${from + 1}">
          ${indices.map((i) => articleItem(view, i, articles))}
        </ol>
        ${nav(view.articles.length)}
      </section>`;
    }
  }
}

export function storyPage(input: StoryPageInput): string {
  return renderStoryPage(input, citedArticles(input.view, input.texts));
}

function renderStoryPage(input: StoryPageInput, articles: CitedArticles): string {
  const { story, view } = input;
  const complete = input.complete ?? false;
  if (input.part) {
    const body = html`<p class="crumbs">
        <a href="/stories/${encodeURIComponent(story.id)}">${view.headline}</a>
      </p>
      ${storyHeader(input)}
      <div class="story-main story-part">${partSection(view, articles, story.id, input.part)}</div>`;
    const [, many] = PART_NOUN[input.part.name];
    return page({ title: `${view.headline} — ${many}`, section: 'stories', body });
  }
  const s = view.summary;
  const body = html`<p class="crumbs"><a href="/">Stories</a></p>
    ${storyHeader(input)}
    <div class="layout">
      <div class="story-main">
        ${
          s.keyPoints.length
            ? html`<section aria-labelledby="kp-h">
                <h2 id="kp-h">${input.fallback ? 'Opening lines' : 'Key points'}</h2>
                <ul class="keypoints">
                  ${s.keyPoints.map((k) => html`<li>${citedSentence(k, articles)}</li>`)}
                </ul>
              </section>`
            : ''
        }
        ${
          s.short.length
            ? html`<section aria-labelledby="sum-h">
                <h2 id="sum-h">Summary</h2>
                <div class="summary">${s.short.map((x) => html`${citedSentence(x, articles)} `)}</div>
                ${
                  s.long.length > s.short.length
                    ? html`<details class="more">
                        <summary>Longer summary</summary>
                        <div class="summary">${s.long.map((x) => html`${citedSentence(x, articles)} `)}</div>
                      </details>`
                    : ''
                }
              </section>`
            : ''
        }
        ${changesSection(view, input.since, articles, story.id)}
        ${view.timeline.length ? timelineSection(view, articles, story.id, complete) : ''}
        ${view.claims.length ? claimsSection(view, articles, story.id, complete) : ''}
        ${view.quotes.length ? quotesSection(view, articles, story.id, complete) : ''}
        ${view.perspectives.actors.length || view.perspectives.outlets.length ? perspectivesSection(view, articles) : ''}
        ${articlesSection(view, articles, story.id, complete)}
      </div>
      ${storyAside(input)}
    </div>`;
  return page({ title: view.headline, section: 'stories', body });
}
