import { exitCode, Report, summaryLine, type Totals } from '../../../tools/reliability/summary.js';

const zero: Totals = {
  requests: 0,
  unexpectedErrors: 0,
  faultsSurvived: 0,
  fuzzCases: 0,
  injectionPayloads: 0,
  lostWrites: 0,
};

describe('the summary line', () => {
  it('has the fixed wording and order', () => {
    expect(
      summaryLine({
        requests: 1200,
        unexpectedErrors: 0,
        faultsSurvived: 2,
        fuzzCases: 650,
        injectionPayloads: 1150,
        lostWrites: 0,
      }),
    ).toBe(
      'reliability: 1200 requests, 0 unexpected errors, 2 faults survived, 650 fuzz cases, 1150 injection payloads, 0 writes lost',
    );
  });
});

describe('the exit code', () => {
  it('is 0 only without unexpected errors, lost writes and failed checks', () => {
    expect(exitCode(zero, [{ name: 'a', ok: true, detail: '' }])).toBe(0);
    expect(exitCode({ ...zero, unexpectedErrors: 1 }, [])).toBe(1);
    expect(exitCode({ ...zero, lostWrites: 1 }, [])).toBe(1);
    expect(exitCode(zero, [{ name: 'a', ok: false, detail: '' }])).toBe(1);
  });
});

describe('Report', () => {
  it('counts, keeps the first samples and fails on a failed check', () => {
    const lines: string[] = [];
    const report = new Report((l) => lines.push(l));
    report.requests(3);
    report.unexpected('load entity', 'HTTP 500');
    expect(report.check('a check', true)).toBe(true);
    expect(report.line()).toBe(
      'reliability: 3 requests, 1 unexpected errors, 0 faults survived, 0 fuzz cases, 0 injection payloads, 0 writes lost',
    );
    expect(report.samples).toEqual(['load entity: HTTP 500']);
    expect(report.exitCode()).toBe(1);
    report.check('another', false, 'why');
    expect(report.failed.map((c) => c.name)).toEqual(['another']);
    expect(lines.some((l) => l.includes('FAIL another — why'))).toBe(true);
  });
});
