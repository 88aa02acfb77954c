// Where the evaluation data sets are: $STORYLINE_DATA, else ../shared/data beside the project.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the nearest folder above this file holding package.json. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

export function dataRoot(): string {
  return process.env['STORYLINE_DATA']
    ? resolve(process.env['STORYLINE_DATA'])
    : resolve(projectRoot(), '..', 'shared', 'data');
}
