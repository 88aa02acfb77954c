// The error every ingest step throws for bad input: it names the stage that failed; the message names the input.

/** Stages an input can fail at, in pipeline order. */
export type IngestStage = 'read' | 'fetch' | 'decode' | 'parse' | 'extract' | 'clean' | 'store';

export class InputError extends Error {
  constructor(
    readonly stage: IngestStage,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** The stage and reason to record for any error thrown while ingesting one input. */
export function describeFailure(
  error: unknown,
  fallbackStage: IngestStage,
): { stage: IngestStage; reason: string } {
  if (error instanceof InputError) return { stage: error.stage, reason: error.message };
  const e = error as { name?: string; message?: string; code?: string };
  const stage: IngestStage =
    e?.name === 'FetchError'
      ? 'fetch'
      : e?.name === 'DecodeError'
        ? 'decode'
        : e?.name === 'ExtractionError'
          ? 'extract'
          : fallbackStage;
  return { stage, reason: e?.message ?? String(error) };
}
