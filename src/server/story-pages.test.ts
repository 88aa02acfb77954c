import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite-store.js';
import type { Store } from '../store/store.js';
import { activeContent } from './active-content.js';
import { buildServer } from './app.js';
import { ferryStrikeFixture } from './fixtures/ferry-strike.js';
import { seedStoryFixture } from './fixtures/seed.js';

describe('story, entity, outlet and search pages', () => {
  let store: Store;
  let app: ReturnType<typeof buildServer>;
  const withView = ferryStrikeFixture('sferry');
  const bare = ferryStrikeFixture('sbare', { town: 'Osterhavn', shiftDays: -20 });

  beforeAll(async () => {
    store = openSqliteStore(':memory:');
    await seedStoryFixture(store, withView);
    app = buildServer(store);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('ranks stories on the home page with summary line, counts, sparkline and filters', async () => {
    const res = await app.inject('/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/stories/sferry"');
    expect(res.body).toContain('Vellbridge ferry crews strike over pay');
    expect(res.body).toContain('walked off the job on Monday');
    expect(res.body).toMatch(/<svg\s+class="spark"/);
    expect(res.body).toContain('name="since"');
    const none = await app.inject('/?outlet=Nobody+Weekly');
    expect(none.body).toContain('No story matches these filters.');
    const byEntity = await app.inject('/?entity=Alma+Reyes');
    expect(byEntity.body).toContain('href="/stories/sferry"');
  });

  it('renders a synthesised story: citations with passages, timeline, contradiction side by side, graph', async () => {
    const res = await app.inject('/stories/sferry');
    expect(res.statusCode).toBe(200);
    const b = res.body;
    expect(b).toContain('<details class="cite">');
    expect(b).toContain('<q>About 1,200 deck hands and engineers joined the strike</q>');
    expect(b).toMatch(/class="badge badge-expected"/);
    expect(b).toContain('Background (1)');
    expect(b).toMatch(/class="versus"[\s\S]*1200[\s\S]*1400/);
    expect(b).toMatch(/<svg\s+class="graph"/);
    expect(b).toContain('date inferred');
    expect(b).toContain('copy of #3');
    expect(b).toContain('/stories/sferry/feed.atom');
  });

  it('shows a rebuilt view at once (the page cache is keyed by the view build)', async () => {
    expect((await app.inject('/stories/sferry')).body).toContain('talks due Thursday');
    await new Promise((r) => setTimeout(r, 5));
    const view = { ...withView.view, headline: 'Vellbridge ferry talks collapse' };
    await store.putStoryView('sferry', { version: 1, headline: view.headline, json: JSON.stringify(view) });
    expect((await app.inject('/stories/sferry')).body).toContain('Vellbridge ferry talks collapse');
    await store.putStoryView('sferry', {
      version: 1,
      headline: withView.view.headline,
      json: JSON.stringify(withView.view),
    });
  });

  it('shows what changed since a time', async () => {
    const res = await app.inject('/stories/sferry?since=2026-03-02T10:00:00Z');
    expect(res.body).toContain('Contradiction');
    expect(res.body).toContain('New on the timeline: An emergency bus service');
    expect(res.body).not.toContain('New quote from Alma Reyes');
  });

  it('renders a story without a view from its articles, and lists later articles of a stale view', async () => {
    await seedStoryFixture(store, bare, { withView: false });
    const res = await app.inject('/stories/sbare');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('has not been summarised yet');
    expect(res.body).toContain('Opening lines');
    expect(res.body).toContain('not asking for luxury');
    expect((await app.inject('/stories/nope')).statusCode).toBe(404);
  });

  it('highlights a cited passage on the article page and links back to the story', async () => {
    const a = withView.articles[0]!.article;
    const start = a.text.indexOf('About 1,200');
    const res = await app.inject(`/articles/${a.id}?hl=${start}-${start + 20}`);
    expect(res.body).toMatch(/<mark\s+class="mark-cited"/);
    expect(res.body).toContain('id="cited"');
    expect(res.body).toContain('href="/stories/sferry"');
    expect(res.body).toContain('mark-time');
  });

  it('serves entity, outlet and search pages', async () => {
    const entity = await app.inject('/entities/e-reyes');
    expect(entity.statusCode).toBe(200);
    expect(entity.body).toContain('Alma Reyes');
    expect(entity.body).toContain('href="/stories/sferry"');
    expect((await app.inject('/entities?q=Alma')).body).toContain('/entities/e-reyes');
    const outlet = await app.inject('/outlets/North%20Coast%20Radio');
    expect(outlet.statusCode).toBe(200);
    expect(outlet.body).toContain('Opinion share');
    expect((await app.inject('/outlets')).body).toContain('Harbour Gazette');
    const search = await app.inject('/search?q=ferry+strike');
    expect(search.body).toMatch(/stor(y|ies) and \d+ articles/);
    expect(search.body).toContain('href="/stories/sferry"');
  });

  it('publishes Atom feeds of all stories and of one story', async () => {
    const all = await app.inject('/feeds/stories.atom');
    expect(all.headers['content-type']).toContain('application/atom+xml');
    expect(all.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(all.body).toContain('/stories/sferry</id>');
    const one = await app.inject('/stories/sferry/feed.atom');
    expect(one.body.match(/<entry>/g)).toHaveLength(4);
    expect(one.body).toContain('Contradiction: workers on strike');
  });

  it('keeps hostile story views inert: headline, sentences, quotes, names, outlets, graph labels', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>"><a href="javascript:alert(3)">x</a>';
    const hostile = ferryStrikeFixture('shostile', { town: 'Grimsand' });
    const v = JSON.parse(
      JSON.stringify(hostile.view).replace(
        /Lindmark/g,
        evil.replace(/["\\]/g, (c) => `\\${c}`),
      ),
    ) as typeof hostile.view;
    v.headline = evil;
    v.summary.keyPoints[0]!.text = evil;
    v.sources.graph.nodes[0]!.label = evil;
    v.perspectives.outlets[0]!.outlet = `javascript:alert(4)`;
    v.entities[0]!.id = `"><script>alert(5)</script>`;
    await seedStoryFixture(store, { ...hostile, view: v });
    for (const path of ['/stories/shostile', '/', '/stories/shostile/feed.atom', '/search?q=Grimsand']) {
      const res = await app.inject(path);
      expect(res.statusCode).toBe(200);
      if (!path.endsWith('.atom')) expect(activeContent(res.body)).toEqual([]);
      else expect(res.body).not.toContain('<script>');
    }
  });
});
