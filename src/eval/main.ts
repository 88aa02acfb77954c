// `npm run eval [-- --json] [-- <id-prefix>...]`: the quality scoreboard on the public data sets.
import { dataRoot } from './data-root.js';
import { parseArgs, renderJsonLines, renderTable, selected, type Row } from './scoreboard.js';
import { SUITES } from './suites.js';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const verbose = process.argv.includes('--verbose');
  const root = dataRoot();
  const rows: Row[] = [];
  for (const suite of SUITES) {
    if (!suite.ids.some((id) => selected(id, args.prefixes))) continue;
    const started = Date.now();
    try {
      rows.push(...(await suite.run(root, { verbose })).filter((r) => selected(r.id, args.prefixes)));
    } catch (e) {
      rows.push({
        id: suite.ids[0] ?? 'unknown',
        dataset: '',
        value: null,
        note: `failed: ${(e as Error).message}`,
      });
    }
    if (!args.json)
      process.stderr.write(`  ${suite.ids[0]} … ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  process.stdout.write(`${args.json ? renderJsonLines(rows) : renderTable(rows)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`eval: ${(e as Error).message}\n`);
  process.exitCode = 2;
});
