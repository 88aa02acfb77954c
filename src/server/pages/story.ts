// One story: headline, key points and summary with citations, what changed, timeline, claims ledger, quotes,
// perspectives and framing, then entities, sources with the citation graph and coverage at the side.
import type { Claim, StorySummary, StoryView, TimelineEntry } from '../../model.js';
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
import { dateLabel, monthLabel } from './common.js';

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
}

export function citedArticles(view: StoryView, texts: ReadonlyMap<string, string>): CitedArticles {
  const map = new Map<string, CitedArticle>();
  view.articles.forEach((a, i) =>
    map.set(a.id, {
      id: a.id,
      n: i + 1,
      title: a.title,
      outlet: a.outlet,
      date: a.date.value,
      text: texts.get(a.id) ?? null,
    }),
  );
  return map;
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
      ${c.value && !contradicted ? html`<span class="value">${c.value}</span>` : ''}
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
                  <div class="variant-value">${v.value ?? 'No figure'}</div>
                  ${v.mentions.map((i) => {
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
    ${c.update ? html`<p class="meta">Updated from ${c.update.from ?? '—'} to ${c.update.to ?? '—'}</p>` : ''}
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
  const options = changes.slice(0, -1).map((c) => c.date);
  const after = since ? changes.filter((c) => c.date > since) : [];
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
            </ul>`
          : html`<p class="meta">Nothing new since ${dateLabel(since)}.</p>`
        : html`<p class="meta">Pick a time to see what each later article added.</p>`
    }
  </section>`;
}

export function storyPage(input: StoryPageInput): string {
  const { story, view } = input;
  const articles = citedArticles(view, input.texts);
  const s = view.summary;
  const current = view.timeline.filter((t) => !t.background);
  const background = view.timeline.filter((t) => t.background);
  const contradicted = view.claims.filter((c) => c.status === 'contradicted');
  const otherClaims = view.claims.filter((c) => c.status !== 'contradicted');
  const body = html`<p class="crumbs"><a href="/">Stories</a></p>
    <header class="story-head">
      <h1>${view.headline}</h1>
      <p class="meta">
        <span><strong>${story.articleCount}</strong> article${story.articleCount === 1 ? '' : 's'}</span>
        <span
          ><strong>${story.sourceCount}</strong> independent source${story.sourceCount === 1 ? '' : 's'}</span
        >
        <span>${story.outlets.length} outlet${story.outlets.length === 1 ? '' : 's'}</span>
        <span>${dateLabel(story.firstSeen)} – ${dateLabel(story.lastSeen)}</span>
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
    </header>
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
        ${
          view.timeline.length
            ? html`<section aria-labelledby="tl-h">
                <h2 id="tl-h">Timeline</h2>
                ${current.length ? timelineList(current, articles) : ''}
                ${
                  background.length
                    ? html`<details class="background" ${current.length ? '' : html`open`}>
                        <summary>Background (${background.length})</summary>
                        ${timelineList(background, articles)}
                      </details>`
                    : ''
                }
              </section>`
            : ''
        }
        ${
          view.claims.length
            ? html`<section aria-labelledby="claims-h">
                <h2 id="claims-h">Claims ledger</h2>
                <p class="meta">
                  ${view.claims.length} claim${view.claims.length === 1 ? '' : 's'} ·
                  ${view.claims.filter((c) => c.status === 'corroborated').length} corroborated ·
                  ${contradicted.length} contradicted
                </p>
                <ul class="claims">
                  ${[...contradicted, ...otherClaims].map((c) => claimRow(c, articles))}
                </ul>
              </section>`
            : ''
        }
        ${
          view.quotes.length
            ? html`<section aria-labelledby="quotes-h">
                <h2 id="quotes-h">Quotes</h2>
                <ul class="story-quotes">
                  ${view.quotes.slice(0, 20).map(
                    (q) =>
                      html`<li>
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
                          <span
                            >first in ${q.firstReported.outlet ?? 'unknown outlet'},
                            ${dateLabel(q.firstReported.date)}</span
                          >
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
                      </li>`,
                  )}
                </ul>
              </section>`
            : ''
        }
        ${
          view.perspectives.actors.length || view.perspectives.outlets.length
            ? html`<section aria-labelledby="persp-h">
                <h2 id="persp-h">Perspectives</h2>
                <div class="actors">
                  ${view.perspectives.actors.slice(0, 8).map(
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
                                        ? o.omittedClaims
                                            .map(
                                              (id) => view.claims.find((c) => c.id === id)?.predicate ?? id,
                                            )
                                            .join('; ')
                                        : '—'
                                    }
                                  </td>
                                </tr>`,
                            )}
                          </tbody>
                        </table>`
                    : ''
                }
              </section>`
            : ''
        }
        <section aria-labelledby="arts-h">
          <h2 id="arts-h">Articles</h2>
          <ol class="story-articles">
            ${view.articles.map((a, i) => {
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
                        ? html`<span
                            class="chip dup"
                            title="${Math.round(a.duplicateOf.similarity * 100)}% the same text"
                            >copy of ${original ? `#${original.n}` : 'an earlier article'}</span
                          >`
                        : ''
                    }
                    ${a.language && a.language !== 'en' ? html`<span class="chip">${a.language.toUpperCase()}</span>` : ''}
                  </div>
                </div>
              </li>`;
            })}
          </ol>
        </section>
      </div>
      <aside aria-label="About this story">
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
                      .map(
                        (c) => html`<li>${c.name} <span class="meta">by ${c.citedBy.join(', ')}</span></li>`,
                      )}
                  </ul>`
              : ''
          }
          <h3 class="sub">Who relies on whom</h3>
          ${citationGraph(view.sources.graph)}
        </section>
        ${input.builtAt ? html`<p class="meta small">Summary built ${dateLabel(input.builtAt)}.</p>` : ''}
      </aside>
    </div>`;
  return page({ title: view.headline, section: 'stories', body });
}
