import { withFragments } from '../api/with-fragments.js';
import type { ViewState } from '../state.js';

/**
 * "Copy GraphQL": one operation (with variables) that fetches the view's data from the API:
 * each expansion as an aliased `neighborhood`, the focus as `entity`, the path as `paths`, all
 * at the view's as-of year. `fragments` is the text of operations/fragments.graphql. Pure.
 */
export function viewQuery(view: ViewState, fragments: string): { query: string; variables: Record<string, unknown> } {
  const params: string[] = [];
  const fields: string[] = [];
  const variables: Record<string, unknown> = { asOf: view.year };
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
    const args = [`id: $${v}`, `limit: $${v}Limit`, 'asOf: $asOf'];
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
      '  paths(from: $from, to: $to, asOf: $asOf, limit: 5) {\n    length\n    nodes {\n      ...EntityFields\n    }\n    edges {\n      ...RelationshipFields\n    }\n  }',
    );
  }
  if (fields.length === 0) {
    return {
      query: 'query View($asOf: Int) {\n  stats(asOf: $asOf) {\n    entities\n    relationships\n  }\n}\n',
      variables,
    };
  }
  const subgraph =
    'fragment SubgraphFields on Subgraph {\n  truncated\n  total\n  nodes {\n    ...EntityFields\n  }\n  edges {\n    ...RelationshipFields\n  }\n}\n';
  if (view.expansions.length || view.path) params.unshift('$asOf: Int');
  else delete variables.asOf;
  const operation = `query View(${params.join(', ')}) {\n${fields.join('\n')}\n}`;
  const query = withFragments(operation, `${subgraph}\n${fragments}`);
  return { query, variables };
}
