// The link and synthesis stages a worker runs: the ones this build has. The link stage and story synthesis are
// added here as they land; until then a worker extracts and analyses, and linking waits (see the link lag).
import type { Stages } from './stages.js';

export function pipelineStages(): Stages {
  return {};
}
