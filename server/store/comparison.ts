import type { Entity, Kind, RelationshipView, RelationType } from '../../domain/model.js';
import { compareStrings } from './arguments.js';
import type { ComparedNeighbor, Comparison } from './graph-store.js';

/** A usable relationship of one compared entity, with the entity at its other end. */
export interface SideLink {
  relationship: RelationshipView;
  neighbor: Entity;
}

/** Each neighbour's relationships over each relation type, keyed by type and neighbour id. */
function grouped(
  links: readonly SideLink[],
): Map<string, { relationType: RelationType; neighbor: Entity; relationships: RelationshipView[] }> {
  const groups = new Map<string, { relationType: RelationType; neighbor: Entity; relationships: RelationshipView[] }>();
  for (const { relationship, neighbor } of links) {
    const key = JSON.stringify([relationship.type, neighbor.id]);
    let group = groups.get(key);
    if (!group) {
      group = { relationType: relationship.type, neighbor, relationships: [] };
      groups.set(key, group);
    }
    group.relationships.push(relationship);
  }
  for (const group of groups.values()) group.relationships.sort((x, y) => compareStrings(x.id, y.id));
  return groups;
}

const byTypeNameId = (x: ComparedNeighbor, y: ComparedNeighbor) =>
  compareStrings(x.relationType, y.relationType) ||
  compareStrings(x.neighbor.name, y.neighbor.name) ||
  compareStrings(x.neighbor.id, y.neighbor.id);

/**
 * Both stores' `compare` answer (docs/store-semantics.md) from each entity's usable relationships
 * (time, evidence, relation types already applied): the relationships between the two, then per
 * relation type the neighbours of `kinds` both have, only `a` has and only `b` has, each list
 * ordered by type, name and id and cut at `limit`, counted per type before the cut.
 */
export function comparison(
  a: Entity,
  b: Entity,
  aLinks: readonly SideLink[],
  bLinks: readonly SideLink[],
  kinds: readonly Kind[] | null,
  limit: number,
): Comparison {
  const between = aLinks
    .filter((l) => l.neighbor.id === b.id)
    .map((l) => l.relationship)
    .sort((x, y) => compareStrings(x.id, y.id));
  const neighbours = (links: readonly SideLink[], other: string) =>
    grouped(links.filter((l) => l.neighbor.id !== other && (kinds === null || kinds.includes(l.neighbor.kind))));
  const aGroups = neighbours(aLinks, b.id);
  const bGroups = neighbours(bLinks, a.id);

  const shared: ComparedNeighbor[] = [];
  const onlyA: ComparedNeighbor[] = [];
  const onlyB: ComparedNeighbor[] = [];
  for (const [key, g] of aGroups) {
    const other = bGroups.get(key);
    (other ? shared : onlyA).push({
      relationType: g.relationType,
      neighbor: g.neighbor,
      a: g.relationships,
      b: other?.relationships ?? [],
    });
  }
  for (const [key, g] of bGroups) {
    if (!aGroups.has(key))
      onlyB.push({ relationType: g.relationType, neighbor: g.neighbor, a: [], b: g.relationships });
  }

  const counts = new Map<RelationType, Comparison['byRelationType'][number]>();
  const count = (relationType: RelationType, field: 'shared' | 'onlyA' | 'onlyB' | 'between') => {
    let row = counts.get(relationType);
    if (!row) {
      row = { relationType, shared: 0, onlyA: 0, onlyB: 0, between: 0 };
      counts.set(relationType, row);
    }
    row[field]++;
  };
  for (const g of shared) count(g.relationType, 'shared');
  for (const g of onlyA) count(g.relationType, 'onlyA');
  for (const g of onlyB) count(g.relationType, 'onlyB');
  for (const r of between) count(r.type, 'between');

  const cut = (list: ComparedNeighbor[]) => list.sort(byTypeNameId).slice(0, limit);
  return {
    a,
    b,
    between,
    shared: cut(shared),
    onlyA: cut(onlyA),
    onlyB: cut(onlyB),
    byRelationType: [...counts.values()].sort((x, y) => compareStrings(x.relationType, y.relationType)),
    truncated: shared.length > limit || onlyA.length > limit || onlyB.length > limit,
  };
}
