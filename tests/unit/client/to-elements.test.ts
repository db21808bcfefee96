import { describe, expect, it } from '@jest/globals';
import type { ElementDefinition } from 'cytoscape';
import {
  composeGraph,
  expansionSummary,
  groupRelationships,
  type SubgraphPart,
} from '../../../client/src/model/graph-model.js';
import { shortLabel, toElements } from '../../../client/src/network/to-elements.js';
import { partKey } from '../../../client/src/model/server-filters.js';
import { defaultView, ViewStore, type Expansion, type ViewState } from '../../../client/src/state.js';
import { KIND_STYLE } from '../../../client/src/model/vocabulary.js';
import { bgPart, estPart, natoPart } from './fixtures.js';

const natoExp: Expansion = { id: 'org:nato', limit: 20, kinds: [], types: [] };
const estExp: Expansion = { id: 'state:est', limit: 20, kinds: [], types: [] };
const bgExp: Expansion = { id: 'activity:efp-estonia', limit: 20, kinds: [], types: [] };

function graphOf(view: Partial<ViewState>, parts: [Expansion, SubgraphPart][]) {
  const v = { ...defaultView(), focus: null, ...view };
  return composeGraph({
    view: v,
    parts: new Map(parts.map(([e, p]) => [partKey(e, v), p])),
    singles: new Map(),
    paths: null,
  });
}

const ids = (defs: ElementDefinition[], group: 'nodes' | 'edges') =>
  defs.filter((d) => d.group === group).map((d) => d.data.id);

