import { getOperationAST, GraphQLError, OperationTypeNode, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { AppError } from '../errors.js';
import { requireEditor } from './auth.js';
import type { Caller } from './context.js';

interface ParseContext {
  request?: Request;
  params?: { operationName?: string | null };
}

/**
 * Refuses a mutation from a caller without a valid token (UNAUTHENTICATED, or FORBIDDEN when
 * writes are disabled) as soon as its document is parsed: before validation and before its
 * variables are coerced, so an anonymous client cannot make the server walk a large or hostile
 * `GraphInput`, and learns nothing of the input types from the errors. The resolvers check again
 * (requireEditor): this only answers sooner.
 */
export function refuseAnonymousMutations(
  authenticate: (header: string | null) => Caller,
  writesEnabled: boolean,
): Plugin {
  return {
    onParse({ context }) {
      const { request, params } = context as ParseContext;
      return ({ result }) => {
        if (result instanceof Error || result === null) return;
        const operation = getOperationAST(result as DocumentNode, params?.operationName ?? undefined);
        // Over GET, yoga refuses every mutation itself (405 with Allow), a clearer answer.
        if (operation?.operation !== OperationTypeNode.MUTATION || request?.method === 'GET') return;
        const caller = authenticate(request?.headers.get('authorization') ?? null);
        try {
          requireEditor({ caller, writesEnabled }, 'change the graph');
        } catch (e) {
          const error = e as AppError;
          throw new GraphQLError(error.message, { extensions: { code: error.code } });
        }
      };
    },
  };
}
