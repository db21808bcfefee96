import type { RequestHandler } from 'express';
import {
  BOOKMARK_HEADER,
  BookmarkHeaderError,
  decodeBookmarkHeader,
  encodeBookmarkHeader,
  RequestBookmarks,
  runWithBookmarks,
  type CausalToken,
} from '../store/neo4j/bookmarks.js';
import { sendError } from './errors.js';

/**
 * Carries Neo4j bookmarks between a client and whichever replica serves it (bookmarks.ts): the
 * request's `X-Atlas-Bookmark` (refused with 400 when it is not one we sent) starts the request's
 * bookmarks, and a request that wrote answers with its new token in the same header, set as its
 * headers are written (after yoga has run the operation). The embedded store has no bookmarks: it
 * never sets the header and ignores a well-formed one.
 */
export function bookmarkHeader(): RequestHandler {
  return (req, res, next) => {
    const sent = req.get(BOOKMARK_HEADER);
    let incoming: CausalToken | null = null;
    if (sent !== undefined && sent !== '') {
      try {
        incoming = decodeBookmarkHeader(sent);
      } catch (e) {
        if (!(e instanceof BookmarkHeaderError)) throw e;
        if (req.path === '/graphql' || req.path.startsWith('/graphql/')) {
          return void res
            .status(400)
            .json({ errors: [{ message: e.message, extensions: { code: 'BAD_USER_INPUT' } }] });
        }
        return void sendError(res, 400, 'BAD_USER_INPUT', e.message, BOOKMARK_HEADER);
      }
    }
    const state = new RequestBookmarks(incoming);
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
    res.writeHead = ((...args: unknown[]) => {
      const token = state.outgoing();
      if (token !== null && !res.headersSent) res.setHeader(BOOKMARK_HEADER, encodeBookmarkHeader(token));
      return writeHead(...args);
    }) as typeof res.writeHead;
    runWithBookmarks(state, next);
  };
}
