// `storyline entities` and `entity <id>`: one identity per real entity across the store, with its surface forms.
import type { Quote, StoreEntity } from '../../model.js';
import type { Store } from '../../store/store.js';
import { dbPath, openStore, parsePositive, shownLocation } from '../context.js';
import { formatDate, truncate } from '../format.js';

interface Common {
  db?: string;
  json?: boolean;
}

export function entityTable(rows: readonly StoreEntity[]): string {
  const header = ['entity'.padEnd(16), 'type'.padEnd(12), 'arts', 'stories', 'name (aliases)'];
  const lines = rows.map((e) =>
    [
      e.id.padEnd(16),
      e.type.padEnd(12),
      String(e.articleCount).padStart(4),
      String(e.storyCount).padStart(7),
      truncate(`${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}`, 90),
    ].join('  '),
  );
  return [header.join('  '), ...lines].join('\n');
}

export async function runEntities(
  o: Common & { limit?: string; offset?: string; type?: string; q?: string },
): Promise<void> {
  const store = await openStore(dbPath(o.db));
  try {
    const rows = await store.listEntities({
      limit: parsePositive(o.limit ?? '50', '--limit'),
      offset: parsePositive(o.offset ?? '0', '--offset', true),
      type: o.type,
      q: o.q,
    });
    if (o.json) for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
    else process.stdout.write(`${entityTable(rows)}\n${rows.length} entities\n`);
  } finally {
    await store.close();
  }
}

export interface EntityQuote {
  articleId: string;
  kind: Quote['kind'];
  text: string;
  cue: string | null;
}

/** Everything the store knows of one entity: its articles and stories, and what it said in them. */
export async function entityDossier(
  store: Store,
  entity: StoreEntity,
  options: { limit?: number } = {},
): Promise<{
  articles: {
    id: string;
    title: string | null;
    outlet: string | null;
    date: string | null;
    storyId: string | null;
  }[];
  quotes: EntityQuote[];
}> {
  const ids = await store.entityArticleIds(entity.id, { limit: options.limit ?? 100 });
  const articles = [];
  const quotes: EntityQuote[] = [];
  for (const id of ids) {
    const [article, link, analysis] = await Promise.all([
      store.getArticle(id),
      store.getLink(id),
      store.getAnalysis(id),
    ]);
    if (!article) continue;
    articles.push({
      id,
      title: article.title,
      outlet: article.metadata.outlet.value,
      date: link?.date.value ?? article.metadata.publishedAt.value,
      storyId: link?.storyId ?? null,
    });
    if (!link || !analysis) continue;
    for (const q of analysis.quotes) {
      const local = q.speaker?.entity;
      if (local == null || link.entityIds[local] !== entity.id) continue;
      quotes.push({ articleId: id, kind: q.kind, text: q.content.text, cue: q.cue?.verb ?? null });
    }
  }
  return { articles, quotes };
}

export async function runEntity(id: string, o: Common): Promise<void> {
  const store = await openStore(dbPath(o.db));
  try {
    const entity = await store.getEntity(id);
    if (!entity)
      throw new Error(
        `no entity with id "${id}" in ${shownLocation(dbPath(o.db))} (list them with: storyline entities)`,
      );
    const dossier = await entityDossier(store, entity);
    if (o.json) {
      process.stdout.write(`${JSON.stringify({ entity, ...dossier }, null, 2)}\n`);
      return;
    }
    const out = [
      `# ${entity.name}`,
      '',
      `entity       ${entity.id}`,
      `type         ${entity.type}`,
      `aliases      ${entity.aliases.join(', ') || '—'}`,
      `roles        ${entity.roles.join(', ') || '—'}`,
      `articles     ${entity.articleCount} in ${entity.storyCount} stor${entity.storyCount === 1 ? 'y' : 'ies'}`,
      '',
    ];
    for (const a of dossier.articles)
      out.push(
        `  ${a.id}  ${formatDate(a.date).padEnd(16)}  ${truncate(a.outlet ?? '—', 20).padEnd(20)}  story ${a.storyId ?? '—'}  ${truncate(a.title ?? '(untitled)', 50)}`,
      );
    if (dossier.quotes.length) {
      out.push('', 'said:');
      for (const q of dossier.quotes)
        out.push(
          `  ${q.kind === 'direct' ? '“' : ''}${truncate(q.text, 110)}${q.kind === 'direct' ? '”' : ''}  [${q.cue ?? '—'}, ${q.articleId}]`,
        );
    }
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    await store.close();
  }
}
