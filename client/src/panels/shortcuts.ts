import type { ViewStore } from '../state.js';
import { h } from './dom.js';

const KEYS: [string, string][] = [
  ['/', 'Search'],
  ['Tab', 'Move between panels and the canvas'],
  ['Arrow keys (canvas)', 'Select the neighbour in that direction'],
  ['Enter (canvas)', 'Expand the selected node'],
  ['c', 'Collapse the selected node'],
  ['h or Delete', 'Hide the selected node'],
  ['p', 'Pin or unpin the selected node'],
  ['u or Ctrl+Z', 'Undo the last expand, collapse or hide'],
  ['l', 'Re-run the layout'],
  ['f or 0', 'Fit the graph; + and - zoom'],
  ['t', 'Show or hide the timeline under the canvas'],
  ['← → PgUp PgDn Home End', 'On the timeline’s year button: move the year'],
  ['d', 'Compare two times (on or off)'],
  ['[ and ]', 'Previous or next change while comparing times'],
  ['v', 'Compare the selected entity with another, side by side (Escape closes it)'],
  ['Escape', 'Clear the selection'],
  ['?', 'This help'],
];

/** Page-wide keys (outside text fields) and the keyboard help dialog. */
export function installShortcuts(
  store: ViewStore,
  actions: {
    relayout(): void;
    focusSearch(): void;
    focusCanvas(): void;
    toggleTimeline(): void;
    toggleCompareTimes(): void;
    stepChange(delta: 1 | -1): void;
    compareSelected(): void;
  },
): HTMLElement {
  const dialog = h(
    'dialog',
    { id: 'keys-dialog', 'aria-labelledby': 'keys-title' },
    h('h2', { id: 'keys-title' }, 'Keyboard'),
    h(
      'table',
      {},
      h(
        'tbody',
        {},
        KEYS.map(([k, what]) => h('tr', {}, h('th', { scope: 'row' }, h('kbd', {}, k)), h('td', {}, what))),
      ),
    ),
    h('button', { type: 'button', onclick: () => dialog.close() }, 'Close'),
  );
  document.body.append(dialog);
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable], dialog')) return;
    if (e.key === '/') {
      e.preventDefault();
      actions.focusSearch();
    } else if (e.key === '?') {
      dialog.showModal();
    } else if (e.key === 'u' || ((e.ctrlKey || e.metaKey) && e.key === 'z')) {
      e.preventDefault();
      store.undo();
    } else if (e.key === 'l' && !e.ctrlKey && !e.metaKey) {
      actions.relayout();
    } else if (e.ctrlKey || e.metaKey || e.altKey) {
      return;
    } else if (e.key === 'g') {
      actions.focusCanvas();
    } else if (e.key === 't') {
      actions.toggleTimeline();
    } else if (e.key === 'd') {
      actions.toggleCompareTimes();
    } else if (e.key === '[' || e.key === ']') {
      actions.stepChange(e.key === ']' ? 1 : -1);
    } else if (e.key === 'v') {
      e.preventDefault();
      actions.compareSelected();
    }
  });
  return h(
    'button',
    { type: 'button', className: 'help', 'aria-label': 'Keyboard shortcuts', onclick: () => dialog.showModal() },
    '?',
  );
}
