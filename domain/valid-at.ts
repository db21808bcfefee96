/**
 * The time rule (docs/store-semantics.md): a fact holds in year Y when `since` is empty or `since <= Y`, and `until`
 * is empty or `Y <= until`. Without a year every fact holds.
 */
export function validAt(
  fact: { since: number | null; until: number | null },
  asOf: number | null | undefined,
): boolean {
  if (asOf == null) return true;
  return (fact.since == null || fact.since <= asOf) && (fact.until == null || asOf <= fact.until);
}
