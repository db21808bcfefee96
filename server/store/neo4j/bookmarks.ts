import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Read-your-writes across replicas (docs/architecture.md, "Replicas"). Neo4j answers every committed
 * transaction with a bookmark; a transaction begun with that bookmark waits until the member serving
 * it has applied the write. The API hands the bookmark of a request's writes to the client in the
 * `X-Atlas-Bookmark` response header, and the client sends it back on its next requests (to any
 * replica): their reads wait for the write. The process-wide bookmark manager (transactions.ts) does
 * the same for requests served by one replica.
 *
 * This module loads no driver (the embedded store never sets the header): only the request's state.
 */

/** The response header that carries a write's bookmarks, and the request header that sends them back. */
export const BOOKMARK_HEADER = 'X-Atlas-Bookmark';

/** What the header holds: the bookmarks, and when the write that made them was acknowledged. */
export interface CausalToken {
  readonly bookmarks: readonly string[];
  /** Milliseconds since the epoch; the response cache is bypassed while this is recent (response-cache.ts). */
  readonly writtenAt: number;
}

/** A header that is not one of ours (too long, not base64url JSON, odd bookmarks). */
export class BookmarkHeaderError extends Error {
  constructor(reason: string) {
    super(
      `The ${BOOKMARK_HEADER} header is not one this server sent (${reason}); send it back unchanged or not at all.`,
    );
    this.name = 'BookmarkHeaderError';
  }
}

const MAX_HEADER = 4096;
const MAX_BOOKMARKS = 16;
/** Neo4j's bookmarks are short printable tokens (e.g. `FB:kcwQ…`); nothing else is passed to the database. */
const BOOKMARK = /^[\w+/=:.-]{1,512}$/;

export function encodeBookmarkHeader(token: CausalToken): string {
  return Buffer.from(JSON.stringify({ b: token.bookmarks, t: token.writtenAt })).toString('base64url');
}

/** The header's token; throws BookmarkHeaderError when it cannot be one this server sent. */
export function decodeBookmarkHeader(value: string): CausalToken {
  if (value.length > MAX_HEADER) throw new BookmarkHeaderError('too long');
  if (!/^[\w-]+$/.test(value)) throw new BookmarkHeaderError('not base64url');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw new BookmarkHeaderError('not JSON');
  }
  const { b, t } = (parsed ?? {}) as { b?: unknown; t?: unknown };
  if (!Array.isArray(b) || b.length > MAX_BOOKMARKS || !b.every((x) => typeof x === 'string' && BOOKMARK.test(x))) {
    throw new BookmarkHeaderError('bookmarks');
  }
  if (typeof t !== 'number' || !Number.isSafeInteger(t) || t < 0) throw new BookmarkHeaderError('time');
  return { bookmarks: b as string[], writtenAt: t };
}

/** One request's bookmarks: those it came with, advanced by each of its write transactions. */
export class RequestBookmarks {
  private bookmarks: readonly string[];
  private writtenAt: number | null = null;

  constructor(readonly incoming: CausalToken | null) {
    this.bookmarks = incoming?.bookmarks ?? [];
  }

  /** What every transaction of this request begins with (besides the process-wide manager's). */
  get current(): readonly string[] {
    return this.bookmarks;
  }

  /** After a committed write transaction: its session's bookmarks (which follow the ones it began with). */
  advance(bookmarks: readonly string[]): void {
    if (bookmarks.length === 0) return;
    this.bookmarks = [...bookmarks];
    this.writtenAt = Date.now();
  }

  /** The token to send back, or null when this request wrote nothing (the client keeps the one it has). */
  outgoing(): CausalToken | null {
    return this.writtenAt === null ? null : { bookmarks: this.bookmarks, writtenAt: this.writtenAt };
  }
}

const current = new AsyncLocalStorage<RequestBookmarks>();

export function runWithBookmarks<T>(state: RequestBookmarks, work: () => T): T {
  return current.run(state, work);
}

/** The bookmarks of the request being served, or undefined outside one (tools, seeding, tests without HTTP). */
export function requestBookmarks(): RequestBookmarks | undefined {
  return current.getStore();
}
