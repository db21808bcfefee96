import type { Loader } from '../loader.js';
import { h } from './dom.js';

/** A readable message with Retry whenever a request fails; never a blank canvas. */
export function createProblemBanner(root: HTMLElement, loader: Loader): void {
  const message = h('p', { className: 'problem-message' });
  const retry = h('button', { type: 'button', className: 'primary', onclick: () => loader.problem?.retry() }, 'Retry');
  const dismiss = h('button', { type: 'button', onclick: () => loader.clearProblem() }, 'Dismiss');
  root.setAttribute('role', 'alert');
  root.append(h('strong', {}, 'Could not load: '), message, retry, dismiss);
  const sync = () => {
    root.hidden = !loader.problem;
    message.textContent = loader.problem?.message ?? '';
  };
  loader.subscribe((c) => c === 'problem' && sync());
  sync();
}
