import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { LIMITS } from '../../domain/limits.js';
import type { ExportOptions, GraphStore } from '../store/graph-store.js';
import {
  CREDIBILITIES,
  RELIABILITIES,
  type Credibility,
  type GraphData,
  type Reliability,
} from '../../domain/model.js';
import { isCalendarDay, type When } from '../../domain/valid-at.js';
import { sendAppError, sendError } from './errors.js';
import { relationshipsToCsv } from './to-csv.js';
import { toGraphML } from './to-graphml.js';

/** At most this many ids in `?ids=`. */
export const MAX_EXPORT_IDS = 5000;
const PARAMETERS = ['ids', 'asOf', 'at', 'includeSuspended', 'minReliability', 'maxCredibility'];

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

/**
 * `?ids=a,b,c`, the time (`asOf=YYYY` or `at=YYYY-MM-DD`, not both) and the evidence
 * (`includeSuspended=true|false`, `minReliability=A`–`F`, `maxCredibility=1`–`6`), the same as the
 * reads take; checked, and an unknown parameter is an error too (a typo would be silently ignored otherwise).
 */
export function exportOptions(req: Request): ExportOptions {
  for (const name of Object.keys(req.query)) {
    if (!PARAMETERS.includes(name)) {
      throw new ParameterError(
        name,
        `unknown parameter '${name}'; the export takes ids (comma-separated entity ids), asOf (a year) or at ` +
          '(a day, YYYY-MM-DD), includeSuspended (true or false), minReliability (A–F) and maxCredibility (1–6)',
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
  Object.assign(options, timeAndEvidence(req, options.asOf ?? null));
  return options;
}

/** `at`, `includeSuspended`, `minReliability` and `maxCredibility`, each checked with a message naming it. */
function timeAndEvidence(req: Request, asOf: number | null): ExportOptions {
  const options: ExportOptions = {};
  const at = single(req, 'at')?.trim();
  if (at !== undefined) {
    const { min, max } = LIMITS.year;
    const y = Number(at.slice(0, 4));
    if (!isCalendarDay(at) || y < min || y > max) {
      throw new ParameterError(
        'at',
        `at must be a calendar day YYYY-MM-DD from ${min} to ${max}, got '${at.slice(0, 20)}'`,
      );
    }
    if (asOf !== null) throw new ParameterError('at', 'at (a day) cannot be given with asOf (a year); give one');
    options.at = at;
  }
  const suspended = single(req, 'includeSuspended')?.trim();
  if (suspended !== undefined) {
    if (suspended !== 'true' && suspended !== 'false') {
      throw new ParameterError(
        'includeSuspended',
        `includeSuspended must be true or false, got '${suspended.slice(0, 20)}'`,
      );
    }
    options.includeSuspended = suspended === 'true';
  }
  const reliability = single(req, 'minReliability')?.trim();
  if (reliability !== undefined) {
    if (!(RELIABILITIES as readonly string[]).includes(reliability)) {
      throw new ParameterError(
        'minReliability',
        `minReliability must be a reliability grade from A to F, got '${reliability.slice(0, 20)}'`,
      );
    }
    options.minReliability = reliability as Reliability;
  }
  const credibility = single(req, 'maxCredibility')?.trim();
  if (credibility !== undefined) {
    if (!(CREDIBILITIES as readonly number[]).includes(/^\d$/.test(credibility) ? Number(credibility) : NaN)) {
      throw new ParameterError(
        'maxCredibility',
        `maxCredibility must be a credibility from 1 to 6, got '${credibility.slice(0, 20)}'`,
      );
    }
    options.maxCredibility = Number(credibility) as Credibility;
  }
  return options;
}

/** The time an export was asked about, for the status its GraphML and CSV show. */
function whenOf(options: ExportOptions): When {
  return { asOf: options.asOf ?? null, at: options.at ?? null };
}

interface Format {
  file: string;
  type: string;
  /** `when`: the time asked, at which GraphML and CSV show each relationship's status. */
  render: (graph: GraphData, when: When) => string;
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
 * each of the whole graph or `?ids=` (those entities and the relationships among them) at `?asOf=`
 * or `?at=`, with the reads' evidence filters (suspended relationships included unless
 * `includeSuspended=false`). One store call per export.
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
          .send(format.render(graph, whenOf(options)));
      } catch (err) {
        if (!sendAppError(res, err)) logger.error({ err }, `export ${name} failed`);
      }
    });
  }
  return router;
}
