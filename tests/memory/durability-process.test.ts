/**
 * The real server (server/main.ts) in a child process on a journaled MemoryStore: killed with
 * SIGKILL in the middle of a stream of writes and started again, it holds every write it had
 * acknowledged and every one's audit entry; started on a journal it cannot use, it exits non-zero
 * with an error that names the file and the fix.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../../server/paths.js';
import { MemoryStore } from '../../server/store/memory/memory-store.js';
import { freePort } from '../../tools/neo4j-local/start.js';
import { ANALYST, orgInput, workspace, type Workspace } from './durability-support.js';

/** A server start takes a few seconds (tsx compiles on the fly); the kill test runs two. */
const SLOW = 120_000;

const TOKEN = 'durability-token-0123456789abcdef';

interface Server {
  url: string;
  child: ChildProcess;
  /** Everything it printed so far. */
  output: () => string;
  exited: Promise<number | null>;
}

async function startServer(ws: Workspace): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: ws.dataDir,
      JOURNAL_PATH: ws.journalPath,
      ATLAS_EDITOR_TOKENS: `analyst:${TOKEN}`,
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { url: `http://127.0.0.1:${port}`, child, output: () => output, exited };
}

/** Polls /health/ready until the server answers, or fails with what it printed. */
async function ready(server: Server): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited while starting:\n${server.output()}`);
    try {
      if ((await fetch(`${server.url}/health/ready`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start:\n${server.output()}`);
}

interface GqlResult {
  data?: Record<string, unknown>;
  errors?: { message: string }[];
}

async function gql(server: Server, query: string, variables: object = {}): Promise<GqlResult> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await res.json()) as GqlResult;
  if (result.errors) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result;
}

const UPSERT_ENTITY = 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id version } }';
const UPSERT_RELATIONSHIP = 'mutation($input: RelationshipInput!) { upsertRelationship(input: $input) { id } }';
const DELETE_RELATIONSHIP = 'mutation($id: ID!) { deleteRelationship(id: $id) { id } }';

/** One write of a writer's stream, and what the graph holds for its id once it landed. */
interface Write {
  query: string;
  variables: object;
  operation: string;
  id: string;
  /** The entity's name, or whether the relationship exists. */
  state: string | boolean;
}

/** Writer w's i-th round: create an organisation, link Estonia to it, rename it, unlink them. */
function round(w: number, i: number): Write[] {
  const id = `org:w${w}-${i}`;
  const entity = (name: string) => ({ id, kind: 'ORGANIZATION', name, sources: ['source:overview'] });
  const rel = `state:est/MEMBER_OF/${id}`;
  const link = { type: 'MEMBER_OF', from: 'state:est', to: id, credibility: 3, sources: ['source:overview'] };
  return [
    {
      query: UPSERT_ENTITY,
      variables: { input: entity(`W${w} ${i}`) },
      operation: 'upsertEntity',
      id,
      state: `W${w} ${i}`,
    },
    { query: UPSERT_RELATIONSHIP, variables: { input: link }, operation: 'upsertRelationship', id: rel, state: true },
    {
      query: UPSERT_ENTITY,
      variables: { input: entity(`W${w} ${i} renamed`) },
      operation: 'upsertEntity',
      id,
      state: `W${w} ${i} renamed`,
    },
    { query: DELETE_RELATIONSHIP, variables: { id: rel }, operation: 'deleteRelationship', id: rel, state: false },
  ];
}

