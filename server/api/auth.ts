import { createHash, timingSafeEqual } from 'node:crypto';
import type { EditorToken } from '../config.js';
import { AppError } from '../errors.js';
import type { ApiContext, Caller } from './context.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Resolves `Authorization: Bearer <token>` against the named tokens, which config keeps as SHA-256
 * digests only. Compares digests (equal length) with timingSafeEqual and checks every token, so the
 * time taken tells nothing about which token or how much of it matched.
 */
export function createAuthenticator(tokens: readonly EditorToken[]): (header: string | null) => Caller {
  const known = tokens.map((t) => ({ name: t.name, role: t.role, digest: Buffer.from(t.sha256, 'hex') }));
  return (header) => {
    if (header === null || header.trim() === '') return { kind: 'anonymous' };
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
    if (!match) return { kind: 'invalid' };
    const presented = digest(match[1]!);
    let found: (typeof known)[number] | null = null;
    for (const k of known) {
      if (timingSafeEqual(k.digest, presented) && found === null) found = k;
    }
    return found === null ? { kind: 'invalid' } : { kind: 'editor', name: found.name, role: found.role };
  };
}

/**
 * The editor's name for the WriteContext, or FORBIDDEN (no tokens configured) / UNAUTHENTICATED
 * (no or wrong token). `action` completes "you cannot …", e.g. "change the graph".
 */
export function requireEditor(ctx: Pick<ApiContext, 'caller' | 'writesEnabled'>, action: string): string {
  if (!ctx.writesEnabled) {
    throw new AppError(
      'FORBIDDEN',
      `Editing is disabled on this server, so you cannot ${action}: no editor tokens are configured. ` +
        'An administrator enables editing by setting ATLAS_EDITOR_TOKENS=name:token (comma-separated for several editors) and restarting the server.',
    );
  }
  if (ctx.caller.kind === 'editor') return ctx.caller.name;
  throw new AppError(
    'UNAUTHENTICATED',
    ctx.caller.kind === 'invalid'
      ? `The editor token sent is not valid, so you cannot ${action}; check the header Authorization: Bearer <token>.`
      : `You need an editor token to ${action}: send the header Authorization: Bearer <token>.`,
  );
}

/**
 * The admin's name, for a write only admins may make (`importGraph`, deleting a well-connected
 * entity): FORBIDDEN for an editor, and requireEditor's answers for anyone else.
 */
export function requireAdmin(ctx: Pick<ApiContext, 'caller' | 'writesEnabled'>, action: string): string {
  const name = requireEditor(ctx, action);
  if (ctx.caller.kind === 'editor' && ctx.caller.role === 'admin') return name;
  throw new AppError(
    'FORBIDDEN',
    `Only an admin can ${action}, and '${name}' is an editor; an administrator lists admins in ATLAS_ADMIN_TOKENS.`,
  );
}
