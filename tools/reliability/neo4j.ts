import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from '../neo4j-local/start.js';

/**
 * A tools/neo4j-local DBMS this suite owns: a fixed Bolt port and a kept data folder, so it can be
 * stopped (SIGTERM), killed (SIGKILL) and started again on the same port with the same data.
 */
export class OwnedNeo4j {
  readonly password = 'reliability-neo4j-password';
  readonly dataDir = mkdtempSync(join(tmpdir(), 'atlas-reliability-neo4j-'));
  private local: LocalNeo4j | null = null;

  private constructor(readonly port: number) {}

  static async create(): Promise<OwnedNeo4j> {
    return new OwnedNeo4j(await freePort());
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.local?.running ?? false;
  }

  /** The last lines the launcher printed, for the failure report. */
  get output(): string {
    return this.local?.output() ?? '';
  }

  /** Starts the launcher (again: same port, same data) and resolves once Bolt accepts connections. */
  async start(timeoutMs = 240_000): Promise<void> {
    if (this.running) throw new Error('neo4j-local is already running');
    if (this.local !== null) {
      this.local = await this.local.restart();
      return;
    }
    const options: LocalNeo4jOptions = {
      port: this.port,
      dataDir: this.dataDir,
      password: this.password,
      timeoutMs,
      heap: process.env.NEO4J_LOCAL_HEAP ?? '768m',
      pageCacheMiB: Number(process.env.NEO4J_LOCAL_PAGECACHE ?? '128'),
    };
    this.local = await startLocalNeo4j(options);
  }

  /** SIGTERM (a clean shutdown) or SIGKILL (a crash); resolves once the JVM is gone. */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM', timeoutMs = 60_000): Promise<void> {
    await this.local?.stop(signal, timeoutMs);
  }

  /** Stops the DBMS and deletes its data folder. */
  async dispose(): Promise<void> {
    await this.stop('SIGTERM').catch(() => undefined);
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