describe('durability of the journaled embedded store', () => {
  let ws: Workspace;
  beforeEach(() => {
    ws = workspace('fixture');
  });
  afterEach(() => ws.remove());

  it(
    'keeps every acknowledged write and its audit entry through kill -9 in the middle of a stream of writes',
    async () => {
      const first = await startServer(ws);
      await ready(first);

      const WRITERS = 4;
      const acked: Write[][] = Array.from({ length: WRITERS }, () => []);
      const inFlight = Array.from({ length: WRITERS }, (): Write | null => null);
      let killed = false;
      const writer = async (w: number) => {
        for (let i = 0; !killed; i++) {
          for (const write of round(w, i)) {
            inFlight[w] = write;
            try {
              await gql(first, write.query, write.variables);
            } catch (e) {
              if (killed) return; // the connection died with the server: not acknowledged
              throw e;
            }
            acked[w]!.push(write);
            inFlight[w] = null;
            if (killed) return;
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
      // Kill once a good number landed, with every writer waiting on an answer.
      while (acked.flat().length < 200) await new Promise((r) => setTimeout(r, 5));
      const unanswered = inFlight.filter((write) => write !== null).length;
      first.child.kill('SIGKILL');
      killed = true;
      await first.exited;
      await Promise.all(writers);
      const ackedCount = acked.flat().length;
      // The kill met writes waiting for their answer.
      expect(unanswered).toBeGreaterThan(0);

      const second = await startServer(ws);
      try {
        await ready(second);
        const graph = (await (await fetch(`${second.url}/export/graph.json`)).json()) as {
          entities: { id: string; name: string }[];
          relationships: { id: string }[];
        };
        const names = new Map(graph.entities.map((e) => [e.id, e.name]));
        const relationships = new Set(graph.relationships.map((r) => r.id));
        const actual = (write: Write) =>
          write.operation === 'upsertEntity' ? names.get(write.id) : relationships.has(write.id);

        let checked = 0;
        for (let w = 0; w < WRITERS; w++) {
          // The last acknowledged state of each id; a write in flight at the kill may have landed on top.
          const last = new Map(acked[w]!.map((write) => [`${write.operation === 'upsertEntity'}|${write.id}`, write]));
          const pending = inFlight[w];
          for (const write of last.values()) {
            const allowed = [write.state];
            if (
              pending &&
              pending.id === write.id &&
              (pending.operation === 'upsertEntity') === (write.operation === 'upsertEntity')
            )
              allowed.push(pending.state);
            expect(allowed).toContain(actual(write));
            checked++;
          }
        }
        expect(checked).toBeGreaterThan(0);

        // Every acknowledged write's audit entry, numbered 1, 2, … without a gap.
        const audit: { seq: number; operation: string; ids: string[] }[] = [];
        for (let after: string | null = null; ;) {
          const page = await gql(
            second,
            'query($after: String) { auditLog(first: 100, after: $after) { nodes { seq operation ids } pageInfo { endCursor hasNextPage } } }',
            { after },
          );
          const log = page.data!.auditLog as {
            nodes: typeof audit;
            pageInfo: { endCursor: string; hasNextPage: boolean };
          };
          audit.push(...log.nodes);
          if (!log.pageInfo.hasNextPage) break;
          after = log.pageInfo.endCursor;
        }
        const seqs = audit.map((a) => a.seq).sort((a, b) => a - b);
        expect(seqs).toEqual(seqs.map((_, i) => i + 1));
        // At most one landed but unanswered write per writer besides the acknowledged ones.
        expect(audit.length).toBeGreaterThanOrEqual(ackedCount);
        expect(audit.length).toBeLessThanOrEqual(ackedCount + WRITERS);
        const logged = new Map<string, number>();
        for (const a of audit)
          logged.set(`${a.operation} ${a.ids[0]}`, (logged.get(`${a.operation} ${a.ids[0]}`) ?? 0) + 1);
        const wanted = new Map<string, number>();
        for (const write of acked.flat())
          wanted.set(`${write.operation} ${write.id}`, (wanted.get(`${write.operation} ${write.id}`) ?? 0) + 1);
        for (const [key, n] of wanted)
          expect({ key, logged: Math.min(n, logged.get(key) ?? 0) }).toEqual({ key, logged: n });
      } finally {
        second.child.kill('SIGTERM');
        await second.exited;
      }
    },
    SLOW,
  );

  it(
    'exits non-zero with a clear error on an unreadable journal',
    async () => {
      mkdirSync(dirname(ws.journalPath));
      writeFileSync(ws.journalPath, 'not a database '.repeat(100));
      const server = await startServer(ws);
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(
        `journal ${ws.journalPath}: is not a readable journal (file is not a database)`,
      );
    },
    SLOW,
  );

  it(
    'exits non-zero naming the changed file when data/ changed under pending writes',
    async () => {
      const store = MemoryStore.fromDataDir(ws.dataDir, { journalPath: ws.journalPath });
      await store.upsertEntity(orgInput(1, ['source:overview']), ANALYST);
      await store.close();
      appendFileSync(join(ws.dataDir, 'baltic.json'), '\n');
      const server = await startServer(ws);
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(
        'data/ changed since its 1 pending write was made over it (baltic.json differs)',
      );
    },
    SLOW,
  );
});
