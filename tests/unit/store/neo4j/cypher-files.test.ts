import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../../server/paths.js';
import { CypherFiles } from '../../../../server/store/neo4j/cypher-files.js';
import { USED_CYPHER_FILES } from '../../../../server/store/neo4j/neo4j-store.js';
import { RELATION_TYPES } from '../../../../domain/model.js';

const cypher = CypherFiles.load();
const BENCH_LIB = join(ROOT, 'bench/lib');
const TOOLS = join(ROOT, 'tools');
const NEO4J_TESTS = join(ROOT, 'tests/neo4j');
/** Folders the store does not run statement by statement: schema and migrations (files of statements), and others' files. */
const NOT_STORE_STATEMENTS = ['schema/', 'migrations/', 'bench/', 'tools/', 'test-fixtures/'];

/** The text of every TypeScript file under a folder. */
function sources(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
}

describe('cypher/ files', () => {
  it('are each used by the store, and each name the store uses exists', () => {
    // cypher/bench/ holds what the benchmark runs (bench/README.md), cypher/tools/ what the tools run,
    // cypher/test-fixtures/ what a Neo4j test runs, never the store.
    const statements = cypher.names().filter((n) => !NOT_STORE_STATEMENTS.some((folder) => n.startsWith(folder)));
    expect([...USED_CYPHER_FILES].sort()).toEqual(statements);
    for (const name of USED_CYPHER_FILES) expect(cypher.statement(name)).toMatch(/\b(RETURN|DELETE)\b/);
  });

  it('under bench/ are each used by the benchmark', () => {
    const bench = readdirSync(BENCH_LIB)
      .map((file) => readFileSync(join(BENCH_LIB, file), 'utf8'))
      .join('\n');
    const names = cypher.names().filter((n) => n.startsWith('bench/'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect([name, bench.includes(`'${name}'`)]).toEqual([name, true]);
  });

  it('under tools/ are each used by a tool', () => {
    const tools = sources(TOOLS);
    const names = cypher.names().filter((n) => n.startsWith('tools/'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect([name, tools.includes(`'${name}'`)]).toEqual([name, true]);
  });

  it('under test-fixtures/ are each used by a Neo4j test', () => {
    const tests = sources(NEO4J_TESTS);
    const names = cypher.names().filter((n) => n.startsWith('test-fixtures/'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect([name, tests.includes(`'${name}'`)]).toEqual([name, true]);
  });

  it('under migrations/ are numbered steps of idempotent statements without comments', () => {
    const names = cypher.under('migrations');
    expect(names.length).toBeGreaterThan(0);
    names.forEach((name, i) =>
      expect(name).toMatch(new RegExp(`^migrations/${String(i + 1).padStart(3, '0')}-[a-z0-9-]+$`)),
    );
    for (const name of names) {
      const statements = cypher.statements(name);
      expect(statements.length).toBeGreaterThan(0);
      for (const s of statements) {
        expect(s).not.toMatch(/^\/\//m);
        expect(s).not.toMatch(/\bCREATE\s*\(/);
      }
    }
  });

  it('throws for a missing name, naming it', () => {
    expect(() => cypher.statement('queries/nope')).toThrow('cypher/queries/nope.cypher does not exist');
  });

  it('open with a contract header', () => {
    for (const name of cypher.names()) {
      const [first, second, third] = cypher.statement(name).split('\n');
      expect([name, first]).toEqual([name, expect.stringMatching(/^\/\/ [\w/-]+.*: /)]);
      expect([name, second]).toEqual([name, expect.stringMatching(/^\/\/ params: /)]);
      expect([name, third]).toEqual([name, expect.stringMatching(/^\/\/ returns: /)]);
    }
  });

  it('look relationships up by id over every relation type (one union of index seeks)', () => {
    const all = RELATION_TYPES.join('|');
    for (const name of [
      'queries/relationship',
      'queries/relationship-lock',
      'queries/delete-relationship',
      'seed/relationships',
    ]) {
      expect([name, cypher.statement(name).includes(`:${all}]`)]).toEqual([name, true]);
    }
    const constraints = cypher.statements('schema/001-constraints').join('\n');
    for (const type of RELATION_TYPES) expect(constraints).toContain(`()-[r:${type}]-()`);
  });

  it('split schema files into single statements without comments', () => {
    const statements = cypher.under('schema').flatMap((n) => cypher.statements(n));
    expect(statements.length).toBeGreaterThan(RELATION_TYPES.length);
    for (const s of statements) {
      expect(s).toMatch(/^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS|^CALL db\.awaitIndexes\(\d+\)$/);
      expect(s).not.toContain(';');
    }
  });
});
