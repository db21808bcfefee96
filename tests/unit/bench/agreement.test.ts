// The boundary keeps tests from leaning on the benchmark's helpers; this test is of one: how a quick
// run's ratios are held against a full run's.
// eslint-disable-next-line import-x/no-restricted-paths
import { renderAgreement, type BenchResults } from '../../../bench/lib/report.js';

const run = (mode: 'quick' | 'full', ratios: Record<string, number>): BenchResults =>
  ({
    mode,
    date: '2026-12-02T17:00:00.000Z',
    settings: { comparisonScale: 'M' },
    ratios: Object.fromEntries(
      Object.entries(ratios).map(([q, median]) => [
        q,
        { a_over_b_p50_c1: { median, min: median, max: median, rounds: 3, withheld: 0 } },
      ]),
    ),
  }) as unknown as BenchResults;

describe("a run's agreement with another", () => {
  it('compares the ratio medians both runs have and counts those within 20%', () => {
    const md = renderAgreement(
      run('quick', { entity: 2.2, search: 1.5 }),
      run('full', { entity: 2, search: 3 }),
      'full',
    );
    expect(md).toContain('1 of 2 within 20%');
    expect(md).toContain('2.20 vs 2.00 (+10%)');
    expect(md).toContain('1.50 vs 3.00 (-50%)');
  });
});
