import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError, loadDataDir } from '../../../server/data/load-data-dir.js';

function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const sources = { sources: [{ id: 'source:a', title: 'A', url: 'https://example.org/a', publisher: 'Example', reliability: 'B' }] };
const est = { id: 'state:est', kind: 'STATE', name: 'Estonia', sources: ['source:a'] };
const nato = { id: 'org:nato', kind: 'ORGANIZATION', name: 'NATO', sources: ['source:a'] };
const member = { type: 'MEMBER_OF', from: 'state:est', to: 'org:nato', since: 2004, credibility: 2, sources: ['source:a'] };

function problems(files: Record<string, unknown>): string[] {
  try {
    loadDataDir(folder(files));
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    // Entries name the folder and file (data/members.json); the temporary folder's name varies.
    return (e as DataError).problems.map((p) => `${p.entry.replace(/^atlas-data-\w+\//, '')} | ${p.field}`);
  }
  throw new Error('expected the data to be rejected');
}

describe('loadDataDir', () => {
  it('loads files that refer to each other', () => {
    const graph = loadDataDir(folder({ 'a.json': sources, 'b.json': { entities: [est, nato], relationships: [member] } }));
    expect(graph.relationships.map((r) => r.id)).toEqual(['state:est/MEMBER_OF/org:nato/2004']);
  });

  it('names the file, entry and field of every problem at once, and loads nothing', () => {
    expect(
      problems({
        'a.json': sources,
        'b.json': {
          entities: [est, { ...nato, kind: 'ALLIANCE' }, { ...est, name: 'Estonia again' }, { ...nato, id: 'org:eu', sources: ['source:nope'] }],
          relationships: [{ ...member, to: 'org:missing' }, { ...member, since: 1700 }],
        },
      }),
    ).toEqual([
      'b.json: entities[1] (org:nato) | kind',
      'b.json: entities[2] (state:est) | id',
      'b.json: entities[3] (org:eu) | sources.0',
      'b.json: relationships[0] (state:est/MEMBER_OF/org:missing/2004) | to',
      'b.json: relationships[1] | since',
    ]);
  });

  it('reports an entry that failed to parse once, not again at every reference to its id', () => {
    const badSource = { id: 'source:b', title: 'B', url: 'not a url', publisher: 'B', reliability: 'B' };
    expect(
      problems({
        'a.json': { sources: [...sources.sources, badSource] },
        'b.json': {
          entities: [est, { ...nato, kind: 'ALLIANCE' }, { ...est, id: 'state:lva', sources: ['source:b'] }],
          relationships: [
            member,
            { ...member, from: 'state:lva' },
            { ...member, to: 'org:missing', credibility: 1, sources: ['source:a', 'source:b'] },
          ],
        },
      }),
    ).toEqual([
      'a.json: sources[1] (source:b) | url',
      'b.json: entities[1] (org:nato) | kind',
      'b.json: relationships[2] (state:est/MEMBER_OF/org:missing/2004) | to',
    ]);
  });

  it('rejects a source without a URL unless it is graded F, and a URL without a publisher', () => {
    expect(problems({ 'a.json': { sources: [{ id: 'source:b', title: 'B', reliability: 'C' }] } })).toEqual([
      'a.json: sources[0] (source:b) | url',
    ]);
    expect(
      problems({ 'a.json': { sources: [{ id: 'source:b', title: 'B', url: 'https://example.org/b', reliability: 'C' }] } }),
    ).toEqual(['a.json: sources[0] (source:b) | publisher']);
    expect(loadDataDir(folder({ 'a.json': { sources: [{ id: 'source:b', title: 'B', reliability: 'F' }] } })).sources).toHaveLength(1);
  });

  it('rejects a confirmed fact (credibility 1) that rests on one publisher', () => {
    expect(
      problems({ 'a.json': sources, 'b.json': { entities: [est, nato], relationships: [{ ...member, credibility: 1 }] } }),
    ).toEqual(['b.json: relationships[0] (state:est/MEMBER_OF/org:nato/2004) | credibility']);
  });

  it('rejects a file that is not JSON, naming it', () => {
    expect(problems({ 'a.json': '{ nope' })).toEqual(['a.json | (file)']);
  });
});
