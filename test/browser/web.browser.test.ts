// The web UI as a person uses it, in Debian's Chromium driven by playwright-core: home → story → citation →
// article, search, entity; on the demo corpus and on a larger corpus built from the test's own fixtures.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleLink } from '../../src/model.js';
import { ingestInputs } from '../../src/pipeline/ingest.js';
import { buildServer } from '../../src/server/app.js';
import { ferryStrikeFixture } from '../../src/server/fixtures/ferry-strike.js';
import { seedStoryFixture } from '../../src/server/fixtures/seed.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

const CHROMIUM = '/usr/bin/chromium';

async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run "apt-get install -y chromium" (as root) first`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * Stands in for the link stage, which this test does not exercise: puts the given articles into one story and
 * gives every entity of their analyses a global id from its type and name.
 */
async function linkAsOneStory(store: Store, storyId: string, ids: string[]): Promise<void> {
  let seq = await store.lastLinkSeq();
  for (const id of ids) {
    const article = (await store.getArticle(id))!;
    const analysis = await store.getAnalysis(id);
    const entities = (analysis?.entities ?? []).map((e) => ({
      entity: {
        id: `${e.type}:${e.name.toLowerCase().replace(/\W+/g, '-')}`,
        name: e.name,
        type: e.type,
        aliases: e.aliases,
        roles: e.roles,
      },
      mentions: e.mentions,
    }));
    const link: ArticleLink = {
      articleId: id,
      seq: ++seq,
      storyId,
      duplicateOf: null,
      wireOrigin: null,
      sourceKey: `outlet:${article.metadata.outlet.value ?? id}`,
      entityIds: entities.map((e) => e.entity.id),
      date: article.metadata.publishedAt.value
        ? {
            value: article.metadata.publishedAt.value,
            source: article.metadata.publishedAt.source === 'inferred' ? 'inferred' : 'metadata',
          }
        : { value: article.ingestedAt, source: 'ingested' },
      explanation: {
        kind: seq === 1 ? 'new' : 'joined',
        score: 0.5,
        threshold: 0.3,
        runnerUp: null,
        sharedTerms: [],
        sharedEntities: [],
        reason: null,
      },
      linkedAt: new Date().toISOString(),
    };
    await store.saveLink({ link, merges: [], entities });
  }
}

async function serve(store: Store): Promise<{ url: string; close: () => Promise<void> }> {
  const app = buildServer(store);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** The walk a reader takes. Returns the story page's headline. */
async function readerWalk(page: Page, base: string, searchFor: string): Promise<void> {
  await page.goto(`${base}/`);
  await expect(page.locator('h1').first().textContent()).resolves.toBe('Stories');
  const first = page.locator('ol.stories a').first();
  const headline = (await first.textContent())!.trim();
  await first.click();
  await page.waitForURL(/\/stories\//);
  expect((await page.locator('h1').first().textContent())!.trim()).toBe(headline);

  // Expand a citation: its passage and source appear, and its link opens the article at the cited passage.
  const cite = page.locator('details.cite').first();
  await cite.locator('summary').click();
  const pop = cite.locator('.pop');
  await expect(pop.isVisible()).resolves.toBe(true);
  expect((await pop.locator('q').textContent())!.length).toBeGreaterThan(10);
  // Escape closes it (the small script); the page works without it too.
  await page.keyboard.press('Escape');
  await expect(pop.isVisible()).resolves.toBe(false);
  await cite.locator('summary').click();
  await pop.locator('a').click();
  await page.waitForURL(/\/articles\/[^/?]+\?hl=/);
  await expect(page.locator('mark#cited').count()).resolves.toBe(1);
  await expect(page.locator('article.body p').count()).resolves.toBeGreaterThan(0);

  // Search from the header box.
  await page.fill('#q', searchFor);
  await page.press('#q', 'Enter');
  await page.waitForURL(/\/search\?q=/);
  await expect(page.locator('main a[href^="/stories/"]').count()).resolves.toBeGreaterThan(0);
  await expect(page.locator('main a[href^="/articles/"]').count()).resolves.toBeGreaterThan(0);

  // Back to the story, then an entity.
  await page.locator('main a[href^="/stories/"]').first().click();
  await page.waitForURL(/\/stories\//);
  const entity = page.locator('ul.entity-chips a').first();
  const name = (await entity.textContent())!.trim();
  await entity.click();
  await page.waitForURL(/\/entities\//);
  expect((await page.locator('h1').textContent())!.trim()).toBe(name);
  await expect(page.locator('main a[href^="/stories/"]').count()).resolves.toBeGreaterThan(0);
}

describe('web UI in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('works on the demo corpus', async () => {
    const store = openSqliteStore(':memory:');
    const outcomes = await ingestInputs([join(process.cwd(), 'examples')], store, {
      fetcher: { fetch: () => Promise.reject(new Error('no network in this test')) },
    });
    const ids = outcomes.flatMap((o) => (o.status === 'ingested' ? [o.id] : []));
    expect(ids.length).toBeGreaterThan(2);
    await linkAsOneStory(store, 'sdemo', ids);
    const server = await serve(store);
    const page = await browser.newPage();
    try {
      const first = (await store.getArticle(ids[0]!))!;
      const word = first.text.split(/\W+/).find((w) => w.length > 6) ?? 'the';
      await readerWalk(page, server.url, word);
    } finally {
      await page.close();
      await server.close();
      await store.close();
    }
  });

  it('works on a larger corpus of fixture stories, with paging and filters', async () => {
    const store = openSqliteStore(':memory:');
    const towns = [
      'Vellbridge',
      'Osterhavn',
      'Kessby',
      'Marlow Quay',
      'Tarnsund',
      'Halden Bay',
      'Rimfjord',
      'Skelport',
      'Brackwater',
      'Eastmere',
      'Lowstrand',
      'Norrvik',
      'Pellham',
      'Quellin',
      'Saltcombe',
      'Thornhaven',
      'Ulsted',
      'Varde Point',
      'Westerkirk',
      'Yarrowby',
      'Zennor Sands',
      'Ardmouth',
      'Belhaven',
      'Carrick Ness',
      'Dunmore',
      'Elsinby',
      'Fairhope',
      'Glenarm',
      'Hollins',
      'Inverkeld',
    ];
    for (const [i, town] of towns.entries())
      await seedStoryFixture(store, ferryStrikeFixture(`s${i}`, { town, shiftDays: -i }), {
        withView: i % 2 === 0,
      });
    const server = await serve(store);
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    try {
      await readerWalk(page, server.url, 'Osterhavn ferry');
      await page.goto(`${server.url}/`);
      await expect(page.locator('ol.stories > li').count()).resolves.toBe(25);
      await page.locator('a[rel="next"]').click();
      await expect(page.locator('ol.stories > li').count()).resolves.toBe(5);
      await page.goto(`${server.url}/`);
      await page.fill('input[name="entity"]', 'Tomas Brandt');
      await page.fill('input[name="since"]', '2026-02-20');
      await page.click('form.filters button[type="submit"]');
      await page.waitForURL(/entity=Tomas/);
      const shown = await page.locator('ol.stories > li').count();
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(25);
    } finally {
      await page.close();
      await server.close();
      await store.close();
    }
  });
});
