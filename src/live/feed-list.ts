// What `watch` polls: feed URLs named on the command line plus the feeds of OPML files, re-read every round so
// that subscriptions added later (POST /api/feeds, an edited file) are picked up without a restart.
import { isUrl } from '../ingest/input-refs.js';
import { readSubscriptions } from './subscriptions.js';

export function feedListFrom(
  inputs: readonly string[],
  onError: (path: string, message: string) => void = () => undefined,
): () => string[] {
  const last = new Map<string, string[]>();
  return () => {
    const out: string[] = [];
    for (const input of inputs) {
      if (isUrl(input)) {
        out.push(input);
        continue;
      }
      try {
        const feeds = readSubscriptions(input).map((f) => f.url);
        last.set(input, feeds);
        out.push(...feeds);
      } catch (e) {
        onError(input, (e as Error).message);
        out.push(...(last.get(input) ?? []));
      }
    }
    return [...new Set(out)];
  };
}
