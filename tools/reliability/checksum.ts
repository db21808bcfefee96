import { createHash } from 'node:crypto';
import { graphql, http } from './client.js';

/** JSON with object keys sorted at every level (arrays keep their order), so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface GraphLike {
  sources?: { id: string }[];
  entities?: { id: string }[];
  relationships?: { id: string }[];
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * SHA-256 of a graph in the data/ format: each list sorted by id and every object's keys sorted,
 * so the hash depends on the content only, never on the order a store returned it in.
 */
export function graphChecksum(graph: GraphLike): string {
  const sorted = {
    sources: [...(graph.sources ?? [])].sort(byId),
    entities: [...(graph.entities ?? [])].sort(byId),
    relationships: [...(graph.relationships ?? [])].sort(byId),
  };
  return createHash('sha256').update(canonicalJson(sorted)).digest('hex');
}

/** What "the database is unchanged" compares: counts, the content checksum and the audit log's length (versions are not exported, audit entries count every write). */
export interface Fingerprint {
  sources: number;
  entities: number;
  relationships: number;
  auditEntries: number;
  checksum: string;
}

export function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export function describeDifference(before: Fingerprint, after: Fingerprint): string {
  const parts: string[] = [];
  for (const key of ['sources', 'entities', 'relationships', 'auditEntries'] as const) {
    if (before[key] !== after[key]) parts.push(`${key} ${before[key]} -> ${after[key]}`);
  }
  if (before.checksum !== after.checksum)
    parts.push(`checksum ${before.checksum.slice(0, 12)} -> ${after.checksum.slice(0, 12)}`);
  return parts.join(', ') || 'no difference';
}

/** The fingerprint of the graph behind a server: /export/graph.json plus auditLog's totalCount (editor token). */
export async function fingerprint(base: string, token: string): Promise<Fingerprint> {
  const exported = await http(`${base}/export/graph.json`, { timeoutMs: 60_000 });
  if (exported.status !== 200)
    throw new Error(`/export/graph.json answered ${exported.status}: ${exported.text.slice(0, 300)}`);
  const graph = JSON.parse(exported.text) as GraphLike;
  const audit = await graphql(base, { query: '{ auditLog(first: 1) { totalCount } }' }, { token, timeoutMs: 30_000 });
  const total = (audit.body?.data as { auditLog?: { totalCount?: number } } | undefined)?.auditLog?.totalCount;
  if (typeof total !== 'number') throw new Error(`auditLog answered ${audit.status}: ${audit.text.slice(0, 300)}`);
  return {
    sources: graph.sources?.length ?? 0,
    entities: graph.entities?.length ?? 0,
    relationships: graph.relationships?.length ?? 0,
    auditEntries: total,
    checksum: graphChecksum(graph),
  };
}
