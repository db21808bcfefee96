import { byNameThenId } from '../arguments.js';
import type { Entity, Kind } from '../../../domain/model.js';

type Keyed = { name: string; id: string };

/**
 * Entities sorted by name then id, all together and per kind, for cursor paging. Single writes
 * move one entry (binary search and splice); bulk loads mark it stale and it re-sorts once, lazily.
 */
export class NameOrder {
  private lists: Map<Kind | null, Entity[]> | null = null;

  constructor(private readonly all: () => Iterable<Entity>) {}

  /** After a bulk change: re-sort on the next read. */
  invalidate(): void {
    this.lists = null;
  }

  replace(before: Entity | undefined, after: Entity | undefined): void {
    const lists = this.lists;
    if (!lists) return;
    if (before) {
      remove(this.listOf(lists, null), before);
      remove(this.listOf(lists, before.kind), before);
    }
    if (after) {
      insert(this.listOf(lists, null), after);
      insert(this.listOf(lists, after.kind), after);
    }
  }

  /** Every entity (kind null) or those of one kind, in name-then-id order. Do not mutate. */
  list(kind: Kind | null): readonly Entity[] {
    return this.lists ? this.listOf(this.lists, kind) : this.listOf(this.build(), kind);
  }

  private listOf(lists: Map<Kind | null, Entity[]>, kind: Kind | null): Entity[] {
    let list = lists.get(kind);
    if (!list) {
      list = [];
      lists.set(kind, list);
    }
    return list;
  }

  private build(): Map<Kind | null, Entity[]> {
    const all = [...this.all()].sort(byNameThenId);
    const lists = new Map<Kind | null, Entity[]>([[null, all]]);
    for (const e of all) this.listOf(lists, e.kind).push(e);
    this.lists = lists;
    return lists;
  }
}

/** Index of the first item not before `key` in name-then-id order. */
export function lowerBound(list: readonly Keyed[], key: Keyed): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byNameThenId(list[mid]!, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item strictly after `key`. */
export function upperBound(list: readonly Keyed[], key: Keyed): number {
  const i = lowerBound(list, key);
  return i < list.length && byNameThenId(list[i]!, key) === 0 ? i + 1 : i;
}

function remove(list: Entity[], e: Entity): void {
  const i = lowerBound(list, e);
  if (list[i]?.id === e.id) list.splice(i, 1);
}

function insert(list: Entity[], e: Entity): void {
  list.splice(lowerBound(list, e), 0, e);
}
