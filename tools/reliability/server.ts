import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../server/paths.js';
import { freePort } from '../neo4j-local/start.js';

/**
 * The real server entry point (server/main.ts: loadConfig, Neo4jStore.open, createApp, listen) in a
 * child process of its own, on 127.0.0.1 and a free port, so that its RSS can be read from /proc and
 * every line it logs (stdout and stderr) can be searched for secrets.
 */
export class ServerProcess {
  private child: ChildProcess | null = null;
  private logTail = '';
  private logBytes = 0;
  /** Secrets that must never appear in a log line, and how often each did. */
  private readonly watched: Map<string, number>;
  private carry = '';
  /** Log lines about an unhandled rejection or exception, or a fatal one (the first few). */
  readonly alarming: string[] = [];
  /** The server's log lines for errors it masked as INTERNAL_SERVER_ERROR (the first few): their cause. */
  readonly masked: string[] = [];
  private partial = '';

  private constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
    secrets: readonly string[],
  ) {
    this.watched = new Map(secrets.filter((s) => s.length > 0).map((s) => [s, 0]));
  }

  /** `env` is the server's whole configuration (PORT and HOST are set here). */
  static async start(name: string, env: Record<string, string>, secrets: readonly string[]): Promise<ServerProcess> {
    const server = new ServerProcess(name, await freePort(), env, secrets);
    await server.launch();
    return server;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get alive(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** What the server logged last (for failure reports), and how much it logged in all. */
  get log(): { tail: string; bytes: number } {
    return { tail: this.logTail, bytes: this.logBytes };
  }

  /** Each watched secret with the number of times it appeared in the server's output. */
  secretSightings(): { secret: string; count: number }[] {
    return [...this.watched].map(([secret, count]) => ({ secret, count }));
  }

  private scan(text: string): void {
    this.logBytes += text.length;
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      if (
        /unhandled rejection|uncaught|"level":60|FATAL ERROR|heap out of memory/i.test(line) &&
        this.alarming.length < 5
      ) {
        this.alarming.push(line.slice(0, 300));
      }
      if (line.includes('masked for the client') && this.masked.length < 5) this.masked.push(line.slice(0, 2000));
    }
    this.logTail = (this.logTail + text).slice(-16_000);
    // Keep the end of the previous chunk so a secret split across two chunks is still seen.
    const longest = Math.max(0, ...[...this.watched.keys()].map((s) => s.length));
    const window = this.carry + text;
    for (const [secret, count] of this.watched) {
      let n = 0;
      for (let i = window.indexOf(secret); i !== -1; i = window.indexOf(secret, i + 1)) {
        // Sightings wholly inside the carried part were counted with the previous chunk.
        if (i + secret.length > this.carry.length) n++;
      }
      if (n > 0) this.watched.set(secret, count + n);
    }
    this.carry = window.slice(-Math.max(0, longest - 1));
  }

  private async launch(): Promise<void> {
    const tsxLoader = join(ROOT, 'node_modules/tsx/dist/loader.mjs');
    readFileSync(tsxLoader); // fail early and clearly when tsx is missing
    const probe = join(ROOT, 'tools/reliability/gc-probe.ts');
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', '--import', probe, join(ROOT, 'server/main.ts')],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          NODE_ENV: 'production',
          ...this.env,
          HOST: '127.0.0.1',
          PORT: String(this.port),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    child.stdout.on('data', (chunk: Buffer) => this.scan(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => this.scan(chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`server '${this.name}' did not start in 120 s:\n${this.logTail.slice(-4000)}`)),
        120_000,
      );
      const poll = setInterval(() => {
        if (this.logTail.includes('listening on http://')) {
          clearInterval(poll);
          clearTimeout(timer);
          child.off('exit', onExit);
          resolve();
        }
      }, 50);
      const onExit = (code: number | null) => {
        clearInterval(poll);
        clearTimeout(timer);
        reject(
          new Error(`server '${this.name}' exited with ${String(code)} while starting:\n${this.logTail.slice(-4000)}`),
        );
      };
      child.once('exit', onExit);
    });
  }

  /** The child's resident set size in bytes (Linux /proc). */
  rssBytes(): number {
    const pid = this.child?.pid;
    if (pid === undefined) return 0;
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb === undefined ? 0 : Number(kb) * 1024;
  }

  /** The server's heap in use after a full GC (gc-probe.ts answers SIGUSR2 on its stderr). */
  async heapAfterGc(timeoutMs = 10_000): Promise<number> {
    const child = this.child;
    if (child === null || !this.alive) throw new Error(`server '${this.name}' is not running`);
    return new Promise<number>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => {
        child.stderr!.off('data', onData);
        reject(new Error(`server '${this.name}' did not report its heap within ${timeoutMs} ms`));
      }, timeoutMs);
      const onData = (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /reliability-memory (\{.*\})\n/.exec(seen);
        if (match) {
          clearTimeout(timer);
          child.stderr!.off('data', onData);
          resolve((JSON.parse(match[1]!) as { heapUsed: number }).heapUsed);
        }
      };
      child.stderr!.on('data', onData);
      child.kill('SIGUSR2');
    });
  }

  /** SIGTERM (graceful, as in production) and wait; SIGKILL after `timeoutMs`. */
  async stop(timeoutMs = 20_000): Promise<void> {
    const child = this.child;
    if (child === null || !this.alive) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}
