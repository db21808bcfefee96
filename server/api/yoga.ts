import { randomUUID } from 'node:crypto';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import {
  getOperationAST,
  NoSchemaIntrospectionCustomRule,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { GraphStore, Stats } from '../store/graph-store.js';
import { refuseAnonymousMutations } from './anonymous-mutations.js';
import { createAuthenticator } from './auth.js';
import { limitCost } from './cost-limit.js';
import type { ApiContext } from './context.js';
import { renderGraphiQLPage, type GraphiQLPage } from './graphiql.js';
import { responseCachePlugins } from './response-cache.js';
import { createLoaders } from './loaders.js';
import { createMaskError, hideSuggestions } from './mask-error.js';
import { createSchema } from './schema.js';
import { trace } from '../trace.js';

/** The query limits (docs/api-limits.md). Generous for every operation the client and GraphiQL send. */
export const QUERY_LIMITS = {
  /** Deepest selection, fragment spreads counted; the explorer's deepest operation is 8. */
  maxDepth: 10,
  maxAliases: 15,
  /** Tokens in the document (send import data as a variable: variables are not tokens). */
  maxTokens: 5000,
  /** graphql-armor's cost (objects 2, scalars 1, ×1.5 per level); the explorer's costliest operation is about 350. */
  maxCost: 2000,
  maxDirectives: 50,
} as const;

/** What express's request carries into yoga (absent under `yoga.fetch` in tests). */
export interface ServerContext {
  req?: { id?: string };
}

export interface GraphQLHandlerOptions {
  config: Pick<
    Config,
    'editorTokens' | 'introspection' | 'heavyOperationsPerClient' | 'redisUrl' | 'responseCacheTtlMs'
  >;
  /** Already wrapped with the store timeout. */
  store: GraphStore;
  logger: Logger;
  schema?: GraphQLSchema;
}

export interface GraphQLHandler {
  yoga: YogaServerInstance<ServerContext, ApiContext>;
  /** The GraphiQL page yoga serves, with the hashes its CSP allows. */
  graphiql: GraphiQLPage;
}

const disableIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

/** Each operation on atlas:api (DEBUG=atlas:api): its name, time and how many errors it answered. */
const traceOperations: Plugin = {
  onExecute({ args }) {
    const started = performance.now();
    return {
      onExecuteDone({ result }) {
        // envelop types its arguments and results as any (it serves every graphql version); they are graphql 16's.
        const { document, operationName } = args as ExecutionArgs;
        const errors = (result as ExecutionResult).errors?.length ?? 0;
        const name = getOperationAST(document, operationName)?.name?.value ?? '(anonymous)';
        trace.api('%s %dms %d errors', name, Math.round(performance.now() - started), errors);
      },
    };
  },
};

/** graphql-yoga at /graphql: schema-first, masked errors, graphql-armor, GraphiQL from the installed package. */
export function createGraphQLHandler({ config, store, logger, schema }: GraphQLHandlerOptions): GraphQLHandler {
  const log = logger.child({ module: 'graphql' });
  const authenticate = createAuthenticator(config.editorTokens);
  const armor = new EnvelopArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  });
  const graphiql = renderGraphiQLPage();
  const yoga = createYoga<ServerContext, ApiContext>({
    schema: schema ?? createSchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: config.introspection,
    renderGraphiQL: () => graphiql.html,
    // CORS is one express middleware for every route (app.ts).
    cors: false,
    batching: false,
    maskedErrors: {
      maskError: createMaskError((err) => log.error({ err }, 'unexpected error (masked for the client)')),
    },
    logging: {
      debug: (...args: unknown[]) => log.debug(args.map(String).join(' ')),
      info: (...args: unknown[]) => log.info(args.map(String).join(' ')),
      warn: (...args: unknown[]) => log.warn(args.map(String).join(' ')),
      // Masked errors are already logged (with their stack) by maskError's callback.
      error: (...args: unknown[]) => log.debug({ detail: args.map(String).join(' ') }, 'yoga error'),
    },
    plugins: [
      ...armor.protect().plugins,
      hideSuggestions,
      refuseAnonymousMutations(authenticate, config.editorTokens.length > 0),
      limitCost({ heavyPerClient: config.heavyOperationsPerClient }),
      ...(config.introspection ? [] : [disableIntrospection]),
      ...(trace.api.enabled ? [traceOperations] : []),
      // REDIS_URL: reads answered from the cache the replicas share; every mutation clears it.
      ...responseCachePlugins(config, log),
    ],
    context: ({ request, req }): ApiContext => {
      let stats: Promise<Stats> | undefined;
      return {
        store,
        loaders: createLoaders(store),
        requestId: req?.id ?? request.headers.get('x-request-id') ?? randomUUID(),
        caller: authenticate(request.headers.get('authorization')),
        writesEnabled: config.editorTokens.length > 0,
        currentStats: () => (stats ??= store.stats({})),
      };
    },
  });
  return { yoga, graphiql };
}
