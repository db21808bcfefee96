/** What the suite counts and checks, and the one summary line it ends with. */

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface Totals {
  requests: number;
  unexpectedErrors: number;
  faultsSurvived: number;
  fuzzCases: number;
  injectionPayloads: number;
  lostWrites: number;
}

export function summaryLine(t: Totals): string {
  return (
    `reliability: ${t.requests} requests, ${t.unexpectedErrors} unexpected errors, ` +
    `${t.faultsSurvived} faults survived, ${t.fuzzCases} fuzz cases, ` +
    `${t.injectionPayloads} injection payloads, ${t.lostWrites} writes lost`
  );
}

/** Non-zero when any unexpected error or lost write occurred or any check failed. */
export function exitCode(t: Totals, checks: readonly Check[]): number {
  return t.unexpectedErrors > 0 || t.lostWrites > 0 || checks.some((c) => !c.ok) ? 1 : 0;
}

/** The running tally every module adds to. */
export class Report {
  readonly totals: Totals = {
    requests: 0,
    unexpectedErrors: 0,
    faultsSurvived: 0,
    fuzzCases: 0,
    injectionPayloads: 0,
    lostWrites: 0,
  };
  readonly checks: Check[] = [];
  /** The first unexpected errors, for the report. */
  readonly samples: string[] = [];
  private readonly sampleLimit = 40;

  constructor(private readonly print: (line: string) => void = (line) => process.stdout.write(`${line}\n`)) {}

  requests(n = 1): void {
    this.totals.requests += n;
  }

  unexpected(where: string, problem: string): void {
    this.totals.unexpectedErrors++;
    if (this.samples.length < this.sampleLimit) {
      const line = `${where}: ${problem}`;
      this.samples.push(line);
      this.print(`  ! unexpected ${line}`);
    }
  }

  check(name: string, ok: boolean, detail = ''): boolean {
    this.checks.push({ name, ok, detail });
    this.print(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
    return ok;
  }

  note(line: string): void {
    this.print(`  · ${line}`);
  }

  get failed(): Check[] {
    return this.checks.filter((c) => !c.ok);
  }

  line(): string {
    return summaryLine(this.totals);
  }

  exitCode(): number {
    return exitCode(this.totals, this.checks);
  }
}
