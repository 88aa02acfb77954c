// What the outlet page and API show about one outlet: its articles, its stories, whom it cites and its opinion
// share, the last two measured over its latest analysed articles.
import type { Store } from '../store/store.js';
import type { OutletProfile } from './pages/outlet.js';

const SAMPLE = 60;

export async function outletProfile(
  store: Store,
  name: string,
  page: { offset: number; limit: number },
): Promise<OutletProfile | null> {
  const articleTotal = await store.countArticles({ outlet: name });
  if (articleTotal === 0) return null;
  const [articles, stories, sample] = await Promise.all([
    store.listArticles({ outlet: name, limit: page.limit, offset: page.offset }),
    store.listStories({ outlet: name, limit: 20 }),
    store.listArticles({ outlet: name, limit: SAMPLE }),
  ]);
  const cites = new Map<string, { name: string; kind: string; articles: number }>();
  let sentences = 0;
  let opinionated = 0;
  let analysed = 0;
  const languages = new Set<string>();
  for (const a of sample) {
    if (a.language) languages.add(a.language);
    const analysis = await store.getAnalysis(a.id);
    if (!analysis) continue;
    analysed++;
    sentences += analysis.opinion.length;
    opinionated += analysis.opinion.filter((o) => o.opinion).length;
    const seen = new Set<string>();
    for (const c of analysis.citedSources) {
      if (seen.has(c.key) || c.name === name) continue;
      seen.add(c.key);
      const entry = cites.get(c.key) ?? { name: c.name, kind: c.kind, articles: 0 };
      entry.articles++;
      cites.set(c.key, entry);
    }
  }
  return {
    name,
    articleTotal,
    articles,
    offset: page.offset,
    limit: page.limit,
    stories,
    cites: [...cites.values()]
      .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name))
      .slice(0, 25),
    opinion: { share: sentences ? opinionated / sentences : 0, sentences, articles: analysed },
    languages: [...languages],
  };
}
