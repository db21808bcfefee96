// Stylesheets in cascade order: later files refine earlier ones.
import './styles/base.css';
import './styles/header.css';
import './styles/panels.css';
import './styles/details.css';
import './styles/timebar.css';
import './styles/responsive.css';
import './styles/evidence.css';
import './styles/workbench.css';
import { FRAGMENTS } from './api/documents.js';
import { Loader } from './loader.js';
import { createNetwork } from './network/create-network.js';
import { toggleCompareTimes } from './model/compare-times.js';
import { createChangelog, createCompareControls, stepChange } from './panels/compare-times.js';
import { createDetailsPanel } from './panels/details-panel.js';
import { installDrawers } from './panels/drawers.js';
import { createFilters } from './panels/filters.js';
import { createListView } from './panels/list-view.js';
import { createPathsPanel } from './panels/paths-panel.js';
import { createProblemBanner } from './panels/problem-banner.js';
import { createProfileView, openProfile } from './panels/profile-view.js';
import { createSearchBox } from './panels/search-box.js';
import { installShortcuts } from './panels/shortcuts.js';
import { createStage } from './panels/stage.js';
import { createTimeSlider } from './panels/time-slider.js';
import { createTimeline } from './panels/timeline.js';
import { createToolbar } from './panels/toolbar.js';
import { createTours } from './panels/tours.js';
import { ViewStore } from './state.js';
import { syncUrl, viewFromLocation } from './url-sync.js';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const store = new ViewStore(viewFromLocation());
const loader = new Loader(store);
const network = createNetwork(byId('canvas'), store, {
  onLayout: (name) => document.dispatchEvent(new CustomEvent('atlas:layout-used', { detail: name })),
});
loader.subscribe((changed) => changed === 'graph' && network.render(loader.graph));

byId('search').append(
  createSearchBox(loader, {
    label: 'Search entities by name, alias or acronym',
    placeholder: 'Search: Estonia, PfP, EFP, cyber…',
    clearOnPick: true,
    onPick: (entity) => store.focusOn(entity.id),
  }),
);
const { toursSlot } = createToolbar(byId('toolbar'), store, loader, network, FRAGMENTS);
createTours(toursSlot, byId('tour-card'), store, loader);
createFilters(byId('filters'), store, loader, network);
createDetailsPanel(byId('details'), store, loader);
createPathsPanel(byId('paths'), store, loader);
createTimeSlider(byId('timebar'), store);
createCompareControls(byId('timebar'), store);
createChangelog(byId('changes'), byId('compare-legend'), store, loader);
createTimeline(byId('timeline'), store, loader);
createProfileView(byId('profile-view'), store, loader);
createListView(byId('list-view'), store, loader);
createProblemBanner(byId('problem'), loader);
createStage(byId('canvas'), byId('list-view'), byId('empty'), byId('view-summary'), store, loader);
byId('toolbar').append(
  installShortcuts(store, {
    relayout: () => network.relayout(),
    focusSearch: () => byId('search').querySelector('input')?.focus(),
    focusCanvas: () => byId('canvas').focus(),
    toggleTimeline: () => store.set({ timeline: !store.get().timeline }),
    toggleCompareTimes: () => toggleCompareTimes(store),
    stepChange: (delta) => stepChange(store, loader, delta),
    compareSelected: () => openProfile(store, store.get().selected ?? store.get().focus),
  }),
);
installDrawers([
  [byId<HTMLButtonElement>('toggle-filters'), byId('filters')],
  [byId<HTMLButtonElement>('toggle-details'), byId('right')],
]);
syncUrl(store);
loader.start();
