import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { csvField } from '../../../domain/export-text.js';
import type { GraphData } from '../../../domain/model.js';
import { relationshipsToCsv } from '../../../server/http/to-csv.js';
import { toCsv } from '../../../client/src/model/exporters.js';
import { composeGraph } from '../../../client/src/model/graph-model.js';
import { partKey } from '../../../client/src/model/server-filters.js';
import { defaultView } from '../../../client/src/state.js';
import type { SubgraphPart } from '../../../client/src/model/graph-model.js';
import { entity, rel } from '../client/fixtures.js';

/** The documented way back (docs/security.md): a cell that starts with an apostrophe loses one. */
const csvValue = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);

/** OWASP's CSV injection: a cell a spreadsheet would read as a formula starts with one of these. */
const FORMULAS = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];

describe('CSV cells that a spreadsheet would run as formulas', () => {
  it.each(FORMULAS)(
    'csvField neutralises %j with a leading apostrophe, and the documented rule reads it back',
    (cell) => {
      const field = csvField(cell);
      const rows: string[][] = parse(`${field}\r\n`);
      const parsed = rows[0]![0]!;
      expect(parsed).toBe(`'${cell}`);
      expect(csvValue(parsed)).toBe(cell);
    },
  );

  it('leaves other text, numbers and a value that already starts with an apostrophe readable both ways', () => {
    expect(csvField('Estonia')).toBe('Estonia');
    expect(csvField(2004)).toBe('2004');
    expect(csvField(-1)).toBe('-1');
    // An apostrophe of the data itself is doubled on the way out, so reading back strips exactly one.
    expect(csvField("'=quoted")).toBe("''=quoted");
    expect(csvValue("''=quoted")).toBe("'=quoted");
    expect(csvValue("O'Brien")).toBe("O'Brien");
  });

  it("the server's relationships.csv neutralises a note and a role", () => {
    const graph: GraphData = {
      sources: [{ id: 'source:a', title: '@source', reliability: 'A' }],
      entities: [
        { id: 'state:est', kind: 'STATE', name: '=Estonia', sources: ['source:a'] },
        { id: 'org:nato', kind: 'ORGANIZATION', name: 'NATO', sources: ['source:a'] },
      ],
      relationships: [
        {
          id: 'state:est/MEMBER_OF/org:nato',
          type: 'MEMBER_OF',
          from: 'state:est',
          to: 'org:nato',
          credibility: 2,
          sources: ['source:a'],
          role: '+cmd|/C calc',
          note: '-1+1',
        },
      ],
    };
    const [row] = parse<Record<string, string>>(relationshipsToCsv(graph), { columns: true });
    expect(row).toMatchObject({
      from_name: "'=Estonia",
      role: "'+cmd|/C calc",
      note: "'-1+1",
      source_titles: "'@source",
    });
  });

  it("the explorer's CSV neutralises a name and a role", () => {
    const est = entity('state:est', 'STATE', '=Estonia');
    const nato = entity('org:nato', 'ORGANIZATION', 'NATO');
    const part: SubgraphPart = {
      nodes: [est, nato],
      edges: [rel('MEMBER_OF', 'state:est', 'org:nato', { role: '@SUM(A1)' })],
      total: 1,
      truncated: false,
    };
    const expansion = { id: 'state:est', limit: 20, kinds: [], types: [] };
    const view = { ...defaultView(), focus: 'state:est', expansions: [expansion] };
    const graph = composeGraph({
      view,
      parts: new Map([[partKey(expansion, view), part]]),
      singles: new Map(),
      paths: null,
    });
    const [row] = parse<Record<string, string>>(toCsv(graph), { columns: true });
    expect(row).toMatchObject({ from_name: "'=Estonia", role: "'@SUM(A1)" });
  });
});
