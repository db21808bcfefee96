// The boundary keeps tests from leaning on the benchmark's helpers; these tests are of them: the
// statistics every reported ratio rests on, and the check that makes a failed answer an error.
// eslint-disable-next-line import-x/no-restricted-paths
import { hasGraphQLErrors, type Measurement } from '../../../bench/lib/load.js';
// eslint-disable-next-line import-x/no-restricted-paths
import { median, roundRatio, settled, summarise } from '../../../bench/lib/rounds.js';

const window = (p50: number, p95: number, fail: Partial<Measurement> = {}): Measurement => ({
  connections: 1,
  seconds: 1,
  requests: 100,
  throughput: 100,
  p50,
  p95,
  p99: p95,
  mean: p50,
  max: p95,
  non2xx: 0,
  graphqlErrors: 0,
  errors: 0,
  timeouts: 0,
  ...fail,
});

describe('interleaved rounds', () => {
  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('a ratio is the median of per-round ratios, with the lowest and highest round', () => {
    const a = [window(2, 4), window(3, 6), window(10, 20)];
    const b = [window(1, 2), window(2, 4), window(2, 4)];
    expect(roundRatio(a, b, 'p50')).toEqual({ median: 2, min: 1.5, max: 5, rounds: 3, withheld: 0 });
  });

  it('withholds a round where either window failed, and gives no ratio when none is left', () => {
    const a = [window(2, 4), window(3, 6, { graphqlErrors: 1 })];
    const b = [window(1, 2, { non2xx: 2 }), window(2, 4)];
    expect(roundRatio(a, b, 'p50')).toBeNull();
    const c = [window(1, 2), window(1, 2)];
    expect(roundRatio([window(2, 4), ...a.slice(1)], c, 'p95')).toEqual({
      median: 2,
      min: 2,
      max: 2,
      rounds: 1,
      withheld: 1,
    });
  });

  it('a series leaves failed windows out of its medians and counts their errors', () => {
    const s = summarise([window(1, 2), window(100, 200, { graphqlErrors: 3, non2xx: 1 }), window(3, 4)]);
    expect([s.p50, s.p95, s.failedWindows, s.graphqlErrors, s.non2xx, s.requests]).toEqual([2, 3, 1, 3, 1, 300]);
  });

  it('a window that completed no request is left out of the medians without counting as failed', () => {
    const empty = window(NaN, NaN, { requests: 0, throughput: 0 });
    const s = summarise([window(1, 2), empty, window(3, 4)]);
    expect([s.p50, s.p95, s.throughput, s.failedWindows]).toEqual([2, 3, 100, 0]);
  });

  it('warm-up settles when the last p50 is within the tolerance of the one before', () => {
    expect(settled([])).toBe(false);
    expect(settled([10])).toBe(false);
    expect(settled([20, 12])).toBe(false);
    expect(settled([20, 12, 11.5])).toBe(true);
  });

  it('a 200 answer carrying GraphQL errors is an error, data naming "errors" is not', () => {
    expect(hasGraphQLErrors('{"errors":[{"message":"No Entity"}],"data":null}')).toBe(true);
    expect(hasGraphQLErrors('{"data":{"entity":{"id":"x","name":"errors"}}}')).toBe(false);
  });
});
