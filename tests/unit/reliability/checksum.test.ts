import {
  canonicalJson,
  describeDifference,
  graphChecksum,
  sameFingerprint,
  type Fingerprint,
} from '../../../tools/reliability/checksum.js';

describe('canonicalJson', () => {
  it('sorts object keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });

  it('leaves out undefined properties, as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });

  it('escapes strings like JSON', () => {
    expect(canonicalJson({ 'k"': 'line\nbreak \u0000' })).toBe(JSON.stringify({ 'k"': 'line\nbreak \u0000' }));
  });
});

describe('graphChecksum', () => {
  const graph = {
    sources: [
      { id: 'source:b', title: 'B' },
      { id: 'source:a', title: 'A' },
    ],
    entities: [{ id: 'state:est', name: 'Estonia', kind: 'STATE' }],
    relationships: [],
  };

  it('does not depend on the order of lists or of keys', () => {
    const shuffled = {
      relationships: [],
      entities: [{ kind: 'STATE', name: 'Estonia', id: 'state:est' }],
      sources: [
        { title: 'A', id: 'source:a' },
        { title: 'B', id: 'source:b' },
      ],
    };
    expect(graphChecksum(shuffled)).toBe(graphChecksum(graph));
  });

  it('changes with any content', () => {
    const renamed = { ...graph, entities: [{ id: 'state:est', name: 'Estonia!', kind: 'STATE' }] };
    expect(graphChecksum(renamed)).not.toBe(graphChecksum(graph));
    expect(graphChecksum({ ...graph, relationships: [{ id: 'r' }] })).not.toBe(graphChecksum(graph));
  });

  it('is a SHA-256 hex digest', () => {
    expect(graphChecksum(graph)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('fingerprints', () => {
  const a: Fingerprint = { sources: 1, entities: 2, relationships: 3, auditEntries: 4, checksum: 'abc' };

  it('are the same only when every part is', () => {
    expect(sameFingerprint(a, { ...a })).toBe(true);
    expect(sameFingerprint(a, { ...a, auditEntries: 5 })).toBe(false);
    expect(sameFingerprint(a, { ...a, checksum: 'abd' })).toBe(false);
  });

  it('name what differs', () => {
    expect(describeDifference(a, { ...a, entities: 1, checksum: 'zzz' })).toBe('entities 2 -> 1, checksum abc -> zzz');
    expect(describeDifference(a, a)).toBe('no difference');
  });
});
