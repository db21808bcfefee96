/** A database that is gone or silent is UNAVAILABLE within the store's timeout: never a hang. */
import { createServer, type Server, type Socket } from 'node:net';
import { AppError } from '../../server/errors.js';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import { freePort } from '../../tools/neo4j-local/start.js';

const config = (port: number) => ({
  uri: `bolt://127.0.0.1:${port}`,
  username: 'neo4j',
  password: 'irrelevant-password',
  database: 'neo4j',
  timeoutMs: 2_000,
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return e instanceof AppError ? e.code : `not an AppError: ${String(e)}`;
  }
  return 'resolved';
}

describe('Neo4jStore when the database is not there', () => {
  it('is UNAVAILABLE when nothing listens on the port', async () => {
    expect(await codeOf(Neo4jStore.open(config(await freePort())))).toBe('UNAVAILABLE');
  });

  describe('behind a peer that accepts connections and never answers', () => {
    let server: Server;
    const sockets: Socket[] = [];
    let port: number;
    beforeAll(async () => {
      port = await freePort();
      server = createServer((socket) => void sockets.push(socket));
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      sockets.forEach((s) => s.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('is UNAVAILABLE, within a bound that only proves there is no hang', async () => {
      const outcome = await Promise.race([
        codeOf(Neo4jStore.open(config(port))),
        new Promise<string>((resolve) => setTimeout(() => resolve('hung'), 60_000).unref()),
      ]);
      expect(outcome).toBe('UNAVAILABLE');
    });
  });
});
