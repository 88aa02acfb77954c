import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, StoryView } from '../model.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import type { Store } from '../store/store.js';
import { buildServer } from './app.js';
import { citationMarkers, MAX_MARKERS, type CitedArticle } from './components/citations.js';
import { ferryStrikeFixture } from './fixtures/ferry-strike.js';
import { seedStoryFixture } from './fixtures/seed.js';
import { STORY_PAGE_SHOWS, storyPageCitedIds } from './pages/story.js';

/** The ferry-strike story with its ledger grown to `n` claims (copies of its first claim, numbered). */
function withManyClaims(view: StoryView, n: number): StoryView {
  const first = view.claims[0]!;
  const claims: Claim[] = Array.from({ length: n }, (_, i) => ({
    ...first,
    id: `cx${i}`,
    status: 'single-source',
    predicate: `numbered claim ${i}`,
    independentSources: n - i,
  }));
  return { ...view, claims };
}

describe('long stories: the page shows the head of each list, the rest is paged on its own page', () => {
  let store: Store;
  let app: ReturnType<typeof buildServer>;
  const fixture = ferryStrikeFixture('slong');

  beforeAll(async () => {
    store = openSqliteStore(':memory:');
    await seedStoryFixture(store, fixture);
    const view = withManyClaims(fixture.view, 130);
    await store.putStoryView('slong', { version: 1, headline: view.headline, json: JSON.stringify(view) });
    app = buildServer(store);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('shows the best-supported claims first and links to the whole ledger', async () => {
    const b = (await app.inject('/stories/slong')).body;
    expect(b).toContain(`Showing ${STORY_PAGE_SHOWS.claims} of 130 claims`);
    expect(b).toContain('href="/stories/slong/claims"');
    expect(b).toContain('numbered claim 0<');
    expect(b).toContain(`numbered claim ${STORY_PAGE_SHOWS.claims - 1}<`);
    expect(b).not.toContain(`numbered claim ${STORY_PAGE_SHOWS.claims}<`);
  });

  it('pages the whole ledger, 100 claims a page', async () => {
    const first = await app.inject('/stories/slong/claims');
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('1–100 of 130');
    expect(first.body).toContain('numbered claim 99<');
    expect(first.body).not.toContain('numbered claim 100<');
    expect(first.body).toContain('href="/stories/slong/claims?offset=100"');
    const second = await app.inject('/stories/slong/claims?offset=100');
    expect(second.body).toContain('101–130 of 130');
    expect(second.body).toContain('numbered claim 129<');
    expect(second.body).toContain('href="/stories/slong"');
  });

  it('has pages for the timeline, quotes and articles, and none for anything else', async () => {
    for (const part of ['timeline', 'quotes', 'articles']) {
      const res = await app.inject(`/stories/slong/${part}`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('Back to the story');
    }
    expect((await app.inject('/stories/slong/articles')).body).toContain('href="/articles/');
    expect((await app.inject('/stories/slong/secrets')).statusCode).toBe(404);
    expect((await app.inject('/stories/nosuch/claims')).statusCode).toBe(404);
  });

  it('reads only the texts the page quotes', async () => {
    const story = (await store.getStory('slong'))!;
    const ids = storyPageCitedIds({
      story,
      view: fixture.view,
      fallback: false,
      builtAt: null,
      since: null,
    });
    expect(ids.length).toBeGreaterThan(0);
    const known = new Set(fixture.view.articles.map((a) => a.id));
    expect(ids.every((id) => known.has(id))).toBe(true);
  });
});

describe('citation markers', () => {
  const articles = new Map<string, CitedArticle>(
    Array.from({ length: 9 }, (_, i) => [
      `a${i}`,
      {
        id: `a${i}`,
        n: i + 1,
        title: `Title ${i}`,
        outlet: `Outlet ${i}`,
        date: null,
        text: 'Some passage here.',
      },
    ]),
  );
  const cite = (id: string) => ({ articleId: id, span: { start: 0, end: 12 } });

  it('opens the first few onto their passage and lists the rest behind one "+N" marker', () => {
    const out = String(citationMarkers([...articles.keys()].map(cite), articles));
    expect(out.match(/<details class="cite">/g)).toHaveLength(MAX_MARKERS);
    expect(out).toContain(`+${9 - MAX_MARKERS}</summary>`);
    expect(out).toContain('Outlet 8 — Title 8');
    expect(out.match(/<q>/g)).toHaveLength(MAX_MARKERS);
  });

  it('shows one marker per article however often it is cited', () => {
    const out = String(citationMarkers([cite('a1'), cite('a1'), cite('a0')], articles));
    expect(out.match(/<details class="cite">/g)).toHaveLength(2);
    expect(out).not.toContain('class="cite more"');
  });
});
