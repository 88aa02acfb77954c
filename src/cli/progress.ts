// A progress bar on a terminal (stderr), nothing otherwise.
import { SingleBar, Presets } from 'cli-progress';
import type { IngestProgress } from '../pipeline/ingest.js';
import type { IngestOutcome } from '../model.js';

export function terminalProgress(enabled: boolean): IngestProgress & { stop(): void } {
  if (!enabled || !process.stderr.isTTY) return { stop() {} };
  const bar = new SingleBar(
    {
      format: 'ingest [{bar}] {value}/{total} inputs | {articles} articles, {failed} failed',
      stream: process.stderr,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  let articles = 0;
  let failed = 0;
  return {
    onInputs(count) {
      bar.start(count, 0, { articles, failed });
    },
    onInputDone() {
      bar.increment(1, { articles, failed });
    },
    onOutcome(o: IngestOutcome) {
      if (o.status === 'failed') failed++;
      else articles++;
      bar.update({ articles, failed });
    },
    stop() {
      bar.stop();
    },
  };
}
