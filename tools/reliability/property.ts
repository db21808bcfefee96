import fc from 'fast-check';

/**
 * What a property's predicate throws when its input breaks the rule, so the property fails and
 * fast-check shrinks the input to the smallest one that still breaks it, keeping the message.
 */
export class PropertyFailure extends Error {}

export interface PropertyOutcome<Ts> {
  ok: boolean;
  /** The shrunk counterexample, when the property failed on one. */
  counterexample: Ts | null;
  /** What went wrong with it (the predicate's message), or why fast-check gave up. */
  problem: string;
  /** The counterexample described for the report, with the seed and path that replay it. */
  input: string;
}

/**
 * Runs an async property with `fc.check`, not `fc.assert`: a failed property is reported as a
 * failed check with its shrunk counterexample, and the rest of the suite still runs.
 */
export async function checkProperty<Ts>(
  property: fc.IAsyncProperty<Ts>,
  params: fc.Parameters<Ts>,
  describe: (value: Ts) => string,
): Promise<PropertyOutcome<Ts>> {
  const details = await fc.check(property, params);
  if (!details.failed) return { ok: true, counterexample: null, problem: '', input: '' };
  if (details.counterexample === null) {
    const why = details.interrupted ? 'interrupted' : `${details.numSkips} inputs skipped`;
    return {
      ok: false,
      counterexample: null,
      problem: `fast-check gave up without a counterexample (${why})`,
      input: '',
    };
  }
  const error = details.errorInstance;
  const problem =
    error instanceof Error
      ? error.message
      : error
        ? `it threw ${JSON.stringify(error)}`
        : 'the property returned false';
  return {
    ok: false,
    counterexample: details.counterexample,
    problem,
    input:
      `${describe(details.counterexample).slice(0, 300)} ` +
      `(after ${details.numRuns} runs and ${details.numShrinks} shrinks; replay: seed ${details.seed}, path "${details.counterexamplePath ?? ''}")`,
  };
}
