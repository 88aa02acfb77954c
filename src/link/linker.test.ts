import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import { sampleArticle } from '../store/store-contract.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import type { Store } from '../store/store.js';
import { Linker } from './linker.js';

const FERRY = `Harbour workers in Portmere walked out on Monday, halting every ferry between Portmere and the island of Caldy. The Portmere Ferry Union said 1,200 members joined the strike over pay. Union leader Marta Ellison told reporters the strike would last until the operator, Bluewake Lines, reopened talks. Bluewake Lines said it had offered a 4% raise and called the walkout unlawful. About 9,000 passengers a day use the crossing, according to the port authority.`;
const FERRY_2 = `The ferry strike in Portmere entered its second day on Tuesday as Bluewake Lines and the Portmere Ferry Union traded blame. Marta Ellison, who leads the union, said Bluewake Lines had refused to meet. The operator said its offer of a 4% raise still stood. Passengers bound for Caldy were stranded at the Portmere terminal, the port authority said.`;
const REPRINT = `PORTMERE (AP) - ${FERRY} Copyright 2023 The Associated Press.`;
const OTHER = `Astronomers at the Keldon Observatory said on Monday they had found a comet that will pass close to Mars next year. The comet, named K-2023, is about 4 kilometres wide, said observatory director Ivo Brandt. Brandt said telescopes in Chile would follow it over the coming months.`;

async function put(store: Store, text: string, origin: string, outlet: string) {
  const { article, raw } = sampleArticle(text, { origin });
  const a = {
    ...article,
    metadata: { ...article.metadata, outlet: { value: outlet, source: 'record' as const } },
  };
  await store.saveArticle(a, raw);
  await store.putAnalysis(analyze(a));
  return a;
}

describe('Linker', () => {
  it('links in arrival order: same event together, a reprint forced into its original, another event apart', async () => {
    const store = openSqliteStore(':memory:');
    const a = await put(store, FERRY, 'a.txt', 'Coast Gazette');
    const b = await put(store, FERRY_2, 'b.txt', 'Island Times');
    const c = await put(store, REPRINT, 'c.txt', 'Metro Daily');
    const d = await put(store, OTHER, 'd.txt', 'Science Weekly');
    const linker = await Linker.open(store);
    const links = await linker.linkPending();
    expect(links.map((l) => l.articleId)).toEqual([a.id, b.id, c.id, d.id]);
    expect(links.map((l) => l.seq)).toEqual([1, 2, 3, 4]);
    const [la, lb, lc, ld] = links;
    expect(lb?.storyId).toBe(la?.storyId);
    expect(lc?.storyId).toBe(la?.storyId);
    expect(lc?.duplicateOf?.articleId).toBe(a.id);
    expect(lc?.explanation.kind).toBe('forced');
    // A copy counts as the same independent source as its original.
    expect(lc?.sourceKey).toBe(la?.sourceKey);
    expect(ld?.storyId).not.toBe(la?.storyId);
    const story = await store.getStory(la?.storyId ?? '');
    expect(story?.articleCount).toBe(3);
    expect(story?.sourceCount).toBe(2);
    // The same entity gets one global id in both articles.
    const ellisonIn = (l: typeof la, text: string) => {
      const analysis = analyze({ id: 'x', text, paragraphs: [{ start: 0, end: text.length }] });
      const i = analysis.entities.findIndex((e) => e.name.includes('Ellison'));
      return i >= 0 ? l?.entityIds[i] : undefined;
    };
    expect(ellisonIn(la, FERRY)).toBeDefined();
    expect(ellisonIn(la, FERRY)).toBe(ellisonIn(lb, FERRY_2));
    await store.close();
  });

  it('resumes from its snapshot: links made after it are undone and redone the same way', async () => {
    const store = openSqliteStore(':memory:');
    await put(store, FERRY, 'a.txt', 'Coast Gazette');
    await put(store, OTHER, 'd.txt', 'Science Weekly');
    const first = await Linker.open(store);
    await first.linkPending();
    const b = await put(store, FERRY_2, 'b.txt', 'Island Times');
    // Linked without a snapshot afterwards, as if the process died right after.
    const art = await store.getArticle(b.id);
    const an = await store.getAnalysis(b.id);
    const before = await first.link(art!, an!);
    const second = await Linker.open(store);
    expect(await store.getLink(b.id)).toBeNull();
    const redone = await second.linkPending();
    expect(redone).toHaveLength(1);
    expect(redone[0]?.storyId).toBe(before.storyId);
    expect(redone[0]?.seq).toBe(before.seq);
    await store.close();
  });
});
