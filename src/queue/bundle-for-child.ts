// Tests and benchmarks that run `storyline` in child processes (to SIGKILL one, or to measure N processes) need
// the CLI as plain JavaScript; without a build, this bundles src/cli/main.ts with rolldown (Vite's bundler) into
// node_modules/.cache, where the bundle still resolves the project's packages.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../project-root.js';

const HELPER = '@oxc-project/runtime/helpers/';
const TAGGED_TEMPLATE_HELPER = `export default function taggedTemplateLiteral(strings, raw) {
  return Object.freeze(Object.defineProperties(strings, { raw: { value: Object.freeze(raw || strings.slice(0)) } }));
}`;

/** Path of a runnable `storyline` CLI: dist/ when built (and `preferDist`), else a fresh bundle. */
export async function storylineCliForChildren(options: { preferDist?: boolean } = {}): Promise<string> {
  const root = projectRoot();
  const dist = join(root, 'dist', 'src', 'cli', 'main.js');
  if (options.preferDist && existsSync(dist)) return dist;
  const outDir = join(root, 'node_modules', '.cache', 'storyline-cli');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `main-${process.pid}.mjs`);
  const { rolldown } = (await import('rolldown' as string)) as {
    rolldown: (o: object) => Promise<{ write(o: object): Promise<unknown>; close(): Promise<void> }>;
  };
  const bundle = await rolldown({
    input: join(root, 'src', 'cli', 'main.ts'),
    platform: 'node',
    external: (id: string) =>
      !id.startsWith('.') && !id.startsWith('/') && !/^[A-Za-z]:/.test(id) && !id.startsWith(HELPER),
    logLevel: 'silent',
    plugins: [
      {
        // The bundler lowers tagged templates with a helper from a package the project does not install.
        name: 'storyline-inline-helpers',
        resolveId: (id: string) => (id.startsWith(HELPER) ? `\0${id}` : null),
        load: (id: string) => (id.startsWith(`\0${HELPER}`) ? TAGGED_TEMPLATE_HELPER : null),
      },
    ],
  });
  await bundle.write({ file, format: 'esm' });
  await bundle.close();
  return file;
}
