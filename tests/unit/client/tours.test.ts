import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import type { Tour } from '../../../client/src/api/tours.js';

interface DataFile {
  sources?: { id: string }[];
  entities?: { id: string; sources: string[] }[];
  relationships?: { id?: string; type: string; from: string; to: string; since?: number | null; sources: string[] }[];
}

const files = readdirSync('data').filter((f) => f.endsWith('.json') && f !== 'tours.json');
const data = files.map((f) => JSON.parse(readFileSync(`data/${f}`, 'utf8')) as DataFile);
const entities = new Map(data.flatMap((d) => d.entities ?? []).map((e) => [e.id, e]));
const relationships = new Map(
  data.flatMap((d) => d.relationships ?? []).map((r) => [r.id ?? `${r.from}/${r.type}/${r.to}/${r.since ?? ''}`, r]),
);
const sources = new Set(data.flatMap((d) => d.sources ?? []).map((s) => s.id));
const { tours } = JSON.parse(readFileSync('data/tours.json', 'utf8')) as { tours: Tour[] };

describe('data/tours.json', () => {
  it('has the four case studies', () => {
    expect(tours.map((t) => t.title)).toEqual([
      'Enhanced Forward Presence in the Baltic States',
      'Cooperative security in the Mediterranean and Middle East',
      'Partnership for Peace',
      'Madrid 2022: a new Strategic Concept, an invitation, and the Indo-Pacific at the table',
    ]);
    expect(new Set(tours.map((t) => t.id)).size).toBe(tours.length);
  });

  for (const tour of tours) {
    describe(tour.id, () => {
      tour.steps.forEach((step, i) => {
        it(`step ${i + 1} refers only to ids in data/ and cites resolvable sources`, () => {
          expect(entities.has(step.focus)).toBe(true);
          step.expand.forEach((e) => expect(entities.has(e.id)).toBe(true));
          if (step.select) expect(entities.has(step.select) || relationships.has(step.select)).toBe(true);
          (step.evidence ?? []).forEach((id) => expect([id, relationships.has(id)]).toEqual([id, true]));
          expect(step.sources.length).toBeGreaterThan(0);
          // The client finds a source's title and URL on the focus, its relationships or the evidence.
          const reachable = new Set([
            ...entities.get(step.focus)!.sources,
            ...[...relationships.values()]
              .filter((r) => r.from === step.focus || r.to === step.focus)
              .flatMap((r) => r.sources),
            ...(step.evidence ?? []).flatMap((id) => relationships.get(id)!.sources),
          ]);
          for (const s of step.sources) {
            expect([s, sources.has(s)]).toEqual([s, true]);
            expect([s, reachable.has(s)]).toEqual([s, true]);
          }
        });
      });
    });
  }
});
