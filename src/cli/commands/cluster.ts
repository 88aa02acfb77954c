// `storyline cluster --jsonl`: {id, text, title?, publishedAt?, outlet?} lines in arrival order on standard input,
// clustered with a fresh in-memory state through the ingestion path; prints {id, story} lines in input order.
import { clusterRecords } from '../../pipeline/cluster-records.js';

export async function runCluster(options: { jsonl?: boolean }): Promise<void> {
  if (!options.jsonl) throw new Error('cluster reads JSON lines from standard input: use --jsonl');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) throw new Error('standard input is empty: expected {id, text, ...} lines');
  for (const r of await clusterRecords(text)) {
    if ('error' in r) {
      process.stderr.write(`storyline: ${r.id}: ${r.error}\n`);
      process.stdout.write(`${JSON.stringify({ id: r.id, story: null, error: r.error })}\n`);
      process.exitCode = 1;
    } else process.stdout.write(`${JSON.stringify({ id: r.id, story: r.story })}\n`);
  }
}
