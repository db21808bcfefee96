/** docker-compose.yml agrees with the app's configuration and with the Neo4j the tests run on. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ENV_VARIABLES, loadConfig } from '../../server/config.js';
import { ROOT } from '../../server/paths.js';

interface Service {
  image?: string;
  build?: unknown;
  environment: Record<string, string | number>;
  ports: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  profiles?: string[];
  command?: string[];
}
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service | undefined> & { neo4j: Service; app: Service };
  volumes: Record<string, unknown>;
};
const { neo4j, app } = compose.services;
const REPLICAS = ['app-1', 'app-2', 'app-3'];
const nginxConf = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');

/** Compose substitutes ${VAR}, ${VAR:-default} and ${VAR:?message}; the test plays the user's shell. */
function substitute(value: string | number, shell: Record<string, string>): string {
  return String(value).replace(/\$\{(\w+)(?::[-?][^}]*)?\}/g, (_m, name: string) => shell[name] ?? '');
}

describe('docker-compose.yml', () => {
  it('runs the Neo4j 5.26 that tools/neo4j-local embeds, with a named volume and a healthcheck', () => {
    const pom = readFileSync(join(ROOT, 'tools/neo4j-local/pom.xml'), 'utf8');
    const embedded = /<neo4j\.version>(\d+\.\d+)\.\d+<\/neo4j\.version>/.exec(pom)?.[1];
    expect(neo4j.image).toBe(`neo4j:${embedded}-community`);
    expect(neo4j.healthcheck?.test.join(' ')).toContain('RETURN 1');
    expect(neo4j.volumes?.[0]?.split(':')[0]).toBe('neo4j-data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('starts the app after Neo4j is healthy, with variables the app knows', () => {
    expect(app.build).toBeDefined();
    expect(app.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(Object.keys(app.environment).filter((k) => !ENV_VARIABLES.includes(k))).toEqual([]);
  });

  it('gives the app a configuration that loads, pointing at the neo4j service with its password', () => {
    const shell = { NEO4J_PASSWORD: 'compose-password' };
    const env = Object.fromEntries(Object.entries(app.environment).map(([k, v]) => [k, substitute(v, shell)]));
    const config = loadConfig(env);
    const boltPort = neo4j.ports[0]!.split(':')[1];
    expect(config.neo4j).toEqual({
      uri: `bolt://neo4j:${boltPort}`,
      username: 'neo4j',
      password: 'compose-password',
      database: 'neo4j',
    });
    expect(substitute(String(neo4j.environment.NEO4J_AUTH), shell)).toBe(`neo4j/${config.neo4j!.password}`);
    expect(app.ports).toEqual([`${config.port}:${config.port}`]);
    expect(config.host).toBe('0.0.0.0');
  });

  describe('profile scale', () => {
    const scale = Object.entries(compose.services)
      .filter(([, service]) => service?.profiles?.includes('scale'))
      .map(([name]) => name)
      .sort();
    const shell = { NEO4J_PASSWORD: 'compose-password' };

    it('is three app replicas, nginx and Redis,, beside the Neo4j every profile runs', () => {
      expect(scale).toEqual([...REPLICAS, 'nginx', 'redis']);
      expect(neo4j.profiles).toBeUndefined();
      expect(compose.services.redis?.healthcheck?.test.join(' ')).toContain('ping');
    });

    it.each(REPLICAS)(
      '%s is the app built here, on Neo4j through neo4j:// and on Redis, trusting only private addresses to name the client',
      (name) => {
        const replica = compose.services[name]!;
        expect(replica.build).toBeDefined();
        expect(Object.keys(replica.environment).filter((k) => !ENV_VARIABLES.includes(k))).toEqual([]);
        const env = Object.fromEntries(Object.entries(replica.environment).map(([k, v]) => [k, substitute(v, shell)]));
        const config = loadConfig(env);
        expect(config.neo4j).toEqual({
          uri: 'neo4j://neo4j:7687',
          username: 'neo4j',
          password: 'compose-password',
          database: 'neo4j',
        });
        expect(config.redisUrl).toBe('redis://redis:6379');
        expect(config.trustProxy).toEqual(['uniquelocal']);
        expect(config.host).toBe('0.0.0.0');
        // Reached only through nginx: no published port, a readiness healthcheck nginx waits for.
        expect(replica.ports).toBeUndefined();
        expect(replica.healthcheck?.test.join(' ')).toContain(`http://127.0.0.1:${config.port}/health/ready`);
        expect(replica.depends_on).toEqual({
          neo4j: { condition: 'service_healthy' },
          redis: { condition: 'service_healthy' },
        });
        expect(nginxConf).toContain(`server ${name}:${config.port} `);
      },
    );

    it('nginx runs deploy/nginx.conf on its published port, after every replica is ready', () => {
      const nginx = compose.services.nginx!;
      expect(nginx.volumes).toContain('./deploy/nginx.conf:/etc/nginx/nginx.conf:ro');
      const listen = /listen\s+(\d+);/.exec(nginxConf)?.[1];
      expect(nginx.ports).toEqual([`${listen}:${listen}`]);
      expect(Object.keys(nginx.depends_on ?? {}).sort()).toEqual(REPLICAS);
      const upstream = /upstream app \{([\s\S]*?)\}/.exec(nginxConf)?.[1] ?? '';
      expect([...upstream.matchAll(/server\s+([\w-]+):\d+/g)].map((m) => m[1])).toEqual(REPLICAS);
    });

    it('nginx retries idempotent requests on another replica, never a POST a replica received, and names the client itself', () => {
      expect(nginxConf).toMatch(/proxy_next_upstream error timeout http_502 http_503;/);
      expect(nginxConf).not.toMatch(/proxy_next_upstream[^;]*non_idempotent/);
      expect(nginxConf).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    });
  });
});
