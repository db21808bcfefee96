import fc from 'fast-check';
import { PropertyFailure, checkProperty } from '../../../tools/reliability/property.js';

describe('checkProperty', () => {
  it('is ok when the predicate holds for every input', async () => {
    const outcome = await checkProperty(
      fc.asyncProperty(fc.integer(), async (n) => Promise.resolve(n === n)),
      { numRuns: 50, seed: 1 },
      String,
    );
    expect(outcome).toEqual({ ok: true, counterexample: null, problem: '', input: '' });
  });

  it('fails with the shrunk counterexample and the message the predicate threw', async () => {
    let runs = 0;
    const outcome = await checkProperty(
      fc.asyncProperty(fc.integer({ min: 0, max: 10_000 }), async (n) => {
        runs++;
        if (n >= 100) throw new PropertyFailure(`${n} is too big`);
        return Promise.resolve(true);
      }),
      { numRuns: 200, seed: 1 },
      ([n]) => `n = ${n}`,
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.counterexample).toEqual([100]);
    expect(outcome.problem).toBe('100 is too big');
    expect(outcome.input).toMatch(/^n = 100 \(after \d+ runs and \d+ shrinks; replay: seed 1, path "[\d:]+"\)$/);
    expect(runs).toBeGreaterThan(1);
  });

  it('fails when the predicate returns false', async () => {
    const outcome = await checkProperty(
      fc.asyncProperty(fc.boolean(), async (b) => Promise.resolve(b)),
      { numRuns: 50, seed: 2 },
      ([b]) => String(b),
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.counterexample).toEqual([false]);
  });
});
