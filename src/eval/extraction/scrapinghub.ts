// The scrapinghub article-extraction benchmark: 181 pages with their true article bodies.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface BenchmarkPage {
  id: string;
  url: string | null;
  html: string;
  truth: string;
}

export function scrapinghubFolder(dataRoot: string): string {
  return join(dataRoot, 'extraction', 'scrapinghub');
}

export function readScrapinghub(dataRoot: string): BenchmarkPage[] {
  const folder = scrapinghubFolder(dataRoot);
  const truth = JSON.parse(readFileSync(join(folder, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  return Object.keys(truth)
    .sort()
    .filter((id) => existsSync(join(folder, 'html', `${id}.html.gz`)))
    .map((id) => ({
      id,
      url: truth[id]?.url ?? null,
      // The benchmark's pages are UTF-8.
      html: gunzipSync(readFileSync(join(folder, 'html', `${id}.html.gz`))).toString('utf8'),
      truth: truth[id]?.articleBody ?? '',
    }));
}
