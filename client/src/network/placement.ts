import type { Core, ElementDefinition, Position } from 'cytoscape';
import type { Positions } from './positions.js';

/** A spot some node is drawn at (or about to be), with that node's size. */
type Spot = Position & { size: number };

const GAP = 55;

export const sizeOf = (size: unknown): number => Number(size) || 30;

/** No node within `GAP` px of `p`, nor close enough for the two bodies to touch. */
const isFree = (p: Position, size: number, taken: readonly Spot[]) =>
  taken.every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= Math.max(GAP, (size + q.size) / 2 + 12));

/** The first free spot on rings around `centre`, or null. */
function placeNear(centre: Position, size: number, taken: readonly Spot[]): Position | null {
  for (let ring = 0; ring < 12; ring++) {
    const radius = 110 + ring * 60;
    const slots = Math.floor((2 * Math.PI * radius) / GAP);
    for (let i = 0; i < slots; i++) {
      const angle = (2 * Math.PI * i) / slots + ring * 0.37;
      const p = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
      if (isFree(p, size, taken)) return p;
    }
  }
  return null;
}

export interface Placement {
  /** Fresh nodes that do not go back where they were (new, or their old spot is taken now). */
  unplaced: string[];
  /** Some node came back where the view (a reload or a shared link) had it. */
  restored: boolean;
}

/**
 * Gives each of `freshNodes` (not on the canvas yet) a position, so positions stay stable:
 * new nodes appear near the node that brought them, and never two on one spot.
 */
export function placeFresh(cy: Core, positions: Positions, freshNodes: ElementDefinition[]): Placement {
  const taken: Spot[] = cy.nodes().map((n) => ({ ...n.position(), size: sizeOf(n.data('size')) }));
  const unplaced: string[] = [];
  const placed = new Map<string, Position>();
  let beside = 0;
  let restored = false;
  const ext = cy.extent();
  for (const d of freshNodes) {
    const id = d.data.id!;
    const size = sizeOf((d.data as { size?: unknown }).size);
    const fromUrl = positions.arrivesFromView(id);
    if (fromUrl) restored = true;
    // A node seen before goes back to its spot, unless another one stands there now (a tour step
    // or an undo brings back nodes whose spots were given away while they were gone). The URL's
    // positions are the picture that was shared: drawn as they are.
    const before = positions.get(id);
    let pos = before && (fromUrl || isFree(before, size, taken)) ? before : null;
    if (!pos) unplaced.push(id);
    const origin = String(d.data.origin ?? '');
    const parent = origin ? cy.getElementById(origin) : null;
    const centre = parent?.nonempty() ? parent.position() : (placed.get(origin) ?? positions.get(origin));
    if (!pos && centre) pos = placeNear(centre, size, taken);
    if (!pos && cy.nodes().nonempty()) {
      // No parent on the canvas: beside what is there, not on top of it.
      const box = cy.nodes().boundingBox();
      do pos = { x: box.x2 + 120, y: (box.y1 + box.y2) / 2 + beside++ * 70 };
      while (!isFree(pos, size, taken));
    }
    if (!pos) {
      // Empty canvas: a sunflower spiral until the layout runs (never two nodes on one spot).
      const i = beside++;
      const r = 40 * Math.sqrt(i);
      pos = {
        x: (ext.x1 + ext.x2) / 2 + r * Math.cos(i * 2.39996),
        y: (ext.y1 + ext.y2) / 2 + r * Math.sin(i * 2.39996),
      };
    }
    d.position = pos;
    placed.set(id, pos);
    taken.push({ ...pos, size });
  }
  return { unplaced, restored };
}
