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
}
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: { neo4j: Service; app: Service };
  volumes: Record<string, unknown>;
};
const { neo4j, app } = compose.services;

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
});
