import { describe, expect, it } from '@jest/globals';
import { validateGraphData } from '../../../domain/graph-data.js';
import type { ImportProblem } from '../../../domain/model.js';

const source = {
  id: 'source:a',
  title: 'NATO: members',
  url: 'https://www.nato.int/a',
  publisher: 'NATO',
  reliability: 'A',
};
const est = { id: 'state:est', kind: 'STATE', name: 'Estonia', sources: ['source:a'] };
const nato = { id: 'org:nato', kind: 'ORGANIZATION', name: 'NATO', sources: ['source:a'] };
const member = { type: 'MEMBER_OF', from: 'state:est', to: 'org:nato', credibility: 3, sources: ['source:a'] };

function problemsOf(batch: Record<string, unknown[]>): ImportProblem[] {
  return validateGraphData({ sources: [source], entities: [est, nato], ...batch }).problems;
}

const described = (problems: ImportProblem[]) => problems.map((p) => `${p.entry} ${p.field}: ${p.message}`);

describe('relationship ids', () => {
  it.each([
    ['the default form without a year', 'state:est/MEMBER_OF/org:nato', {}],
    ['the default form with its since', 'state:est/MEMBER_OF/org:nato/2004', { since: 2004 }],
    ['the year of its sinceDate', 'state:est/MEMBER_OF/org:nato/2004', { sinceDate: '2004-03-29' }],
    ['the form without a year for a dated fact', 'state:est/MEMBER_OF/org:nato', { since: 2004 }],
  ])('accepts %s', (_what, id, extra) => {
    expect(problemsOf({ relationships: [{ ...member, ...extra, id }] })).toEqual([]);
  });

  it.each([
    ['another pair', 'state:lva/MEMBER_OF/org:nato/2004', { since: 2004 }],
    ['another type', 'state:est/PARTNER_IN/org:nato/2004', { since: 2004 }],
    ['another year', 'state:est/MEMBER_OF/org:nato/1999', { since: 2004 }],
    ['a year for an undated fact', 'state:est/MEMBER_OF/org:nato/1999', {}],
    ['a free-form id', 'rel-1', {}],
    ['a suffix after the year', 'state:est/MEMBER_OF/org:nato/2004/x', { since: 2004 }],
  ])('refuses one that names %s, on the id', (_what, id, extra) => {
    const problems = described(problemsOf({ relationships: [{ ...member, ...extra, id }] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^relationships\[0\] .* id: must be state:est\/MEMBER_OF\/org:nato/);
  });
});

describe('text fields', () => {
  const HOSTILE = [
    ['a NUL', 'Esto\u0000nia'],
    ['a newline', 'Esto\nnia'],
    ['a tab', 'Esto\tnia'],
    ['an escape', '\u001b[31mEstonia'],
    ['a right-to-left override', 'Esto\u202enia'],
    ['a left-to-right embedding', '\u202aEstonia'],
    ['a first-strong isolate', 'Esto\u2068nia'],
  ];

  it.each(HOSTILE)('refuses %s in every text field, naming it', (_what, bad) => {
    const claim = { since: 2014, note: bad, sources: ['source:a'] };
    const problems = problemsOf({
      sources: [source, { ...source, id: 'source:b', title: bad, publisher: bad }],
      entities: [est, { ...nato, name: bad, aliases: [bad], summary: bad }],
      relationships: [{ ...member, role: bad, note: bad, suspensions: [claim], alternatives: [claim] }],
    });
    expect(problems.map((p) => p.field)).toEqual([
      'title',
      'publisher',
      'name',
      'aliases.0',
      'summary',
      'role',
      'note',
      'suspensions.0.note',
      'alternatives.0.note',
    ]);
    expect(problems[0]!.message).toMatch(/control character or a bidirectional override/);
  });

  it('keeps right-to-left text and its marks, and other scripts', () => {
    const names = ['الناتو', 'נאט"ו\u200f', 'Türkiye', 'Северная Македония'];
    expect(problemsOf({ entities: [est, ...names.map((name, i) => ({ ...nato, id: `org:n${i}`, name }))] })).toEqual(
      [],
    );
  });
});
