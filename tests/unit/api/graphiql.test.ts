import { parse, validate } from 'graphql';
import { GRAPHIQL_OPTIONS } from '../../../server/api/graphiql.js';
import { createSchema } from '../../../server/api/schema.js';

describe('GraphiQL examples', () => {
  const schema = createSchema();
  const tabs = GRAPHIQL_OPTIONS.defaultTabs ?? [];

  it('every example tab is a valid operation of schema.graphql', () => {
    expect(tabs.length).toBeGreaterThanOrEqual(8);
    for (const tab of tabs) {
      const errors = validate(schema, parse(tab.query ?? ''));
      expect(errors.map((e) => e.message)).toEqual([]);
    }
  });

  it('show an event, a suspension with and without includeSuspended, and a membership on two days', () => {
    const all = tabs.map((t) => t.query ?? '').join('\n');
    expect(all).toContain('event:summit-2022-madrid');
    expect(all).toContain('state:rus/PARTNER_IN/framework:pfp/1994');
    expect(all).toContain('includeSuspended: false');
    expect(all).toContain('at: "2004-03-28"');
    expect(all).toContain('at: "2004-03-29"');
    expect(all).toMatch(/weakestGrade/);
  });
});