describe('composeGraph + toElements', () => {
  it('turns a neighbourhood into nodes and edges with kind, colour and label data', () => {
    const defs = toElements(graphOf({ expansions: [natoExp] }, [[natoExp, natoPart]]));
    expect(ids(defs, 'nodes')).toEqual(['org:nato', 'state:est', 'state:fin', 'framework:pfp']);
    expect(ids(defs, 'edges')).toHaveLength(3);
    const nato = defs.find((d) => d.data.id === 'org:nato')!;
    expect(nato.data).toMatchObject({
      kind: 'ORGANIZATION',
      color: KIND_STYLE.ORGANIZATION.color,
      label: 'NATO',
      size: 30,
    });
    expect(nato.classes).toContain('expanded');
    const est = defs.find((d) => d.data.id === 'state:est')!;
    expect(est.data.origin).toBe('org:nato');
    const edge = defs.find((d) => d.data.id === 'state:est/MEMBER_OF/org:nato/2004')!;
    expect(edge.data).toMatchObject({
      source: 'state:est',
      target: 'org:nato',
      type: 'MEMBER_OF',
      confidence: 'HIGH',
      label: 'member of 2004– A2',
    });
  });

  it('never duplicates a node or an edge when expansions overlap', () => {
    const defs = toElements(
      graphOf({ expansions: [natoExp, estExp, bgExp] }, [
        [natoExp, natoPart],
        [estExp, estPart],
        [bgExp, bgPart],
      ]),
    );
    const all = defs.map((d) => d.data.id);
    expect(new Set(all).size).toBe(all.length);
    expect(ids(defs, 'nodes')).toEqual(
      expect.arrayContaining(['org:nato', 'state:est', 'activity:efp-estonia', 'state:gbr']),
    );
    // The battlegroup came with Estonia's expansion: it appears near Estonia.
    expect(defs.find((d) => d.data.id === 'activity:efp-estonia')!.data.origin).toBe('state:est');
    const lead = defs.find((d) => d.data.id === 'state:gbr/LEADS/activity:efp-estonia/2017')!;
    expect(lead.data.label).toBe('leads (framework nation) 2017– A2');
  });

  it('applies the as-of year: Finland is not a member in 2000 and drops out with no other link', () => {
    const g2000 = graphOf({ expansions: [natoExp], year: 2000 }, [[natoExp, natoPart]]);
    expect(g2000.edges.map((e) => e.rel.id)).not.toContain('state:fin/MEMBER_OF/org:nato/2023');
    expect(g2000.nodes.map((n) => n.entity.id)).not.toContain('state:fin');
    expect(g2000.nodes.map((n) => n.entity.id)).not.toContain('state:est'); // joined in 2004
    expect(g2000.nodes.map((n) => n.entity.id)).toEqual(['org:nato', 'framework:pfp']);
    expect(g2000.filteredOut).toBeGreaterThan(0);
    const g2010 = graphOf({ expansions: [natoExp], year: 2010 }, [[natoExp, natoPart]]);
    expect(g2010.nodes.map((n) => n.entity.id)).toEqual(['org:nato', 'state:est', 'framework:pfp']);
    const g2024 = graphOf({ expansions: [natoExp], year: 2024 }, [[natoExp, natoPart]]);
    expect(g2024.nodes.map((n) => n.entity.id)).toContain('state:fin');
  });

  it('filters by kind, relation type and confidence, and keeps what the user asked for', () => {
    const base = defaultView().filters;
    const g = graphOf(
      {
        expansions: [estExp],
        focus: 'state:est',
        filters: { ...base, minConfidence: 'MEDIUM', kinds: ['STATE', 'ORGANIZATION'] },
      },
      [[estExp, estPart]],
    );
    expect(g.nodes.map((n) => n.entity.id).sort()).toEqual(['org:nato', 'state:est']);
    expect(g.edges.map((e) => e.rel.type)).toEqual(['MEMBER_OF']);
    const onlyHosts = graphOf({ expansions: [estExp], filters: { ...base, relationTypes: ['HOSTS'] } }, [
      [estExp, estPart],
    ]);
    expect(onlyHosts.nodes.map((n) => n.entity.id).sort()).toEqual(['activity:efp-estonia', 'state:est']);
  });

  it('hides hidden nodes and their edges', () => {
    const g = graphOf({ expansions: [estExp], hidden: ['activity:efp-estonia'] }, [[estExp, estPart]]);
    expect(g.nodes.map((n) => n.entity.id)).not.toContain('activity:efp-estonia');
    expect(g.edges.every((e) => e.target !== 'activity:efp-estonia')).toBe(true);
  });

  it('sizes and colours from metrics when asked', () => {
    const g = graphOf({ expansions: [estExp] }, [[estExp, estPart]]);
    const metrics = new Map([
      ['state:est', { degree: 3, betweenness: 1, community: 1 }],
      ['org:nato', { degree: 1, betweenness: 0, community: 0 }],
    ]);
    const defs = toElements(g, { metrics, sizeBy: 'degree', colorBy: 'community', selected: 'state:est' });
    const est = defs.find((d) => d.data.id === 'state:est')!;
    const nato = defs.find((d) => d.data.id === 'org:nato')!;
    expect(est.data.size).toBeGreaterThan(nato.data.size as number);
    expect(est.data.color).not.toBe(nato.data.color);
    expect(est.selected).toBe(true);
  });

  it('reports "20 of 47" for a truncated expansion', () => {
    const view = { ...defaultView(), expansions: [natoExp] };
    const parts = new Map([[partKey(natoExp, view), natoPart]]);
    expect(expansionSummary(view, parts, 'org:nato')).toEqual({ shown: 3, total: 47, truncated: true });
    expect(expansionSummary(view, parts, 'state:est')).toBeNull();
  });

  it('groups relationships by type and direction from one side', () => {
    const groups = groupRelationships('state:est', [...estPart.edges, ...bgPart.edges]);
    expect(groups.map((g) => `${g.type}:${g.outgoing ? 'out' : 'in'}:${g.items.length}`)).toEqual([
      'HOSTS:out:2',
      'MEMBER_OF:out:1',
      'PARTNER_IN:out:1',
    ]);
  });

  it('shortens long names to an acronym alias', () => {
    expect(shortLabel('North Atlantic Treaty Organization', ['NATO', 'OTAN'])).toBe('NATO');
    expect(shortLabel('Estonia', [])).toBe('Estonia');
    expect(shortLabel('A very long name without any acronym at all', ['lowercase only'])).toMatch(/…$/);
  });
});

describe('ViewStore', () => {
  it('expands, shows more, collapses and undoes', () => {
    const store = new ViewStore({ ...defaultView(), expansions: [] });
    const seen: string[] = [];
    store.subscribe((_v, changed) => seen.push([...changed].join(',')));
    store.expand('state:est');
    store.expand('state:est');
    expect(store.get().expansions).toEqual([{ id: 'state:est', limit: 20, kinds: [], types: [] }]);
    store.showMore('state:est', 47);
    expect(store.get().expansions).toEqual([{ id: 'state:est', limit: 40, kinds: [], types: [] }]);
    store.hide('framework:pfp');
    store.undo();
    expect(store.get().hidden).toEqual([]);
    store.undo();
    expect(store.get().expansions[0]!.limit).toBe(20);
    store.collapse('state:est');
    expect(store.get().expansions).toEqual([]);
    store.undo();
    expect(store.isExpanded('state:est')).toBe(true);
    expect(seen.every((s) => s.length > 0)).toBe(true);
  });
});
