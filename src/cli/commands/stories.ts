// `storyline stories`, `story <id>` and `why <article>`: the stories the link stage built, and why.
import type { ArticleLink, StorySummary } from '../../model.js';
import type { Store } from '../../store/store.js';
import { dbPath, openStore, parsePositive, shownLocation } from '../context.js';
import { formatDate, truncate } from '../format.js';

interface Common {
  db?: string;
  json?: boolean;
}

export interface StoryListOptions extends Common {
  limit?: string;
  offset?: string;
  outlet?: string;
  language?: string;
  entity?: string;
  since?: string;
  until?: string;
}

export function storyTable(rows: readonly StorySummary[]): string {
  const header = [
    'story'.padEnd(16),
    'arts',
    'srcs',
    'first → last seen'.padEnd(23),
    'outlets'.padEnd(24),
    'headline',
  ];
  const lines = rows.map((s) =>
    [
      s.id.padEnd(16),
      String(s.articleCount).padStart(4),
      String(s.sourceCount).padStart(4),
      `${formatDate(s.firstSeen).slice(0, 10)} → ${formatDate(s.lastSeen).slice(0, 10)}`.padEnd(23),
      truncate(s.outlets.join(', ') || '—', 24).padEnd(24),
      truncate(s.title ?? '(untitled)', 70),
    ].join('  '),
  );
  return [header.join('  '), ...lines].join('\n');
}

export async function runStories(o: StoryListOptions): Promise<void> {
  const store = await openStore(dbPath(o.db));
  try {
    const filter = {
      outlet: o.outlet,
      language: o.language,
      entity: o.entity,
      since: o.since,
      until: o.until,
    };
    const rows = await store.listStories({
      ...filter,
      limit: parsePositive(o.limit ?? '50', '--limit'),
      offset: parsePositive(o.offset ?? '0', '--offset', true),
    });
    const total = await store.countStories(filter);
    if (o.json) for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
    else process.stdout.write(`${storyTable(rows)}\n${rows.length} of ${total} stories\n`);
  } finally {
    await store.close();
  }
}

async function requireStory(store: Store, id: string, db: string): Promise<StorySummary> {
  const story = await store.getStory(id);
  if (!story) throw new Error(`no story with id "${id}" in ${db} (list them with: storyline stories)`);
  return story;
}

function dateLabel(link: ArticleLink): string {
  const d = formatDate(link.date.value);
  return link.date.source === 'metadata' ? d : `${d} (${link.date.source})`;
}

export async function runStory(id: string, o: Common): Promise<void> {
  const store = await openStore(dbPath(o.db));
  try {
    const story = await requireStory(store, id, dbPath(o.db));
    const links = await store.storyLinks(story.id);
    const merges = await store.listMerges(story.id);
    if (o.json) {
      process.stdout.write(`${JSON.stringify({ story, links, merges }, null, 2)}\n`);
      return;
    }
    const out = [
      `# ${story.title ?? '(untitled)'}`,
      '',
      `story        ${story.id}${story.id !== id ? ` (${id} was merged into it)` : ''}`,
      `articles     ${story.articleCount} from ${story.sourceCount} independent source${story.sourceCount === 1 ? '' : 's'}`,
      `outlets      ${story.outlets.join(', ') || '—'}`,
      `seen         ${formatDate(story.firstSeen)} → ${formatDate(story.lastSeen)}`,
      '',
    ];
    for (const l of links) {
      const article = await store.getArticle(l.articleId);
      const dup = l.duplicateOf
        ? `  [copy of ${l.duplicateOf.articleId}, ${l.duplicateOf.similarity.toFixed(2)}]`
        : '';
      const wire = l.wireOrigin ? `  [wire: ${l.wireOrigin.name}]` : '';
      out.push(
        `${String(l.seq).padStart(5)}  ${l.articleId}  ${dateLabel(l).padEnd(28)}  ${truncate(article?.metadata.outlet.value ?? '—', 20).padEnd(20)}  ${truncate(article?.title ?? '(untitled)', 60)}${dup}${wire}`,
      );
    }
    for (const m of merges)
      out.push(`merged: ${m.from} → ${m.into} (score ${m.score.toFixed(3)}, on arrival of ${m.articleId})`);
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    await store.close();
  }
}

/** The explanation of one article's link decision, as `storyline why` prints it. */
export function explainLink(link: ArticleLink, storyTitle: string | null): string {
  const e = link.explanation;
  const out: string[] = [];
  const verdict =
    e.kind === 'new'
      ? `started a new story ${link.storyId}`
      : e.kind === 'forced'
        ? `joined story ${link.storyId} (${e.reason ?? 'forced'})`
        : `joined story ${link.storyId}`;
  out.push(`article ${link.articleId} (arrival #${link.seq}) ${verdict}: ${storyTitle ?? '(untitled)'}`);
  if (e.kind === 'new')
    out.push(`  best score ${e.score.toFixed(3)} stayed below the threshold ${e.threshold.toFixed(3)}`);
  else out.push(`  score ${e.score.toFixed(3)} (threshold ${e.threshold.toFixed(3)})`);
  if (e.reason && e.kind !== 'forced') out.push(`  ${e.reason}`);
  if (e.runnerUp) out.push(`  runner-up ${e.runnerUp.storyId} with ${e.runnerUp.score.toFixed(3)}`);
  else out.push('  no other candidate story');
  if (e.sharedEntities.length) out.push(`  shared entities: ${e.sharedEntities.join(', ')}`);
  if (e.sharedTerms.length)
    out.push(`  shared terms: ${e.sharedTerms.map((t) => `${t.term} (${t.weight.toFixed(3)})`).join(', ')}`);
  if (link.duplicateOf)
    out.push(
      `  copy of ${link.duplicateOf.articleId} (estimated Jaccard ${link.duplicateOf.similarity.toFixed(2)})`,
    );
  if (link.wireOrigin) out.push(`  wire origin: ${link.wireOrigin.name} ("${link.wireOrigin.evidence}")`);
  out.push(`  independent source: ${link.sourceKey}`);
  out.push(`  date used: ${dateLabel(link)}`);
  return out.join('\n');
}

export async function runWhy(articleId: string, o: Common): Promise<void> {
  const store = await openStore(dbPath(o.db));
  try {
    const link = await store.getLink(articleId);
    if (!link) {
      const article = await store.getArticle(articleId);
      throw new Error(
        article
          ? `article "${articleId}" is stored but not linked to a story yet`
          : `no article with id "${articleId}" in ${shownLocation(dbPath(o.db))} (list them with: storyline articles)`,
      );
    }
    const story = await store.getStory(link.storyId);
    if (o.json) process.stdout.write(`${JSON.stringify({ link, story }, null, 2)}\n`);
    else process.stdout.write(`${explainLink(link, story?.title ?? null)}\n`);
  } finally {
    await store.close();
  }
}
