import type { Rel } from '../model/graph-model.js';
import { periodLabel, suspensionLabel } from '../model/time.js';
import { CONFIDENCE_LINE, CREDIBILITY_WORDS, RELIABILITY_WORDS } from '../model/vocabulary.js';
import { h, sourceList } from './dom.js';

/**
 * How the panels show a fact's evidence: its grade (Admiralty code) as a badge, its suspension in
 * words, and, for a disputed fact, a mark that opens every claim with its sources.
 */

/** "B2", titled with what it means; the line style it is drawn with follows from it. */
export function gradeBadge(rel: Pick<Rel, 'grade' | 'reliability' | 'credibility' | 'confidence'>): HTMLElement {
  const words = `${rel.reliability}: ${RELIABILITY_WORDS[rel.reliability]} source; ${rel.credibility}: ${CREDIBILITY_WORDS[rel.credibility] ?? ''}`;
  return h(
    'span',
    {
      className: `badge grade conf-${rel.confidence.toLowerCase()}`,
      title: `Grade ${rel.grade} (${words}); drawn ${CONFIDENCE_LINE[rel.confidence]}`,
      'aria-label': `grade ${rel.grade}: ${words}`,
      'data-grade': rel.grade,
    },
    rel.grade,
  );
}

/** A grade on its own (a path's weakest), with the scale in its title. */
export function plainGrade(grade: string): HTMLElement {
  return h('span', { className: 'badge grade', title: 'Reliability A–F and credibility 1–6 (Admiralty code)' }, grade);
}

/**
 * "suspended since 1 April 2014" for the suspension that holds at the time asked (or the open one
 * without a time); null when the link is active.
 */
export function suspendedText(rel: Pick<Rel, 'suspensions'>, status: 'ACTIVE' | 'SUSPENDED'): string | null {
  if (status !== 'SUSPENDED') return null;
  const open = rel.suspensions.find((s) => s.until === null && s.untilDate === null);
  const s = open ?? rel.suspensions[rel.suspensions.length - 1];
  return s ? suspensionLabel(s) : 'suspended';
}

export function suspendedBadge(text: string): HTMLElement {
  return h('span', { className: 'badge suspended', 'data-testid': 'suspended' }, `‖ ${text}`);
}

/**
 * The "disputed" mark: a disclosure that opens the primary claim (the best-graded source's) and
 * each alternative, every one with its dates, note and sources. Null for an undisputed fact.
 */
export function disputedMark(rel: Rel, compact = false): HTMLElement | null {
  if (!rel.disputed || rel.alternatives.length === 0) return null;
  const claim = (title: string, when: string, note: string | null, sources: Rel['sources']) =>
    h(
      'li',
      { className: 'claim' },
      h('strong', {}, title),
      `: ${when || 'not dated'}`,
      note ? h('span', { className: 'muted' }, ` — ${note}`) : null,
      sourceList(sources),
    );
  return h(
    'details',
    { className: `disputed${compact ? ' compact' : ''}`, 'data-testid': 'disputed' },
    h(
      'summary',
      { title: 'Sources disagree: open to see every claim with its sources' },
      `⚖ disputed (${rel.alternatives.length + 1} claims)`,
    ),
    h(
      'ul',
      { className: 'claims' },
      claim('Primary claim', periodLabel(rel), rel.note, rel.sources),
      rel.alternatives.map((a, i) =>
        claim(
          rel.alternatives.length === 1 ? 'Other claim' : `Other claim ${i + 1}`,
          periodLabel(a),
          a.note,
          a.sources,
        ),
      ),
    ),
  );
}
