import type { Kind, RelationType } from './__generated__/operations.js';
import { ApiError } from './request.js';

/** One step of a guided case study (data/tours.json). */
export interface TourStep {
  title: string;
  text: string;
  /** The entity the step is about (shown and selected). */
  focus: string;
  /** Selected instead of the focus (an entity or relationship id). */
  select?: string;
  expand: { id: string; limit?: number; kinds?: Kind[]; types?: RelationType[] }[];
  year?: number | null;
  path?: { from: string; to: string } | null;
  /** Relationship ids whose sources back the text. */
  evidence?: string[];
  /** Source ids cited by the text; each is a source of the focus or of an evidence relationship. */
  sources: string[];
}

export interface Tour {
  id: string;
  title: string;
  summary: string;
  steps: TourStep[];
}

/** Loads the tours the build copied next to index.html (client/vite.config.ts). */
export async function loadTours(url = '/tours.json'): Promise<Tour[]> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' } });
  } catch {
    throw new ApiError('NETWORK', 'The guided tours cannot be loaded (no connection).');
  }
  if (!response.ok)
    throw new ApiError('NOT_FOUND', `The guided tours are missing (${url} answered ${response.status}).`);
  const body = (await response.json()) as { tours?: Tour[] };
  return body.tours ?? [];
}
