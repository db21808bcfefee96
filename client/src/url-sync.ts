import { decodeView, encodeView } from './url-state.js';
import type { ViewStore, ViewState } from './state.js';

/** The view as read from the address bar (shared links, reloads). */
export function viewFromLocation(): ViewState {
  return decodeView(window.location.search);
}

/** Keeps the address bar equal to the view (replaceState: no history entry per click). */
export function syncUrl(store: ViewStore): void {
  store.subscribe((view) => {
    const search = encodeView(view);
    if (search !== window.location.search) {
      window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  });
  window.addEventListener('popstate', () => store.set(viewFromLocation()));
}
