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
  ['Escape', 'Clear the selection'],
  ['?', 'This help'],
];

/** Page-wide keys (outside text fields) and the keyboard help dialog. */
export function installShortcuts(
  store: ViewStore,
  actions: { relayout(): void; focusSearch(): void; focusCanvas(): void },
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
    } else if (e.key === 'g' && !e.ctrlKey && !e.metaKey) {
      actions.focusCanvas();
    }
  });
  return h(
    'button',
    { type: 'button', className: 'help', 'aria-label': 'Keyboard shortcuts', onclick: () => dialog.showModal() },
    '?',
  );
}
