import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../server/paths.js';
import { freePort } from '../../tests/support/neo4j-local.js';

const LAUNCHER = join(ROOT, 'tools/neo4j-local/run.sh');

/**
 * A tools/neo4j-local DBMS this suite owns: a fixed Bolt port and a kept data folder, so it can be
 * stopped (SIGTERM), killed (SIGKILL) and started again on the same port with the same data.
 */
export class OwnedNeo4j {
  readonly password = 'reliability-neo4j-password';
  readonly dataDir = mkdtempSync(join(tmpdir(), 'atlas-reliability-neo4j-'));
  private child: ChildProcess | null = null;
  /** Every line the launcher printed, for the failure report. */
  output = '';

  private constructor(readonly port: number) {}

  static async create(): Promise<OwnedNeo4j> {
    return new OwnedNeo4j(await freePort());
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the launcher and resolves once Bolt accepts connections (its readiness line). */
  async start(timeoutMs = 240_000): Promise<void> {
    if (this.running) throw new Error('neo4j-local is already running');
    const child = spawn('bash', [LAUNCHER], {
      env: {
        ...process.env,
        NEO4J_LOCAL_PORT: String(this.port),
        NEO4J_LOCAL_PASSWORD: this.password,
        NEO4J_LOCAL_DATA: this.dataDir,
        NEO4J_LOCAL_WATCH_STDIN: '1',
        NEO4J_LOCAL_HEAP: process.env.NEO4J_LOCAL_HEAP ?? '768m',
        NEO4J_LOCAL_PAGECACHE: process.env.NEO4J_LOCAL_PAGECACHE ?? '128',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    let seen = '';
    child.stdout.on('data', (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`neo4j-local did not get ready in ${timeoutMs} ms:\n${this.output.slice(-4000)}`));
      }, timeoutMs);
      const onData = (chunk: Buffer) => {
        seen += chunk.toString();
        if (seen.includes('neo4j-local ready')) {
          clearTimeout(timer);
          child.stdout.off('data', onData);
          child.off('exit', onExit);
          resolve();
        }
      };
      const onExit = (code: number | null, signal: string | null) => {
        clearTimeout(timer);
        reject(new Error(`neo4j-local exited (${String(code ?? signal)}) before it was ready:\n${this.output.slice(-4000)}`));
      };
      child.stdout.on('data', onData);
      child.once('exit', onExit);
    });
  }

  /** SIGTERM (a clean shutdown) or SIGKILL (a crash); resolves once the JVM is gone. */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM', timeoutMs = 60_000): Promise<void> {
    const child = this.child;
    if (child === null || !this.running) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
      }, timeoutMs);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      // run.sh execs java, so the child is the JVM itself.
      child.kill(signal);
    });
    this.child = null;
  }

  /** Stops the DBMS and deletes its data folder. */
  async dispose(): Promise<void> {
    await this.stop('SIGTERM').catch(() => undefined);
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
