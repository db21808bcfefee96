import type { Core, EventObject, NodeSingular, SingularElementArgument } from 'cytoscape';
import type { ViewStore } from '../state.js';
import type { Positions } from './positions.js';

// cytoscape types an event's target as any; with a selector it is the one element tapped.
const eventElement = (evt: EventObject) => evt.target as SingularElementArgument;
const eventNode = (evt: EventObject) => evt.target as NodeSingular;

/** Pointer gestures on the canvas become view changes on the store, which is the one source of truth. */
export function installPointer(cy: Core, store: ViewStore, positions: Positions): void {
  cy.on('tap', 'node, edge', (evt) => store.select(eventElement(evt).id()));
  cy.on('tap', (evt) => {
    if (evt.target === cy) store.select(null);
  });
  cy.on('dbltap', 'node', (evt) => {
    const id = eventNode(evt).id();
    store.select(id);
    store.expand(id);
  });
  cy.on('mouseover', 'edge', (evt) => eventElement(evt).addClass('hover'));
  cy.on('mouseout', 'edge', (evt) => eventElement(evt).removeClass('hover'));
  cy.on('dragfree', 'node', (evt) => {
    positions.set(eventNode(evt).id(), eventNode(evt).position());
    positions.publish();
  });
}
