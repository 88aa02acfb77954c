// `storyline articles`, `show`, `search`, `failures`: reading the store from the terminal.
import { analyze, ANALYZER_VERSION } from '../../analyze/analyze.js';
import { dbPath, openStore, parsePositive, shownLocation } from '../context.js';
import { formatAnalysis } from './analyze.js';
import { articleTable, articleText, formatDate } from '../format.js';

interface Common {
  db?: string;
  json?: boolean;
}

export async function runArticles(
  o: Common & { limit?: string; offset?: string; outlet?: string; language?: string },
): Promise<void> {
  const store = await openStore(dbPath(o.db));
  try {
    const query = {
      limit: parsePositive(o.limit ?? '50', '--limit'),
      offset: parsePositive(o.offset ?? '0', '--offset', true),
      outlet: o.outlet,
      language: o.language,
    };
    const rows = await store.listArticles(query);
    const total = await store.countArticles(query);
    if (o.json) for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
    else process.stdout.write(`${articleTable(rows)}\n${rows.length} of ${total} articles\n`);
  } finally {
    await store.close();
  }
}

export async function runShow(id: string, o: Common & { raw?: boolean; analysis?: boolean }): Promise<void> {
  const store = await openStore(dbPath(o.db));
  try {
    const article = await store.getArticle(id);
    if (!article)
      throw new Error(
        `no article with id "${id}" in ${shownLocation(dbPath(o.db))} (list them with: storyline articles)`,
      );
    if (o.analysis) {
      const stored = await store.getAnalysis(id);
      const analysis = stored && stored.version === ANALYZER_VERSION ? stored : analyze(article);
      if (o.json) process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
      else process.stdout.write(`${formatAnalysis(article.title ?? article.id, article.text, analysis)}\n`);
    } else if (o.raw) {
      const raw = await store.getRaw(article.rawId);
      if (o.json) process.stdout.write(`${JSON.stringify(raw)}\n`);
      else process.stdout.write(raw?.body ?? '');
    } else if (o.json) process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
    else process.stdout.write(`${articleText(article)}\n`);
  } finally {
    await store.close();
  }
}

export async function runSearch(query: string, o: Common & { limit?: string }): Promise<void> {
  const store = await openStore(dbPath(o.db));
  try {
    const hits = await store.searchArticles(query, { limit: parsePositive(o.limit ?? '20', '--limit') });
    if (o.json) for (const h of hits) process.stdout.write(`${JSON.stringify(h)}\n`);
    else {
      for (const h of hits)
        process.stdout.write(
          `${h.id}  ${h.outlet ?? '—'}  ${formatDate(h.publishedAt)}  ${h.title ?? '(untitled)'}\n    ${h.snippet.replace(/\s+/g, ' ').replace(/[«»]/g, '*')}\n`,
        );
      process.stdout.write(`${hits.length} result${hits.length === 1 ? '' : 's'} for "${query}"\n`);
    }
  } finally {
    await store.close();
  }
}

export async function runFailures(o: Common & { limit?: string }): Promise<void> {
  const store = await openStore(dbPath(o.db));
  try {
    const failures = await store.listFailures({ limit: parsePositive(o.limit ?? '100', '--limit') });
    if (o.json) for (const f of failures) process.stdout.write(`${JSON.stringify(f)}\n`);
    else {
      for (const f of failures)
        process.stdout.write(
          `${f.at}  ${f.origin}: ${f.reason} [${f.stage}]${f.count > 1 ? ` ×${f.count}` : ''}\n`,
        );
      process.stdout.write(`${failures.length} failed input${failures.length === 1 ? '' : 's'}\n`);
    }
  } finally {
    await store.close();
  }
}
