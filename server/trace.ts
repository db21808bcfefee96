import createDebug from 'debug';

/**
 * Developer tracing, one `debug` namespace per layer, silent unless DEBUG names it
 * (`DEBUG=atlas:cypher`, or `DEBUG=atlas:*` for all). Operational logs are pino's (server/http/logger.ts);
 * these lines are for following one request through the layers while developing.
 */
export const trace = {
  /** Each GraphQL operation: its name and how long it took. */
  api: createDebug('atlas:api'),
  /** Each GraphStore call the API makes, on either store: method, time, outcome. */
  store: createDebug('atlas:store'),
  /** Each Cypher statement: its file, time, rows, and its parameters in brief. */
  cypher: createDebug('atlas:cypher'),
};

/** Parameters in brief: lists by their length (an import's rows would flood the terminal), short values as they are. */
export function briefParams(params: Record<string, unknown>): string {
  return Object.entries(params)
    .map(([key, value]) => {
      if (Array.isArray(value)) return `${key}=[${value.length}]`;
      const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
      return `${key}=${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
    })
    .join(' ');
}
