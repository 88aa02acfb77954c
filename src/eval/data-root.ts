// Where the evaluation data sets are: $STORYLINE_DATA, else ../shared/data beside the project.
import { resolve } from 'node:path';
import { projectRoot } from '../project-root.js';

export function dataRoot(): string {
  return process.env['STORYLINE_DATA']
    ? resolve(process.env['STORYLINE_DATA'])
    : resolve(projectRoot(), '..', 'shared', 'data');
}
