import { withFragments } from '../api/with-fragments.js';
import { evidenceArgs, pathEvidenceArgs, type ViewState } from '../state.js';
import { neighbourhoodArgs } from './server-filters.js';
import { timeArgs } from './time.js';

/**
 * "Copy GraphQL": one operation (with variables) that fetches the view's data from the API:
 * each expansion as an aliased `neighborhood` (as the explorer asks for it: server-filters.ts),
 * the focus as `entity`, the path as `paths` at the view's year or day, all under the view's
 * evidence filter. `fragments` is the text of operations/fragments.graphql. Pure.
 */
export function viewQuery(view: ViewState, fragments: string): { query: string; variables: Record<string, unknown> } {
  const params: string[] = [];
  const fields: string[] = [];
  const time = timeArgs(view);
  const n = neighbourhoodArgs(view);
  const ev = evidenceArgs(view.filters);
  const variables: Record<string, unknown> = {
    asOf: time.asOf,
    at: time.at,
    nAsOf: n.asOf,
    nAt: n.at,
    ...ev,
    pathsIncludeSuspended: pathEvidenceArgs(view.filters).includeSuspended,
  };
  const evidence =
    'includeSuspended: $includeSuspended, minReliability: $minReliability, maxCredibility: $maxCredibility';
  const pathEvidence = evidence.replace('$includeSuspended', '$pathsIncludeSuspended');
  if (view.focus) {
    params.push('$focus: ID!');
    variables.focus = view.focus;
    fields.push('  focus: entity(id: $focus) {\n    ...EntityFields\n    sources {\n      ...SourceFields\n    }\n  }');
  }
  view.expansions.forEach((e, i) => {
    const v = `n${i}`;
    params.push(`$${v}: ID!`, `$${v}Limit: Int`);
    variables[v] = e.id;
    variables[`${v}Limit`] = e.limit;
    const args = [`id: $${v}`, `limit: $${v}Limit`, 'asOf: $nAsOf', 'at: $nAt', evidence];
    if (e.kinds.length) {
      params.push(`$${v}Kinds: [Kind!]`);
      variables[`${v}Kinds`] = e.kinds;
      args.push(`kinds: $${v}Kinds`);
    }
    if (e.types.length) {
      params.push(`$${v}Types: [RelationType!]`);
      variables[`${v}Types`] = e.types;
      args.push(`relationTypes: $${v}Types`);
    }
    fields.push(`  ${v}: neighborhood(${args.join(', ')}) {\n    ...SubgraphFields\n  }`);
  });
  if (view.path) {
    params.push('$from: ID!', '$to: ID!');
    variables.from = view.path.from;
    variables.to = view.path.to;
    fields.push(
      `  paths(from: $from, to: $to, asOf: $asOf, at: $at, ${pathEvidence}, limit: 5) {\n    length\n    weakestGrade\n` +
        '    nodes {\n      ...EntityFields\n    }\n    edges {\n      ...RelationshipFields\n    }\n  }',
    );
  }
  if (fields.length === 0) {
    return {
      query:
        'query View($asOf: Int, $at: String) {\n  stats(asOf: $asOf, at: $at) {\n    entities\n    relationships\n    activeRelationships\n    suspendedRelationships\n  }\n}\n',
      variables: { asOf: time.asOf, at: time.at },
    };
  }
  const subgraph =
    'fragment SubgraphFields on Subgraph {\n  truncated\n  total\n  nodes {\n    ...EntityFields\n  }\n  edges {\n    ...RelationshipFields\n  }\n}\n';
  const declared: [string, string][] = [];
  if (view.path) declared.push(['asOf', 'Int'], ['at', 'String'], ['pathsIncludeSuspended', 'Boolean']);
  if (view.expansions.length) declared.push(['nAsOf', 'Int'], ['nAt', 'String']);
  if (view.expansions.length || view.path) {
    declared.push(['includeSuspended', 'Boolean'], ['minReliability', 'Reliability'], ['maxCredibility', 'Int']);
  }
  for (const key of Object.keys(variables)) {
    const filterVariables = ['asOf', 'at', 'nAsOf', 'nAt', 'includeSuspended', 'pathsIncludeSuspended'];
    if ([...filterVariables, 'minReliability', 'maxCredibility'].includes(key)) {
      if (!declared.some(([d]) => d === key)) delete variables[key];
    }
  }
  params.unshift(...declared.map(([d, t]) => `$${d}: ${t}`));
  const operation = `query View(${params.join(', ')}) {\n${fields.join('\n')}\n}`;
  const query = withFragments(operation, `${subgraph}\n${fragments}`);
  return { query, variables };
}
