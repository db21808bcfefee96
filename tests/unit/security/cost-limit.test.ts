import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { GRAPHIQL_OPTIONS } from '../../../server/api/graphiql.js';
import { createSchema } from '../../../server/api/schema.js';
import { HEAVY_COST, MAX_COST, operationCost } from '../../../server/api/cost-limit.js';
import { ROOT } from '../../../server/paths.js';

const schema = createSchema();
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  operationCost(schema, parse(query), null, variables);

describe('the size-aware cost', () => {
  it('multiplies a field by its limit and depth, and counts aliases', () => {
    const one = cost('{ neighborhood(id: "org:nato", depth: 3, limit: 2000) { total } }');
    expect(one).toBe(cost('{ neighborhood(id: "org:nato", depth: 1, limit: 2000) { total } }') * 3);
    expect(cost('{ neighborhood(id: "org:nato", limit: 1) { total } }') * 2000).toBe(
      cost('{ neighborhood(id: "org:nato", limit: 2000) { total } }'),
    );
    const fifteen = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: neighborhood(id: "org:nato", depth: 3, limit: 2000) { total }`).join(' ')} }`;
    expect(cost(fifteen)).toBe(15 * one);
    expect(cost(fifteen)).toBeGreaterThan(MAX_COST);
  });

  it('reads sizes from variables and defaults, and counts a size no more than the store takes', () => {
    const query = 'query($l: Int) { neighborhood(id: "org:nato", limit: $l) { total } }';
    expect(cost(query, { l: 2000 })).toBe(cost('{ neighborhood(id: "org:nato", limit: 2000) { total } }'));
    expect(cost(query, {})).toBe(cost('{ neighborhood(id: "org:nato", limit: 200) { total } }'));
    expect(cost('{ neighborhood(id: "org:nato", limit: 99999) { total } }')).toBe(
      cost('{ neighborhood(id: "org:nato", limit: 2000) { total } }'),
    );
    expect(cost('{ paths(from: "a", to: "b", limit: 500) { length } }')).toBe(
      cost('{ paths(from: "a", to: "b", limit: 20) { length } }'),
    );
  });

  it("leaves room for every explorer operation at the sizes the explorer sends, and GraphiQL's examples", () => {
    const dir = join(ROOT, 'client/src/api/operations');
    const fragments = readFileSync(join(dir, 'fragments.graphql'), 'utf8');
    // The largest values the explorer sends (client/src/loader.ts: changes and expansions up to 2000 at depth 1).
    const sent: Record<string, number> = { limit: 2000, first: 50, depth: 1, maxLength: 6 };
    const costs = readdirSync(dir)
      .filter((f) => f.endsWith('.graphql') && f !== 'fragments.graphql')
      .map((file) => {
        const document = parse(`${readFileSync(join(dir, file), 'utf8')}\n${fragments}`);
        const operation = document.definitions.find(
          (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
        )!;
        const variables = Object.fromEntries(
          (operation.variableDefinitions ?? [])
            .map((v) => v.variable.name.value)
            .filter((name) => name in sent)
            .map((name) => [name, sent[name]]),
        );
        return { file, cost: operationCost(schema, document, operation.name?.value, variables) };
      });
    expect(costs.length).toBeGreaterThanOrEqual(8);
    for (const c of costs) expect(c).toEqual({ file: c.file, cost: expect.any(Number) as unknown });
    expect(costs.filter((c) => c.cost > MAX_COST)).toEqual([]);
    for (const tab of GRAPHIQL_OPTIONS.defaultTabs ?? []) expect(cost(tab.query ?? '')).toBeLessThan(HEAVY_COST);
  });
});
