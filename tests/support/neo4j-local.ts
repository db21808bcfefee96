import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../../server/paths.js';

export interface LocalNeo4j {
  uri: string;
  password: string;
  process: ChildProcess;
  /** The last lines the JVM printed, to explain a crash. */
  output(): string;
  stop(): Promise<void>;
}

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
 * Starts tools/neo4j-local on a free port and resolves once it prints its readiness line. The child
 * watches its stdin, so it exits with the test run even if the run is killed.
 */
export async function startLocalNeo4j(
  options: { timeoutMs?: number; plugins?: string; classpath?: string; password?: string; heap?: string; pageCacheMiB?: number } = {},
): Promise<LocalNeo4j> {
  const port = await freePort();
  const password = options.password ?? 'atlas-test-password';
  const child = spawn('bash', [join(ROOT, 'tools/neo4j-local/run.sh')], {
    env: {
      ...process.env,
      NEO4J_LOCAL_PORT: String(port),
      NEO4J_LOCAL_PASSWORD: password,
      NEO4J_LOCAL_WATCH_STDIN: '1',
      // Always a temporary folder: a kept one in the caller's environment is not for tests or benchmarks.
      NEO4J_LOCAL_DATA: '',
      ...(options.plugins ? { NEO4J_LOCAL_PLUGINS: options.plugins } : {}),
      ...(options.classpath ? { NEO4J_LOCAL_CLASSPATH: options.classpath } : {}),
      ...(options.heap ? { NEO4J_LOCAL_HEAP: options.heap } : {}),
      ...(options.pageCacheMiB ? { NEO4J_LOCAL_PAGECACHE: String(options.pageCacheMiB) } : {}),
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`tools/neo4j-local did not get ready in time:\n${output.slice(-4000)}`));
    }, options.timeoutMs ?? 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('neo4j-local ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`tools/neo4j-local exited with ${String(code)} before it was ready:\n${output.slice(-4000)}`));
    });
  });
  child.removeAllListeners('exit');
  // Keep draining so a chatty JVM never blocks on a full pipe, and keep the tail.
  child.stdout.removeAllListeners('data');
  child.stderr.removeAllListeners('data');
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-8000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return {
    uri: `bolt://127.0.0.1:${port}`,
    password,
    process: child,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
