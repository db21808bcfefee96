import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, found from this file whether it runs from server/ (tsx, jest) or dist/server/. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the project root (no package.json above server/)');
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot();
export const DATA_DIR = join(ROOT, 'data');
export const CYPHER_DIR = join(ROOT, 'cypher');
export const SCHEMA_FILE = join(ROOT, 'schema.graphql');
