import changes from './operations/changes.graphql?raw';
import compare from './operations/compare.graphql?raw';
import compareOwn from './operations/compare-own.graphql?raw';
import entityDetails from './operations/entity-details.graphql?raw';
import fragmentsText from './operations/fragments.graphql?raw';
import neighborCounts from './operations/neighbor-counts.graphql?raw';
import neighborhood from './operations/neighborhood.graphql?raw';
import paths from './operations/paths.graphql?raw';
import relationshipDetails from './operations/relationship-details.graphql?raw';
import search from './operations/search.graphql?raw';
import { withFragments as attach } from './with-fragments.js';

const withFragments = (operation: string) => attach(operation, fragmentsText);

/** The operations in operations/*.graphql, each with its fragments, ready to POST. */
export const DOCUMENTS = {
  search: withFragments(search),
  neighborhood: withFragments(neighborhood),
  neighborCounts: withFragments(neighborCounts),
  entityDetails: withFragments(entityDetails),
  relationshipDetails: withFragments(relationshipDetails),
  paths: withFragments(paths),
  changes: withFragments(changes),
  compare: withFragments(compare),
  compareOwn: withFragments(compareOwn),
};

export const FRAGMENTS = fragmentsText;
