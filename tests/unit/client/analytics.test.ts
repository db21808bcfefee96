import { describe, expect, it } from '@jest/globals';
import { computeMetrics, nodeSize } from '../../../client/src/model/analytics.js';

describe('computeMetrics', () => {
  // Two triangles joined through a broker.
  const nodes = ['a', 'b', 'c', 'broker', 'x', 'y', 'z'];
  const edges = [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'a'],
    ['c', 'broker'],
    ['broker', 'x'],
    ['x', 'y'],
    ['y', 'z'],
    ['z', 'x'],
    ['a', 'b'], // a parallel relationship counts once
  ].map(([source, target]) => ({ source: source!, target: target! }));

  it('finds the broker by betweenness and counts degree once per neighbour', () => {
    const m = computeMetrics(nodes, edges, { betweenness: true, communities: false });
    expect(m.get('broker')!.betweenness).toBe(1);
    expect(m.get('a')!.betweenness).toBe(0);
    expect(m.get('a')!.degree).toBe(2);
    expect(m.get('c')!.degree).toBe(3);
  });

  it('puts each triangle in its own community, deterministically', () => {
    const m1 = computeMetrics(nodes, edges, { betweenness: false, communities: true });
    const m2 = computeMetrics(nodes, edges, { betweenness: false, communities: true });
    expect(m1.get('a')!.community).toBe(m1.get('b')!.community);
    expect(m1.get('x')!.community).toBe(m1.get('y')!.community);
    expect(m1.get('a')!.community).not.toBe(m1.get('x')!.community);
    expect([...m1.entries()]).toEqual([...m2.entries()]);
  });

  it('maps metrics to node sizes', () => {
    expect(nodeSize(undefined, 'degree', 3)).toBe(30);
    expect(nodeSize({ degree: 3, betweenness: 0, community: 0 }, 'degree', 3)).toBe(80);
    expect(nodeSize({ degree: 0, betweenness: 0, community: 0 }, 'betweenness', 3)).toBe(20);
  });
});
