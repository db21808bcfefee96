import { inIdOrder } from '../in-id-order.js';
import { toGraphData } from '../../../domain/to-graph-data.js';
import { KINDS, RELATION_TYPES, type GraphData, type Kind, type Relationship } from '../../../domain/model.js';
import { holdsAt, statusAt, type When } from '../../../domain/valid-at.js';
import type { EvidenceArgs } from '../arguments.js';
import type { Stats } from '../graph-store.js';
import type { MemoryGraph } from './memory-graph.js';

/**
 * The answers that read the whole graph (docs/store-semantics.md): counts and exports at a time,
 * over the relationships a read may use (fact-visibility.ts).
 */

/** Entities that hold at `when`; relationships usable then, active and suspended counted apart. */
export function countAll(graph: MemoryGraph, when: When, evidence: EvidenceArgs): Stats {
  const byKind = new Map<Kind, number>(KINDS.map((k) => [k, 0]));
  const byType = new Map<Relationship['type'], number>(RELATION_TYPES.map((t) => [t, 0]));
  let entities = 0;
  let relationships = 0;
  let suspended = 0;
  for (const e of graph.entities.values()) {
    if (!holdsAt(e, when)) continue;
    entities++;
    byKind.set(e.kind, byKind.get(e.kind)! + 1);
  }
  for (const r of graph.relationships.values()) {
    if (!graph.usable(r, when, evidence)) continue;
    relationships++;
    if (r.suspensions.length > 0 && statusAt(r, when) === 'SUSPENDED') suspended++;
    byType.set(r.type, byType.get(r.type)! + 1);
  }
  return {
    entities,
    relationships,
    activeRelationships: relationships - suspended,
    suspendedRelationships: suspended,
    sources: graph.sources.size,
    byKind: KINDS.map((kind) => ({ kind, count: byKind.get(kind)! })),
    byRelationType: RELATION_TYPES.map((relationType) => ({ relationType, count: byType.get(relationType)! })),
  };
}

/**
 * The data-file form of what holds at `when` (all of it, or the entities `ids` and the
 * relationships among them) and of the sources they cite, their claims' sources included; the
 * whole graph, unfiltered, exports every source.
 */
export function exportSelection(
  graph: MemoryGraph,
  ids: string[] | null,
  when: When,
  evidence: EvidenceArgs,
): GraphData {
  const entities = (ids ? inIdOrder(ids, graph.entities) : [...graph.entities.values()]).filter((e) =>
    holdsAt(e, when),
  );
  let relationships: Relationship[];
  if (ids) {
    const selected = new Set(entities.map((e) => e.id));
    relationships = [];
    for (const id of selected) {
      graph.topology.forEachOutEdge(id, (edge, _attributes, _source, target) => {
        const r = graph.relationships.get(edge)!;
        if (selected.has(target) && graph.usable(r, when, evidence)) relationships.push(r);
      });
    }
  } else {
    relationships = [...graph.relationships.values()].filter((r) => graph.usable(r, when, evidence));
  }
  const everything =
    !ids &&
    when.asOf === null &&
    when.at === null &&
    evidence.minReliability === null &&
    evidence.maxCredibility === null &&
    (evidence.includeSuspended || graph.suspendable === 0);
  const cited = (r: Relationship) => [...r.sources, ...[...r.suspensions, ...r.alternatives].flatMap((c) => c.sources)];
  const sources = everything
    ? [...graph.sources.values()]
    : inIdOrder([...new Set([...entities.flatMap((e) => e.sources), ...relationships.flatMap(cited)])], graph.sources);
  return toGraphData(sources, entities, relationships);
}
