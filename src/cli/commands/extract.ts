// `storyline extract <inputs...> [--jsonl]`: the clean article without storing it.
import { extractInputs } from '../../pipeline/ingest.js';
import { fetcherFrom, type FetchOptions } from '../context.js';
import { articleText } from '../format.js';

export async function runExtract(
  inputs: string[],
  options: FetchOptions & { jsonl?: boolean },
): Promise<void> {
  const { fetcher, maxBytes } = fetcherFrom(options);
  let failed = 0;
  for await (const result of extractInputs(inputs, { fetcher, maxBytes })) {
    if (result.status === 'failed') failed++;
    if (options.jsonl) {
      const line =
        result.status === 'extracted'
          ? { input: result.origin, status: 'extracted', ...result.article }
          : { input: result.origin, ...result };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    } else if (result.status === 'extracted') {
      process.stdout.write(`${articleText(result.article)}\n\n`);
    } else if (result.status === 'failed') {
      process.stderr.write(`storyline: ${result.origin}: ${result.reason} [${result.stage}]\n`);
    } else {
      process.stderr.write(`storyline: ${result.origin}: ${result.reason}\n`);
    }
  }
  if (failed > 0) process.exitCode = 1;
}
