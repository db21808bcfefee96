import { graphql } from './client.js';

/**
 * Every write the server acknowledged (id and the version it answered), so that after faults and
 * restarts the suite can tell whether any acknowledged write was lost: a lost write is an id whose
 * current version is below the highest version acknowledged for it (or that is gone).
 */
export class Ledger {
  private readonly entities = new Map<string, number>();
  private readonly relationships = new Map<string, number>();

  acknowledge(kind: 'entity' | 'relationship', id: string, version: number): void {
    const map = kind === 'entity' ? this.entities : this.relationships;
    map.set(id, Math.max(map.get(id) ?? 0, version));
  }

  get size(): number {
    return this.entities.size + this.relationships.size;
  }

  /** Ids whose acknowledged writes are not all in the graph, with what was found. */
  async lost(base: string): Promise<{ id: string; acknowledged: number; found: number | null }[]> {
    const lost: { id: string; acknowledged: number; found: number | null }[] = [];
    const work: [kind: 'entity' | 'relationship', id: string, version: number][] = [
      ...[...this.entities].map(([id, v]) => ['entity', id, v] as ['entity', string, number]),
      ...[...this.relationships].map(([id, v]) => ['relationship', id, v] as ['relationship', string, number]),
    ];
    // Ten ids per request (aliases), a few requests at a time.
    const batches: (typeof work)[] = [];
    for (let i = 0; i < work.length; i += 10) batches.push(work.slice(i, i + 10));
    const run = async (batch: typeof work) => {
      const query = `{ ${batch.map(([kind], i) => `a${i}: ${kind}(id: $id${i}) { version }`).join(' ')} }`;
      const variables = Object.fromEntries(batch.map(([, id], i) => [`id${i}`, id]));
      const declared = batch.map((_, i) => `$id${i}: ID!`).join(', ');
      const answer = await graphql(
        base,
        { query: `query Ledger(${declared}) ${query}`, variables },
        { timeoutMs: 60_000 },
      );
      const data = answer.body?.data as Record<string, { version: number } | null> | undefined;
      if (data === undefined || (answer.body?.errors?.length ?? 0) > 0) {
        throw new Error(`cannot read back acknowledged writes: HTTP ${answer.status} ${answer.text.slice(0, 300)}`);
      }
      batch.forEach(([, id, version], i) => {
        const found = data[`a${i}`]?.version ?? null;
        if (found === null || found < version) lost.push({ id, acknowledged: version, found });
      });
    };
    for (let i = 0; i < batches.length; i += 4) await Promise.all(batches.slice(i, i + 4).map(run));
    return lost;
  }
}
