import type { Entity, GraphData, Relationship, Source } from './model.js';

type Plain<T> = { [K in keyof T]?: T[K] };

/** Lists a data file leaves out when empty; suspensions and alternatives are compacted claim by claim. */
const OPTIONAL_LISTS = ['aliases', 'suspensions', 'alternatives'];

/**
 * Drops nulls, empty optional lists, versions and derived fields, so an export reads like a
 * hand-written data/ file.
 */
function compact<T extends object>(value: T, drop: readonly string[] = []): Plain<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null || v === undefined || drop.includes(k)) continue;
    if (OPTIONAL_LISTS.includes(k) && Array.isArray(v) && v.length === 0) continue;
    out[k] = k === 'suspensions' || k === 'alternatives' ? (v as object[]).map((c) => compact(c)) : v;
  }
  return out as Plain<T>;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The one way both stores turn a selection into the data/ format: sorted by id, nulls dropped, so
 * the two stores export byte-identical JSON for the same graph.
 */
export function toGraphData(
  sources: readonly Source[],
  entities: readonly Omit<Entity, 'version'>[],
  relationships: readonly Omit<Relationship, 'version'>[],
): GraphData {
  return {
    sources: [...sources].sort(byId).map((s) => compact(s)) as GraphData['sources'],
    entities: [...entities].sort(byId).map((e) => compact(e, ['version'])) as GraphData['entities'],
    relationships: [...relationships]
      .sort(byId)
      .map((r) => compact(r, ['version', 'reliability', 'status'])) as GraphData['relationships'],
  };
}
