import { CHANGE_KINDS, entityChanges, relationshipChanges, type Window } from '../../domain/changes.js';
import { KINDS, RELATION_TYPES, type Entity, type RelationshipView } from '../../domain/model.js';
import { compareStrings } from './arguments.js';
import type { ChangeReport, EntityChange, RelationshipChange } from './graph-store.js';

/** Day, then id, then change in CHANGE_KINDS order (BEGAN, SUSPENDED, RESUMED, ENDED). */
function byDayIdChange(
  a: { day: string; id: string; change: (typeof CHANGE_KINDS)[number] },
  b: { day: string; id: string; change: (typeof CHANGE_KINDS)[number] },
): number {
  return (
    compareStrings(a.day, b.day) ||
    compareStrings(a.id, b.id) ||
    CHANGE_KINDS.indexOf(a.change) - CHANGE_KINDS.indexOf(b.change)
  );
}

/**
 * Both stores' `changes` answer (docs/store-semantics.md) from the candidates they found: every
 * change of theirs dated within the window, each list ordered by day, id and change and cut at
 * `limit`, counted per relation type and per kind before the cut. Candidates without a change
 * within the window are left out, so a store may pass a superset.
 */
export function changeReport(
  window: Window,
  relationships: readonly RelationshipView[],
  entities: readonly Entity[],
  limit: number,
): ChangeReport {
  const relationshipRows = relationships
    .flatMap((r) => relationshipChanges(r, window).map((c) => ({ ...c, id: r.id, relationship: r })))
    .sort(byDayIdChange);
  const entityRows = entities
    .flatMap((e) => entityChanges(e, window).map((c) => ({ ...c, id: e.id, entity: e })))
    .sort(byDayIdChange);

  const byType = new Map(
    RELATION_TYPES.map((t) => [t, { relationType: t, began: 0, ended: 0, suspended: 0, resumed: 0 }]),
  );
  for (const row of relationshipRows) {
    const counts = byType.get(row.relationship.type)!;
    if (row.change === 'BEGAN') counts.began++;
    else if (row.change === 'ENDED') counts.ended++;
    else if (row.change === 'SUSPENDED') counts.suspended++;
    else counts.resumed++;
  }
  const byKind = new Map(KINDS.map((k) => [k, { kind: k, began: 0, ended: 0 }]));
  for (const row of entityRows) byKind.get(row.entity.kind)![row.change === 'BEGAN' ? 'began' : 'ended']++;

  return {
    fromDay: window.first,
    toDay: window.last,
    relationships: relationshipRows
      .slice(0, limit)
      .map(({ change, year, date, relationship, suspension }): RelationshipChange => ({
        change,
        year,
        date,
        relationship,
        suspension,
      })),
    entities: entityRows
      .slice(0, limit)
      .map(({ change, year, date, entity }): EntityChange => ({ change, year, date, entity })),
    byRelationType: [...byType.values()].filter((c) => c.began + c.ended + c.suspended + c.resumed > 0),
    byKind: [...byKind.values()].filter((c) => c.began + c.ended > 0),
    total: relationshipRows.length + entityRows.length,
    truncated: relationshipRows.length > limit || entityRows.length > limit,
  };
}
