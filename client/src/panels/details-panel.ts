import type { Loader, NeighborCount } from '../loader.js';
import { expansionSummary, groupRelationships, statusInView, type Rel } from '../model/graph-model.js';
import { formatDate, holdsAt, periodLabel, suspensionLabel, timePhrase, whenOf } from '../model/time.js';
import { CONFIDENCE_GRADES, KIND_STYLE, RELATION_STYLE, relationLabel } from '../model/vocabulary.js';
import type { ViewStore } from '../state.js';
import { announce, citeLinks, clear, h, kindIcon, sourceList } from './dom.js';
import { openProfile } from './profile-view.js';
import { disputedMark, gradeBadge, suspendedBadge, suspendedText } from './evidence.js';

/**
 * What is selected: an entity (summary, years, sources, neighbour counts with controlled
 * expansion, relationships grouped by type) or a relationship (the sentence it states, years,
 * confidence, role, note and its sources).
 */
export function createDetailsPanel(root: HTMLElement, store: ViewStore, loader: Loader): void {
  const body = h('div', { className: 'details-body' });
  root.append(h('h2', { className: 'panel-title' }, 'Details'), body);

  const render = () => {
    clear(body);
    const view = store.get();
    const id = view.selected;
    if (!id) {
      body.append(
        h('p', { className: 'muted' }, 'Select a node or a link to see its summary, years, relationships and sources.'),
        h('p', { className: 'muted' }, 'Tip: search above, double-click (or press Enter on) a node to expand it.'),
      );
      return;
    }
    const rel = loader.relationshipOf(id);
    if (rel && !loader.entityOf(id)) return renderRelationship(rel);
    renderEntity(id);
  };

  const entityButton = (id: string) =>
    h('button', { type: 'button', className: 'link', onclick: () => store.focusOn(id) }, loader.nameOf(id));

  function renderRelationship(rel: Rel) {
    const view = store.get();
    const style = RELATION_STYLE[rel.type];
    const active = holdsAt(rel, whenOf(view));
    const suspended = suspendedText(rel, statusInView(rel, view));
    body.append(
      h(
        'h3',
        { className: 'entity-name' },
        relationLabel(rel.type).replace(/^./, (c) => c.toUpperCase()),
      ),
      h(
        'p',
        { className: 'sentence' },
        entityButton(rel.from.id),
        ` ${style.verb} `,
        entityButton(rel.to.id),
        rel.role ? ` (${rel.role})` : '',
      ),
      suspended ? h('p', { className: 'status-line' }, suspendedBadge(suspended)) : '',
      h(
        'dl',
        { className: 'facts' },
        h('dt', {}, rel.sinceDate || rel.untilDate ? 'Dates' : 'Years'),
        h(
          'dd',
          {},
          periodLabel(rel) || 'not dated',
          !active && (view.year !== null || view.day !== null) ? ` — not valid${timePhrase(view)}` : '',
          ' ',
          disputedMark(rel),
        ),
        h('dt', {}, 'Status'),
        h('dd', { 'data-testid': 'status' }, suspended ? `Suspended${timePhrase(view)}` : `Active${timePhrase(view)}`),
        rel.suspensions.length
          ? [
              h('dt', {}, 'Suspensions'),
              h(
                'dd',
                {},
                h(
                  'ul',
                  { className: 'suspensions' },
                  rel.suspensions.map((x) =>
                    h('li', {}, suspensionLabel(x), x.note ? ` — ${x.note}` : '', sourceList(x.sources)),
                  ),
                ),
              ),
            ]
          : null,
        h('dt', {}, 'Grade'),
        h(
          'dd',
          {},
          gradeBadge(rel),
          h(
            'span',
            { className: 'muted' },
            ` ${rel.confidence.toLowerCase()} confidence (${CONFIDENCE_GRADES[rel.confidence]})`,
          ),
        ),
        rel.role ? [h('dt', {}, 'Role'), h('dd', {}, rel.role)] : null,
        rel.note ? [h('dt', {}, 'Note'), h('dd', {}, rel.note)] : null,
        h('dt', {}, 'Id'),
        h('dd', { className: 'mono' }, rel.id),
      ),
      h('h4', {}, 'Sources'),
      sourceList(rel.sources),
    );
  }

  function renderEntity(id: string) {
    const view = store.get();
    const d = loader.details?.id === id ? loader.details : null;
    const lite = d ?? loader.entityOf(id);
    if (!lite) {
      body.append(h('p', { className: 'muted', role: 'status' }, 'Loading…'));
      return;
    }
    const expanded = store.isExpanded(id);
    const pinned = view.pinned.includes(id);
    const summary = expansionSummary(view, loader.parts, id);
    body.append(
      h('h3', { className: 'entity-name' }, kindIcon(lite.kind, 18), ' ', lite.name),
      h(
        'p',
        { className: 'muted' },
        KIND_STYLE[lite.kind].label,
        lite.since !== null || lite.until !== null ? ` · ${periodLabel(lite)}` : '',
        lite.aliases.length ? ` · also ${lite.aliases.join(', ')}` : '',
      ),
      lite.summary ? h('p', { className: 'summary' }, lite.summary) : '',
      h(
        'div',
        { className: 'actions', role: 'group', 'aria-label': `Actions on ${lite.name}` },
        h(
          'button',
          { type: 'button', onclick: () => store.expand(id), title: 'Enter or double-click' },
          expanded ? 'Expand again' : 'Expand',
        ),
        expanded ? h('button', { type: 'button', onclick: () => store.collapse(id), title: 'c' }, 'Collapse') : null,
        h('button', { type: 'button', onclick: () => store.hide(id), title: 'Delete or h' }, 'Hide'),
        h(
          'button',
          { type: 'button', 'aria-pressed': pinned ? 'true' : 'false', onclick: () => store.togglePin(id), title: 'p' },
          pinned ? 'Unpin' : 'Pin',
        ),
        h('button', { type: 'button', onclick: () => setPathEnd('from', id) }, 'Path from here'),
        h('button', { type: 'button', onclick: () => setPathEnd('to', id) }, 'Path to here'),
        h('button', { type: 'button', onclick: () => openProfile(store, id), title: 'v' }, 'Compare with…'),
      ),
    );
    if (summary) {
      const more = summary.shown < summary.total;
      body.append(
        h(
          'p',
          { className: 'cap' },
          `Showing ${summary.shown} of ${summary.total} neighbours`,
          more ? ' — ' : '',
          more
            ? h(
                'button',
                { type: 'button', className: 'link', onclick: () => store.showMore(id, summary.total) },
                'show more',
              )
            : null,
        ),
      );
    }
    const counts = countsSection(id);
    if (counts) body.append(counts);
    if (!d) {
      body.append(h('p', { className: 'muted', role: 'status' }, 'Loading relationships…'));
      return;
    }
    const groups = groupRelationships(id, d.rels);
    body.append(h('h4', {}, `Relationships (${d.rels.length})`));
    for (const g of groups) {
      const style = RELATION_STYLE[g.type];
      const title = (g.outgoing ? style.verb : style.inverse).replace(/^./, (c) => c.toUpperCase());
      const details = h(
        'details',
        { className: 'rel-group', open: g.items.length <= 8 },
        h(
          'summary',
          {},
          h('span', { className: 'swatch', style: `background:${style.color}` }),
          ` ${title} (${g.items.length})`,
        ),
        h(
          'ul',
          {},
          g.items.map(({ rel, other }) => {
            const active = holdsAt(rel, whenOf(view));
            const suspended = suspendedText(rel, statusInView(rel, view));
            const name = d.neighbours.get(other)?.name ?? loader.nameOf(other);
            return h(
              'li',
              { className: active ? '' : 'inactive' },
              h('button', { type: 'button', className: 'link', onclick: () => openEntity(other) }, name),
              h(
                'button',
                {
                  type: 'button',
                  className: 'link rel-link',
                  title: 'Show this link',
                  'aria-label': `Show the link to ${name}`,
                  onclick: () => openRel(rel, other),
                },
                '↗',
              ),
              rel.role ? h('span', { className: 'role' }, ` (${rel.role})`) : null,
              h('span', { className: 'years' }, ` ${periodLabel(rel)}`),
              !active && (view.year !== null || view.day !== null)
                ? h('span', { className: 'muted' }, ` — not${timePhrase(view)}`)
                : null,
              ' ',
              gradeBadge(rel),
              suspended ? [' ', suspendedBadge(suspended)] : null,
              disputedMark(rel, true),
              citeLinks(rel.sources),
            );
          }),
        ),
      );
      body.append(details);
    }
    body.append(h('h4', {}, 'Sources'), sourceList(d.sources));
  }

  function countsSection(id: string): HTMLElement | null {
    const c = loader.counts?.id === id ? loader.counts : null;
    if (!c) return null;
    const total = c.counts.reduce((n, x) => n + x.count, 0);
    const rows = [...c.counts].sort((a, b) => b.count - a.count);
    return h(
      'section',
      { className: 'counts', 'aria-label': 'Neighbours by relation type and kind' },
      h(
        'h4',
        {},
        `Neighbours${c.day !== null ? ` on ${formatDate(c.day)}` : c.year !== null ? ` in ${c.year}` : ''} (${total})`,
      ),
      h(
        'table',
        {},
        h(
          'tbody',
          {},
          rows.map((row: NeighborCount) =>
            h(
              'tr',
              {},
              h('td', {}, relationLabel(row.relationType)),
              h('td', {}, kindIcon(row.kind, 12), ` ${KIND_STYLE[row.kind].plural}`),
              h('td', { className: 'num' }, String(row.count)),
              h(
                'td',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    className: 'small',
                    'aria-label': `Expand ${row.count} ${relationLabel(row.relationType)} ${KIND_STYLE[row.kind].plural}`,
                    onclick: () =>
                      store.expand(id, {
                        types: [row.relationType],
                        kinds: [row.kind],
                        limit: Math.min(row.count, 200),
                      }),
                  },
                  '+',
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }

  function openEntity(id: string) {
    if (loader.graph.nodes.some((n) => n.entity.id === id)) store.select(id);
    else {
      store.focusOn(id);
      announce(`${loader.nameOf(id)} added to the view`);
    }
  }

  function openRel(rel: Rel, other: string) {
    if (loader.graph.edges.some((e) => e.rel.id === rel.id)) store.select(rel.id);
    else {
      store.focusOn(other);
      announce(`${loader.nameOf(other)} added to the view`);
    }
  }

  function setPathEnd(end: 'from' | 'to', id: string) {
    const current = store.get().path;
    const next = { from: current?.from ?? '', to: current?.to ?? '', [end]: id };
    document.dispatchEvent(new CustomEvent('atlas:path-end', { detail: { end, id } }));
    if (next.from && next.to && next.from !== next.to) store.set({ path: next });
  }

  store.subscribe((_v, changed) => {
    if (['selected', 'year', 'day', 'expansions', 'pinned'].some((k) => changed.has(k as keyof typeof _v))) render();
  });
  loader.subscribe((c) => {
    if (c === 'details' || c === 'counts' || c === 'graph') render();
  });
  render();
}
