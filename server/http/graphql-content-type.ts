import type { RequestHandler } from 'express';

/**
 * The POST bodies yoga reads (its request parsers: JSON, GraphQL-over-HTTP JSON, multipart, a bare
 * GraphQL document, a form), matched as yoga matches them: the first type of the header, exactly,
 * optionally followed by parameters.
 */
export const GRAPHQL_POST_CONTENT_TYPES = [
  'application/json',
  'application/graphql+json',
  'multipart/form-data',
  'application/graphql',
  'application/x-www-form-urlencoded',
] as const;

function isReadable(contentType: string | undefined): boolean {
  const first = contentType?.split(',')[0];
  if (!first) return false;
  return GRAPHQL_POST_CONTENT_TYPES.some((type) => first === type || first.startsWith(`${type};`));
}

/**
 * Refuses a POST to /graphql whose Content-Type yoga has no parser for (text/plain, application/xml,
 * none) with 415 and a GraphQL error body; yoga itself would answer 415 with an empty body.
 */
export function requireGraphQLContentType(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST' || isReadable(req.get('content-type'))) return next();
    res.status(415).json({
      errors: [
        {
          message: `Unsupported Content-Type: send the request as ${GRAPHQL_POST_CONTENT_TYPES[0]} (or ${GRAPHQL_POST_CONTENT_TYPES.slice(1).join(', ')}).`,
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  };
}
