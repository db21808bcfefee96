import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../../server/paths.js';

/**
 * The one way TypeScript starts tools/neo4j-local (run.sh, Launcher.java): the Neo4j jest suites'
 * global setup, the reliability suite and the benchmark all come through here.
 */

export interface LocalNeo4jOptions {
  /** Bolt port; default a free one. A fixed port keeps the URI across a restart. */
  port?: number;
  /**
   * A data folder kept between starts (the launcher sets the password only on a new database).
   * Default: a temporary folder the launcher deletes when it stops. A kept folder in the caller's
   * environment (NEO4J_LOCAL_DATA) is never used: it is not for tests or benchmarks.
   */
  dataDir?: string;
  /** How long to wait for the readiness line (default 180 s). */
  timeoutMs?: number;
  plugins?: string;
  classpath?: string;
  password?: string;
  heap?: string;
  pageCacheMiB?: number;
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  password: string;
  /** The kept data folder, or null for a temporary one. */
  dataDir: string | null;
  process: ChildProcess;
  /** True until the JVM exits. */
  readonly running: boolean;
  /** The last lines the JVM printed, to explain a crash. */
  output(): string;
  /**
   * SIGTERM (a clean shutdown, the default) or SIGKILL (a crash); resolves once the JVM is gone.
   * A JVM still alive after `timeoutMs` (default 60 s) is killed.
   */
  stop(signal?: 'SIGTERM' | 'SIGKILL', timeoutMs?: number): Promise<void>;
  /**
   * Stops it if it still runs, then starts it again with the same options on the same port (and
   * the same data folder, when kept): a new handle for the new JVM.
   */
  restart(): Promise<LocalNeo4j>;
}

const OUTPUT_KEPT = 20_000;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export function canStartLocalNeo4j(): { ok: true } | { ok: false; why: string } {
  for (const tool of ['java', 'mvn']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
      return { ok: false, why: `'${tool}' is not on PATH, so tools/neo4j-local cannot start` };
    }
  }
  return { ok: true };
}

/**
 * Starts tools/neo4j-local (on a free port unless `port` is given) and resolves once it prints its
 * readiness line. The child watches its stdin, so it exits with its parent even if the parent is killed.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const port = options.port ?? (await freePort());
  const password = options.password ?? 'atlas-test-password';
  const child = spawn('bash', [join(ROOT, 'tools/neo4j-local/run.sh')], {
    env: {
      ...process.env,
      NEO4J_LOCAL_PORT: String(port),
      NEO4J_LOCAL_PASSWORD: password,
      NEO4J_LOCAL_WATCH_STDIN: '1',
      NEO4J_LOCAL_DATA: options.dataDir ?? '',
      ...(options.plugins ? { NEO4J_LOCAL_PLUGINS: options.plugins } : {}),
      ...(options.classpath ? { NEO4J_LOCAL_CLASSPATH: options.classpath } : {}),
      ...(options.heap ? { NEO4J_LOCAL_HEAP: options.heap } : {}),
      ...(options.pageCacheMiB ? { NEO4J_LOCAL_PAGECACHE: String(options.pageCacheMiB) } : {}),
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  // Keep draining so a chatty JVM never blocks on a full pipe, and keep the tail.
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-OUTPUT_KEPT));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    const timeoutMs = options.timeoutMs ?? 180_000;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`tools/neo4j-local did not get ready in ${timeoutMs} ms:\n${output.slice(-4000)}`));
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
      reject(
        new Error(`tools/neo4j-local exited (${String(code ?? signal)}) before it was ready:\n${output.slice(-4000)}`),
      );
    };
    child.stdout.on('data', onData);
    child.once('exit', onExit);
  });
  const isRunning = () => child.exitCode === null && child.signalCode === null;
  const handle: LocalNeo4j = {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    password,
    dataDir: options.dataDir ?? null,
    process: child,
    get running() {
      return isRunning();
    },
    output: () => output,
    stop: (signal = 'SIGTERM', timeoutMs = 60_000) =>
      new Promise<void>((resolve) => {
        if (!isRunning()) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        // run.sh execs java, so the child is the JVM itself.
        child.kill(signal);
      }),
    restart: async () => {
      await handle.stop();
      return startLocalNeo4j({ ...options, port, password });
    },
  };
  return handle;
}
