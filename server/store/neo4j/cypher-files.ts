import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CYPHER_DIR } from '../../paths.js';

/**
 * Every `.cypher` file under cypher/, read once at startup, keyed by its relative path without the
 * extension (`queries/neighborhood`). A missing name throws when it is first asked for, which the
 * store does in its constructor: at boot, never in the middle of a request.
 */
export class CypherFiles {
  private constructor(private readonly files: ReadonlyMap<string, string>) {}

  static load(dir: string = CYPHER_DIR): CypherFiles {
    const files = new Map<string, string>();
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.cypher')) {
          files.set(
            relative(dir, path)
              .split('\\')
              .join('/')
              .replace(/\.cypher$/, ''),
            readFileSync(path, 'utf8'),
          );
        }
      }
    };
    walk(dir);
    return new CypherFiles(files);
  }

  /** Every name held, sorted (e.g. for a test that each file is used). */
  names(): string[] {
    return [...this.files.keys()].sort();
  }

  /** The one statement of a file. */
  statement(name: string): string {
    const text = this.files.get(name);
    if (text === undefined) {
      throw new Error(`cypher/${name}.cypher does not exist (known: ${this.names().join(', ')})`);
    }
    return text;
  }

  /** The `;`-separated statements of a schema file, comment lines removed. */
  statements(name: string): string[] {
    return this.statement(name)
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n')
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  /** Names under a folder, in name order (`schema` → `schema/001-constraints`, …). */
  under(folder: string): string[] {
    return this.names().filter((n) => n.startsWith(`${folder}/`));
  }
}
