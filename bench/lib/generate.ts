import type {
  NormalizedEntity,
  NormalizedGraph,
  NormalizedRelationship,
  NormalizedSource,
} from '../../domain/graph-data.js';
import { KINDS, RELIABILITIES, type Credibility, type Kind } from '../../domain/model.js';
import { ID_PREFIX, defaultRelationshipId } from '../../domain/ids.js';
import { endpointsAllowed } from '../../domain/relation-rules.js';
import {
  HUB_FRAMEWORKS,
  HUB_ORGS,
  MIX,
  REAL_STATES,
  TOPICS,
  WORDS_A,
  WORDS_B,
  type Sampler,
  type TypeSpec,
} from './generate-vocabulary.js';
import { createRng, zipf, type Rng } from './prng.js';

/**
 * A deterministic synthetic graph with the product's model (kinds, id prefixes, allowed endpoints,
 * a source on every entity and relationship) and a realistic skew: a few hubs (NATO, the EU, the
 * partnership frameworks) draw a large share of the relationships, most entities (activities) have a
 * handful, and years spread over 1949..LAST_YEAR, denser in recent decades.
 */

export type ScaleName = 'S' | 'M' | 'L';
export const SCALES: Record<ScaleName, number> = { S: 10_000, M: 100_000, L: 1_000_000 };
export const FIRST_YEAR = 1949;
/** Fixed (not the clock's year) so a rerun next year generates the same graph. */
export const LAST_YEAR = 2025;

export interface SyntheticGraph extends NormalizedGraph {
  scale: ScaleName;
  seed: number;
  /** Hub ids, biggest first (e.g. org:nato). */
  hubs: string[];
}

/** How many entities of each kind a graph of `r` relationships has. */
function kindCounts(r: number): Record<Kind, number> {
  return {
    STATE: 200,
    ORGANIZATION: 20 + Math.round(r / 2000),
    FRAMEWORK: 12 + Math.round(r / 1000),
    MECHANISM: 30 + Math.round(r / 5000),
    ACTIVITY: Math.round(r / 8),
    INSTITUTION: 20 + Math.round(r / 500),
    THREAT: 20 + Math.round(r / 10_000),
    REGION: 15 + Math.round(r / 20_000),
    // v2's kinds are not generated yet: the synthetic graph keeps v1's shape, so results stay
    // comparable across the model change.
    EVENT: 0,
    DOCUMENT: 0,
    COMMAND: 0,
  };
}

/** Years denser in recent decades: sqrt of a uniform draw leans late. */
function sinceYear(rng: Rng): number {
  return FIRST_YEAR + Math.floor((LAST_YEAR - FIRST_YEAR + 1) * Math.sqrt(rng.next()));
}

function stateKeys(n: number, rng: Rng): string[] {
  const keys = [...REAL_STATES];
  const seen = new Set(keys);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  while (keys.length < n) {
    const k = letters[rng.int(26)]! + letters[rng.int(26)]! + letters[rng.int(26)]!;
    if (!seen.has(k)) {
      seen.add(k);
      keys.push(k);
    }
  }
  return keys.slice(0, n);
}

