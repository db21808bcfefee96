import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { LIMITS } from '../../domain/limits.js';
import type { ExportOptions, GraphStore } from '../store/graph-store.js';
import type { GraphData } from '../../domain/model.js';
import { sendAppError, sendError } from './errors.js';
import { relationshipsToCsv } from './to-csv.js';
import { toGraphML } from './to-graphml.js';

/** At most this many ids in `?ids=`. */
export const MAX_EXPORT_IDS = 5000;
const PARAMETERS = ['ids', 'asOf'];

class ParameterError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function single(req: Request, name: string): string | undefined {
  const value: unknown = req.query[name];
  if (value === undefined) return undefined;
  if (Array.isArray(value)) {
    if (name === 'ids' && value.every((v) => typeof v === 'string')) return value.join(',');
    throw new ParameterError(name, `${name} is given more than once; give it once`);
  }
  if (typeof value !== 'string') throw new ParameterError(name, `${name} must be plain text`);
  return value;
}

/** `?ids=a,b,c&asOf=YYYY`, checked; an unknown parameter is an error too (a typo would be silently ignored otherwise). */
export function exportOptions(req: Request): ExportOptions {
  for (const name of Object.keys(req.query)) {
    if (!PARAMETERS.includes(name)) {
      throw new ParameterError(
        name,
        `unknown parameter '${name}'; the export takes ids (comma-separated entity ids) and asOf (a year)`,
      );
    }
  }
  const options: ExportOptions = {};
  const ids = single(req, 'ids');
  if (ids !== undefined) {
    const list = [
      ...new Set(
        ids
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    if (list.length === 0)
      throw new ParameterError('ids', 'ids must list at least one entity id, e.g. ids=state:est,org:nato');
    if (list.length > MAX_EXPORT_IDS)
      throw new ParameterError('ids', `ids may list at most ${MAX_EXPORT_IDS} entity ids, got ${list.length}`);
    const tooLong = list.find((id) => id.length > 200);
    if (tooLong !== undefined) throw new ParameterError('ids', 'ids has an id longer than 200 characters');
    options.ids = list;
  }
  const asOf = single(req, 'asOf');
  if (asOf !== undefined) {
    const { min, max } = LIMITS.year;
    const year = /^\d{4}$/.test(asOf.trim()) ? Number(asOf.trim()) : NaN;
    if (!(year >= min && year <= max)) {
      throw new ParameterError('asOf', `asOf must be a year from ${min} to ${max} (YYYY), got '${asOf.slice(0, 20)}'`);
    }
    options.asOf = year;
  }
  return options;
}

interface Format {
  file: string;
  type: string;
  render: (graph: GraphData) => string;
}

const FORMATS: Record<string, Format> = {
  'graph.json': {
    file: 'alliance-atlas.json',
    type: 'application/json; charset=utf-8',
    render: (g) => `${JSON.stringify(g, null, 2)}\n`,
  },
  'graph.graphml': {
    file: 'alliance-atlas.graphml',
    type: 'application/graphml+xml; charset=utf-8',
    render: toGraphML,
  },
  'relationships.csv': {
    file: 'alliance-atlas-relationships.csv',
    type: 'text/csv; charset=utf-8; header=present',
    render: relationshipsToCsv,
  },
};

/**
 * `/export/graph.json` (the data/ format), `/export/graph.graphml` and `/export/relationships.csv`,
 * each of the whole graph or `?ids=` (those entities and the relationships among them) at `?asOf=`.
 * One store call per export.
 */
export function exportRouter(store: GraphStore, logger: Logger): Router {
  const router = Router();
  for (const [name, format] of Object.entries(FORMATS)) {
    router.get(`/export/${name}`, async (req: Request, res: Response) => {
      let options: ExportOptions;
      try {
        options = exportOptions(req);
      } catch (e) {
        if (!(e instanceof ParameterError)) throw e;
        return sendError(res, 400, 'BAD_USER_INPUT', e.message, e.field);
      }
      try {
        const graph = await store.exportGraph(options);
        res
          .type(format.type)
          .set('Content-Disposition', `attachment; filename="${format.file}"`)
          .set('Cache-Control', 'no-store')
          .send(format.render(graph));
      } catch (err) {
        if (!sendAppError(res, err)) logger.error({ err }, `export ${name} failed`);
      }
    });
  }
  return router;
}
