import type { Loader, SearchHit } from '../loader.js';
import { KIND_STYLE } from '../model/vocabulary.js';
import { clear, h, kindIcon } from './dom.js';

let counter = 0;

export interface SearchBoxOptions {
  label: string;
  placeholder: string;
  onPick(hit: SearchHit['entity']): void;
  /** Clear the input after a pick (the main search) or show the name (path pickers). */
  clearOnPick?: boolean;
}

/**
 * A typeahead over names, aliases and acronyms (WAI-ARIA combobox with a listbox): type, move
 * with the arrow keys, Enter picks, Escape closes.
 */
export function createSearchBox(loader: Loader, options: SearchBoxOptions): HTMLElement {
  const id = `search-${++counter}`;
  const input = h('input', {
    type: 'search',
    id: `${id}-input`,
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${id}-list`,
    placeholder: options.placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const list = h('ul', {
    id: `${id}-list`,
    role: 'listbox',
    className: 'suggestions',
    'aria-label': `${options.label} suggestions`,
    hidden: true,
  });
  const status = h('div', { className: 'visually-hidden', 'aria-live': 'polite' });
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let controller: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const renderList = () => {
    clear(list);
    hits.forEach((hit, i) => {
      const e = hit.entity;
      const q = input.value.trim().toLowerCase();
      const alias = e.aliases.find((a) => a.toLowerCase().startsWith(q) && !e.name.toLowerCase().startsWith(q));
      list.append(
        h(
          'li',
          {
            id: `${id}-opt-${i}`,
            role: 'option',
            'aria-selected': i === active ? 'true' : 'false',
            className: i === active ? 'active' : '',
            onmousedown: (ev: Event) => {
              ev.preventDefault();
              pick(i);
            },
          },
          kindIcon(e.kind, 14),
          h('span', { className: 'name' }, e.name),
          alias ? h('span', { className: 'alias' }, alias) : null,
          h('span', { className: 'kind' }, KIND_STYLE[e.kind].label),
        ),
      );
    });
    if (hits.length === 0 && input.value.trim()) {
      list.append(h('li', { className: 'empty', role: 'option', 'aria-disabled': 'true' }, 'No match'));
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${id}-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    options.onPick(hit.entity);
    input.value = options.clearOnPick ? '' : hit.entity.name;
    close();
  };

  const run = async () => {
    const text = input.value.trim();
    if (!text) {
      hits = [];
      close();
      return;
    }
    controller?.abort();
    controller = new AbortController();
    try {
      hits = await loader.search(text, null, controller.signal);
      active = hits.length ? 0 : -1;
      renderList();
      status.textContent = `${hits.length} suggestion${hits.length === 1 ? '' : 's'}`;
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      hits = [];
      clear(list);
      list.append(
        h(
          'li',
          { className: 'empty', role: 'option', 'aria-disabled': 'true' },
          'Search failed — check the connection and type again',
        ),
      );
      list.hidden = false;
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) return void run();
      if (hits.length === 0) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      renderList();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!list.hidden && active >= 0) pick(active);
      else void run();
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  return h(
    'div',
    { className: 'search-box' },
    h('label', { for: `${id}-input`, className: 'visually-hidden' }, options.label),
    input,
    list,
    status,
  );
}
