import type { StylesheetJson } from 'cytoscape';
import { CHANGE_CLASSES } from '../model/compare-times.js';
import {
  CHANGE_STYLE,
  CONFIDENCE_LINE,
  KINDS,
  KIND_STYLE,
  RELATION_STYLE,
  RELATION_TYPES,
} from '../model/vocabulary.js';

/** Strength of what is faded, and its label colour (#1a1a1a at that strength on white). */
const FADED = 0.2;
const FADED_TEXT = '#d1d1d1';

/**
 * The canvas style as data: one rule per kind (shape) and per relation type (colour); colour and
 * size of nodes travel as element data so analytics can remap them without a new stylesheet.
 */
export function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1,
        'border-color': '#333333',
        label: 'data(label)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
      },
    },
    ...KINDS.map((kind) => ({ selector: `node[kind = "${kind}"]`, style: { shape: KIND_STYLE[kind].shape } })),
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'line-color': '#999999',
        'target-arrow-color': '#999999',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        opacity: 0.85,
        'font-size': 9,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'min-zoomed-font-size': 8,
      },
    },
    ...RELATION_TYPES.map((type) => ({
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': RELATION_STYLE[type].color, 'target-arrow-color': RELATION_STYLE[type].color },
    })),
    ...(['HIGH', 'MEDIUM', 'LOW'] as const).map((c) => ({
      selector: `edge[confidence = "${c}"]`,
      style: { 'line-style': CONFIDENCE_LINE[c] },
    })),
    // Suspended (the fact stands, on hold): a faint line with a large black arrowhead. Only the
    // arrowhead and opacity: the WebGL renderer draws triangles alone (no mid-line or tee markers).
    {
      selector: 'edge.suspended',
      style: { opacity: 0.55, 'target-arrow-color': '#000000', 'arrow-scale': 1.5 },
    },
    // Compare-times mode: the change, not the type, colours a link (the legend says which is which);
    // width and line style tell them apart without colour too.
    ...CHANGE_CLASSES.map((c) => ({
      selector: `edge.ch-${c}`,
      style: {
        'line-color': CHANGE_STYLE[c].color,
        'target-arrow-color': CHANGE_STYLE[c].color,
        width: CHANGE_STYLE[c].width,
        'line-style': CHANGE_STYLE[c].line,
        opacity: c === 'unchanged' ? 0.5 : 1,
      },
    })),
    // Suspended at the later time keeps its black arrowhead (the mark used everywhere else).
    { selector: 'edge.ch-suspended', style: { 'target-arrow-color': '#000000', 'arrow-scale': 1.5 } },
    // Play has not reached this change yet.
    { selector: 'edge.pending', style: { opacity: 0.12 } },
    { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#000000' } },
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 4 } },
    { selector: 'node.focus', style: { 'font-weight': 'bold', 'font-size': 13 } },
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': '#000000',
        'underlay-color': '#0072B2',
        'underlay-opacity': 0.25,
        'underlay-padding': 6,
      },
    },
    { selector: 'edge:selected', style: { width: 4, label: 'data(label)', opacity: 1 } },
    { selector: 'edge.hover', style: { label: 'data(label)', opacity: 1 } },
    { selector: 'node.path', style: { 'underlay-color': '#D55E00', 'underlay-opacity': 0.35, 'underlay-padding': 8 } },
    {
      selector: 'edge.path',
      style: {
        width: 5,
        opacity: 1,
        label: 'data(label)',
        'underlay-color': '#D55E00',
        'underlay-opacity': 0.3,
        'underlay-padding': 3,
      },
    },
    // Faded (off the highlighted path) without element `opacity` on nodes: Cytoscape's WebGL
    // renderer caches node bodies and labels as textures keyed by style *without* opacity, yet
    // draws them with the opacity baked in, so a node first drawn faded stayed pale after the fade
    // (seen in tours opened after a path). These properties are part of the texture keys.
    {
      selector: 'node.faded',
      style: { 'background-opacity': FADED, 'border-opacity': FADED, color: FADED_TEXT, 'text-background-opacity': 0 },
    },
    // Edge lines are not textures (opacity is right); their labels are, hence the own text colour.
    { selector: 'edge.faded', style: { opacity: FADED, color: FADED_TEXT } },
    { selector: 'node.new', style: { 'border-color': '#D55E00', 'border-width': 3 } },
  ] as StylesheetJson;
}