export function generateGraph(scale: ScaleName, seed = 20_260_101): SyntheticGraph {
  const target = SCALES[scale];
  const rng = createRng(seed ^ target);
  const counts = kindCounts(target);

  const sources: NormalizedSource[] = [];
  const sourceCount = Math.max(20, Math.round(target / 200));
  for (let i = 0; i < sourceCount; i++) {
    sources.push({
      id: `source:synthetic-${i}`,
      title: `Synthetic source ${i}`,
      url: `https://example.org/synthetic/${i}`,
      publisher: i % 3 === 0 ? 'NATO' : `Publisher ${i % 7}`,
      date: String(FIRST_YEAR + (i % (LAST_YEAR - FIRST_YEAR + 1))),
      reliability: RELIABILITIES[i % 4]!,
    });
  }
  const sourceOf = zipf(sourceCount, 0.7);
  const cite = (n: number): string[] => {
    const out = new Set<string>();
    for (let i = 0; i < n; i++) out.add(sources[sourceOf(rng)]!.id);
    return [...out];
  };

  const byKind = new Map<Kind, NormalizedEntity[]>();
  const entities: NormalizedEntity[] = [];
  const add = (e: Omit<NormalizedEntity, 'sources'>): void => {
    const entity = { ...e, sources: cite(1 + rng.int(2)) };
    entities.push(entity);
    byKind.get(e.kind)!.push(entity);
  };
  for (const kind of KINDS) byKind.set(kind, []);

  for (const key of stateKeys(counts.STATE, rng)) {
    add({
      id: `state:${key}`,
      kind: 'STATE',
      name: `State ${key.toUpperCase()}`,
      aliases: [key.toUpperCase()],
      summary: null,
      since: null,
      until: null,
      sinceDate: null,
      untilDate: null,
    });
  }
  const named = (
    kind: Kind,
    hubs: [string, string, string][],
    make: (i: number) => [string, string, string[]],
  ): void => {
    for (const [key, name, acronym] of hubs) {
      add({
        id: `${ID_PREFIX[kind]}${key}`,
        kind,
        name,
        aliases: [acronym],
        summary: null,
        since: kind === 'ORGANIZATION' && key === 'nato' ? 1949 : sinceYear(rng),
        until: null,
        sinceDate: null,
        untilDate: null,
      });
    }
    for (let i = hubs.length; i < counts[kind]; i++) {
      const [key, name, aliases] = make(i);
      const since = sinceYear(rng);
      const until = rng.chance(0.15) ? Math.min(LAST_YEAR, since + rng.int(20)) : null;
      add({
        id: `${ID_PREFIX[kind]}${key}`,
        kind,
        name,
        aliases,
        summary: null,
        since,
        until,
        sinceDate: null,
        untilDate: null,
      });
    }
  };
  const title = (i: number): string =>
    `${WORDS_A[i % WORDS_A.length]!} ${WORDS_B[Math.floor(i / WORDS_A.length) % WORDS_B.length]!}`;
  named('ORGANIZATION', HUB_ORGS, (i) => [`org-${i}`, `${TOPICS[i % TOPICS.length]!} Organization ${i}`, []]);
  named('FRAMEWORK', HUB_FRAMEWORKS, (i) => [`fw-${i}`, `${TOPICS[i % TOPICS.length]!} Partnership ${title(i)}`, []]);
  named('MECHANISM', [], (i) => [
    `mech-${i}`,
    `${TOPICS[i % TOPICS.length]!} ${['dialogue', 'exercise', 'port visit', 'capacity building', 'staff talks'][i % 5]!} ${i}`,
    [],
  ]);
  named('ACTIVITY', [], (i) => {
    const year = FIRST_YEAR + (i % (LAST_YEAR - FIRST_YEAR + 1));
    const name = `${title(i)} ${year}`;
    return [
      `act-${i}`,
      rng.chance(0.5) ? `Exercise ${name}` : `Operation ${name}`,
      rng.chance(0.2) ? [`${WORDS_A[i % WORDS_A.length]!.slice(0, 2).toUpperCase()}${i}`] : [],
    ];
  });
  named('INSTITUTION', [], (i) => [
    `inst-${i}`,
    `${TOPICS[i % TOPICS.length]!} Centre of Excellence ${i}`,
    [`${TOPICS[i % TOPICS.length]!.slice(0, 1)}COE${i}`],
  ]);
  named('THREAT', [], (i) => [`threat-${i}`, `${TOPICS[i % TOPICS.length]!} threat ${i}`, []]);
  named('REGION', [], (i) => [
    `region-${i}`,
    `${['Baltic', 'Mediterranean', 'Black Sea', 'Indo-Pacific', 'Sahel', 'Arctic', 'Balkans', 'Middle East'][i % 8]!} area ${i}`,
    [],
  ]);

  // Samplers per kind: 'hub' is a steep Zipf (the named hubs first), 'zipf' a gentle one.
  const samplers = new Map<string, (r: Rng) => number>();
  const draw = (kind: Kind, how: Sampler): NormalizedEntity => {
    const list = byKind.get(kind)!;
    if (how === 'uniform') return list[rng.int(list.length)]!;
    const key = `${kind}/${how}`;
    let s = samplers.get(key);
    if (!s) samplers.set(key, (s = zipf(list.length, how === 'hub' ? 1.4 : 1.0)));
    return list[s(rng)]!;
  };
  const side = (options: [Kind, number, Sampler][]): NormalizedEntity => {
    let u = rng.next();
    for (const [kind, share, how] of options) {
      if (u < share) return draw(kind, how);
      u -= share;
    }
    const [kind, , how] = options[options.length - 1]!;
    return draw(kind, how);
  };
  const typeOf = (() => {
    const total = MIX.reduce((s, m) => s + m.weight, 0);
    return (): TypeSpec => {
      let u = rng.next() * total;
      for (const m of MIX) {
        if (u < m.weight) return m;
        u -= m.weight;
      }
      return MIX[MIX.length - 1]!;
    };
  })();

  const relationships: NormalizedRelationship[] = [];
  const ids = new Set<string>();
  const credibilities: Credibility[] = [2, 2, 3, 4];
  // Suspensions draw from their own sequence, so the rest of the graph is the one v1 generated.
  const suspensionRng = createRng(seed + 1);
  let attempts = 0;
  while (relationships.length < target && attempts < target * 3) {
    attempts++;
    const spec = typeOf();
    const from = side(spec.from);
    const to = side(spec.to);
    if (from.id === to.id || !endpointsAllowed(spec.type, from.kind, to.kind)) continue;
    const since = Math.min(LAST_YEAR, Math.max(from.since ?? FIRST_YEAR, to.since ?? FIRST_YEAR, sinceYear(rng)));
    const ends = [from.until, to.until].filter((y): y is number => y !== null);
    let until: number | null = ends.length > 0 ? Math.min(...ends) : rng.chance(0.1) ? since + rng.int(10) : null;
    if (until !== null) until = Math.min(LAST_YEAR, Math.max(since, until));
    const id = defaultRelationshipId({ from: from.id, type: spec.type, to: to.id, since });
    if (ids.has(id)) continue;
    ids.add(id);
    relationships.push({
      id,
      type: spec.type,
      from: from.id,
      to: to.id,
      since,
      until,
      sinceDate: null,
      untilDate: null,
      credibility: credibilities[rng.int(credibilities.length)]!,
      sources: cite(1 + rng.int(2)),
      role: spec.type === 'LEADS' && rng.chance(0.5) ? 'framework nation' : null,
      note: null,
      // About 1 in 100 relationships is suspended for good some years after it began.
      suspensions:
        until === null && suspensionRng.chance(0.01)
          ? [
              {
                since: Math.min(LAST_YEAR, since + 1 + suspensionRng.int(10)),
                until: null,
                sinceDate: null,
                untilDate: null,
                note: null,
                sources: cite(1),
              },
            ]
          : [],
      alternatives: [],
    });
  }

  const hubs = [...HUB_ORGS.map(([k]) => `org:${k}`), ...HUB_FRAMEWORKS.map(([k]) => `framework:${k}`)];
  return { scale, seed, sources, entities, relationships, hubs };
}

/** Degree of every entity (both directions), for reports and for picking request ids. */
export function degrees(graph: NormalizedGraph): Map<string, number> {
  const d = new Map<string, number>();
  for (const r of graph.relationships) {
    d.set(r.from, (d.get(r.from) ?? 0) + 1);
    d.set(r.to, (d.get(r.to) ?? 0) + 1);
  }
  return d;
}
