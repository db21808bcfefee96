import { auditCursor } from '../arguments.js';
import type { AuditEntry } from '../../../domain/model.js';
import type { AuditPage } from '../graph-store.js';
import type { AuditRecord } from '../write-rules.js';

/** Append-only record of landed writes; `seq` is 1, 2, … in write order. */
export class AuditLog {
  private readonly entries: AuditEntry[] = [];

  /** The entry `record` becomes if it lands next; nothing is appended yet. */
  next(record: AuditRecord): AuditEntry {
    const seq = this.entries.length + 1;
    return { id: `audit:${seq}`, seq, ...record };
  }

  /** Appends an entry made by `next` (or replayed from the journal, which numbered it the same way). */
  add(entry: AuditEntry): void {
    this.entries.push(Object.freeze({ ...entry, ids: Object.freeze([...entry.ids]) }) as AuditEntry);
  }

  get size(): number {
    return this.entries.length;
  }

  /** Newest first; `afterSeq` is the seq of the last entry of the previous page. */
  page(first: number, afterSeq: number | null): AuditPage {
    // Entry n sits at index n - 1, so the page is a slice read backwards.
    const start = Math.min(afterSeq === null ? this.entries.length : afterSeq - 1, this.entries.length);
    const items: AuditEntry[] = [];
    for (let i = start - 1; i >= 0 && items.length < first; i--) items.push(this.entries[i]!);
    const last = items.at(-1);
    return {
      items,
      totalCount: this.entries.length,
      endCursor: last ? auditCursor(last.seq) : null,
      hasNextPage: last !== undefined && last.seq > 1,
    };
  }
}
