import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../server/paths.js';
import { freePort } from '../neo4j-local/start.js';

/**
 * Redis and nginx as the scale test and the Redis tests run them: Debian's binaries (installed by
 * .ci/run), never the system services, each on a free loopback port with its files in a temporary
 * folder deleted at stop.
 */

export interface Owned {
  readonly port: number;
  readonly dir: string;
  readonly process: ChildProcess;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const OUTPUT_KEPT = 20_000;

/** Where a Debian binary lives, or why it cannot run (the caller's skip or failure message). */
export function findBinary(name: 'redis-server' | 'nginx'): { path: string } | { why: string } {
  for (const path of [`/usr/bin/${name}`, `/usr/sbin/${name}`]) {
    if (spawnSync('test', ['-x', path]).status === 0) return { path };
  }
  const which = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim() !== '') return { path: which.stdout.trim() };
  return { why: `${name} is not installed (apt-get install -y redis-server nginx; .ci/run does it)` };
}

function own(child: ChildProcess, port: number, dir: string): Owned {
  let output = '';
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-OUTPUT_KEPT));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    port,
    dir,
    process: child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves once something accepts TCP connections on the port (or rejects after `timeoutMs`). */
export async function waitForPort(port: number, timeoutMs: number, alive: () => boolean = () => true): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (!alive()) throw new Error(`the process for port ${port} exited`);
    if (Date.now() > until) throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A redis-server of our own: no persistence, loopback only, protected by nothing but the port. */
export async function startRedis(): Promise<Owned & { url: string }> {
  const bin = findBinary('redis-server');
  if ('why' in bin) throw new Error(bin.why);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'atlas-redis-'));
  const child = spawn(
    bin.path,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'no',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const owned = own(child, port, dir);
  try {
    await waitForPort(port, 15_000, () => child.exitCode === null);
  } catch (e) {
    await owned.stop('SIGKILL');
    throw new Error(`redis-server did not start: ${(e as Error).message}\n${owned.output()}`);
  }
  return Object.assign(owned, { url: `redis://127.0.0.1:${port}` });
}

/**
 * nginx of our own in front of `upstreams` with deploy/nginx.conf's proxy rules: the repository's
 * file with its listen port, upstream servers and paths rewritten for a temporary folder, so the
 * test runs the configuration users deploy.
 */
export async function startNginx(upstreams: readonly number[]): Promise<Owned & { url: string }> {
  const bin = findBinary('nginx');
  if ('why' in bin) throw new Error(bin.why);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  const conf = nginxConfForTest(readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8'), port, upstreams, dir);
  writeFileSync(join(dir, 'nginx.conf'), conf);
  const child = spawn(bin.path, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const owned = own(child, port, dir);
  try {
    await waitForPort(port, 15_000, () => child.exitCode === null);
  } catch (e) {
    const log = (() => {
      try {
        return readFileSync(join(dir, 'error.log'), 'utf8');
      } catch {
        return '';
      }
    })();
    await owned.stop('SIGKILL');
    throw new Error(`nginx did not start: ${(e as Error).message}\n${owned.output()}\n${log}`);
  }
  return Object.assign(owned, { url: `http://127.0.0.1:${port}` });
}

/**
 * deploy/nginx.conf made runnable by an unprivileged test: in the foreground, its pid, logs and
 * temporary files in `dir`, listening on loopback `port`, the `app` upstream's servers replaced by
 * the replicas' loopback ports. Everything between the markers `# upstream-servers` and
 * `# end upstream-servers` is the servers list.
 */
export function nginxConfForTest(conf: string, port: number, upstreams: readonly number[], dir: string): string {
  const servers = upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n');
  let out = conf
    .replace(
      /# upstream-servers[\s\S]*?# end upstream-servers/,
      `# upstream-servers\n${servers}\n    # end upstream-servers`,
    )
    .replace(/listen\s+[^;]+;/, `listen 127.0.0.1:${port};`)
    .replace(/^user\s+[^;]+;\s*$/m, '')
    .replace(/^pid\s+[^;]+;/m, `pid ${dir}/nginx.pid;`)
    .replace(/access_log\s+[^;]+;/g, `access_log ${dir}/access.log;`)
    .replace(/error_log\s+[^;]+;/g, `error_log ${dir}/error.log;`);
  if (!/^pid\s/m.test(out)) out = `pid ${dir}/nginx.pid;\n${out}`;
  out = `daemon off;\n${out}`;
  // Which replica answered, for the scale test's report only (deployments do not expose it).
  out = out.replace(
    /proxy_pass\s+http:\/\/app;/,
    'proxy_pass http://app;\n      add_header X-Atlas-Upstream $upstream_addr always;',
  );
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `    ${t}_temp_path ${dir}/${t};`)
    .join('\n');
  return out.replace(/http\s*\{/, `http {\n${temp}`);
}
