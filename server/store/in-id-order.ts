/**
 * Batched lookups answer in the order asked, each id once, unknown ids left out
 * (docs/store-semantics.md): both stores shape their results with this.
 */
export function inIdOrder<T>(ids: readonly string[], byId: ReadonlyMap<string, T>): T[] {
  return [...new Set(ids)].flatMap((id) => {
    const item = byId.get(id);
    return item === undefined ? [] : [item];
  });
}
