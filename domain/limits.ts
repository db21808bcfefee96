/** Defaults and maxima of every bounded read (mirrored in schema.graphql's descriptions). */
export const LIMITS = {
  searchFirst: { default: 10, max: 50 },
  entitiesFirst: { default: 50, max: 500 },
  depth: { default: 1, min: 1, max: 3 },
  neighborhoodLimit: { default: 200, max: 2000 },
  maxLength: { default: 4, min: 1, max: 6 },
  pathsLimit: { default: 3, max: 20 },
  /** `paths` mode SIMPLE: how many partial paths ranking them all may extend before it is refused. */
  simplePathsBudget: 50_000,
  /** `paths`' excludeIds. */
  excludeIds: { max: 100 },
  /** Each list of a `changes` report. */
  changesLimit: { default: 200, max: 2000 },
  /** Each neighbour list of a `compare` report. */
  compareLimit: { default: 100, max: 1000 },
  searchText: { max: 200 },
  auditFirst: { default: 50, max: 500 },
  year: { min: 1900, max: 2100 },
  /** Ids are index keys: Neo4j refuses to index a value of some 8 KB, so bound them well below. */
  id: { max: 200 },
} as const;
