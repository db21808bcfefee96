/** Error codes the API puts in `extensions.code` (schema.graphql), plus the client's own. */
export type ApiErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'UNAVAILABLE'
  | 'NETWORK'
  | 'INTERNAL';

/** The one error the client's API layer throws. */
export class ApiError extends Error {
  constructor(
    /** An ApiErrorCode, or a code from a newer server this client does not know. */
    readonly code: ApiErrorCode | (string & {}),
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

type LoadingListener = (pending: number) => void;
let pending = 0;
const loadingListeners = new Set<LoadingListener>();

/** Called with the number of requests in flight whenever it changes (the loading indicator). */
export function onLoading(listener: LoadingListener): () => void {
  loadingListeners.add(listener);
  return () => loadingListeners.delete(listener);
}

function setPending(n: number) {
  pending = n;
  loadingListeners.forEach((l) => l(pending));
}

export const GRAPHQL_URL = '/graphql';

/** POSTs one operation to /graphql; resolves with `data` or throws an ApiError. */
export async function request<TData, TVars extends Record<string, unknown> = Record<string, never>>(
  document: string,
  variables?: TVars,
  signal?: AbortSignal,
): Promise<TData> {
  setPending(pending + 1);
  try {
    let response: Response;
    try {
      response = await fetch(GRAPHQL_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query: document, variables: variables ?? {} }),
        signal,
      });
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw e;
      throw new ApiError('NETWORK', 'The server cannot be reached. Check your connection and retry.');
    }
    let body: GraphQLResponse<TData>;
    try {
      body = (await response.json()) as GraphQLResponse<TData>;
    } catch {
      throw new ApiError(
        response.status >= 500 ? 'UNAVAILABLE' : 'INTERNAL',
        `The server answered ${response.status} ${response.statusText || ''}without a GraphQL result.`.replace(
          '  ',
          ' ',
        ),
      );
    }
    const first = body.errors?.[0];
    if (first) {
      throw new ApiError(first.extensions?.code ?? 'INTERNAL', first.message, first.extensions?.field);
    }
    if (!response.ok || body.data == null) {
      throw new ApiError('INTERNAL', `The server answered ${response.status} without data.`);
    }
    return body.data;
  } finally {
    setPending(pending - 1);
  }
}

/** A sentence for people: what went wrong and what to do. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'NETWORK':
        return error.message;
      case 'UNAVAILABLE':
        return 'The graph database is unavailable right now. Retry in a moment.';
      case 'NOT_FOUND':
        return `Not found: ${error.message}`;
      case 'BAD_USER_INPUT':
        return `The request was not accepted${error.field ? ` (${error.field})` : ''}: ${error.message}`;
      default:
        return `The server reported an error: ${error.message}`;
    }
  }
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
}
