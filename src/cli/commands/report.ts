// `storyline report <story> --format md|html|json`: the story view (built now if missing or out of date).
import type { StoryView } from '../../model.js';
import type { Store } from '../../store/store.js';
import { storyReportHtml } from '../../story/report/story-html.js';
import { storyMarkdown } from '../../story/report/story-markdown.js';
import { rebuildStoryView } from '../../story/rebuild-views.js';
import { SYNTHESIS_VERSION } from '../../story/synthesize.js';
import { dbPath, openStore, shownLocation } from '../context.js';

export const REPORT_FORMATS = ['md', 'html', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The stored view of a story, rebuilt first when it is missing or was built by an older synthesizer. */
export async function currentStoryView(store: Store, storyId: string): Promise<StoryView | null> {
  const story = await store.getStory(storyId);
  if (!story) return null;
  let stored = await store.getStoryView(story.id);
  if (!stored || stored.version !== SYNTHESIS_VERSION) {
    await rebuildStoryView(store, story.id);
    stored = await store.getStoryView(story.id);
  }
  return stored ? (JSON.parse(stored.json) as StoryView) : null;
}

export async function runReport(id: string, o: { db?: string; format?: string }): Promise<void> {
  const format = (o.format ?? 'md') as ReportFormat;
  if (!REPORT_FORMATS.includes(format))
    throw new Error(`--format must be one of ${REPORT_FORMATS.join(', ')}, got "${o.format}"`);
  const location = dbPath(o.db);
  const store = await openStore(location);
  try {
    const view = await currentStoryView(store, id);
    if (!view)
      throw new Error(
        `no story with id "${id}" in ${shownLocation(location)} (list them with: storyline stories)`,
      );
    if (format === 'json') process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
    else if (format === 'md') process.stdout.write(storyMarkdown(view));
    else process.stdout.write(await storyReportHtml(store, view));
  } finally {
    await store.close();
  }
}
